// The risk tab's form in the page's address (#risk?mix=…&episodes=…), so a question can be shared as a link.
import { $ } from "./dom.js";
import { writeState } from "./state.js";

/** The form as the address holds it (#risk?mix=…&episodes=…), so a question can be shared as a link. */
export function saveRisk() {
  const shares = [...document.querySelectorAll("#risk-mix input")].filter((i) => i.value.trim())
    .map((i) => i.dataset.pathway + "=" + i.value.trim());
  writeState("risk", { ruleSet: $("risk-rule-set").value, family: $("risk-family").value, mix: shares.join(";"),
    episodes: $("risk-episodes").value.trim(), seed: $("risk-seed").value.trim(), corridor: $("risk-corridor").value.trim(),
    models: [...document.querySelectorAll("input[name=risk-model]:checked")].map((b) => b.value),
    own: $("risk-own-value").value.trim() ? [$("risk-own-model").value, $("risk-own-parameter").value, $("risk-own-value").value.trim()].join("|") : "",
    vary: $("risk-vary-parameter").value ? [$("risk-vary-parameter").value, $("risk-vary-design").value, $("risk-vary-values").value.trim()].join("|") : "",
    run: "1" });
}

export function restoreRisk(params, designsToVary) {
  if (params.has("episodes")) $("risk-episodes").value = params.get("episodes");
  if (params.has("seed")) $("risk-seed").value = params.get("seed");
  if (params.has("corridor")) $("risk-corridor").value = params.get("corridor");
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
