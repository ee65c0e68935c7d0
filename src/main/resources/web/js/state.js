// The page's state in its address (#compare?family=…&variants=A,B), so a comparison can be shared as a link.
export function readState() {
  const hash = location.hash.replace(/^#/, "");
  const at = hash.indexOf("?");
  const tab = at < 0 ? hash : hash.slice(0, at);
  const query = at < 0 ? "" : hash.slice(at + 1);
  return { tab: tab || "compare", params: new URLSearchParams(query || "") };
}

export function writeState(tab, entries) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0 && k !== "models")) continue;
    params.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  const query = params.toString();
  history.replaceState(null, "", "#" + tab + (query ? "?" + query : ""));
}

export function list(params, name, fallback) {
  return params.has(name) ? params.get(name).split(",").filter((s) => s !== "") : fallback;
}

/** A shell-safe single-quoted word: it' s → 'it'\''s'. */
export function shellQuote(text) {
  return "'" + String(text).replace(/'/g, "'\\''") + "'";
}
