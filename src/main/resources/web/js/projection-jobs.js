// The earlier projection jobs: status, when, scenarios and base year of each; show one's projection, or delete it.
import { $, el, api, busy } from "./dom.js";
import { dateTime } from "./format.js";

let showJob = null;

/** @param show shows a finished job's projection (the projection tab's) */
export function startProjectionJobs(show) {
  showJob = show;
  $("projection-jobs-refresh").addEventListener("click", () => busy($("projection-jobs-form"), null, list));
  refreshProjectionJobs();
}

/** Reads the list again, quietly (a failure is said above the list). */
export function refreshProjectionJobs() {
  list().catch((error) => { $("projection-jobs-problem").textContent = "The list of projections could not be read: " + ((error.problem && error.problem.detail) || error); });
}

async function list() {
  const jobs = await api("GET", "/api/v1/projection-jobs");
  jobs.sort((a, b) => String(b.created).localeCompare(String(a.created)));
  $("projection-jobs").replaceChildren(jobs.length === 0 ? el("p", { class: "hint" }, "No projections yet.") : el("div", { class: "scroll" }, el("table", { class: "data" },
    el("caption", {}, "Every projection the server keeps, the newest first"),
    el("thead", {}, el("tr", {}, ...["Job", "Status", "Submitted", "Finished", "Scenario", "Compared with", "Base year", ""]
      .map((h) => el("th", { scope: "col", class: "text" }, h)))),
    el("tbody", {}, ...jobs.map(row)))));
}

function row(job) {
  return el("tr", { "data-job": job.id },
    el("th", { scope: "row", class: "text" }, el("code", {}, job.id)),
    el("td", { class: "text status-" + job.status }, job.status, job.message ? el("span", { class: "hint" }, " — " + job.message) : null),
    el("td", { class: "text" }, dateTime(job.created)), el("td", { class: "text" }, dateTime(job.finished)),
    el("td", { class: "text" }, job.scenario), el("td", { class: "text" }, job.compare || ""),
    el("td", { class: "text" }, job.repricingJob ? "repricing job " + job.repricingJob.slice(0, 8) : "the scenario's own activity"),
    el("td", { class: "text actions" },
      job.status === "done" ? el("button", { type: "button", class: "link show", "aria-label": "Show projection " + job.id,
        onclick: () => busy($("projection-jobs-form"), $("projection-result"), async () => { await showJob(job); $("projection-heading").focus(); }) }, "Show") : null,
      " ",
      el("button", { type: "button", class: "link delete", "aria-label": "Delete projection " + job.id, onclick: () => remove(job) }, "Delete")));
}

async function remove(job) {
  await busy($("projection-jobs-form"), null, async () => {
    try {
      await api("DELETE", "/api/v1/projection-jobs/" + encodeURIComponent(job.id));
    } catch (error) {
      if (error.status === 409) throw { problem: { detail: "projection " + job.id + " is still running; it can be deleted once it ends" } };
      throw error;
    }
    if ($("projection-result").dataset.job === job.id) $("projection-result").hidden = true;
    await list();
  });
}
