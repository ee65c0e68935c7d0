// A job's result file as the page offers it: a CSV as written, in the Norwegian form, or as a workbook.
import { el } from "./dom.js";

/** One item of a list of result files: each CSV in three forms (, and point; ; and comma; Excel), JSON as it is. */
export function fileLinks(r) {
  const csv = r.file.endsWith(".csv");
  const stem = r.file.replace(/\.csv$/, "");
  return el("li", {}, el("span", { class: "file" }, r.file), ": ",
    el("a", { href: r.href, download: r.file }, csv ? "CSV (, and decimal point)" : "JSON"),
    csv ? [" · ", el("a", { href: r.href + "?format=csv-no", download: stem + "-no.csv" }, "CSV (Norwegian: ; and decimal comma)"),
      " · ", el("a", { href: r.href + "?format=xlsx", download: stem + ".xlsx" }, "Excel (.xlsx)")] : null);
}
