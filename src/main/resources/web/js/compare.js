// The compare tab: what each variant of a pathway earns under each rule set and model, its difference from the
// baseline, the whole money, and every line's explanation.
import { $, el, api, busy } from "./dom.js";
import { kr, decimal, parseNumber } from "./format.js";
import { readState, writeState, list, shellQuote } from "./state.js";
import { show } from "./compare-results.js";

let pathways = [];
let lastRequest = null;

const OVERRIDE_FIELDS = [
  { id: "o-share", key: "share", words: "somatic ISF share", percent: true },
  { id: "o-price", key: "price", words: "somatic unit price (kr)" },
  { id: "o-weight", key: "weight", words: "cost weight" },
  { id: "o-bundle-price", key: "bundlePrice", words: "bundle price (kr)" },
  { id: "o-bundle-after", key: "bundleAfter", words: "bundle window after (days)" },
];

export async function startCompare(catalog) {
  pathways = catalog.pathways;
  const families = [...new Set(pathways.map((p) => p.family))];
  $("family").replaceChildren(...families.map((f) => el("option", { value: f }, f)));
  $("rule-sets").replaceChildren(...catalog.ruleSets.map((r) => el("label", {},
    el("input", { type: "checkbox", name: "ruleSet", value: r.id }), " " + r.id + (r.status === "final" ? "" : " (" + r.status + ")"))));
  $("o-weight-code").replaceChildren(...catalog.weights.map((w) => el("option", { value: w.groupCode }, w.groupCode)));
  $("family").addEventListener("change", () => showVariants());
  $("compare-form").addEventListener("submit", (event) => { event.preventDefault(); run(); });
  $("copy-curl").addEventListener("click", copyCurl);
  $("copy-link").addEventListener("click", copyLink);
  const { tab, params } = readState();
  restore(tab === "compare" ? params : new URLSearchParams());
  if (tab === "compare" && params.has("run")) await run();
}

function showVariants(chosen) {
  const family = $("family").value;
  const members = pathways.filter((p) => p.family === family);
  const ticked = chosen || (family === "hip-replacement" ? ["A", "B", "C"] : members.map((p) => p.variant));
  $("variants").replaceChildren(el("legend", {}, "Variants"), ...members.map((p) => el("label", {},
    el("input", { type: "checkbox", name: "variant", value: p.variant, checked: ticked.includes(p.variant) }),
    " " + p.variant + " ", el("span", { class: "hint" }, p.description))));
  $("baseline").replaceChildren(...members.map((p) => el("option", { value: p.variant }, p.variant)));
}

function restore(params) {
  const family = params.get("family") || "hip-replacement";
  $("family").value = [...$("family").options].some((o) => o.value === family) ? family : $("family").options[0].value;
  showVariants(list(params, "variants", undefined));
  if (params.has("baseline")) $("baseline").value = params.get("baseline");
  const ruleSets = list(params, "ruleSets", ["isf-2019", "isf-2020", "isf-2024"]);
  document.querySelectorAll("input[name=ruleSet]").forEach((i) => { i.checked = ruleSets.includes(i.value); });
  const models = list(params, "models", ["per-contact", "bundle"]);
  document.querySelectorAll("input[name=model]").forEach((i) => { i.checked = models.includes(i.value); });
  for (const f of OVERRIDE_FIELDS) $(f.id).value = params.get(f.key) || "";
  if (params.has("weightCode")) $("o-weight-code").value = params.get("weightCode");
  $("o-phone-phv").checked = params.get("phonePhv") === "true";
}

function saveState() {
  const entries = { family: $("family").value, variants: checked("variant"), baseline: $("baseline").value,
    ruleSets: checked("ruleSet"), models: checked("model"), run: "1" };
  for (const f of OVERRIDE_FIELDS) entries[f.key] = $(f.id).value.trim();
  if ($("o-weight").value.trim() !== "") entries.weightCode = $("o-weight-code").value;
  if ($("o-phone-phv").checked) entries.phonePhv = "true";
  writeState("compare", entries);
}

