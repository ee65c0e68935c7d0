// The rule-change tab: a candidate against a baseline over a population of pathways, in a model, with the block
// grant's answer to it. This module holds the form, its request and its state in the address; change-result.js
// shows the answer.
import { $, el, api, busy } from "./dom.js";
import { kr, decimal, parseNumber } from "./format.js";
import { readState, writeState, list } from "./state.js";
import { showImpact } from "./change-result.js";

/** No candidate: the baseline against itself, changed by the what-if. */
const NO_CANDIDATE = "";
let pathways = [];

export function startChange(catalog) {
  pathways = catalog.pathways;
  const ids = catalog.ruleSets.map((r) => r.id);
  $("change-baseline").replaceChildren(...ids.map((id) => el("option", { value: id }, id)));
  $("change-candidate").replaceChildren(el("option", { value: NO_CANDIDATE }, "none: the baseline with the what-if"),
    ...ids.map((id) => el("option", { value: id }, id)));
  const families = [...new Set(pathways.map((p) => p.family))];
  $("change-scope").replaceChildren(el("option", { value: "all" }, "every fixture"),
    ...families.map((f) => el("option", { value: "family:" + f }, "the family " + f)),
    el("option", { value: "ticked" }, "the pathways ticked below"));
  $("change-pathways").append(...pathways.map((p) => el("div", { class: "volume" },
    el("label", {}, el("input", { type: "checkbox", name: "change-pathway", value: p.id, checked: true }), " " + p.id),
    el("label", {}, el("input", { class: "count", inputmode: "numeric", value: "1", "data-pathway": p.id,
      "aria-label": "Pathways a year of " + p.id, "data-label": "Pathways a year of " + p.id }),
      el("span", { "aria-hidden": "true" }, " a year")))));
  $("change-scope").addEventListener("change", () => tickScope());
  $("change-pathways").addEventListener("change", (event) => {
    if (event.target.name === "change-pathway") { $("change-scope").value = "ticked"; enableVolumes(); }
  });
  $("change-form").addEventListener("submit", (event) => { event.preventDefault(); run(); });
  const { tab, params } = readState();
  restore(tab === "change" ? params : new URLSearchParams(), ids);
  if (tab === "change" && params.has("run")) run();
}

/** Ticks the pathways of the chosen scope (every fixture, or a family); "ticked" leaves the ticks as they are. */
function tickScope() {
  const scope = $("change-scope").value;
  if (scope !== "ticked") {
    const family = scope.startsWith("family:") ? scope.slice("family:".length) : null;
    for (const box of boxes()) box.checked = family === null || pathways.find((p) => p.id === box.value).family === family;
  }
  enableVolumes();
}

function enableVolumes() {
  for (const box of boxes()) volumeOf(box.value).disabled = !box.checked;
}

const boxes = () => [...document.querySelectorAll("input[name=change-pathway]")];
const volumeOf = (id) => document.querySelector(`#change-pathways input.count[data-pathway="${CSS.escape(id)}"]`);
const model = () => document.querySelector("input[name=change-model]:checked").value;

function restore(params, ids) {
  const baseline = params.get("baseline") || "isf-2024";
  $("change-baseline").value = ids.includes(baseline) ? baseline : ids[0];
  const candidate = params.has("noCandidate") ? NO_CANDIDATE : params.get("candidate")
    || (ids.includes("candidate-2025-package") ? "candidate-2025-package" : "isf-2025-plan");
  $("change-candidate").value = candidate === NO_CANDIDATE || ids.includes(candidate) ? candidate : NO_CANDIDATE;
  const scope = params.get("scope") || "all";
  $("change-scope").value = [...$("change-scope").options].some((o) => o.value === scope) ? scope : "all";
  tickScope();
  if ($("change-scope").value === "ticked") {
    const ticked = list(params, "pathways", []);
    for (const box of boxes()) box.checked = ticked.includes(box.value);
    enableVolumes();
  }
  for (const entry of list(params, "volumes", [])) {
    const at = entry.lastIndexOf(":");
    const input = volumeOf(entry.slice(0, at));
    if (input) input.value = entry.slice(at + 1);
  }
  const chosen = params.get("model") || "per-contact";
  document.querySelectorAll("input[name=change-model]").forEach((r) => { r.checked = r.value === chosen; });
  if (params.has("compensation")) $("change-compensation").value = params.get("compensation");
  $("change-o-share").value = params.get("share") || "";
  $("change-o-price").value = params.get("price") || "";
}

