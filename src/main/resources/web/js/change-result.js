// The rule-change tab's answer: what was summed, the income, which change moved the money (a waterfall and its
// table), the breakdowns by setting and by mode, the rules that fired differently, and each pathway's gain or loss.
import { $, el, tone } from "./dom.js";
import { signedKr, formula } from "./format.js";
import { table } from "./table.js";
import { chartIn, krAxis } from "./charts.js";

const COMPENSATION = { none: "unchanged: ISF only", share: "follows the ISF share", neutral: "keeps income at plan" };
const MODEL = { "per-contact": "priced per contact (ISF)", "bundle": "priced with the bundle model (a bundle where one applies, per contact otherwise)",
  "period": "priced with period payments (one per patient per tertial with a qualifying contact, per contact otherwise)" };
export const TONE_COLOURS = { gain: "#1b7a3a", loss: "#b00020", zero: "#8a939c" };
const MONEY_CHANGE = [{ title: "Baseline", type: "money" }, { title: "Candidate", type: "money" }, { title: "Change", type: "signed-money" }];

/** Shows an impact; `what` is the what-if in words (or null), `candidateChosen` whether a candidate rule set was asked for. */
export function showImpact(impact, { what, candidateChosen }) {
  const same = impact.baseline === impact.candidate && !impact.overrides;
  $("change-same").hidden = !same;
  $("change-same").textContent = same ? "The same rule set twice: nothing changes."
    + (candidateChosen ? "" : " (No candidate and no what-if: the baseline is compared with itself.)") : "";
  $("change-whatif").hidden = !what;
  if (what) {
    $("change-whatif").replaceChildren(el("strong", {}, "What-if active: "), what.words.join("; ") + ", on "
      + (candidateChosen ? "the candidate " : "the baseline ") + impact.candidate + ", for this request only.");
  }
  $("change-summary").textContent = summary(impact, what, candidateChosen);
  $("change-result").hidden = false;
  const m = impact.income;
  $("change-money").replaceChildren(table({ name: "income", caption: "ISF, block grant and income over the population (the API gives no cost for a rule change over pathways)",
    columns: [{ title: "Money", type: "text" }, ...MONEY_CHANGE],
    rows: [["ISF", m.isf], ["Block grant", m.blockGrant], ["Income", m.income]].map(([name, x]) => [name, x.baseline, x.candidate, x.difference]) }));
  $("change-grants").replaceChildren(blockGrants(m.blockGrants));
  waterfall(impact.attribution, same);
  $("attribution").replaceChildren(attribution("attribution", "What moved ISF", impact.attribution));
  $("income-attribution").replaceChildren(attribution("income-attribution", "What moved income", m.attribution));
  $("change-by-setting").replaceChildren(split("by-setting", "ISF by setting", "Setting", impact.bySetting));
  $("change-by-mode").replaceChildren(split("by-mode", "ISF by mode of contact", "Mode", impact.byMode));
  $("change-rules").replaceChildren(rulesChanged(impact.rulesChanged));
  $("winners").replaceChildren(winners(impact));
  $("change-contacts").replaceChildren(contacts(impact.pathways));
}

/** Exactly what was summed: which pathways and how many of each, which rule sets, which model, which compensation. */
export function summary(impact, what, candidateChosen) {
  const p = impact.population;
  const listed = p.planned.map((v) => v.volume + " × " + v.pathwayId).join(", ");
  const candidate = candidateChosen ? impact.candidate + " (candidate)" + (what ? " changed by the what-if (" + what.words.join("; ") + ")" : "")
    : impact.baseline + " changed by the what-if" + (what ? " (" + what.words.join("; ") + ")" : ", of which there is none");
  const m = impact.income;
  const plan = m.plan.description === p.description ? "the same pathways" : m.plan.description;
  return "Summed over " + p.description + ", not a budget: " + p.pathways + " pathways a year"
    + (p.description.includes("×") ? "" : " (" + listed + ")") + ", " + MODEL[impact.model] + ", under " + impact.baseline
    + " (baseline) and " + candidate + ". Block grant set from " + plan + ", compensation " + m.compensation + " ("
    + COMPENSATION[m.compensation] + "). ISF: " + impact.summary.winners + (impact.summary.winners === 1 ? " pathway gains, " : " pathways gain, ") + impact.summary.losers + " lose, "
    + impact.summary.unchanged + " unchanged.";
}

function blockGrants(grants) {
  const bases = [...new Set(grants.map((g) => g.ruleSet + ": " + g.basis))];
  return el("details", {}, el("summary", {}, "How the block grant is set (per scheme, under the baseline and the candidate)"),
    table({ name: "block-grants", caption: "The plan's block grant per scheme: (1 − ISF share) × unit price × planned points",
      columns: [{ title: "Rule set", type: "text" }, { title: "Scheme", type: "text" }, { title: "Planned points", type: "decimal" },
        { title: "Per pathway", type: "money" }, { title: "Total", type: "money" }, { title: "Formula", type: "text" }],
      rows: grants.map((g) => [g.ruleSet, g.scheme, g.plannedPoints, g.perPathway, g.total, formula(g.formula)]) }),
    ...bases.map((b) => el("p", { class: "hint" }, b)));
}

