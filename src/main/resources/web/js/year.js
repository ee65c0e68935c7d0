// The year tab: an activity file (uploaded or generated) repriced under a baseline and a candidate, as a job; its
// counts, bad rows, tables and charts of the difference; the earlier jobs.
import { $, el, api, busy } from "./dom.js";
import { count, parseNumber } from "./format.js";
import { readState, writeState } from "./state.js";
import { showResults } from "./year-results.js";
import { startJobList, refreshJobs } from "./year-jobs.js";

export function startYear(catalog) {
  for (const select of [$("year-baseline"), $("year-candidate")]) {
    select.replaceChildren(...catalog.ruleSets.flatMap((r) => [el("option", { value: r.id }, r.id),
      el("option", { value: r.id + ":bundle" }, r.id + " with hip episodes priced whole (bundle)")]));
  }
  $("year-baseline").value = "isf-2024";
  $("year-candidate").value = catalog.ruleSets.some((r) => r.id === "isf-2025-plan") ? "isf-2025-plan" : catalog.ruleSets[0].id;
  $("year-form").addEventListener("submit", (event) => { event.preventDefault(); upload(); });
  $("year-generate").addEventListener("click", generate);
  startJobList(show);
  const { tab, params } = readState();
  if (tab === "year" && params.has("job")) showJob(params.get("job"));
}

async function upload() {
  await busy($("year-form"), $("year-result"), async () => {
    const file = $("year-file").files[0];
    if (!file) throw { problem: { detail: "choose an activity CSV file", errors: [{ field: "body", message: "no file chosen" }] } };
    await follow(() => api("POST", "/api/v1/reprice-jobs" + scenarioQuery(), file, "text/csv"));
  });
}

async function generate() {
  await busy($("year-form"), $("year-result"), async () => {
    const contacts = parseNumber($("year-contacts").value);
    if (contacts === undefined) throw { problem: { errors: [{ field: "contacts", message: "say how many contacts, e.g. 100 000" }] } };
    await follow(() => api("POST", "/api/v1/reprice-jobs/generated" + scenarioQuery() + "&contacts=" + encodeURIComponent(contacts) + "&seed=1"));
  });
}

/** Baseline and candidate; the activity is kept, so that a projection can take the job as its base year. */
function scenarioQuery() {
  return "?baseline=" + encodeURIComponent($("year-baseline").value) + "&candidate=" + encodeURIComponent($("year-candidate").value)
    + "&keepActivity=true";
}

/** Submits a job, shows its progress until it ends, then its results. */
async function follow(submit) {
  let job = await submit();
  $("year-job").hidden = false;
  refreshJobs();
  while (job.status === "queued" || job.status === "running") {
    progress(job);
    await new Promise((resolve) => setTimeout(resolve, 300));
    job = await api("GET", "/api/v1/reprice-jobs/" + job.id);
  }
  $("year-progress").value = 100;
  refreshJobs();
  if (job.status !== "done") {
    $("year-status").textContent = "The job " + job.status + ".";
    throw { problem: { detail: "the job " + job.status + ": " + (job.message || "") } };
  }
  await show(job);
}

/** The job's progress as the API reports it: generating (no file yet), reading (bytes of the file) or queued. */
function progress(job) {
  const p = job.progress;
  const bar = $("year-progress");
  if (job.status === "queued") {
    bar.removeAttribute("value");
    $("year-status").textContent = "Queued: waiting for the job before it…";
  } else if (!p || p.bytesTotal === 0) {
    bar.removeAttribute("value");
    $("year-status").textContent = "Generating the year…";
  } else {
    bar.value = Number(p.percent);
    $("year-status").textContent = "Reading and pricing: " + count(p.rows) + " rows so far, "
      + String(p.percent).replace(".", ",") + " % of the file";
  }
}

async function show(job) {
  $("year-job").hidden = false;
  $("year-progress").value = 100;
  $("year-status").textContent = "Job " + job.id + " done.";
  await showResults(job);
  writeState("year", { job: job.id });
}

/** Shows a finished job named by the address (#year?job=…). */
async function showJob(id) {
  await busy($("year-jobs-form"), $("year-result"), async () => show(await api("GET", "/api/v1/reprice-jobs/" + encodeURIComponent(id))));
}
