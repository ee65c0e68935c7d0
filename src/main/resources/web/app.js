// pathfin's page: plain JavaScript over the public REST API only (the same calls a client of the API makes).
"use strict";

const $ = (id) => document.getElementById(id);
const NBSP = "\u00a0";

/** Norwegian kroner: 1 234 567,89 kr (non-breaking spaces). */
function kr(value) {
  const n = Number(value);
  const sign = n < 0 ? "-" : "";
  const [whole, fraction] = Math.abs(n).toFixed(2).split(".");
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) + "," + fraction + NBSP + "kr";
}

function signedKr(value) {
  return (Number(value) > 0 ? "+" : "") + kr(value);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("data-") || k === "tabindex" || k === "scope") node.setAttribute(k, v); else node[k] = v;
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(method, path, body, contentType = "application/json") {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = contentType;
    init.body = contentType === "application/json" ? JSON.stringify(body) : body;
  }
  const response = await fetch(path, init);
  const type = response.headers.get("Content-Type") || "";
  const payload = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw { problem: payload, status: response.status };
  return payload;
}

// ---- problems next to the fields at fault; nothing typed is lost ----
function clearProblems(form) {
  form.querySelectorAll(".field-error").forEach((n) => n.remove());
  form.querySelector(".problem").textContent = "";
}

function showProblem(form, error) {
  const problem = error.problem && typeof error.problem === "object" ? error.problem : { detail: String(error.problem || error) };
  form.querySelector(".problem").textContent = problem.detail || problem.title || "The request failed";
  for (const e of problem.errors || []) {
    const target = fieldFor(form, e.field);
    if (target) target.after(el("span", { class: "field-error", role: "alert" }, e.message));
  }
}

/** The element whose data-field is the longest prefix of the problem's field. */
function fieldFor(form, field) {
  let best = null;
  for (const node of form.querySelectorAll("[data-field]")) {
    const name = node.dataset.field;
    if ((field === name || field.startsWith(name + ".") || field.startsWith(name + "[")) && (!best || name.length > best.dataset.field.length)) best = node;
  }
  return best;
}

// ---- tabs ----
document.querySelectorAll("nav button[role=tab]").forEach((tab) => tab.addEventListener("click", () => {
  document.querySelectorAll("nav button[role=tab]").forEach((t) => t.setAttribute("aria-selected", String(t === tab)));
  document.querySelectorAll(".panel").forEach((p) => { p.hidden = p.id !== tab.dataset.panel; });
  window.dispatchEvent(new Event("resize"));
}));

// ---- start: what the server knows ----
let pathways = [];
let ruleSets = [];

async function start() {
  [ruleSets, pathways] = await Promise.all([api("GET", "/api/v1/rule-sets"), api("GET", "/api/v1/pathways")]);
  const families = [...new Set(pathways.map((p) => p.family))];
  $("family").replaceChildren(...families.map((f) => el("option", { value: f, selected: f === "hip-replacement" }, f)));
  $("rule-sets").replaceChildren(...ruleSets.map((r) => el("label", {},
    el("input", { type: "checkbox", name: "ruleSet", value: r.id, checked: ["isf-2019", "isf-2020", "isf-2024"].includes(r.id) }),
    " " + r.id + (r.status === "final" ? "" : " (" + r.status + ")"))));
  for (const select of [$("change-baseline"), $("change-candidate")]) {
    select.replaceChildren(...ruleSets.map((r) => el("option", { value: r.id }, r.id)));
  }
  $("change-baseline").value = "isf-2024";
  $("change-candidate").value = ruleSets.some((r) => r.id === "candidate-2025-package") ? "candidate-2025-package" : "isf-2025-plan";
  const detail = await api("GET", "/api/v1/rule-sets/isf-2024");
  $("o-weight-code").replaceChildren(...detail.weights.map((w) => el("option", { value: w.groupCode }, w.groupCode)));
  showVariants();
  document.body.dataset.ready = "true";
}

function showVariants() {
  const family = $("family").value;
  const members = pathways.filter((p) => p.family === family);
  $("variants").replaceChildren(...members.map((p) => el("label", { title: p.description },
    el("input", { type: "checkbox", name: "variant", value: p.variant, checked: family !== "hip-replacement" || ["A", "B", "C"].includes(p.variant) }),
    " " + p.variant)));
  $("baseline").replaceChildren(...members.map((p) => el("option", { value: p.variant }, p.variant)));
}
$("family").addEventListener("change", showVariants);

