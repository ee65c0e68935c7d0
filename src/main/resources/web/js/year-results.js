// A finished repricing job as the year tab shows it: what was read, every bad row reported, the totals, the result
// tables with a chart of each candidate's difference from the baseline, and the result files to download.
import { $, api } from "./dom.js";
import { count, signedKr, heading } from "./format.js";
import { records } from "./csv.js";
import { table } from "./table.js";
import { fileLinks } from "./files.js";
import { chartIn, krAxis } from "./charts.js";

export async function showResults(job) {
  if (job.status !== "done") throw { problem: { detail: "job " + job.id + " is " + job.status + "; its results come when it is done" } };
  const s = job.summary;
  const [baseline, ...candidates] = job.scenarios;
  $("year-result-heading").textContent = "Results of job " + job.id + ": " + baseline + " → " + candidates.join(", ");
  $("year-counts").textContent = counts(s);
  $("year-bad").replaceChildren(...badRows(s));
  $("year-totals").replaceChildren(table({ name: "totals", caption: "ISF over the whole file, per rule set (" + count(s.contacts) + " contacts)",
    columns: [{ title: "Rule set", type: "text" }, { title: "ISF (kr)", type: "money" }, { title: "Difference from " + baseline + " (kr)", type: "signed-money" }],
    rows: s.totals.map((t) => [t.scenario, t.kr, t.scenario === baseline ? "" : t.differenceKr]) }));
  const files = await Promise.all(["by-setting.csv", "by-hospital.csv", "by-mode.csv"].map((name) => result(job, name)));
  const [bySetting, byHospital, byMode] = files;
  $("year-by-setting").replaceChildren(bySetting.figure);
  $("year-by-hospital").replaceChildren(byHospital.figure);
  $("year-by-mode").replaceChildren(byMode.figure);
  $("year-files").replaceChildren(...job.results.map(fileLinks));
  $("year-result").dataset.job = job.id;
  $("year-result").hidden = false;
  drawDifference($("year-setting-chart"), bySetting, job.scenarios);
  drawDifference($("year-hospital-chart"), byHospital, job.scenarios);
}

/** Rows read = priced + bad, as the command line counts them. */
export function counts(s) {
  return count(s.rows + s.badRows) + " rows read: " + count(s.rows) + " priced, " + count(s.badRows) + " bad (skipped and counted)"
    + "; " + count(s.contacts) + " contacts in the totals.";
}

function badRows(s) {
  if (s.badRows === 0) return [];
  const shown = s.firstBadRows.length;
  return [table({ name: "bad-rows", caption: shown < s.badRows
    ? "The first " + count(shown) + " of " + count(s.badRows) + " bad rows (the job reports the first " + count(shown) + " by line)"
    : "Every bad row (" + count(s.badRows) + "), by line", columns: [{ title: "Line", type: "count" }, { title: "Reason", type: "text" }],
    rows: s.firstBadRows.map((b) => [b.line, b.reason]) })];
}

/** A result file as a table: human column names, kr and % where the file holds them, a total row. */
async function result(job, name) {
  const file = job.results.find((r) => r.file === name);
  const { header, rows } = records(await api("GET", file.href));
  const columns = header.map((h, i) => ({ key: h, title: heading(h, job.scenarios), type: typeOf(h, i) }));
  const values = rows.map((r) => header.map((h) => r[h]));
  const what = name.replace(".csv", "").replace("by-", "");
  const figure = table({ name: name.replace(".csv", ""), caption: "ISF by " + what + " under each rule set, and each candidate's difference from "
    + job.scenarios[0], columns, rows: values, total: total(columns, values, job.scenarios[0]) });
  return { figure, columns, rows: values };
}

function typeOf(h, i) {
  if (i === 0) return "text";
  if (h === "contacts") return "count";
  if (h.endsWith("_pct")) return "signed-percent-points";
  return h.startsWith("difference_") ? "signed-money" : "money";
}

/** Sums of the amounts and contacts; each percentage recomputed from the sums, as the file computes a line's. */
function total(columns, rows, baseline) {
  const sum = (i) => rows.reduce((s, r) => s + Math.round(Number(r[i]) * 100), 0);
  return columns.map((c, i) => {
    if (i === 0) return "Total";
    if (c.type === "count") return sum(i) / 100;
    if (c.type !== "signed-percent-points") return (sum(i) / 100).toFixed(2);
    const difference = sum(columns.findIndex((d) => d.key === c.key.replace(/_pct$/, "_kr")));
    const base = sum(columns.findIndex((d) => d.key === baseline + "_kr"));
    return base === 0 ? "" : (difference / base * 100).toFixed(2);
  });
}

/** Each candidate's difference from the baseline per line of a result file, as horizontal bars in kroner. */
function drawDifference(node, file, scenarios) {
  const differences = file.columns.map((c, i) => [c, i]).filter(([c]) => c.key.startsWith("difference_") && c.key.endsWith("_kr"));
  const categories = file.rows.map((r) => r[0]);
  const series = differences.map(([c, i], k) => ({ name: scenarios[k + 1] + " − " + scenarios[0], type: "bar", barMaxWidth: 22,
    data: file.rows.map((r) => { const v = Number(r[i]); return differences.length > 1 ? v : { value: v, itemStyle: { color: v > 0.005 ? "#1b7a3a" : v < -0.005 ? "#b00020" : "#888" } }; }),
    label: { show: true, position: "right", formatter: (p) => signedKr(p.value), fontSize: 11 } }));
  chartIn(node, categories.length * Math.max(1, series.length), {
    legend: { top: 0, data: series.map((s) => s.name) },
    tooltip: { trigger: "item", formatter: (p) => p.name + "<br>" + p.seriesName + ": " + signedKr(p.value) },
    xAxis: krAxis("ISF difference from " + scenarios[0]),
    yAxis: { type: "category", data: categories, inverse: true, axisLabel: { width: 160, overflow: "truncate", fontSize: 11 } },
    series,
  });
}
