/*
 * A hotline operator restates the appeal before filing it ("好的，桃南二区11号楼暖气不热", "路边垃圾
 * 桶破损，好的", "井盖缺失，在柳巷路菜市场东边，对吧？"): the problem in the words a dispatcher files,
 * heard and corrected by the caller when wrong. The caller's own account often names the object in
 * one turn and the fault three turns later, or tells what it did to them rather than what is broken.
 */

import { addressOnly } from "./address-only.js";
import { hanCount } from "./han-count.js";

const SENTENCE = /(?<=[。！!？?])/;
// Acknowledgements before a restatement, and the operator's "您" of a restatement addressed back.
const ACK = /^((好的|好|嗯|哦|噢|行|收到|明白了?|了解了?|知道了|对|是的|OK)[，,、\s]*)+/i;
const ADDRESSED =
  /^(您|你)(是|的)?(说|反映的是|要反映的是|说的是|想问的是|咨询的是|是咨询|咨询|建议|反映|怀疑|想(?=咨询|申请|了解|补办|办|要|问))?/;
// A question asking the caller something, unless it only confirms what was just restated.
// "是庙前街的路面吧": a bare 吧 after a restatement asks the caller to confirm it, as 对吧 does.
const CONFIRM_TAG = /[，,]?(是吧|对吧|是吗|对吗|是不是|对不对|没错吧|吧)[？?]?$/;
const QUESTION = /[？?吗]$/;
// "您是说…窗口工作人员经常不在岗？": the appeal put back to the caller in so many words, a restatement
// like one ending in 对吧. Not a short name for it ("您是说无证行医？", "您是说家庭作坊吗"): the kind of
// case, asked, says less than the caller did.
const ASKED_BACK = /^(您|你)(是说|的意思是|说的是|反映的是)/;
/*
 * A question after a restatement in the same sentence ("暖气漏水，什么位置？", "西山路施工，什么问题？"):
 * the clauses before the question restate what the caller said. So does a yes-or-no question put
 * with the verb's negative ("井盖翘起，您受伤没有？", "伤着了没", "有没有人受伤").
 */
const ASKS_DETAIL = /哪|什么|怎么|几|多少|吗$|呢$|没有$|了没$|有没有|要不要/;
/*
 * Typed notes and some ASR exports drop the question mark ("在哪一站上的车", "堵了多久了", "是气泡还是
 * 沉淀", "住在哪個社區"): a sentence whose last clause asks where, how long, how old or which of two is
 * still a question, never a restatement. Narrower than ASKS_DETAIL: "您是咨询取暖费怎么交" restates.
 */
const UNMARKED_QUESTION =
  /哪|多久|多大|多长时间|多少|多远|几(个|號|号|点|天|岁|歲|年|次|楼|樓|层|單元|单元|栋|棟|路)|是[^，,]{1,8}还是|[呢吗嗎]$/;
/*
 * Not a restatement: greetings, sympathy, promises, advice and asking for details ("我马上派单", "您先去医院
 * 看一下", "您在哪个小区", "我记一下", "转社保部门给您核实", "一般需要户口本", "这个情况需要社区调解", "不要开关电器",
 * "理解您", "督促热力公司"), how the centre will handle it ("这个我们按紧急处理", "以照明为主") and a
 * warning to keep away ("您请小孩别靠近"). A phone box (电话亭) is a thing, not the caller's number.
 */
const NOT_RECAP =
  /^请|^(我们|我|这边)?(马上|立即|立刻|尽快|现在)?(给|帮)(您|你)(转|派|联系|安排|通知|反映|处理)|^(马上|立即|立刻|尽快|现在)?(派|转)(人|给|环卫|园林|城管|社区|街道|物业|市场监管|交警|消防|公安|林业|住建|环保)|^(我们|我|这边)?(马上|立即|尽快)?(让|请|叫)(社区|街道|物业|城管|环卫|园林|网格员|工作人员|相关部门|有关部门)|^(马上|立即|立刻|尽快)(派|安排|处理|联系|通知)|(您|你)请|(别|不要|勿)(让.{1,4})?(靠近|碰|摸|走近|过去)|按.{0,8}(处理|办理|上报)|以.{1,6}为主|您好|你好|请讲|理解|体谅|督促|督办|催促|催一下|请说|您说|慢慢说|慢点说|别着急|不要着急|没关系|稍等|不客气|谢谢|再见|(我|我们|这边)(马上|会|可以|帮您|给您|立即|尽快|已经|同时|这边|转|联系|安排|通知|协调|核实)|派单|记下|记上|记一下|登记|备注|抱歉|对不起|核实|^转.{0,6}(部门|单位)|^(一般|通常|不要|千万|切勿|别)|开窗|通风|离开|撤离|疏散|安抚|打119|打110|需要.{0,6}(调解|协调|去|到|找|提供|带)|反映给|反馈给|交给|转到|转达|转给|转交|记录|通知|请您|您先|您赶紧|赶紧|您注意|注意安全|拨打|哪个|哪里|几号|什么|怎么|多少|电话(?!亭)|地址/;
