// The risk tab: a hospital's episodes drawn from a mix of pathways, a year under each payment design, and the
// sensitivity of one design to one parameter. This module holds the form and its request; risk-results.js shows
// the answer.
import { $, el, api, busy, reveal } from "./dom.js";
import { parseNumber } from "./format.js";
import { readState } from "./state.js";
import { saveRisk, restoreRisk } from "./risk-state.js";
import { showRisk } from "./risk-results.js";

/** The mix shown first: the hip fixtures as a hospital sees them (uncomplicated, a phone control, an early revision). */
const FIRST_MIX = { "hip-replacement-A": "85 %", "hip-replacement-D-check-call": "10 %", "hip-replacement-F-early-revision": "5 %" };
let pathways = [];
let bundles = [];

export function startRisk(catalog) {
  pathways = catalog.pathways;
  const ids = catalog.ruleSets.map((r) => r.id);
  $("risk-rule-set").replaceChildren(...ids.map((id) => el("option", { value: id }, id)));
  $("risk-rule-set").value = ids.includes("isf-2024") ? "isf-2024" : ids[0];
  const families = [...new Set(pathways.map((p) => p.family))];
  $("risk-family").replaceChildren(...families.map((f) => el("option", { value: f }, f)));
  if (families.includes("hip-replacement")) $("risk-family").value = "hip-replacement";
  $("risk-family").addEventListener("change", () => mix({}));
  $("risk-rule-set").addEventListener("change", parameters);
  $("risk-form").addEventListener("change", (event) => {
    if (event.target.name === "risk-model" || event.target.id.startsWith("risk-own-") || event.target.id === "risk-corridor") designsToVary();
  });
  $("risk-form").addEventListener("submit", (event) => { event.preventDefault(); run(); });
  const { tab, params } = readState();
  const state = tab === "risk" ? params : new URLSearchParams();
  if (state.has("ruleSet") && ids.includes(state.get("ruleSet"))) $("risk-rule-set").value = state.get("ruleSet");
  if (families.includes(state.get("family"))) $("risk-family").value = state.get("family");
  mix(state.has("mix") ? Object.fromEntries(state.get("mix").split(";").map((pair) => pair.split("="))) : FIRST_MIX);
  parameters().then(() => {
    restoreRisk(state, designsToVary);
    if (state.has("run")) run();
  });
}

/** One share box per pathway of the chosen family, filled from `shares`. */
function mix(shares) {
  const family = $("risk-family").value;
  $("risk-mix").replaceChildren(el("legend", {}, "Each pathway's share of the episodes"),
    ...pathways.filter((p) => p.family === family).map((p) => el("div", { class: "volume" },
      el("label", { for: "risk-share-" + p.id }, p.id),
      el("input", { id: "risk-share-" + p.id, class: "count", inputmode: "decimal", value: shares[p.id] || "",
        "data-pathway": p.id, "data-label": "Share of " + p.id }))));
}

/** The parameters a design may change, from the chosen rule set: each bundle's price and window, each scheme's tariff. */
async function parameters() {
  const detail = await api("GET", "/api/v1/rule-sets/" + encodeURIComponent($("risk-rule-set").value));
  const options = [];
  for (const b of detail.bundles) {
    options.push(["bundles." + b.id + ".price", "the price of " + b.id]);
    options.push(["bundles." + b.id + ".corridor.stopLoss", "the corridor's stop-loss of " + b.id]);
    options.push(["bundles." + b.id + ".corridor.stopGain", "the corridor's stop-gain of " + b.id]);
    options.push(["bundles." + b.id + ".outlier.thresholdFactor", "the outlier threshold (× price) of " + b.id]);
    options.push(["bundles." + b.id + ".outlier.shareOfExcess", "the outlier's share of the excess of " + b.id]);
    options.push(["bundles." + b.id + ".discount", "the discount of " + b.id]);
    options.push(["bundles." + b.id + ".daysAfter", "the days after the anchor in " + b.id]);
  }
  bundles = detail.bundles.map((b) => b.id);
  for (const p of detail.periods || []) options.push(["periods." + p.id + ".weight", "the weight of the period payment " + p.id]);
  for (const scheme of ["somatic", "phv", "tsb"]) {
    options.push(["tariffs." + scheme + ".isfShare", "the ISF share of " + scheme]);
    options.push(["tariffs." + scheme + ".unitPrice", "the unit price of " + scheme]);
  }
  for (const select of [$("risk-own-parameter"), $("risk-vary-parameter")]) {
    const chosen = select.value;
    select.replaceChildren(...(select.id === "risk-vary-parameter" ? [el("option", { value: "" }, "nothing")] : []),
      ...options.map(([value, text]) => el("option", { value }, text)));
    if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
  }
  designsToVary();
}

