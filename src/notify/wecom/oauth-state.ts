/**
 * The OAuth `state` that carries which page to open after sign-in. WeCom allows only a-zA-Z0-9 in
 * state (构造网页授权链接: "可以填写a-zA-Z0-9的参数值"), so a ticket ref ZT20261121-0042 travels as
 * ZT202611210042, and "inbox" opens the unit's list.
 */
export function oauthStateFor(ref: string | null): string {
  return ref ? ref.replace("-", "") : "inbox";
}

/** The mobile path a state leads to; anything unexpected leads to the list (never an open redirect). */
export function mobilePathFor(state: string | undefined): string {
  const m = /^ZT(\d{8})(\d{4,9})$/.exec(state ?? "");
  return m ? `/m/tickets/ZT${m[1]}-${m[2]}` : "/m/";
}