// What is left of a clause that restates nothing.
const EMPTY = /^(好的|好|嗯|行|收到|明白|了解|对|是的)?$/;

/**
 * The operator's last restatement of the appeal after the caller has spoken, or null. `placeless`
 * removes the district's place names from a text: a restatement of only a place is none.
 */
export function operatorRecap(
  turns: readonly { speaker: "caller" | "agent"; text: string }[],
  placeless: (text: string) => string = (text) => text,
): string | null {
  let callerSpoke = false;
  let recap: string | null = null;
  // The restatement before a guess put to the caller ("井盖丢了是吗？"), for when the caller denies it.
  let beforeGuess: string | null | undefined;
  for (const turn of turns) {
    if (turn.speaker === "caller") {
      callerSpoke = true;
      if (beforeGuess !== undefined && DENIES.test(turn.text.trim())) recap = beforeGuess;
      beforeGuess = undefined;
      continue;
    }
    if (!callerSpoke) continue;
    const said = restatement(turn.text);
    if (said && !addressOnly(said, placeless)) {
      beforeGuess = GUESS.test(turn.text.trim()) ? recap : undefined;
      recap = said;
    } else beforeGuess = undefined;
  }
  return recap;
}

/*
 * A restatement the operator ends with "是吗 / 对吗" is a guess, and the caller may put it right: "井盖丢了
 * 是吗？" — "没丢，是翘起来了". Denied ("不是…", "不对", "没丢", "没有…"), the guess is no restatement;
 * the caller's words say what is wrong.
 */
const GUESS = /(是吧|对吧|是吗|对吗|是不是|对不对|没错吧)[？?]?$/;
const DENIES = /^(不是|不对|没有?[\u4e00-\u9fff]?[，,。]|没有?(?=[\u4e00-\u9fff]{0,2}[，,。].{0,3}是))/;

function restatement(turn: string): string | null {
  const kept: string[] = [];
  for (const raw of turn.split(SENTENCE)) {
    let sentence = raw.trim().replace(/[。！!]+$/, "");
    if (!sentence) continue;
    const confirms =
      CONFIRM_TAG.test(sentence) || (ASKED_BACK.test(sentence.replace(ACK, "")) && hanCount(sentence) >= 11);
    sentence = sentence.replace(CONFIRM_TAG, "");
    // "我重新给您登记：人行横道标线磨损不清": the filing words go, what they introduce is the restatement.
    let parts = sentence.split(/[，,：:]/);
    if (!confirms && (QUESTION.test(sentence) || UNMARKED_QUESTION.test(parts.at(-1)!))) {
      // Only the clauses before the question; a question alone restates nothing.
      if (parts.length < 2 || !ASKS_DETAIL.test(parts.at(-1)!.replace(/[？?]+$/, ""))) continue;
      parts = parts.slice(0, -1);
    }
    // "好的，双塔小区7号楼门禁刷卡失灵，我帮您派单": the promise goes, the restatement stays.
    const clauses = parts
      .filter((c) => !NOT_RECAP.test(c))
      .map((c) => c.replace(ACK, "").replace(ADDRESSED, "").replace(CONFIRM_TAG, "").trim())
      .filter((c) => !EMPTY.test(c));
    if (clauses.length) kept.push(clauses.join("，"));
  }
  const text = kept.join("，").replace(/[？?]+$/, "");
  return hanCount(text) >= 4 ? text : null;
}
