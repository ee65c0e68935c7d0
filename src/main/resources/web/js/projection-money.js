// The whole money of a projected scenario year by year: ISF, block grant and the quality pot stacked as income,
// beside cost, in a chart and its table (from the job's yearly totals).
import { $, el } from "./dom.js";
import { kr } from "./format.js";
import { table } from "./table.js";
import { yearChartIn, amountAxis } from "./charts.js";

const INCOME = [{ key: "isf", title: "ISF" }, { key: "blockGrant", title: "Block grant" }, { key: "qualityPot", title: "Quality pot" }];
const COLUMNS = [...INCOME, { key: "income", title: "Income" }, { key: "cost", title: "Cost" }, { key: "margin", title: "Margin" }];

/** Draws the whole money of `years` (a job's years or candidate) under the scenario `name`. */
export function drawMoney(years, name) {
  const labels = years.map((y) => String(y.year));
  $("projection-money").replaceChildren(
    el("h3", {}, "The whole money by year, " + name + " (kr)"),
    el("p", { class: "hint" }, "Income = ISF + block grant + quality pot. The quality pot (quality-based financing) is the year's"
      + " rule set's pot shared among the health trusts by their quality indicator points; 0 when the scenario names no indicators."),
    el("div", { class: "chart tall", id: "projection-money-chart", role: "img",
      "aria-label": "ISF, block grant and quality pot per year, stacked as income, and cost (kr)" }),
    table({ name: "whole-money-by-year", caption: "ISF, block grant, quality pot, income, cost and margin per year under " + name + " (kr)",
      columns: [{ title: "Year", type: "text" }, ...COLUMNS.map((c) => ({ title: c.title + " (kr)", type: "money" }))],
      rows: years.map((y) => [String(y.year), ...COLUMNS.map((c) => Number(y[c.key]).toFixed(2))]) }));
  yearChartIn($("projection-money-chart"), labels, {
    tooltip: { trigger: "axis", valueFormatter: kr },
    yAxis: amountAxis("income and cost", "kr"),
    series: [...INCOME.map((p) => ({ name: p.title, type: "bar", stack: "income", barMaxWidth: 36, data: years.map((y) => Number(y[p.key])) })),
      { name: "Cost", type: "line", symbolSize: 6, itemStyle: { color: "#1d2630" }, data: years.map((y) => Number(y.cost)) }],
  });
}
