// How the page writes numbers, and how it reads the numbers people type.
export const NBSP = "\u00a0";

function grouped(whole) {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** Norwegian kroner: 1 234 567,89 kr (non-breaking spaces, minus sign for a loss). */
export function kr(value) {
  const n = Number(value);
  const [whole, fraction] = Math.abs(n).toFixed(2).split(".");
  return (n < 0 && Math.abs(n) >= 0.005 ? "−" : "") + grouped(whole) + "," + fraction + NBSP + "kr";
}

/** A difference: +12,00 kr, −669,00 kr, ±0,00 kr. */
export function signedKr(value) {
  const n = Number(value);
  if (Math.abs(n) < 0.005) return "±" + kr(0);
  return (n > 0 ? "+" : "") + kr(n);
}

/** A time as the analyst reads it: 2024-11-26 14:05:09 in the browser's time zone. */
export function dateTime(instant) {
  if (!instant) return "";
  const d = new Date(instant);
  const two = (n) => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + " " + two(d.getHours()) + ":" + two(d.getMinutes()) + ":" + two(d.getSeconds());
}

/** A whole count: 1 000 000. */
export function count(value) {
  return grouped(String(Math.round(Number(value))));
}

/** A share as a percentage: 0.4 → 40,0 %; with sign: +2,5 %. */
export function percent(share, digits = 1, signed = false) {
  const n = Number(share) * 100;
  const text = Math.abs(n).toFixed(digits).replace(".", ",") + NBSP + "%";
  if (signed && Math.abs(n) >= Math.pow(10, -digits) / 2) return (n > 0 ? "+" : "−") + text;
  return (n < 0 ? "−" : "") + text;
}

/** A plain decimal as the page writes it: 0.040 → 0,040; 52248 → 52 248. */
export function decimal(value) {
  const text = String(value);
  const negative = text.startsWith("-");
  const [whole, fraction] = text.replace("-", "").split(".");
  return (negative ? "−" : "") + grouped(whole) + (fraction !== undefined ? "," + fraction : "");
}

/** A formula from the API (0.040 × 52 248 × 0.40 = 835.97) written as the page writes numbers (0,040 × 52 248 × 0,40 = 835,97). */
export function formula(text) {
  return String(text).replace(/(\d)\.(\d)/g, "$1,$2").replace(/(\d) (\d{3})/g, "$1" + NBSP + "$2");
}

/**
 * A number typed by a person, in the forms the page itself writes: "52 248", "200 000", "0,30", "52 248,50",
 * "1 234.5", "30 %" (a share typed as a percentage when asked for), "−5". Anything else is returned as typed, so
 * that the API says what is wrong with it in its own words. Empty: undefined.
 */
export function parseNumber(text, { percentAllowed = false } = {}) {
  const raw = String(text ?? "").trim();
  if (raw === "") return undefined;
  let t = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/^[−–]/, "-");
  let scale = 1;
  if (percentAllowed && t.endsWith("%")) {
    t = t.slice(0, -1);
    scale = 100;
  }
  if (/^-?\d+([.,]\d+)?([eE][-+]?\d+)?$/.test(t)) {
    const n = Number(t.replace(",", "."));
    return scale === 1 ? n : Number((n / scale).toPrecision(12));
  }
  return raw;
}

/**
 * A column name from a CSV header as words: isf_baseline_kr → ISF baseline (kr); difference_isf-2025-plan_pct →
 * Difference isf-2025-plan (%). Names in `kept` (rule set ids, scenario labels) are written as they are.
 */
export function heading(name, kept = []) {
  const names = [...kept].sort((a, b) => b.length - a.length);
  let marked = name;
  names.forEach((n, i) => { marked = marked.split(n).join("\u0000" + i + "\u0000"); });
  const words = marked.split("_");
  let unit = "";
  if (words[words.length - 1] === "kr") { words.pop(); unit = " (kr)"; }
  if (words[words.length - 1] === "pct") { words.pop(); unit = " (%)"; }
  let text = words.join(" ").replace(/\bisf\b/g, "ISF").replace(/\bfte\b/g, "FTE").replace(/\bid\b/g, "").trim();
  text = text.charAt(0).toUpperCase() + text.slice(1);
  text = text.replace(/\u0000(\d+)\u0000/g, (m, i) => names[Number(i)]);
  return text + unit;
}
