// Elements, problems shown at their fields, the busy state of a form.
export const $ = (id) => document.getElementById(id);

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k.startsWith("data-") || k.startsWith("aria-") || ["tabindex", "scope", "role", "for", "colspan"].includes(k)) node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Calls the API; a refusal is thrown as { problem, status }. */
export async function api(method, path, body, contentType = "application/json") {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = contentType;
    init.body = contentType === "application/json" ? JSON.stringify(body) : body;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw { problem: { detail: "the server cannot be reached; is it still running?" }, status: 0 };
  }
  const type = response.headers.get("Content-Type") || "";
  const payload = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw { problem: typeof payload === "object" ? payload : { detail: payload || response.statusText }, status: response.status };
  return payload;
}

export function clearProblems(form) {
  form.querySelectorAll(".field-error").forEach((n) => n.remove());
  form.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
  form.querySelector(".problem").textContent = "";
}

/**
 * Shows a refusal: its words above the button, each field's message next to the field (a closed section holding
 * the field is opened), and the first field at fault gets the focus.
 */
export function showProblem(form, error, fieldNames = {}) {
  const problem = error && error.problem && typeof error.problem === "object" ? error.problem : { detail: String((error && error.problem) || error) };
  const errors = problem.errors || [];
  const words = errors.length
    ? errors.map((e) => (fieldNames[e.field] || label(form, e.field) || e.field) + ": " + e.message).join("; ")
    : problem.detail || problem.title || "the request failed";
  form.querySelector(".problem").textContent = (problem.status >= 500 ? "The server failed: " : "Not done: ") + words;
  let first = null;
  for (const e of errors) {
    const target = fieldFor(form, e.field);
    if (!target) continue;
    for (let d = target.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    target.setAttribute("aria-invalid", "true");
    target.after(el("span", { class: "field-error" }, e.message));
    first = first || target;
  }
  if (first) (first.matches("input, select, textarea") ? first : first.querySelector("input, select, textarea") || first).focus();
}

/** The label text of the element a field belongs to, for the summary of a refusal. */
function label(form, field) {
  const node = fieldFor(form, field);
  if (!node) return null;
  const labelled = node.dataset.label || node.closest("label")?.firstChild?.textContent || node.querySelector?.("legend")?.textContent;
  return labelled ? labelled.trim() : null;
}

/** The element whose data-field is the longest prefix of the problem's field. */
export function fieldFor(form, field) {
  let best = null;
  for (const node of form.querySelectorAll("[data-field]")) {
    for (const name of node.dataset.field.split(" ")) {
      if ((field === name || field.startsWith(name + ".") || field.startsWith(name + "[")) && (!best || name.length > best.name.length)) best = { node, name };
    }
  }
  return best ? best.node : null;
}

/**
 * Runs work for a form: its buttons are disabled and say so, its result is hidden while it runs and when it fails,
 * so no earlier result stands under a new error.
 */
export async function busy(form, result, work) {
  const buttons = [...form.querySelectorAll("button")];
  const status = form.querySelector(".busy");
  clearProblems(form);
  form.setAttribute("aria-busy", "true");
  buttons.forEach((b) => { b.disabled = true; });
  if (status) status.textContent = "Working…";
  if (result) result.classList.add("stale");
  try {
    await work();
    if (result) result.classList.remove("stale");
  } catch (error) {
    if (result) { result.hidden = true; result.classList.remove("stale"); }
    if (error instanceof Error) showProblem(form, { problem: { detail: "the page failed: " + error.message } });
    else showProblem(form, error);
  } finally {
    form.removeAttribute("aria-busy");
    buttons.forEach((b) => { b.disabled = false; });
    if (status) status.textContent = "";
  }
}

/** Puts the lines in view and moves the focus to their heading. */
export function reveal(node) {
  node.scrollIntoView({ block: "start" });
  const heading = node.querySelector("h2, h3");
  if (heading) { heading.tabIndex = -1; heading.focus({ preventScroll: true }); }
}

export function tone(value) {
  const n = Number(value);
  return Math.abs(n) < 0.005 ? "zero" : n > 0 ? "gain" : "loss";
}