// ---- compare variants ----
function checked(name) {
  return [...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
}

/** A typed number as a JSON number; anything else as typed, for the API to say what is wrong with it. */
function number(input) {
  const text = input.value.trim();
  if (text === "") return undefined;
  return /^-?\d+([.,]\d+)?([eE][-+]?\d+)?$/.test(text) ? Number(text.replace(",", ".")) : text;
}

function overrides() {
  const o = {};
  const somatic = {};
  if (number($("o-share")) !== undefined) somatic.isfShare = number($("o-share"));
  if (number($("o-price")) !== undefined) somatic.unitPrice = number($("o-price"));
  const tariffs = {};
  if (Object.keys(somatic).length) tariffs.somatic = somatic;
  if ($("o-phone-phv").checked) tariffs.phv = { eligibleModes: ["in-person", "video", "phone"] };
  if (Object.keys(tariffs).length) o.tariffs = tariffs;
  if (number($("o-weight")) !== undefined) o.weights = { [$("o-weight-code").value]: number($("o-weight")) };
  const bundle = {};
  if (number($("o-bundle-price")) !== undefined) bundle.price = number($("o-bundle-price"));
  if (number($("o-bundle-after")) !== undefined) bundle.daysAfter = number($("o-bundle-after"));
  if (Object.keys(bundle).length) o.bundles = { "hip-replacement-bundle": bundle };
  return Object.keys(o).length ? o : undefined;
}

let lastRequest = null;

$("compare-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = $("compare-form");
  clearProblems(form);
  const request = { family: $("family").value, variants: checked("variant"), ruleSets: checked("ruleSet"),
    models: checked("model"), baseline: $("baseline").value };
  const own = $("own-pathway").value.trim();
  if (own !== "") {
    let pathway;
    try {
      pathway = JSON.parse(own);
    } catch (e) {
      showProblem(form, { problem: { detail: "your pathway is not valid JSON", errors: [{ field: "pathways", message: e.message }] } });
      return;
    }
    const family = $("own-with-family").checked ? pathways.filter((p) => p.family === request.family && request.variants.includes(p.variant)) : [];
    const fixtures = await Promise.all(family.map((p) => api("GET", "/api/v1/pathways/" + encodeURIComponent(p.id))));
    request.pathways = [...fixtures.map((f) => ({ id: f.id, family: f.family, variant: f.variant, description: f.description, contacts: f.contacts })), pathway];
    request.baseline = fixtures.length ? fixtures.find((f) => f.variant === request.baseline)?.id || fixtures[0].id : pathway.id;
    delete request.family;
    delete request.variants;
  }
  const o = overrides();
  if (o) request.overrides = o;
  try {
    const comparison = await api("POST", "/api/v1/comparisons", request);
    lastRequest = request;
    showComparison(comparison);
  } catch (error) {
    showProblem(form, error);
  }
});

function columns(comparison) {
  const list = [];
  for (const r of comparison.ruleSets) for (const m of comparison.models) list.push({ ruleSet: r, model: m, key: r + " " + m });
  return list;
}

function showComparison(comparison) {
  const cols = columns(comparison);
  const variants = [...new Map(comparison.cells.map((c) => [c.pathwayId, c.variant])).entries()];
  const cell = (pathwayId, col) => comparison.cells.find((c) => c.pathwayId === pathwayId && c.ruleSet === col.ruleSet && c.model === col.model);
  const head = el("tr", {}, el("th", { scope: "col" }, "variant"), ...cols.map((c) => el("th", { scope: "col" }, c.ruleSet, el("br"), c.model)));
  const rows = variants.map(([id, variant]) => el("tr", {}, el("th", { scope: "row" }, variant), ...cols.map((col) => {
    const c = cell(id, col);
    const td = el("td", { class: "cell", tabindex: "0", "data-pathway": id, "data-rule-set": col.ruleSet, "data-model": col.model, "data-total": c.total },
      kr(c.total), el("span", { class: "diff " + (c.differenceFromBaseline > 0 ? "gain" : c.differenceFromBaseline < 0 ? "loss" : "") },
        id === comparison.baseline ? "baseline" : signedKr(c.differenceFromBaseline) + " vs baseline"));
    const open = () => showLines(c);
    td.addEventListener("click", open);
    td.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    return td;
  })));
  $("matrix").replaceChildren(el("thead", {}, head), el("tbody", {}, ...rows));
  const first = comparison.cells[0];
  $("overrides-hash").textContent = first.reproducibility.map((r) => r.ruleSet + ": " + r.overridesHash).join("  ");
  $("curl").hidden = true;
  $("lines").replaceChildren();
  $("compare-result").hidden = false;
  drawComparison(comparison, cols, variants, cell);
}

