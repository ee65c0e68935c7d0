// The risk of each design as the risk tab shows it: the distribution of the year side by side, each design's range,
// its table, one episode of each pathway, and the sensitivity of one design to one parameter.
import { $, el } from "./dom.js";
import { kr, percent, decimal, count } from "./format.js";
import { table } from "./table.js";
import { krAxis } from "./charts.js";

const COLOURS = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#9c755f"];
let current = null;
let wired = false;

export function showRisk(answer) {
  current = answer;
  if (!wired) {
    document.querySelectorAll("input[name=risk-measure]").forEach((i) => i.addEventListener("change", () => { drawDistribution(); drawRanges(); }));
    wired = true;
  }
  const first = answer.designs[0];
  $("risk-heading").textContent = "A year of " + count(answer.episodes) + " episodes under " + answer.ruleSet;
  $("risk-method").textContent = answer.method === "exact"
    ? "Exact: every way the year can fall, with its probability."
    : "Simulated: " + count(answer.draws) + " years drawn with seed " + answer.seed + ". Standard error of the mean income "
      + kr(first.standardErrors.meanIncome) + ", of the probability of a loss " + percent(first.standardErrors.lossProbability, 2) + ".";
  $("risk-basis").textContent = answer.basis;
  drawDistribution();
  drawRanges();
  $("risk-years").replaceChildren(table({ name: "design-risk", caption: "The year under each design", total: false,
    columns: [{ title: "Design", type: "text" }, { title: "Model", type: "text" }, ...spreadColumns()],
    rows: answer.designs.map((d) => [d.label, d.model, ...spreadCells(d)]) }));
  $("risk-episodes-table").replaceChildren(table({ name: "design-risk-episodes", caption: "One episode of each pathway under each design",
    total: false, columns: [{ title: "Design", type: "text" }, { title: "Pathway", type: "text" }, { title: "Share", type: "percent" },
      { title: "ISF or bundle", type: "money" }, { title: "Block grant", type: "money" }, { title: "Income", type: "money" },
      { title: "Cost", type: "money" }, { title: "Margin", type: "signed-money" }],
    rows: answer.designs.flatMap((d) => d.episodeTypes.map((t) => [d.label, t.pathwayId, t.share, t.money.isf,
      t.money.blockGrant, t.money.income, t.money.cost, t.money.margin])) }));
  drawSensitivity();
}

function spreadColumns() {
  return [["Mean income", "money"], ["sd", "money"], ["5th percentile", "money"], ["95th percentile", "money"],
    ["Mean margin", "signed-money"], ["sd", "money"], ["5th percentile", "signed-money"], ["95th percentile", "signed-money"],
    ["Probability of a loss", "percent"]].map(([title, type]) => ({ title, type }));
}

function spreadCells(d) {
  return [d.income.mean, d.income.standardDeviation, d.income.p5, d.income.p95, d.margin.mean, d.margin.standardDeviation,
    d.margin.p5, d.margin.p95, d.margin.probabilityBelowZero];
}

const measure = () => document.querySelector("input[name=risk-measure]:checked").value;

/** The distribution of each design's year on one axis of kroner: the probability of each of its bins. */
function drawDistribution() {
  const key = measure();
  const node = $("risk-chart");
  node.setAttribute("aria-label", "The distribution of the year's " + key + " under each design, side by side");
  const chart = window.echarts.getInstanceByDom(node) || window.echarts.init(node);
  chart.resize();
  const series = current.designs.map((d, i) => ({ type: "line", name: d.label, step: "middle", symbol: "none",
    color: COLOURS[i % COLOURS.length], areaStyle: { opacity: 0.12 },
    data: d[key].histogram.map((b) => [(Number(b.from) + Number(b.to)) / 2, Number(b.probability)]),
    markLine: key === "margin" && i === 0 ? { silent: true, symbol: "none", label: { formatter: "loss | gain", position: "insideEndTop" },
      lineStyle: { color: "#a4001d", type: "dashed" }, data: [{ xAxis: 0 }] } : undefined }));
  chart.setOption({ animation: false, grid: { left: 10, right: 30, top: 60, bottom: 44, containLabel: true },
    legend: { type: "scroll", top: 0 }, tooltip: { trigger: "axis", valueFormatter: (v) => percent(v, 2) },
    xAxis: { ...krAxis("The year's " + key), scale: true },
    yAxis: { type: "value", name: "probability", axisLine: { onZero: false }, axisLabel: { formatter: (v) => percent(v, 0) } },
    series }, true);
}

