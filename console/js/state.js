// What every view reads (who is signed in, units, taxonomy) and how a view moves to another one.
// Views import this module, never app.js, so the shell and its views do not import each other.

export const state = { me: null, units: [], unitName: new Map(), taxonomy: null, categoryName: new Map() };

/** Navigates to a hash route; the shell re-renders on "hashchange", also when the hash is unchanged. */
export function go(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = hash;
}
