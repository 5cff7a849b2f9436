/*
 * Hotline callers often open with the thing alone ("路灯。", "嗯，水管。", "文庙巷，那个路面。") and tell
 * what is wrong with it only when the operator asks ("爆了。", "白天亮，晚上黑。"): the thing then stands
 * in no turn that states the fault, and the summary built from those turns (or from the operator's
 * restatement, "好的，一周未清运") names the fault without it.
 */

const CLAUSE = /[，,。！!？?、；;：:\s…]+/;
// Hesitation and a demonstrative before the thing. A clause that announces the call ("我反映个工地的事",
// "我想问问那个药店") is the caller's own account of it, which the summary reads already.
const LEAD = /^((嗯|啊|呃|哎|喂|唉|哦|噢)+|就是|那个|那個|这个|這個)+/;
const FILLER =
  /^((又|还|還)?是我|你好|您好|喂|嗯|啊|呃|哎|对|對|是的|好的|(我)?(说|說)(个|個|一下)?(那个|那個)?)?$/;
// "…那个路面", "楼道里的暖气管": the thing is what follows the last 的 or demonstrative.
const DESCRIBED = /^.*(的|那个|那個|这个|這個|那根|那盏|那盞)/;
const HAN = /^\p{Script=Han}{1,5}$/u;
// What a call is about, not a thing ("…的事", "那个情况").
const MATTER = /^(事|事情|事儿|情况|问题|問題)$/;
const ANNOUNCES = /反映|投诉|投訴|举报|舉報|咨询|諮詢|问|問|说|說|想|要/;
// Words that tell something of the thing, or answer the operator, rather than name it.
const NOT_A_NAME =
  /[了着著过過得不没沒很都全也就是在有坏壞漏堵爆吗嗎呢吧啊嗯哦对對好谢謝请請讲講说說要想问問能会會姓叫我你您他她]/;

/**
 * The thing a hotline caller names alone before telling its fault, or null. `placeless` removes the
 * district's place names, so a turn that names a place and the thing ("路西一巷，垃圾") still counts.
 */
export function callerThing(
  turns: readonly { speaker: "caller" | "agent"; text: string }[],
  placeless: (text: string) => string,
): string | null {
  for (const turn of turns) {
    if (turn.speaker !== "caller") continue;
    const names: string[] = [];
    let tells = false;
    for (const clause of turn.text.split(CLAUSE)) {
      const words = placeless(clause).trim().replace(LEAD, "");
      if (FILLER.test(words)) continue;
      const thing = words.replace(DESCRIBED, "");
      const named = HAN.test(thing) && !NOT_A_NAME.test(thing) && !MATTER.test(thing);
      if (named && !ANNOUNCES.test(words.slice(0, -thing.length))) names.push(thing);
      else tells = true;
    }
    // The caller's first words that say more than a place: the thing alone, or the account itself.
    if (tells || names.length > 1) return null;
    if (names.length) return names[0]!;
  }
  return null;
}
