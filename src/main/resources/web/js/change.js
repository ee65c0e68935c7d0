// The rule-change tab: a candidate against a baseline over a population, with the block grant's answer to it.
import { $, el, api, busy } from "./dom.js";
import { kr, signedKr } from "./format.js";
import { table } from "./table.js";
import { chartIn, krAxis } from "./charts.js";

export function startChange(catalog) {
  for (const select of [$("change-baseline"), $("change-candidate")]) {
    select.replaceChildren(...catalog.ruleSets.map((r) => el("option", { value: r.id }, r.id)));
  }
  $("change-baseline").value = "isf-2024";
  $("change-candidate").value = catalog.ruleSets.some((r) => r.id === "candidate-2025-package") ? "candidate-2025-package" : "isf-2025-plan";
  $("change-form").addEventListener("submit", (event) => { event.preventDefault(); run(); });
}

async function run() {
  const form = $("change-form");
  await busy(form, $("change-result"), async () => {
    const impact = await api("POST", "/api/v1/impact", { baseline: $("change-baseline").value, candidate: $("change-candidate").value,
      compensation: $("change-compensation").value });
    show(impact);
  });
}

function show(impact) {
  const s = impact.summary;
  const m = impact.income;
  $("change-summary").textContent = impact.baseline + " → " + impact.candidate + " over " + impact.population.description
    + " (" + impact.population.pathways + " pathways: a total over them, not a budget); block grant set from "
    + (m.plan.description === impact.population.description ? "the same pathways" : m.plan.description)
    + ", compensation " + m.compensation + ". ISF: " + s.winners + " gain, " + s.losers + " lose, " + s.unchanged + " unchanged.";
  $("change-money").replaceChildren(table({ name: "income", caption: "ISF, block grant and income over the population",
    columns: [{ title: "", type: "text" }, { title: "Baseline", type: "money" }, { title: "Candidate", type: "money" }, { title: "Change", type: "signed-money" }],
    rows: [["ISF", m.isf], ["Block grant", m.blockGrant], ["Income", m.income]].map(([name, x]) => [name, x.baseline, x.candidate, x.difference]) }));
  const items = impact.attribution.contributions;
  $("attribution").replaceChildren(table({ name: "attribution", caption: impact.attribution.method,
    columns: [{ title: "Change", type: "text" }, { title: "What", type: "text" }, { title: "Contribution", type: "signed-money" }],
    rows: items.map((c) => [c.item, c.description, c.amount]), total: ["Total", "", impact.attribution.total] }));
  $("winners").replaceChildren(table({ name: "pathways", caption: "Each pathway: ISF and income before and after",
    columns: [{ title: "Pathway", type: "text" }, { title: "Volume", type: "count" }, { title: "ISF baseline", type: "money" }, { title: "ISF candidate", type: "money" },
      { title: "ISF change", type: "signed-money" }, { title: "Income change", type: "signed-money" }],
    rows: impact.pathways.map((p) => [p.pathwayId, p.volume, p.baseline, p.candidate, p.difference, p.income.difference]), total: true }));
  $("change-result").hidden = false;
  // A waterfall as candlesticks: each change runs from the running total before it to the one after it.
  let running = 0;
  const bars = items.map((c) => {
    const from = running;
    running += Number(c.amount);
    return [from, running, Math.min(from, running), Math.max(from, running)];
  });
  bars.push([0, running, Math.min(0, running), Math.max(0, running)]);
  const chart = chartIn($("waterfall"), 8, {
    tooltip: { trigger: "item", formatter: (p) => p.name + ": " + signedKr(p.data[2] - p.data[1]) },
    xAxis: { type: "category", data: [...items.map((c) => c.item), "total"], axisLabel: { interval: 0, rotate: 20, fontSize: 10 } },
    yAxis: { ...krAxis("ISF"), nameGap: 70 },
    series: [{ type: "candlestick", barMaxWidth: 80, data: bars,
      itemStyle: { color: "#1b7a3a", color0: "#b00020", borderColor: "#1b7a3a", borderColor0: "#b00020" } }],
  });
  void chart;
  void kr;
}
