// A finished projection as the projection tab shows it: the whole money per year (ISF, block grant, quality pot),
// income, cost and personnel per year by health trust or region, and with two scenarios their difference year by year and what moved it; each chart with its table.
import { $, el, api } from "./dom.js";
import { kr, signedKr, decimal, heading } from "./format.js";
import { records } from "./csv.js";
import { table } from "./table.js";
import { fileLinks } from "./files.js";
import { yearChartIn, amountAxis } from "./charts.js";
import { drawMoney } from "./projection-money.js";

let current = null;
let wired = false;

const MEASURES = [{ key: "income_kr", title: "Income", unit: "kr" }, { key: "cost_kr", title: "Cost", unit: "kr" }];
const PEOPLE = { personnel_hours: { title: "Personnel", unit: "hours" }, fte: { title: "Personnel", unit: "FTE" } };
const DIFFERENCES = ["isf", "block_grant", "income", "cost", "margin"];

export async function showProjection(job) {
  current = { job, files: new Map() };
  if (!wired) {
    document.querySelectorAll("input[name=projection-by]").forEach((i) => i.addEventListener("change", drawGroups));
    for (const id of ["projection-people", "projection-shown"]) $(id).addEventListener("change", drawGroups);
    $("projection-measure").addEventListener("change", drawAttribution);
    wired = true;
  }
  $("projection-heading").textContent = "Projection of " + job.scenario + (job.compare ? " compared with " + job.compare : "");
  $("projection-basis").textContent = "Base year: " + (job.repricingJob ? "the activity of repricing job " + job.repricingJob
    : "each scenario's own activity file") + ". Amounts nominal (each year's rule set and unit price), in kroner.";
  $("projection-shown").replaceChildren(el("option", { value: "first" }, job.scenario), job.compare ? el("option", { value: "second" }, job.compare) : null);
  $("projection-shown-label").hidden = !job.compare;
  $("projection-files").replaceChildren(...job.results.map(fileLinks));
  $("projection-comparison").hidden = !job.compare;
  $("projection-result").dataset.job = job.id;
  $("projection-result").hidden = false;
  await drawGroups();
  if (job.compare) {
    await drawDifference();
    await drawAttribution();
  }
}

/** A result file of the job as records, read once. */
async function file(name) {
  if (!current.files.has(name)) {
    const result = current.job.results.find((r) => r.file === name);
    if (!result) throw { problem: { detail: "the job has no result file " + name } };
    current.files.set(name, records(await api("GET", result.href)));
  }
  return current.files.get(name);
}

/** Each trust's share of the quality pot as income of the trust (its lines by scheme hold ISF and block grant only). */
async function qualityPotRows(start) {
  const name = start + "projection-quality-pot-by-year-trust.csv";
  if (!current.job.results.some((r) => r.file === name)) return [];
  return (await file(name)).rows.map((r) => ({ year: r.year, hospital: r.hospital, income_kr: r.quality_pot_kr, cost_kr: "0",
    personnel_hours: "0", fte: "0" }));
}

/** The prefix of a scenario's own files: none for one scenario; its name (or baseline/candidate) in a comparison. */
function prefix(which) {
  const { scenario, compare } = current.job;
  if (!compare) return "";
  if (scenario === compare) return which === "first" ? "baseline-" : "candidate-";
  return (which === "first" ? scenario : compare) + "-";
}

/** Sums per group and year of the given columns, in hundredths (øre, or hundredths of an hour). */
function byGroup(rows, group, keys) {
  const sums = new Map();
  for (const r of rows) {
    if (!sums.has(r[group])) sums.set(r[group], new Map());
    const years = sums.get(r[group]);
    if (!years.has(r.year)) years.set(r.year, Object.fromEntries(keys.map((k) => [k, 0])));
    for (const k of keys) years.get(r.year)[k] += Math.round(Number(r[k]) * 100);
  }
  return sums;
}