function drawComparison(comparison, cols, variants, cell) {
  const categories = [];
  const cells = [];
  for (const col of cols) for (const [id, variant] of variants) {
    categories.push(variant + "\n" + col.ruleSet + "\n" + col.model);
    cells.push(cell(id, col));
  }
  const depth = Math.max(...cells.map((c) => c.lines.length));
  const series = [];
  for (let k = 0; k < depth; k++) {
    series.push({ name: "contact " + (k + 1), type: "bar", stack: "total",
      data: cells.map((c) => c.lines[k] ? { value: Number(c.lines[k].amount), name: c.lines[k].contactId + " " + c.lines[k].kind + " (" + c.lines[k].mode + ")" } : 0) });
  }
  const chart = echarts.getInstanceByDom($("chart")) || echarts.init($("chart"));
  chart.setOption({
    animation: false,
    tooltip: { trigger: "item", formatter: (p) => p.data && p.data.name ? p.data.name + "<br>" + kr(p.value) : "" },
    grid: { left: 90, right: 20, bottom: 80, top: 20 },
    xAxis: { type: "category", data: categories, axisLabel: { interval: 0, fontSize: 10, lineHeight: 13, margin: 10 } },
    yAxis: { type: "value", axisLabel: { formatter: (v) => kr(v).replace(",00" + NBSP + "kr", "") } },
    series,
  }, true);
  window.onresize = () => chart.resize();
}

function showLines(cell) {
  const rows = cell.lines.map((l) => el("tr", {},
    el("td", {}, l.contactId), el("td", {}, l.date), el("td", {}, l.kind), el("td", {}, l.mode),
    el("td", {}, kr(l.amount)),
    el("td", {}, ...(l.components.length ? l.components.map((c) => el("div", {}, c.label + ": " + c.formula)) : []),
      ...l.notes.map((n) => el("div", {}, n))),
    el("td", {}, l.ruleSet + " (" + l.ruleSetHash.slice(0, 12) + ")", ...l.rulesFired.map((r) => el("div", { title: r.regulation }, "• " + r.name)))));
  $("lines").replaceChildren(el("h3", {}, "Lines of " + cell.pathwayId + " under " + cell.ruleSet + ", " + cell.model),
    el("table", {}, el("thead", {}, el("tr", {}, ...["contact", "date", "kind", "mode", "amount", "formula or reason", "rule set and rules fired"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, ...rows)));
}

$("copy-curl").addEventListener("click", async () => {
  const text = "curl -s " + location.origin + "/api/v1/comparisons -H 'Content-Type: application/json' -d '" + JSON.stringify(lastRequest) + "'";
  $("curl").value = text;
  $("curl").hidden = false;
  try { await navigator.clipboard.writeText(text); } catch (e) { /* the text is shown for copying by hand */ }
});

// ---- test a rule change ----
$("change-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = $("change-form");
  clearProblems(form);
  try {
    const impact = await api("POST", "/api/v1/impact", { baseline: $("change-baseline").value, candidate: $("change-candidate").value,
      compensation: $("change-compensation").value });
    showImpact(impact);
  } catch (error) {
    showProblem(form, error);
  }
});

function showImpact(impact) {
  const s = impact.summary;
  const m = impact.income;
  $("change-summary").textContent = impact.baseline + " → " + impact.candidate + " over " + impact.population.description
    + " (" + impact.population.pathways + " pathways: a total over them, not a budget); block grant set from "
    + (m.plan.description === impact.population.description ? "the same pathways" : m.plan.description)
    + ", compensation " + m.compensation + ". ISF: " + s.winners + " gain, " + s.losers + " lose, " + s.unchanged + " unchanged.";
  $("change-money").replaceChildren(el("caption", {}, "ISF, block grant and income over the population"),
    el("tr", {}, ...["", "baseline", "candidate", "change"].map((h) => el("th", {}, h))),
    ...[["ISF", m.isf], ["block grant", m.blockGrant], ["income", m.income]].map(([name, x]) => el("tr", {}, el("th", {}, name),
      el("td", {}, kr(x.baseline)), el("td", {}, kr(x.candidate)),
      el("td", { class: x.difference < 0 ? "loss" : x.difference > 0 ? "gain" : "" }, signedKr(x.difference)))));
  const items = impact.attribution.contributions;
  $("attribution").replaceChildren(el("caption", {}, impact.attribution.method),
    el("tr", {}, el("th", {}, "change"), el("th", {}, "what"), el("th", {}, "contribution")),
    ...items.map((c) => el("tr", {}, el("td", {}, c.item), el("td", {}, c.description), el("td", { class: c.amount < 0 ? "loss" : "gain" }, signedKr(c.amount)))),
    el("tr", {}, el("th", {}, "total"), el("td", {}), el("th", {}, signedKr(impact.attribution.total))));
  $("winners").replaceChildren(el("tr", {}, ...["pathway", "volume", "ISF baseline", "ISF candidate", "ISF change", "income change"]
    .map((h) => el("th", {}, h))),
    ...impact.pathways.map((p) => el("tr", {}, el("td", {}, p.pathwayId), el("td", {}, String(p.volume)), el("td", {}, kr(p.baseline)),
      el("td", {}, kr(p.candidate)),
      el("td", { class: p.difference < 0 ? "loss" : p.difference > 0 ? "gain" : "" }, signedKr(p.difference)),
      el("td", { class: p.income.difference < 0 ? "loss" : p.income.difference > 0 ? "gain" : "" }, signedKr(p.income.difference)))));
  $("change-result").hidden = false;
  // A waterfall as candlesticks: each change runs from the running total before it to the one after it.
  let running = 0;
  const bars = items.map((c) => {
    const from = running;
    running += Number(c.amount);
    return [from, running, Math.min(from, running), Math.max(from, running)];
  });
  bars.push([0, running, Math.min(0, running), Math.max(0, running)]);
  const chart = echarts.getInstanceByDom($("waterfall")) || echarts.init($("waterfall"));
  chart.setOption({
    animation: false,
    tooltip: { trigger: "item", formatter: (p) => p.name + ": " + signedKr(p.data[2] - p.data[1]) },
    grid: { left: 110, right: 20, bottom: 90, top: 20 },
    xAxis: { type: "category", data: [...items.map((c) => c.item), "total"], axisLabel: { interval: 0, rotate: 20, fontSize: 10 } },
    yAxis: { type: "value", scale: false, axisLabel: { formatter: (v) => kr(v).replace(",00" + NBSP + "kr", "") } },
    series: [{ type: "candlestick", barMaxWidth: 80, data: bars,
      itemStyle: { color: "#1b7a3a", color0: "#b00020", borderColor: "#1b7a3a", borderColor0: "#b00020" } }],
  }, true);
}

// ---- reprice a year ----
$("year-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = $("year-form");
  clearProblems(form);
  const file = $("year-file").files[0];
  if (!file) {
    showProblem(form, { problem: { detail: "choose an activity CSV file", errors: [{ field: "body", message: "no file chosen" }] } });
    return;
  }
  await follow(form, () => api("POST", "/api/v1/reprice-jobs" + scenarioQuery(), file, "text/csv"));
});