function attribution(name, title, result) {
  if (result.contributions.length === 0) return el("p", {}, "No parameter and no rule differs: nothing to attribute (" + result.method + ").");
  return table({ name, caption: title + ": " + result.method,
    columns: [{ title: "Change", type: "text" }, { title: "What", type: "text" }, { title: "Contribution", type: "signed-money" }],
    rows: result.contributions.map((c) => [c.item, c.description, c.amount]), total: ["Total", "", result.total] });
}

function split(name, caption, title, rows) {
  return table({ name, caption, columns: [{ title, type: "text" }, ...MONEY_CHANGE],
    rows: rows.map((x) => [x.key, x.baseline, x.candidate, x.difference]), total: true });
}

function rulesChanged(rows) {
  if (rows.length === 0) return el("p", { id: "change-rules-none" }, "The same rules fired for every contact: only parameters differ.");
  return table({ name: "rules-changed", caption: "Contacts for which a rule fired under one rule set only",
    columns: [{ title: "Pathway", type: "text" }, { title: "Contact", type: "text" }, { title: "Fired under the baseline only", type: "text" },
      { title: "Fired under the candidate only", type: "text" }],
    rows: rows.map((r) => [r.pathwayId, r.contactId, r.onlyBaseline.join("; ") || "—", r.onlyCandidate.join("; ") || "—"]) });
}

/** Whole øre of a per-pathway amount times the volume, as a decimal string. */
function times(amount, volume) {
  return (Math.round(Number(amount) * 100) * volume / 100).toFixed(2);
}

function winners(impact) {
  const verdict = (d) => ({ gain: "gains", loss: "loses", zero: "unchanged" })[tone(d)];
  return table({ name: "pathways", caption: "Each pathway, largest change first: ISF and income of one pathway, and its ISF change times its volume",
    columns: [{ title: "Pathway", type: "text" }, { title: "Verdict", type: "text" }, { title: "Volume", type: "count" },
      { title: "ISF baseline", type: "money" }, { title: "ISF candidate", type: "money" }, { title: "ISF change", type: "signed-money" },
      { title: "Income change", type: "signed-money" }, { title: "ISF change × volume", type: "signed-money" }],
    rows: impact.pathways.map((p) => [p.pathwayId, verdict(p.difference), p.volume, p.baseline, p.candidate, p.difference,
      p.income.difference, times(p.difference, p.volume)]),
    rowAttrs: (row) => ({ "data-tone": tone(row[5]) }),
    total: ["Total", "", impact.pathways.reduce((s, p) => s + p.volume, 0), "", "", "", "", impact.summary.difference] });
}

function contacts(pathways) {
  const rows = pathways.flatMap((p) => p.contacts.map((c) => [p.pathwayId, c.contactId, c.setting, c.mode, c.baseline, c.candidate, c.difference]));
  return table({ name: "contacts", caption: "ISF of each contact of one pathway, before its volume",
    columns: [{ title: "Pathway", type: "text" }, { title: "Contact", type: "text" }, { title: "Setting", type: "text" }, { title: "Mode", type: "text" },
      ...MONEY_CHANGE], rows });
}

/**
 * A waterfall of the attribution, lying down: each change runs from the running total before it to the one after it,
 * green for a gain, red for a loss, grey for nothing; the last bar is the total. With nothing to draw, a sentence.
 */
function waterfall(result, same) {
  const node = $("waterfall");
  const none = $("waterfall-none");
  const items = result.contributions;
  node.hidden = items.length === 0;
  none.hidden = items.length !== 0;
  if (items.length === 0) {
    none.textContent = same ? "The same rule set twice: nothing changes, so there is no change to draw (ISF change ±0,00 kr)."
      : "No parameter and no rule differs between the two: nothing changes (ISF change " + signedKr(result.total) + ").";
    window.echarts.getInstanceByDom(node)?.clear();
    return;
  }
  let running = 0;
  const bars = items.map((c) => {
    const from = running;
    running = Math.round((running + Number(c.amount)) * 100) / 100;
    return { name: c.item, from, to: running, amount: Number(c.amount) };
  });
  bars.push({ name: "total", from: 0, to: Number(result.total), amount: Number(result.total) });
  chartIn(node, Math.ceil(bars.length * 1.4), {
    tooltip: { trigger: "item", formatter: (p) => bars[p.dataIndex].name + ": " + signedKr(bars[p.dataIndex].amount) },
    xAxis: krAxis("ISF change"),
    yAxis: { type: "category", data: bars.map((b) => b.name.replace(/\./g, ".\u200b")), inverse: true,
      axisLabel: { interval: 0, width: 220, overflow: "break", fontSize: 11, lineHeight: 13 } },
    series: [{ type: "custom", name: "contribution", encode: { x: [1, 2], y: 0 },
      data: bars.map((b, i) => ({ value: [i, b.from, b.to], tone: tone(b.amount), itemStyle: { color: TONE_COLOURS[tone(b.amount)] } })),
      renderItem: (params, api) => {
        const a = api.coord([api.value(1), api.value(0)]);
        const b = api.coord([api.value(2), api.value(0)]);
        const height = api.size([0, 1])[1] * 0.6;
        const left = Math.min(a[0], b[0]);
        const width = Math.max(Math.abs(b[0] - a[0]), 2);
        return { type: "group", children: [
          { type: "rect", shape: { x: left, y: a[1] - height / 2, width, height }, style: api.style() },
          { type: "text", style: { text: signedKr(bars[params.dataIndex].amount), x: left + width + 4, y: a[1], verticalAlign: "middle",
            fill: "#1d2630", font: "11px sans-serif" } }] };
      } }],
  });
}