async function drawGroups() {
  const by = document.querySelector("input[name=projection-by]:checked").value;
  const which = $("projection-shown").value || "first";
  const name = which === "first" ? current.job.scenario : current.job.compare;
  drawMoney(which === "first" ? current.job.years : current.job.candidate, name);
  const source = by === "region" ? "projection-by-year-region.csv" : "projection-by-year-trust-scheme.csv";
  const rows = by === "region" ? (await file(prefix(which) + source)).rows
    : [...(await file(prefix(which) + source)).rows, ...await qualityPotRows(prefix(which))];
  const peopleKey = $("projection-people").value;
  const measures = [...MEASURES, { key: peopleKey, ...PEOPLE[peopleKey] }];
  const group = by === "region" ? "region" : "hospital";
  const sums = byGroup(rows, group, measures.map((m) => m.key));
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const groups = [...sums.keys()].sort();
  const words = by === "region" ? "region" : "health trust";
  $("projection-groups").replaceChildren(...measures.flatMap((m, i) => [
    el("h3", {}, m.title + " by " + words + ", " + name + " (" + m.unit + ")"),
    el("div", { class: "chart tall", id: "projection-chart-" + i, role: "img", "aria-label": m.title + " per year by " + words + " (" + m.unit + ")" }),
    groupTable(m, groups, years, sums, words, name)]));
  measures.forEach((m, i) => {
    const format = m.unit === "kr" ? kr : (v) => decimal(Number(v).toFixed(2)) + " " + m.unit;
    yearChartIn($("projection-chart-" + i), years, {
      tooltip: { trigger: "axis", valueFormatter: format },
      yAxis: amountAxis(m.title.toLowerCase(), m.unit),
      series: groups.map((g) => ({ name: g, type: "bar", stack: "total", barMaxWidth: 36,
        data: years.map((y) => (sums.get(g).get(y) || {})[m.key] / 100 || 0) })),
    });
  });
}

function groupTable(m, groups, years, sums, words, name) {
  const type = m.unit === "kr" ? "money" : "decimal";
  const cell = (hundredths) => (hundredths / 100).toFixed(2);
  const rows = groups.map((g) => [g, ...years.map((y) => cell((sums.get(g).get(y) || {})[m.key] || 0))]);
  const total = ["Total", ...years.map((y) => cell(groups.reduce((s, g) => s + ((sums.get(g).get(y) || {})[m.key] || 0), 0)))];
  return table({ name: m.key.replace(/_kr$/, "") + "-by-" + words.replace(" ", "-"), caption: m.title + " per year by " + words + " under "
    + name + " (" + m.unit + ")", columns: [{ title: heading(words), type: "text" }, ...years.map((y) => ({ title: y, type }))], rows, total });
}

async function drawDifference() {
  const { scenario, compare } = current.job;
  const { rows } = await file("comparison-by-year.csv");
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const value = (y, m) => rows.find((r) => r.year === y && r.measure === m)?.difference_kr ?? "";
  $("projection-comparison-about").textContent = compare + " minus " + scenario + ", each year (kr): a positive figure is more under " + compare + ".";
  $("projection-difference").replaceChildren(table({ name: "comparison-by-year", caption: "Each year's difference, " + compare + " − " + scenario + " (kr)",
    columns: [{ title: "Year", type: "text" }, ...DIFFERENCES.map((m) => ({ title: heading(m) + " (kr)", type: "signed-money" }))],
    rows: years.map((y) => [y, ...DIFFERENCES.map((m) => value(y, m))]) }));
  yearChartIn($("projection-difference-chart"), years, {
    tooltip: { trigger: "axis", valueFormatter: signedKr },
    yAxis: amountAxis(compare + " − " + scenario, "kr"),
    series: DIFFERENCES.map((m) => ({ name: heading(m), type: "line", symbolSize: 6, data: years.map((y) => Number(value(y, m))) })),
  });
}

async function drawAttribution() {
  if (!current || !current.job.compare) return;
  const measure = $("projection-measure").value;
  const { rows } = await file("comparison-attribution.csv");
  const chosen = rows.filter((r) => r.measure === measure);
  const years = [...new Set(chosen.map((r) => r.year))].sort();
  const items = [...new Map(chosen.map((r) => [r.item, r.description])).entries()];
  const amount = (item, y) => chosen.find((r) => r.item === item && r.year === y)?.amount_kr ?? "0.00";
  const cents = (v) => Math.round(Number(v) * 100);
  const totals = years.map((y) => (items.reduce((s, [item]) => s + cents(amount(item, y)), 0) / 100).toFixed(2));
  const what = measure === "isf" ? "ISF" : "income";
  $("projection-attribution").replaceChildren(table({ name: "comparison-attribution-" + measure,
    caption: "What moved " + what + " each year (kr; exact Shapley values, the parts sum to the difference)",
    columns: [{ title: "What differs", type: "text" }, { title: "From → to", type: "text" }, ...years.map((y) => ({ title: y, type: "signed-money" }))],
    rows: items.map(([item, description]) => [item, description, ...years.map((y) => amount(item, y))]),
    total: ["Difference of " + what, "", ...totals] }));
  yearChartIn($("projection-attribution-chart"), years, {
    tooltip: { trigger: "axis", valueFormatter: signedKr },
    yAxis: amountAxis(what + " difference", "kr"),
    series: [...items.map(([item]) => ({ name: item, type: "bar", stack: "parts", barMaxWidth: 36, data: years.map((y) => Number(amount(item, y))) })),
      { name: "difference of " + what, type: "line", symbolSize: 6, itemStyle: { color: "#1d2630" }, data: totals.map(Number) }],
  });
}
