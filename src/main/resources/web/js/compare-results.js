// The compare tab's answer: the differences from the baseline (with and without a what-if), the matrix of totals,
// the whole money, the revenue by contact kind, the reproducibility hashes and, on a click, a cell's lines.
import { $, el, reveal, tone } from "./dom.js";
import { kr, signedKr, formula, decimal } from "./format.js";
import { table } from "./table.js";
import { chartIn, krAxis, KIND_COLOURS } from "./charts.js";

function columns(comparison) {
  const list = [];
  for (const r of comparison.ruleSets) for (const m of comparison.models) list.push({ ruleSet: r, model: m });
  return list;
}

function finder(comparison) {
  const index = new Map(comparison.cells.map((c) => [c.pathwayId + "|" + c.ruleSet + "|" + c.model, c]));
  return (pathwayId, col) => index.get(pathwayId + "|" + col.ruleSet + "|" + col.model);
}

export function show(comparison, plain, what) {
  const cols = columns(comparison);
  const variants = [...new Map(comparison.cells.map((c) => [c.pathwayId, c.variant])).entries()];
  const cell = finder(comparison);
  const before = plain ? finder(plain) : null;
  const baseVariant = variants.find(([id]) => id === comparison.baseline)?.[1] || comparison.baseline;

  $("whatif-banner").hidden = !what;
  if (what) {
    $("whatif-banner").replaceChildren(el("strong", {}, "What-if active: "), what.words.join("; ") + ". ",
      "It changes the rule sets " + comparison.ruleSets.join(", ") + " for this request only; each figure shows the rule sets' own value beside it (\u201cwithout\u201d).");
  }
  $("compare-caption").textContent = "Baseline: variant " + baseVariant + ". " + (plain ? "Figures are with the what-if; the grey bars and the \u201cwithout\u201d figures leave it out." : "");
  drawDifferences(comparison, cols, variants, cell, before, baseVariant);
  matrix(comparison, cols, variants, cell, before);
  $("whole-money").replaceChildren(wholeMoney(comparison, cols, variants, cell));
  drawRevenue(cols, variants, cell);
  reproducibility(comparison);
  $("curl").hidden = true;
  $("lines").replaceChildren();
  $("compare-result").hidden = false;
}

function matrix(comparison, cols, variants, cell, before) {
  const head = el("tr", {}, el("th", { scope: "col", class: "text" }, "Variant"),
    ...cols.map((c) => el("th", { scope: "col", class: "num" }, c.ruleSet, el("br"), c.model)));
  const rows = variants.map(([id, variant]) => el("tr", {}, el("th", { scope: "row", class: "text" }, variant), ...cols.map((col) => {
    const c = cell(id, col);
    const b = before ? before(id, col) : null;
    const button = el("button", { type: "button", class: "cell", "data-pathway": id, "data-rule-set": col.ruleSet, "data-model": col.model,
      title: "lines of " + variant + " under " + col.ruleSet + ", " + col.model, onclick: () => showLines(c) },
      kr(c.total),
      el("span", { class: "diff " + tone(c.differenceFromBaseline) }, id === comparison.baseline ? "baseline" : signedKr(c.differenceFromBaseline) + " vs baseline"),
      b ? el("span", { class: "without" }, "without: " + kr(b.total)) : null);
    return el("td", { class: "num" }, button);
  })));
  $("matrix").replaceChildren(el("caption", {}, "Revenue per variant: click a figure for its lines"), el("thead", {}, head), el("tbody", {}, ...rows));
}

function wholeMoney(comparison, cols, variants, cell) {
  const rows = [];
  for (const col of cols) for (const [id, variant] of variants) {
    const m = cell(id, col).money;
    rows.push([variant, col.ruleSet, col.model, m.isf, m.blockGrant, m.income, m.cost, m.margin, m.marginalRevenue, m.marginalCost, m.marginalMargin, m.personnelHours]);
  }
  return table({ name: "whole-money", caption: "The whole money per variant: on average (with its share of the block grant) and at the margin (one more patient)",
    columns: [{ title: "Variant", type: "text" }, { title: "Rule set", type: "text" }, { title: "Model", type: "text" },
      { title: "ISF", type: "money" }, { title: "Block grant", type: "money" }, { title: "Income", type: "money" }, { title: "Cost", type: "money" },
      { title: "Margin", type: "signed-money" }, { title: "Marginal revenue", type: "money" }, { title: "Marginal cost", type: "money" },
      { title: "Marginal margin", type: "signed-money" }, { title: "Personnel hours", type: "decimal" }],
    rows, rowHeader: true });
}

function drawDifferences(comparison, cols, variants, cell, before, baseVariant) {
  const others = variants.filter(([id]) => id !== comparison.baseline);
  const categories = [];
  const withData = [];
  const withoutData = [];
  for (const col of cols) for (const [id, variant] of others) {
    categories.push(variant + " vs " + baseVariant + " · " + col.ruleSet + " · " + col.model);
    withData.push(Number(cell(id, col).differenceFromBaseline));
    if (before) withoutData.push(Number(before(id, col).differenceFromBaseline));
  }
  $("difference-chart").hidden = categories.length === 0;
  if (categories.length === 0) return;
  const label = { show: true, position: "right", formatter: (p) => signedKr(p.value), fontSize: 11 };
  const bar = (name, data, colour) => ({ name, type: "bar", itemStyle: { color: colour || "#4f5b66" }, data: data.map((v) => ({ value: v, itemStyle: { color: colour || (Math.abs(v) < 0.005 ? "#888" : v > 0 ? "#1b7a3a" : "#b00020") } })), label, barMaxWidth: 22 });
  const series = before ? [bar("with the what-if", withData), bar("without it", withoutData, "#9aa5b1")] : [bar("difference", withData)];
  chartIn($("difference-chart"), categories.length * (before ? 2 : 1), {
    legend: before ? { top: 0, data: ["with the what-if", "without it"] } : undefined,
    tooltip: { trigger: "item", formatter: (p) => p.name + "<br>" + p.seriesName + ": " + signedKr(p.value) },
    xAxis: krAxis("difference from the baseline"),
    yAxis: { type: "category", data: categories, inverse: true, axisLabel: { width: 220, overflow: "break", fontSize: 11, lineHeight: 13 } },
    series,
  });
}

