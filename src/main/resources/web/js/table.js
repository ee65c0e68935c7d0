// Tables as the page shows them, and the same tables downloaded: Excel (.xlsx, real numbers), CSV in the Norwegian
// form (; and decimal comma, for a Norwegian Excel) and plain CSV (, and decimal point).
import { el, tone } from "./dom.js";
import { kr, signedKr, count, percent, decimal } from "./format.js";

const NUMERIC = new Set(["money", "signed-money", "count", "percent", "signed-percent", "signed-percent-points", "decimal"]);

function shown(value, type) {
  if (value === null || value === undefined || value === "") return "";
  switch (type) {
    case "money": return kr(value);
    case "signed-money": return signedKr(value);
    case "count": return count(value);
    case "percent": return percent(value);
    case "signed-percent": return percent(value, 1, true);
    case "signed-percent-points": return percent(Number(value) / 100, 1, true);
    case "decimal": return decimal(value);
    default: return String(value);
  }
}

/** A signed figure's tone (gain, loss, or zero: grey, never green); none for an unsigned one or an empty cell. */
function toneOf(value, type) {
  if (!["signed-money", "signed-percent", "signed-percent-points"].includes(type)) return "";
  if (value === null || value === undefined || value === "") return "";
  return tone(value);
}

/**
 * A table from a model: { name, caption, columns: [{ title, type }], rows: [[…]], total: true | row, rowHeader }.
 * Types: text, money, signed-money, count, decimal, percent and signed-percent (a share: 0.25 is 25 %), and
 * signed-percent-points (a percentage as the result files write it: -25.00 is −25 %; downloaded as written).
 * Text columns are left-aligned, numbers right-aligned; a total row sums the money and count columns. Returns a
 * figure holding the table and its downloads.
 */
export function table(model) {
  const columns = model.columns;
  const total = model.total === true ? totalRow(model) : model.total || null;
  const cell = (value, c, i, header) => {
    const tag = header ? "th" : "td";
    return el(tag, { class: [NUMERIC.has(c.type) ? "num" : "text", toneOf(value, c.type)].filter(Boolean).join(" "),
      scope: header ? "row" : undefined }, shown(value, c.type));
  };
  const body = model.rows.map((row, r) => {
    const tr = el("tr", model.rowAttrs ? model.rowAttrs(row, r) : {}, ...row.map((v, i) => cell(v, columns[i], i, i === 0 && model.rowHeader !== false)));
    return tr;
  });
  const node = el("table", { class: "data" },
    model.caption ? el("caption", {}, model.caption) : null,
    el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { scope: "col", class: NUMERIC.has(c.type) ? "num" : "text" }, c.title)))),
    el("tbody", {}, ...body),
    total ? el("tfoot", {}, el("tr", { class: "total" }, ...total.map((v, i) => cell(v, columns[i], i, i === 0)))) : null);
  // a region that may scroll sideways takes the focus, so that it scrolls from the keyboard too
  const scroll = el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": model.caption || model.name || "table" }, node);
  return el("figure", { class: "table" }, scroll, downloads(model, total));
}

function totalRow(model) {
  return model.columns.map((c, i) => {
    if (i === 0) return "Total";
    if (!["money", "signed-money", "count"].includes(c.type)) return "";
    const cents = model.rows.reduce((sum, row) => sum + Math.round(Number(row[i] || 0) * 100), 0);
    return c.type === "count" ? cents / 100 : (cents / 100).toFixed(2);
  });
}

function downloads(model, total) {
  const name = model.name || "table";
  const rows = total ? [...model.rows, total] : model.rows;
  return el("p", { class: "downloads" }, "Download ", el("span", { class: "sr" }, (model.caption || name) + " "), "as ",
    el("button", { type: "button", class: "link", onclick: () => xlsx(name, model.caption || name, model.columns, rows) }, "Excel (.xlsx)"),
    " · ",
    el("button", { type: "button", class: "link", onclick: () => save(name + ".csv", csv(model.columns, rows, ";", ","), true) }, "CSV (Norwegian: ; and decimal comma)"),
    " · ",
    el("button", { type: "button", class: "link", onclick: () => save(name + ".csv", csv(model.columns, rows, ",", "."), false) }, "CSV (, and decimal point)"));
}

/** CSV with the given separator and decimal mark; text that a spreadsheet would read as a formula is quoted with '. */
export function csv(columns, rows, separator, mark) {
  const quote = (text) => {
    let t = String(text ?? "");
    if (/^[=+\-@\t\r]/.test(t) && !/^-?\d/.test(t)) t = "'" + t;
    return /["\n\r]/.test(t) || t.includes(separator) ? '"' + t.replace(/"/g, '""') + '"' : t;
  };
  const value = (v, c) => {
    if (v === null || v === undefined || v === "") return "";
    if (NUMERIC.has(c.type)) return String(v).replace(".", mark);
    return quote(v);
  };
  return [columns.map((c) => quote(c.title)).join(separator), ...rows.map((r) => r.map((v, i) => value(v, columns[i])).join(separator))].join("\r\n") + "\r\n";
}

function save(fileName, text, bom) {
  const blob = new Blob([bom ? "\ufeff" + text : text], { type: "text/csv;charset=utf-8" });
  const link = el("a", { href: URL.createObjectURL(blob), download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

const SHEET_TYPES = { "money": "money", "signed-money": "money", "count": "count", "percent": "percent", "signed-percent": "percent",
  "signed-percent-points": "percent", "decimal": "number", "text": "text" };

/** A value as the workbook gets it: a percentage in points becomes the share a percent cell holds. */
function sheetValue(v, column) {
  if (v === null || v === undefined || v === "") return "";
  if (column.type === "signed-percent-points") return String(Number((Number(v) / 100).toPrecision(12)));
  return String(v);
}

/** The table as a real workbook, made by the server from the figures shown (numbers as numbers). */
async function xlsx(name, title, columns, rows) {
  const body = { title, sheets: [{ name: title.slice(0, 31), columns: columns.map((c) => ({ title: c.title, type: SHEET_TYPES[c.type] || "text" })),
    rows: rows.map((r) => r.map((v, i) => sheetValue(v, columns[i]))) }] };
  const response = await fetch("/api/v1/spreadsheets", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    alert("The workbook could not be made: " + (problem.detail || response.status));
    return;
  }
  const blob = await response.blob();
  const link = el("a", { href: URL.createObjectURL(blob), download: name + ".xlsx" });
  document.body.append(link);
  link.click();
  link.remove();
}