function checked(name) {
  return [...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
}

/** The what-if overrides typed in the form, and the same in words for the banner. */
function overrides() {
  const o = {};
  const words = [];
  const somatic = {};
  const share = parseNumber($("o-share").value, { percentAllowed: true });
  if (share !== undefined) { somatic.isfShare = share; words.push("somatic ISF share " + (typeof share === "number" ? decimal(share) : share)); }
  const price = parseNumber($("o-price").value);
  if (price !== undefined) { somatic.unitPrice = price; words.push("somatic unit price " + (typeof price === "number" ? kr(price) : price)); }
  const tariffs = {};
  if (Object.keys(somatic).length) tariffs.somatic = somatic;
  if ($("o-phone-phv").checked) { tariffs.phv = { eligibleModes: ["in-person", "video", "phone"] }; words.push("phone counts in mental health (PHV)"); }
  if (Object.keys(tariffs).length) o.tariffs = tariffs;
  const weight = parseNumber($("o-weight").value);
  if (weight !== undefined) { o.weights = { [$("o-weight-code").value]: weight }; words.push("cost weight of " + $("o-weight-code").value + " " + weight); }
  const bundle = {};
  const bundlePrice = parseNumber($("o-bundle-price").value);
  if (bundlePrice !== undefined) { bundle.price = bundlePrice; words.push("bundle price " + (typeof bundlePrice === "number" ? kr(bundlePrice) : bundlePrice)); }
  const after = parseNumber($("o-bundle-after").value);
  if (after !== undefined) { bundle.daysAfter = after; words.push("bundle window " + after + " days after"); }
  if (Object.keys(bundle).length) o.bundles = { "hip-replacement-bundle": bundle };
  return Object.keys(o).length ? { body: o, words } : null;
}

async function request() {
  const body = { family: $("family").value, variants: checked("variant"), ruleSets: checked("ruleSet"),
    models: checked("model"), baseline: $("baseline").value };
  const own = $("own-pathway").value.trim();
  if (own === "" && body.variants.length === 0) {
    throw { problem: { detail: "tick at least one variant, or paste your own pathway", errors: [{ field: "variants", message: "tick at least one variant" }] } };
  }
  if (own !== "") {
    let pathway;
    try {
      pathway = JSON.parse(own);
    } catch (e) {
      throw { problem: { detail: "your pathway is not valid JSON", errors: [{ field: "pathways", message: "not valid JSON: " + e.message }] } };
    }
    const family = $("own-with-family").checked ? pathways.filter((p) => p.family === body.family && body.variants.includes(p.variant)) : [];
    const fixtures = await Promise.all(family.map((p) => api("GET", "/api/v1/pathways/" + encodeURIComponent(p.id))));
    body.pathways = [...fixtures.map((f) => ({ id: f.id, family: f.family, variant: f.variant, description: f.description, contacts: f.contacts })), pathway];
    body.baseline = fixtures.length ? fixtures.find((f) => f.variant === body.baseline)?.id || fixtures[0].id : pathway.id;
    delete body.family;
    delete body.variants;
  }
  return body;
}

async function run() {
  const form = $("compare-form");
  await busy(form, $("compare-result"), async () => {
    const body = await request();
    const what = overrides();
    if (what) body.overrides = what.body;
    saveState();
    const withOverrides = api("POST", "/api/v1/comparisons", body);
    let plain = null;
    if (what) {
      const without = { ...body };
      delete without.overrides;
      plain = api("POST", "/api/v1/comparisons", without);
    }
    const comparison = await withOverrides;
    lastRequest = body;
    show(comparison, plain ? await plain : null, what);
  });
}

function curlText() {
  return "curl -s " + shellQuote(location.origin + "/api/v1/comparisons") + " -H 'Content-Type: application/json' -d " + shellQuote(JSON.stringify(lastRequest));
}

async function copyCurl() {
  const text = curlText();
  $("curl").value = text;
  $("curl").hidden = false;
  try { await navigator.clipboard.writeText(text); } catch (e) { /* shown for copying by hand */ }
}

async function copyLink() {
  $("link").value = location.href;
  $("link").hidden = false;
  try { await navigator.clipboard.writeText(location.href); } catch (e) { /* shown for copying by hand */ }
}

