// pathfin's page: plain JavaScript modules over the public REST API only (the same calls a client of the API makes).
import { $, api } from "./js/dom.js";
import { readState } from "./js/state.js";
import { startCompare } from "./js/compare.js";
import { startChange } from "./js/change.js";
import { startYear } from "./js/year.js";
import { startProjection } from "./js/projection.js";
import { startRisk } from "./js/risk.js";

const TABS = ["compare", "change", "year", "projection", "risk"];

function select(name, focus) {
  const panel = TABS.includes(name) ? name : "compare";
  document.querySelectorAll("nav [role=tab]").forEach((t) => {
    const on = t.dataset.panel === panel;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    if (on && focus) t.focus();
  });
  document.querySelectorAll(".panel").forEach((p) => { p.hidden = p.id !== panel; });
  if (!location.hash.startsWith("#" + panel)) history.replaceState(null, "", "#" + panel);
  window.dispatchEvent(new Event("resize"));
  window.dispatchEvent(new CustomEvent("tab-shown", { detail: panel }));
}

const tabs = [...document.querySelectorAll("nav [role=tab]")];
tabs.forEach((tab, i) => {
  tab.addEventListener("click", () => select(tab.dataset.panel));
  tab.addEventListener("keydown", (e) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step) { e.preventDefault(); select(tabs[(i + step + tabs.length) % tabs.length].dataset.panel, true); }
    if (e.key === "Home") { e.preventDefault(); select(tabs[0].dataset.panel, true); }
    if (e.key === "End") { e.preventDefault(); select(tabs[tabs.length - 1].dataset.panel, true); }
  });
});

async function start() {
  const [ruleSets, pathways] = await Promise.all([api("GET", "/api/v1/rule-sets"), api("GET", "/api/v1/pathways")]);
  const detail = await api("GET", "/api/v1/rule-sets/" + (ruleSets.some((r) => r.id === "isf-2024") ? "isf-2024" : ruleSets[0].id));
  const catalog = { ruleSets, pathways, weights: detail.weights };
  startChange(catalog);
  startYear(catalog);
  startRisk(catalog);
  await startProjection();
  select(readState().tab);
  await startCompare(catalog);
  document.body.dataset.ready = "true";
}

start().catch((error) => {
  document.body.dataset.ready = "failed";
  $("compare-problem").textContent = "The page could not load what the server knows: " + ((error.problem && error.problem.detail) || String(error));
});
