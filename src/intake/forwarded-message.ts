/**
 * A message that forwards someone else's post ("转发邻居群里的：“…——某某 139…”", "【转】“…联系人某师傅…”")
 * and then says what the writer adds. The name and number inside the quoted post are its author's:
 * the writer's own, when they give them, stand outside it.
 */

// A forward is announced before the quote opens: 转发 / 轉發 / 【转】 / 转给你们 / 转一下 / 群里 / 粘过来.
const FORWARD_MARK = /[转轉][发發给給]|【[转轉]】|[转轉]一下|群[里裡]|朋友圈|粘过来|粘過來/u;
// The quoted post: at least a clause long, so a nickname in quotes ("我是“阳光明媚”") is no post.
const QUOTED = /[“「『"]([^”」』"]{12,})[”」』"]/u;

/**
 * The message with the forwarded post's words taken out, or null when it forwards nothing (no mark
 * before the quote). Only the quote's inside goes; its marks stay, so the clauses around keep apart.
 */
export function withoutForwardedPost(text: string): string | null {
  const quote = QUOTED.exec(text);
  if (!quote || !FORWARD_MARK.test(text.slice(0, quote.index))) return null;
  const open = text[quote.index]!;
  const close = text[quote.index + quote[0].length - 1]!;
  return `${text.slice(0, quote.index)}${open}${close}${text.slice(quote.index + quote[0].length)}`;
}
