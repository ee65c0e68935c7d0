// The earlier repricing jobs: status, when, rule sets and rows of each; show one's results, or delete it.
import { $, el, api, busy } from "./dom.js";
import { count, dateTime } from "./format.js";

let showJob = null;

/** @param show shows a finished job's results (the year tab's) */
export function startJobList(show) {
  showJob = show;
  $("year-jobs-refresh").addEventListener("click", () => busy($("year-jobs-form"), null, list));
  refreshJobs();
}

/** Reads the list again, quietly (a failure is said above the list). */
export function refreshJobs() {
  list().catch((error) => { $("year-jobs-problem").textContent = "The list of jobs could not be read: " + ((error.problem && error.problem.detail) || error); });
}

async function list() {
  const jobs = await api("GET", "/api/v1/reprice-jobs");
  jobs.sort((a, b) => String(b.created).localeCompare(String(a.created)));
  $("year-jobs").replaceChildren(jobs.length === 0 ? el("p", { class: "hint" }, "No repricing jobs yet.") : el("div", { class: "scroll" }, el("table", { class: "data" },
    el("caption", {}, "Every repricing job the server keeps, the newest first"),
    el("thead", {}, el("tr", {}, ...["Job", "Status", "Submitted", "Finished", "Baseline", "Candidate", "Rows read", "Bad rows", ""]
      .map((h, i) => el("th", { scope: "col", class: i >= 6 && i < 8 ? "num" : "text" }, h)))),
    el("tbody", {}, ...jobs.map(row)))));
}

function row(job) {
  const [baseline, ...candidates] = job.scenarios;
  const s = job.summary;
  const rows = s ? s.rows + s.badRows : job.progress ? job.progress.rows : null;
  return el("tr", { "data-job": job.id },
    el("th", { scope: "row", class: "text" }, el("code", {}, job.id)),
    el("td", { class: "text status-" + job.status }, job.status, job.message ? el("span", { class: "hint" }, " — " + job.message) : null),
    el("td", { class: "text" }, dateTime(job.created)), el("td", { class: "text" }, dateTime(job.finished)),
    el("td", { class: "text" }, baseline), el("td", { class: "text" }, candidates.join(", ")),
    el("td", { class: "num" }, rows === null ? "" : count(rows)), el("td", { class: "num" }, s ? count(s.badRows) : ""),
    el("td", { class: "text actions" },
      job.status === "done" ? el("button", { type: "button", class: "link show", "aria-label": "Show results of job " + job.id,
        onclick: () => busy($("year-jobs-form"), $("year-result"), async () => { await showJob(job); $("year-result-heading").focus(); }) }, "Show results") : null,
      " ",
      el("button", { type: "button", class: "link delete", "aria-label": "Delete job " + job.id, onclick: () => remove(job) }, "Delete")));
}

async function remove(job) {
  await busy($("year-jobs-form"), null, async () => {
    try {
      await api("DELETE", "/api/v1/reprice-jobs/" + encodeURIComponent(job.id));
    } catch (error) {
      if (error.status === 409) throw { problem: { detail: "job " + job.id + " is still running; it can be deleted once it ends" } };
      throw error;
    }
    if ($("year-result").dataset.job === job.id) $("year-result").hidden = true;
    await list();
  });
}