function drawRevenue(cols, variants, cell) {
  const categories = [];
  const cells = [];
  for (const col of cols) for (const [id, variant] of variants) {
    categories.push(variant + " · " + col.ruleSet + " · " + col.model);
    cells.push(cell(id, col));
  }
  const kinds = [...new Set(cells.flatMap((c) => c.lines.map((l) => l.kind)))];
  const series = kinds.map((kind) => ({ name: kind, type: "bar", stack: "revenue", barMaxWidth: 22,
    itemStyle: { color: KIND_COLOURS[kind] || "#666" },
    data: cells.map((c) => c.lines.filter((l) => l.kind === kind).reduce((s, l) => s + Number(l.amount), 0)) }));
  chartIn($("chart"), categories.length, {
    legend: { top: 0, data: kinds },
    tooltip: { trigger: "item", formatter: (p) => p.name + "<br>" + p.seriesName + ": " + kr(p.value) },
    xAxis: krAxis("revenue"),
    yAxis: { type: "category", data: categories, inverse: true, axisLabel: { width: 200, overflow: "break", fontSize: 11, lineHeight: 13 } },
    series,
  });
}

function reproducibility(comparison) {
  const seen = new Map();
  for (const c of comparison.cells) for (const r of c.reproducibility) seen.set(r.ruleSet, r);
  const overridden = comparison.overrides !== null && comparison.overrides !== undefined;
  const rows = [...seen.values()].map((r) => el("tr", {}, el("th", { scope: "row", class: "text" }, r.ruleSet),
    el("td", { class: "text hash" }, el("code", {}, r.contentHash)),
    overridden ? el("td", { class: "text hash" }, el("code", {}, r.overridesHash)) : null));
  $("hashes").replaceChildren(el("caption", {}, "Reproducibility: the same rule files (content hash)" + (overridden ? " and the same what-if (overrides hash)" : "") + " give the same figures"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col", class: "text" }, "Rule set"), el("th", { scope: "col", class: "text" }, "Content hash"),
      overridden ? el("th", { scope: "col", class: "text" }, "Overrides hash") : null)),
    el("tbody", {}, ...rows));
}

/** Where a factor's value comes from, as a short badge: HIGH, MED, ASSUMPTION, ILLUSTRATIVE or WHAT-IF. */
export function sourceBadge(source) {
  const text = String(source || "");
  let kind = "source";
  if (/^override/i.test(text)) kind = "what-if";
  else if (/^illustrative/i.test(text)) kind = "illustrative";
  else { const m = text.match(/^([A-Z]{3,})\b/); if (m) kind = m[1].toLowerCase(); else if (/ASSUMPTION/.test(text)) kind = "assumption"; }
  return el("span", { class: "badge badge-" + kind, title: text }, kind.toUpperCase());
}

function showLines(cell) {
  const rows = cell.lines.map((l) => el("tr", {},
    el("td", { class: "text" }, l.contactId), el("td", { class: "text" }, l.date), el("td", { class: "text" }, l.kind), el("td", { class: "text" }, l.mode),
    el("td", { class: "num" }, kr(l.amount)),
    el("td", { class: "text" },
      ...l.components.map((c) => el("div", { class: "component" }, el("div", {}, c.label + ": " + formula(c.formula)),
        el("ul", { class: "factors" }, ...c.factors.map((f) => el("li", {}, sourceBadge(f.source), " " + f.name + " " + decimal(f.value), el("span", { class: "source" }, " — " + f.source)))))),
      ...l.notes.map((n) => el("div", { class: "note" }, n))),
    el("td", { class: "text" },
      el("div", {}, l.ruleSet, " ", el("code", { title: l.ruleSetHash }, l.ruleSetHash.slice(0, 12))),
      l.perContactRuleSet && (l.perContactRuleSet !== l.ruleSet || l.perContactRuleSetHash !== l.ruleSetHash)
        ? el("div", { class: "hint" }, "per-contact value from " + l.perContactRuleSet + " ", el("code", { title: l.perContactRuleSetHash }, l.perContactRuleSetHash.slice(0, 12))) : null,
      ...l.rulesFired.map((r) => el("div", { class: "rule" }, "• " + r.name, el("div", { class: "regulation" }, r.regulation))))));
  const total = el("tr", { class: "total" }, el("th", { scope: "row", class: "text", colspan: "4" }, "Total"), el("td", { class: "num" }, kr(cell.total)), el("td"), el("td"));
  $("lines").replaceChildren(el("h3", {}, "Lines of " + cell.pathwayId + " under " + cell.ruleSet + ", " + cell.model),
    el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": "Lines of " + cell.pathwayId }, el("table", { class: "data lines" },
      el("thead", {}, el("tr", {}, ...[["Contact", "text"], ["Date", "text"], ["Kind", "text"], ["Mode", "text"], ["Amount", "num"], ["Formula, factors and their sources", "text"], ["Rule set and rules fired (with the regulation)", "text"]]
        .map(([h, c]) => el("th", { scope: "col", class: c }, h)))),
      el("tbody", {}, ...rows), el("tfoot", {}, total))));
  reveal($("lines"));
}
