// The projection tab: a scenario of the server's scenarios folder (and optionally a second to compare it with),
// projected year by year over a base year (the scenario's own activity or a finished repricing job's), as a job.
import { $, el, api, busy } from "./dom.js";
import { count, dateTime } from "./format.js";
import { readState, writeState } from "./state.js";
import { showProjection } from "./projection-results.js";
import { startProjectionJobs, refreshProjectionJobs } from "./projection-jobs.js";

let scenarios = [];

export async function startProjection() {
  $("projection-form").addEventListener("submit", (event) => { event.preventDefault(); run(); });
  $("projection-scenario").addEventListener("change", describe);
  $("projection-compare").addEventListener("change", describe);
  window.addEventListener("tab-shown", (event) => { if (event.detail === "projection") { baseYears(); refreshProjectionJobs(); } });
  try {
    scenarios = await api("GET", "/api/v1/scenarios");
  } catch (error) {
    $("projection-run").disabled = true;
    $("projection-problem").textContent = "This server offers no projections: " + ((error.problem && error.problem.detail) || error);
    return;
  }
  const usable = scenarios.filter((s) => !s.problem);
  const option = (s) => el("option", { value: s.id }, s.id + " (" + s.baseYear + "–" + s.years.to + ")");
  $("projection-scenario").replaceChildren(...usable.map(option));
  $("projection-compare").replaceChildren(el("option", { value: "" }, "nothing (one scenario)"), ...usable.map(option));
  if (usable.some((s) => s.id === "demography")) $("projection-scenario").value = "demography";
  describe();
  await baseYears();
  startProjectionJobs(show);
  const { tab, params } = readState();
  if (tab === "projection" && params.has("job")) showJob(params.get("job"));
}

/** What the chosen scenarios assume, and which scenario files cannot be read. */
function describe() {
  const about = (id) => {
    const s = scenarios.find((x) => x.id === id);
    if (!s) return "";
    return s.description + (s.changes.length ? " Change factors: " + s.changes.join(", ") + "." : "")
      + (s.ownActivity ? "" : " It names no activity file of its own: choose a repricing job as the base year.");
  };
  const broken = scenarios.filter((s) => s.problem).map((s) => s.id + " cannot be read: " + s.problem);
  $("projection-scenario-about").textContent = about($("projection-scenario").value) + (broken.length ? " (" + broken.join("; ") + ")" : "");
  $("projection-compare-about").textContent = about($("projection-compare").value);
}

/** The finished repricing jobs, any of which can be the base year; read again each time the tab is shown. */
async function baseYears() {
  const chosen = $("projection-base").value;
  let jobs = [];
  try {
    jobs = (await api("GET", "/api/v1/reprice-jobs")).filter((j) => j.status === "done");
  } catch (error) {
    jobs = [];
  }
  jobs.sort((a, b) => String(b.created).localeCompare(String(a.created)));
  $("projection-base").replaceChildren(el("option", { value: "" }, "each scenario's own activity file"),
    ...jobs.map((j) => el("option", { value: j.id }, "repricing job " + j.id.slice(0, 8) + " of " + dateTime(j.created) + ": "
      + count(j.summary.rows) + " rows, " + j.scenarios.join(" → "))));
  if ([...$("projection-base").options].some((o) => o.value === chosen)) $("projection-base").value = chosen;
}

async function run() {
  await busy($("projection-form"), $("projection-result"), async () => {
    const body = { scenario: $("projection-scenario").value };
    if ($("projection-compare").value) body.compare = $("projection-compare").value;
    if ($("projection-base").value) body.repricingJob = $("projection-base").value;
    let job = await api("POST", "/api/v1/projection-jobs", body);
    const started = Date.now();
    $("projection-job").hidden = false;
    $("projection-progress").removeAttribute("value");
    while (job.status === "queued" || job.status === "running") {
      const seconds = Math.round((Date.now() - started) / 1000);
      $("projection-status").textContent = (job.status === "queued" ? "Queued behind another projection" : "Projecting "
        + job.scenario + (job.compare ? " and " + job.compare + " (every mix of what differs between them)" : "") + " year by year")
        + "… " + seconds + " s";
      await new Promise((resolve) => setTimeout(resolve, 400));
      job = await api("GET", "/api/v1/projection-jobs/" + job.id);
    }
    await show(job);
    refreshProjectionJobs();
  });
}

async function show(job) {
  if (job.status !== "done") {
    $("projection-status").textContent = "The projection " + job.status + ".";
    throw { problem: { detail: "the projection " + job.status + ": " + (job.message || "") } };
  }
  $("projection-job").hidden = false;
  $("projection-progress").value = 100;
  $("projection-status").textContent = "Projection " + job.id + " done.";
  await showProjection(job);
  writeState("projection", { job: job.id });
}

/** Shows a finished projection named by the address (#projection?job=…). */
async function showJob(id) {
  await busy($("projection-form"), $("projection-result"), async () => show(await api("GET", "/api/v1/projection-jobs/" + encodeURIComponent(id))));
}
