// Charts drawn with ECharts: horizontal bars whose labels stay readable at any width, axes in kroner.
import { kr, NBSP } from "./format.js";

export const KIND_COLOURS = {
  "assessment": "#4e79a7", "admission-with-surgery": "#e15759", "day-surgery": "#f28e2b", "medical-admission": "#b07aa1",
  "control": "#59a14f", "treatment": "#76b7b2", "collaboration-meeting": "#edc948",
};

/** An axis of kroner, without øre, named. */
export function krAxis(name) {
  return { type: "value", name: name + " (kr)", nameLocation: "middle", nameGap: 28,
    axisLabel: { formatter: (v) => kr(v).replace(",00" + NBSP + "kr", ""), hideOverlap: true } };
}

/** Draws (or redraws) a chart of `bars` horizontal bars in `node`, sized so each bar has room for its label. */
export function chartIn(node, bars, option) {
  const legend = option.legend ? 30 : 0;
  node.style.height = Math.max(160, 46 + legend + bars * 30) + "px";
  const chart = window.echarts.getInstanceByDom(node) || window.echarts.init(node);
  chart.resize();
  const narrow = node.clientWidth < 600;
  if (option.yAxis && option.yAxis.axisLabel) option.yAxis.axisLabel.width = narrow ? 110 : option.yAxis.axisLabel.width;
  chart.setOption({ animation: false, grid: { left: 10, right: narrow ? 80 : 110, top: 10 + legend, bottom: 40, containLabel: true }, ...option }, true);
  node.setAttribute("role", "img");
  return chart;
}

window.addEventListener("resize", () => document.querySelectorAll(".chart").forEach((n) => window.echarts.getInstanceByDom(n)?.resize()));

/** A vertical axis of amounts, named with its unit: kroner without øre, or hours and FTEs with a decimal comma. */
export function amountAxis(name, unit) {
  const label = unit === "kr" ? (v) => kr(v).replace(",00" + NBSP + "kr", "") : (v) => String(v).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return { type: "value", name: name + " (" + unit + ")", nameLocation: "end", nameTextStyle: { align: "left" },
    axisLabel: { formatter: label, hideOverlap: true } };
}

/** Draws (or redraws) a chart over the years in `node`: years along the bottom, a scrolling legend on top. */
export function yearChartIn(node, years, option) {
  const chart = window.echarts.getInstanceByDom(node) || window.echarts.init(node);
  chart.resize();
  const narrow = node.clientWidth < 600;
  chart.setOption({ animation: false, grid: { left: 10, right: narrow ? 10 : 24, top: 70, bottom: 36, containLabel: true },
    legend: { type: "scroll", top: 0 }, tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: years.map(String), name: "year", nameLocation: "middle", nameGap: 26 }, ...option }, true);
  node.setAttribute("role", "img");
  return chart;
}
