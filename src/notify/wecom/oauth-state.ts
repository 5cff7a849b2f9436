/**
 * The OAuth `state` that carries which page to open after sign-in. WeCom allows only a-zA-Z0-9 in
 * state (构造网页授权链接: "可以填写a-zA-Z0-9的参数值"), so a ticket ref ZT20261121-0042 travels as
 * ZT202611210042, and "inbox" opens the unit's list.
 */
export function oauthStateFor(ref: string | null): string {
  return ref ? ref.replace("-", "") : "inbox";
}

/** A target as `oauthStateFor` writes it (what `/m/login?to=` accepts). */
export const TARGET_PATTERN = /^[A-Za-z0-9]{1,64}$/;

/** Hex characters of the per-browser nonce appended to the target in the state. */
export const NONCE_LENGTH = 32;

/**
 * The link a card carries: the app's own `/m/login`, which sets a per-browser nonce cookie and
 * sends the browser on to WeCom's authorize page with target + nonce as state. The callback accepts
 * a code only in the browser that started the sign-in, so nobody can sign a colleague's browser in
 * as someone else with a code of their own (login CSRF).
 */
export function cardLink(publicBaseUrl: string, ref: string | null): string {
  return `${publicBaseUrl}/m/login?to=${oauthStateFor(ref)}`;
}

/** The target and nonce of a state that came back from WeCom, or null when it is not one of ours. */
export function splitState(state: string | undefined): { target: string; nonce: string } | null {
  if (!state || !/^[A-Za-z0-9]+$/.test(state) || state.length <= NONCE_LENGTH) return null;
  const target = state.slice(0, -NONCE_LENGTH);
  const nonce = state.slice(-NONCE_LENGTH);
  return TARGET_PATTERN.test(target) && /^[0-9a-f]+$/.test(nonce) ? { target, nonce } : null;
}

/** The mobile path a target leads to; anything unexpected leads to the list (never an open redirect). */
export function mobilePathFor(target: string | undefined): string {
  const m = /^ZT(\d{8})(\d{4,9})$/.exec(target ?? "");
  return m ? `/m/tickets/ZT${m[1]}-${m[2]}` : "/m/";
}