/** The designs of the request: the models ticked, and the one with a parameter changed if it has a value. */
function designs() {
  const list = [...document.querySelectorAll("input[name=risk-model]:checked")].map((box) => ({ label: box.value, model: box.value }));
  const corridor = parseNumber($("risk-corridor").value, { percentAllowed: true });
  if (corridor !== undefined && bundles.length) {
    const shares = typeof corridor === "number" ? { stopLoss: corridor, stopGain: corridor } : { stopLoss: corridor };
    list.push({ label: "bundle with a " + $("risk-corridor").value.trim() + " corridor", model: "bundle",
      overrides: { bundles: Object.fromEntries(bundles.map((id) => [id, { corridor: shares }])) } });
  }
  const value = parseNumber($("risk-own-value").value);
  if (value !== undefined) {
    const parameter = $("risk-own-parameter").value;
    const label = $("risk-own-parameter").selectedOptions[0].textContent + " at " + $("risk-own-value").value.trim();
    list.push({ label, model: $("risk-own-model").value, overrides: overrides(parameter, value) });
  }
  return list;
}

/** A parameter's path as overrides write it: bundles.hip-replacement-bundle.corridor.stopLoss → nested objects. */
function overrides(parameter, value) {
  const [scope, ...rest] = parameter.split(".");
  const key = rest.shift();
  const tree = { [scope]: { [key]: {} } };
  let at = tree[scope][key];
  rest.slice(0, -1).forEach((part) => { at = at[part] = {}; });
  at[rest[rest.length - 1]] = value;
  return tree;
}

function designsToVary() {
  const chosen = $("risk-vary-design").value;
  const labels = designs().map((d) => d.label);
  $("risk-vary-design").replaceChildren(...labels.map((l) => el("option", { value: l }, l)));
  if (labels.includes(chosen)) $("risk-vary-design").value = chosen;
  else if (labels.includes("bundle")) $("risk-vary-design").value = "bundle";
}

function request() {
  const body = { ruleSet: $("risk-rule-set").value, episodes: parseNumber($("risk-episodes").value),
    seed: parseNumber($("risk-seed").value), mix: [] };
  for (const input of document.querySelectorAll("#risk-mix input")) {
    const share = parseNumber(input.value, { percentAllowed: true });
    if (share !== undefined) body.mix.push({ pathwayId: input.dataset.pathway, share });
  }
  body.designs = designs();
  if ($("risk-vary-parameter").value) {
    body.sensitivity = { design: $("risk-vary-design").value, parameter: $("risk-vary-parameter").value,
      values: $("risk-vary-values").value.split(/[;\n]/).map((v) => v.trim()).filter(Boolean).map((v) => parseNumber(v)) };
  }
  return body;
}

async function run() {
  await busy($("risk-form"), $("risk-result"), async () => {
    const body = request();
    if (!body.designs.length) throw { problem: { errors: [{ field: "designs", message: "tick a design, or give a parameter's value" }] } };
    const answer = await api("POST", "/api/v1/design-risk", body);
    showRisk(answer);
    $("risk-result").hidden = false;
    reveal($("risk-result"));
    saveRisk();
  });
}