function saveState(chosen) {
  const entries = { baseline: $("change-baseline").value, scope: $("change-scope").value, model: model(),
    compensation: $("change-compensation").value, share: $("change-o-share").value.trim(), price: $("change-o-price").value.trim(), run: "1" };
  if ($("change-candidate").value === NO_CANDIDATE) entries.noCandidate = "true";
  else entries.candidate = $("change-candidate").value;
  if (entries.scope === "ticked") entries.pathways = chosen;
  entries.volumes = chosen.map((id) => [id, volumeOf(id).value.trim()]).filter(([, v]) => v !== "1").map(([id, v]) => id + ":" + v);
  writeState("change", entries);
}

/** The what-if typed in the form, and the same in words. */
function overrides() {
  const somatic = {};
  const words = [];
  const share = parseNumber($("change-o-share").value, { percentAllowed: true });
  if (share !== undefined) { somatic.isfShare = share; words.push("somatic ISF share " + (typeof share === "number" ? decimal(share) : share)); }
  const price = parseNumber($("change-o-price").value);
  if (price !== undefined) { somatic.unitPrice = price; words.push("somatic unit price " + (typeof price === "number" ? kr(price) : price)); }
  return words.length ? { body: { tariffs: { somatic } }, words } : null;
}

/** The request for the form's choices, and the pathways chosen (in the catalogue's order). */
function request() {
  const body = { baseline: $("change-baseline").value, model: model(), compensation: $("change-compensation").value };
  if ($("change-candidate").value !== NO_CANDIDATE) body.candidate = $("change-candidate").value;
  const scope = $("change-scope").value;
  const chosen = boxes().filter((b) => b.checked).map((b) => b.value);
  if (chosen.length === 0) {
    throw { problem: { detail: "tick at least one pathway", errors: [{ field: "population", message: "tick at least one pathway" }] } };
  }
  if (scope.startsWith("family:")) body.family = scope.slice("family:".length);
  else if (scope === "ticked") body.pathwayIds = chosen;
  document.querySelectorAll("#change-pathways input.count").forEach((i) => { delete i.dataset.field; });
  const volumes = chosen.map((id) => ({ pathwayId: id, volume: parseNumber(volumeOf(id).value) ?? "" }));
  if (volumes.some((v) => v.volume !== 1)) {
    body.population = volumes;
    volumes.forEach((v, i) => { volumeOf(v.pathwayId).dataset.field = "population[" + i + "]"; });
  }
  const what = overrides();
  if (what) body.overrides = what.body;
  return { body, chosen, what };
}

async function run() {
  await busy($("change-form"), $("change-result"), async () => {
    const { body, chosen, what } = request();
    saveState(chosen);
    const impact = await api("POST", "/api/v1/impact", body).catch((error) => { throw narrowest(error); });
    showImpact(impact, { what, candidateChosen: body.candidate !== undefined });
  });
}

/** A refusal without the errors of a field that another error names more precisely (population, population[0].volume). */
function narrowest(error) {
  const errors = error && error.problem && error.problem.errors;
  if (!errors) return error;
  const inside = (e) => errors.some((o) => o.field.startsWith(e.field + ".") || o.field.startsWith(e.field + "["));
  return { ...error, problem: { ...error.problem, errors: errors.filter((e) => !inside(e)) } };
}
