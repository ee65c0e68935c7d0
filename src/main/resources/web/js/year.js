// The year tab: an activity file (uploaded or generated) repriced under a baseline and a candidate, as a job.
import { $, el, api, busy } from "./dom.js";
import { kr, signedKr, count, heading } from "./format.js";
import { table } from "./table.js";

export function startYear(catalog) {
  for (const select of [$("year-baseline"), $("year-candidate")]) {
    select.replaceChildren(...catalog.ruleSets.flatMap((r) => [el("option", { value: r.id }, r.id),
      el("option", { value: r.id + ":bundle" }, r.id + " with hip episodes priced whole (bundle)")]));
  }
  $("year-baseline").value = "isf-2024";
  $("year-candidate").value = catalog.ruleSets.some((r) => r.id === "isf-2025-plan") ? "isf-2025-plan" : catalog.ruleSets[0].id;
  $("year-form").addEventListener("submit", (event) => { event.preventDefault(); upload(); });
  $("year-generate").addEventListener("click", generate);
}

async function upload() {
  const form = $("year-form");
  await busy(form, $("year-result"), async () => {
    const file = $("year-file").files[0];
    if (!file) throw { problem: { detail: "choose an activity CSV file", errors: [{ field: "body", message: "no file chosen" }] } };
    await follow(() => api("POST", "/api/v1/reprice-jobs" + scenarioQuery(), file, "text/csv"));
  });
}

async function generate() {
  const form = $("year-form");
  await busy(form, $("year-result"), async () => {
    const contacts = $("year-contacts").value.replace(/[\s\u00a0]/g, "");
    await follow(() => api("POST", "/api/v1/reprice-jobs/generated" + scenarioQuery() + "&contacts=" + encodeURIComponent(contacts) + "&seed=1"));
  });
}

function scenarioQuery() {
  return "?baseline=" + encodeURIComponent($("year-baseline").value) + "&candidate=" + encodeURIComponent($("year-candidate").value);
}

/** Submits a job, shows its progress until it ends, then its results. */
async function follow(submit) {
  let job = await submit();
  $("year-progress").hidden = false;
  while (job.status === "queued" || job.status === "running") {
    $("year-progress").value = job.progress ? Number(job.progress.percent) : 0;
    $("year-status").textContent = job.status + (job.progress ? ": " + count(job.progress.rows) + " rows" : "");
    await new Promise((resolve) => setTimeout(resolve, 300));
    job = await api("GET", "/api/v1/reprice-jobs/" + job.id);
  }
  $("year-progress").value = 100;
  if (job.status !== "done") throw { problem: { detail: "the job " + job.status + ": " + (job.message || "") } };
  await show(job);
}

async function show(job) {
  const s = job.summary;
  $("year-status").textContent = count(s.rows) + " rows, " + s.badRows + " bad"
    + (s.firstBadRows.length ? " (first: line " + s.firstBadRows[0].line + ": " + s.firstBadRows[0].reason + ")" : "")
    + "; " + s.totals.map((t) => t.scenario + " " + kr(t.kr) + (t.differenceKr != 0 ? " (" + signedKr(t.differenceKr) + ")" : "")).join(", ");
  const parts = [];
  for (const name of ["by-setting.csv", "by-mode.csv", "by-hospital.csv"]) {
    const result = job.results.find((r) => r.file === name);
    const text = await api("GET", result.href);
    const [header, ...rows] = text.trim().split("\n").map((line) => line.split(","));
    const columns = header.map((h, i) => ({ title: heading(h), type: i < 2 ? "text" : h.endsWith("pct") ? "decimal" : h.endsWith("kr") ? "money" : "count" }));
    parts.push(el("h3", {}, name.replace(".csv", "").replace("by-", "by ")), table({ name: name.replace(".csv", ""), columns, rows }));
  }
  parts.push(el("p", {}, "Result files: ", ...job.results.map((r) => el("a", { href: r.href, download: r.file }, r.file + " "))));
  $("year-result").replaceChildren(...parts);
  $("year-result").hidden = false;
}
