/*
 * A hotline operator asks where once the caller has told the problem ("在哪里？", "地址是？", "哪个
 * 路口？"); the caller's next turn answers it ("西山路边上那个修车铺后面", "桃南一区的房子，人找不到").
 * Such a turn says where, not what is wrong: the summary names the place itself, so the answer is no
 * part of the problem it states.
 */

/*
 * Or asks how big the fault is ("冰溜子有多长？", "坑有多深？"): the answer ("得有半米多") is a measure of
 * the fault already told, no problem of its own.
 */
const EXTENT_QUESTION = /多(长|大|高|深|宽|粗|重|厚)/;

const PLACE_QUESTION =
  /在哪|哪里|哪儿|哪条|哪栋|哪家|哪个(?!部门|方面|单位|时间|科室)|地址|位置|什么地方|住址|住哪/;

/** The caller turns that directly follow an operator's question about the place. */
export function placeAnswers(turns: readonly { speaker: "caller" | "agent"; text: string }[]): string[] {
  const answers: string[] = [];
  for (let i = 1; i < turns.length; i++) {
    const before = turns[i - 1]!;
    const turn = turns[i]!;
    if (turn.speaker !== "caller" || before.speaker !== "agent") continue;
    if (/[？?]/.test(before.text) && (PLACE_QUESTION.test(before.text) || EXTENT_QUESTION.test(before.text)))
      answers.push(turn.text);
  }
  return answers;
}
