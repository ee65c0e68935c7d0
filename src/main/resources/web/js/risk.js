// The risk tab: a hospital's episodes drawn from a mix of pathways, a year under each payment design, and the
// sensitivity of one design to one parameter. This module holds the form and its request; risk-results.js shows
// the answer.
import { $, el, api, busy, reveal } from "./dom.js";
import { parseNumber } from "./format.js";
import { readState, writeState } from "./state.js";
import { showRisk } from "./risk-results.js";

/** The mix shown first: the hip fixtures as a hospital sees them (uncomplicated, a phone control, an early revision). */
const FIRST_MIX = { "hip-replacement-A": "85 %", "hip-replacement-D-check-call": "10 %", "hip-replacement-F-early-revision": "5 %" };
let pathways = [];

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
    if (event.target.name === "risk-model" || event.target.id.startsWith("risk-own-")) designsToVary();
  });
  $("risk-form").addEventListener("submit", (event) => { event.preventDefault(); run(); });
  const { tab, params } = readState();
  const state = tab === "risk" ? params : new URLSearchParams();
  if (state.has("ruleSet") && ids.includes(state.get("ruleSet"))) $("risk-rule-set").value = state.get("ruleSet");
  if (families.includes(state.get("family"))) $("risk-family").value = state.get("family");
  mix(state.has("mix") ? Object.fromEntries(state.get("mix").split(";").map((pair) => pair.split("="))) : FIRST_MIX);
  parameters().then(() => {
    restore(state);
    if (state.has("run")) run();
  });
}

/** The form as the address holds it (#risk?mix=…&episodes=…), so a question can be shared as a link. */
function save() {
  const shares = [...document.querySelectorAll("#risk-mix input")].filter((i) => i.value.trim())
    .map((i) => i.dataset.pathway + "=" + i.value.trim());
  writeState("risk", { ruleSet: $("risk-rule-set").value, family: $("risk-family").value, mix: shares.join(";"),
    episodes: $("risk-episodes").value.trim(), seed: $("risk-seed").value.trim(),
    models: [...document.querySelectorAll("input[name=risk-model]:checked")].map((b) => b.value),
    own: $("risk-own-value").value.trim() ? [$("risk-own-model").value, $("risk-own-parameter").value, $("risk-own-value").value.trim()].join("|") : "",
    vary: $("risk-vary-parameter").value ? [$("risk-vary-parameter").value, $("risk-vary-design").value, $("risk-vary-values").value.trim()].join("|") : "",
    run: "1" });
}

function restore(params) {
  if (params.has("episodes")) $("risk-episodes").value = params.get("episodes");
  if (params.has("seed")) $("risk-seed").value = params.get("seed");
  if (params.has("models")) {
    const models = params.get("models").split(",");
    document.querySelectorAll("input[name=risk-model]").forEach((b) => { b.checked = models.includes(b.value); });
  }
  if (params.has("own")) {
    const [model, parameter, value] = params.get("own").split("|");
    $("risk-own-model").value = model;
    $("risk-own-parameter").value = parameter;
    $("risk-own-value").value = value || "";
  }
  designsToVary();
  if (params.has("vary")) {
    const [parameter, design, values] = params.get("vary").split("|");
    $("risk-vary-parameter").value = parameter;
    $("risk-vary-design").value = design;
    $("risk-vary-values").value = values || "";
  }
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
    options.push(["bundles." + b.id + ".daysAfter", "the days after the anchor in " + b.id]);
  }
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
  const value = parseNumber($("risk-own-value").value);
  if (value !== undefined) {
    const parameter = $("risk-own-parameter").value;
    const [scope, key, field] = [parameter.split(".")[0], parameter.split(".").slice(1, -1).join("."), parameter.split(".").pop()];
    const label = $("risk-own-parameter").selectedOptions[0].textContent + " at " + $("risk-own-value").value.trim();
    list.push({ label, model: $("risk-own-model").value, overrides: { [scope]: { [key]: { [field]: value } } } });
  }
  return list;
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
    save();
  });
}