$("year-generate").addEventListener("click", async () => {
  const form = $("year-form");
  clearProblems(form);
  await follow(form, () => api("POST", "/api/v1/reprice-jobs/generated" + scenarioQuery() + "&contacts="
    + encodeURIComponent($("year-contacts").value.trim()) + "&seed=1"));
});

function scenarioQuery() {
  return "?baseline=" + encodeURIComponent($("year-baseline").value) + "&candidate=" + encodeURIComponent($("year-candidate").value);
}

/** Submits a job, shows its progress until it ends, then its results. */
async function follow(form, submit) {
  try {
    let job = await submit();
    $("year-progress").hidden = false;
    while (job.status === "queued" || job.status === "running") {
      $("year-progress").value = job.progress ? Number(job.progress.percent) : 0;
      $("year-status").textContent = job.status + (job.progress ? ": " + job.progress.rows.toLocaleString("nb-NO") + " rows" : "");
      await new Promise((resolve) => setTimeout(resolve, 300));
      job = await api("GET", "/api/v1/reprice-jobs/" + job.id);
    }
    $("year-progress").value = 100;
    if (job.status !== "done") throw { problem: { detail: "the job " + job.status + ": " + (job.message || "") } };
    await showYear(job);
  } catch (error) {
    showProblem(form, error);
  }
}

async function showYear(job) {
  const s = job.summary;
  $("year-status").textContent = s.rows.toLocaleString("nb-NO") + " rows, " + s.badRows + " bad"
    + (s.firstBadRows.length ? " (first: line " + s.firstBadRows[0].line + ": " + s.firstBadRows[0].reason + ")" : "")
    + "; " + s.totals.map((t) => t.scenario + " " + kr(t.kr) + (t.differenceKr != 0 ? " (" + signedKr(t.differenceKr) + ")" : "")).join(", ");
  const parts = [];
  for (const name of ["by-setting.csv", "by-mode.csv", "by-hospital.csv"]) {
    const result = job.results.find((r) => r.file === name);
    const text = await api("GET", result.href);
    const [header, ...rows] = text.trim().split("\n").map((line) => line.split(","));
    parts.push(el("h3", {}, name.replace(".csv", "").replace("by-", "by ")),
      el("table", {}, el("tr", {}, ...header.map((h) => el("th", {}, h.replace(/_/g, " ")))),
        ...rows.map((r) => el("tr", {}, ...r.map((v, i) => el("td", {}, i >= 2 && !header[i].endsWith("pct") && v !== "" ? kr(v) : v))))));
  }
  parts.push(el("p", {}, "Download: ", ...job.results.map((r) => el("a", { href: r.href, download: r.file }, r.file + " "))));
  $("year-result").replaceChildren(...parts);
}

start().catch((error) => { document.body.dataset.ready = "failed"; $("compare-problem").textContent = "Could not load: " + JSON.stringify(error.problem || String(error)); });