/** Each design's 5th to 95th percentile (whiskers), mean ± one standard deviation (box) and median (line). */
function drawRanges() {
  const key = measure() === "income" ? "income" : "margin";
  const node = $("risk-range-chart");
  const labels = current.designs.map((d) => d.label);
  node.style.height = Math.max(160, 90 + labels.length * 44) + "px";
  const chart = window.echarts.getInstanceByDom(node) || window.echarts.init(node);
  chart.resize();
  const box = (s) => [s.p5, Number(s.mean) - Number(s.standardDeviation), s.median, Number(s.mean) + Number(s.standardDeviation), s.p95].map(Number);
  chart.setOption({ animation: false, grid: { left: 10, right: 30, top: 30, bottom: 44, containLabel: true },
    title: { text: (key === "income" ? "Income" : "Margin") + ": whiskers 5th–95th percentile, box mean ± sd, line median",
      textStyle: { fontSize: 12, fontWeight: "normal" } },
    xAxis: { ...krAxis("The year's " + key), scale: true },
    yAxis: { type: "category", data: labels, inverse: true, axisLabel: { width: 160, overflow: "break" } },
    series: [{ type: "boxplot", data: current.designs.map((d) => box(d[key])),
      itemStyle: { color: "#e8f0f8", borderColor: "#1f5f99" } }] }, true);
}

/** The varied design at each value: its mean margin between its 5th and 95th percentile, and the probability of a loss. */
function drawSensitivity() {
  const s = current.sensitivity;
  $("risk-sensitivity").hidden = !s;
  if (!s) return;
  $("risk-sensitivity-heading").textContent = "Sensitivity of " + s.design + " to " + s.parameter;
  const values = s.points.map((p) => decimal(p.value));
  const node = $("risk-sensitivity-chart");
  const chart = window.echarts.getInstanceByDom(node) || window.echarts.init(node);
  chart.resize();
  chart.setOption({ animation: false, grid: { left: 10, right: 10, top: 60, bottom: 40, containLabel: true },
    legend: { type: "scroll", top: 0 }, tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: values, name: s.parameter, nameLocation: "middle", nameGap: 26 },
    yAxis: [{ ...krAxis("margin"), nameLocation: "end", nameGap: 12 },
      { type: "value", name: "probability of a loss", min: 0, max: 1, axisLabel: { formatter: (v) => percent(v, 0) } }],
    series: [
      { type: "line", name: "5th percentile", data: s.points.map((p) => Number(p.margin.p5)), lineStyle: { type: "dashed" }, color: "#a4001d" },
      { type: "line", name: "mean margin", data: s.points.map((p) => Number(p.margin.mean)), color: "#1f5f99" },
      { type: "line", name: "95th percentile", data: s.points.map((p) => Number(p.margin.p95)), lineStyle: { type: "dashed" }, color: "#17692f" },
      { type: "bar", name: "probability of a loss", yAxisIndex: 1, data: s.points.map((p) => Number(p.margin.probabilityBelowZero)),
        itemStyle: { color: "rgba(164, 0, 29, 0.25)" } }] }, true);
  $("risk-sensitivity-table").replaceChildren(table({ name: "design-risk-sensitivity", caption: "The year of " + s.design
    + " at each value of " + s.parameter, total: false, columns: [{ title: "Value", type: "decimal" }, ...spreadColumns()],
    rows: s.points.map((p) => [p.value, ...spreadCells(p)]) }));
}
