import type { Hazard } from "./urgency-rules.js";

/*
 * A hotline operator who, during the call, tells the caller to get out, open the windows or keep
 * away from flames, or who hands the call to 110/119/120, has judged that a danger is happening.
 * Callers often bury the danger ("顺便说一下…一直在漏气那种声音") or describe it in words the rules do
 * not know; the operator's reaction is evidence of its own, in the same transcript the centre keeps.
 * Everyday promises ("我马上给您派单", "尽快通知社区处理") are not alarms, nor is advice for some
 * other time ("如果闻到燃气味，请立即开窗") given in a call about safety or maintenance.
 */
const NOW = "(马上|立即|立刻|赶紧|赶快|先|现在就?)";
const GET_SAFE = new RegExp(`${NOW}[^。？?！!]{0,12}(离开|开窗|撤离|疏散|躲到|锁好门|远离|别进去|不要进去)`);
const NO_SPARK = /不要(用|开|动|碰|按|点)?[^。？?！!，,]{0,3}(明火|电器开关|电灯开关|打火|点火|抽烟)/;
const EMERGENCY_SERVICE = "(110|119|120|派出所|消防|急救|救护车|警察|民警)";
const CALL_SERVICE = new RegExp(
  `(${NOW}|请您?)[^。？?！!]{0,8}(拨打|打|报|转接?|通知|联系|叫|派(?!出所))[^。？?！!，,]{0,4}${EMERGENCY_SERVICE}|` +
    `(帮您|给您)转接?[^。？?！!，,]{0,4}${EMERGENCY_SERVICE}|(报|打)${EMERGENCY_SERVICE}不会罚款|` +
    // "警察马上到", "120已经在路上了": the operator has already sent the crew.
    `${EMERGENCY_SERVICE}[^。？?！!，,]{0,3}(马上|已经|正在)[^。？?！!，,]{0,3}(到(?!过)|赶|出发|在路上)`,
);
// Advice for another time, a drill or a hypothetical: not the operator's reading of this call.
// A crime already over is reported to the police (报案), not rescued: "被骗了…请立即拨打110报案".
// "走失的话请第一时间报110", "联系不上再找派出所陪同", "紧急情况请直接拨打120": what to do if the
// danger happens, or if a first step fails, is advice too.
const NOT_THIS_CALL =
  /如果|万一|如遇|遇到.{0,6}(情况|时)|一旦|以后|下次|平时|假如|要是|演练|报案|备案|诈骗|(走失|走丢|失踪|着火|起火|失火|出事|漏气|有(燃气|煤气)?味|受伤|被困|发作)的话|(不上|不到|不通|不开|不行|没人应?)[^。，,]{0,2}再|紧急情况(请|可以|您可以)?直接/;

/*
 * "我马上转派出所和社区核实", "马上联系消防和城管处理": a ticket handed on for checking or handling is
 * the everyday promise, whichever office it names; a rescue is sent by its number (110, 119, 120) or
 * with advice to get safe ("马上转110", "请您马上开窗…我马上转燃气抢修").
 */
const REFERRAL_TO_CHECK = /核实|核查|查看|调查|了解情况|处理/;
const RESCUE_NUMBER = /110|119|120|急救|救护车|抢修|出警/;

/** The hazard the operator's words point to, when they name one. */
const HAZARD_WORDS: readonly (readonly [RegExp, Hazard])[] = [
  [/开窗|明火|电器开关|电灯开关|打火|点火|燃气|煤气|阀门|抽烟/, "gas"],
  [/119|消防|灭火/, "fire"],
  [/120|急救|救护车/, "injury"],
  [/110|派出所|警察|民警|锁好门/, "violence"],
];

export interface AgentAlarm {
  /** The operator's sentence that raised it, for the dispatcher. */
  sentence: string;
  hazard: Hazard | null;
  /**
   * The sentence only hands the case to the local police station beside an everyday office ("我马上转
   * 派出所和学校", "马上联系辖区派出所和社区"): it says a danger only when the caller's own words do.
   */
  handedOn?: boolean;
}

/*
 * "我马上转派出所和燃气公司", "我们马上通知派出所和社区": the station named beside a school, the community,
 * the property office or a company is a ticket handed on as much as a rescue sent. Nothing here
 * names a number to call, advice to get safe or a crew on its way.
 */
const STATION = /派出所|民警/;
const EVERYDAY_OFFICE = /社区|学校|物业|公司|城管|街道|居委会|村委|单位|热力|供电|供水|市场监管|工商|房东/;
const RESCUE_SENT =
  /110|119|120|急救|救护车|消防|抢修|出警|警察|(马上|已经|正在)[^。，,]{0,3}(到(?!过)|赶|出发|在路上)/;
function handedOnOnly(sentence: string): boolean {
  return (
    STATION.test(sentence) &&
    EVERYDAY_OFFICE.test(sentence) &&
    !RESCUE_SENT.test(sentence) &&
    !GET_SAFE.test(sentence) &&
    !NO_SPARK.test(sentence)
  );
}

/** Whether the operator's turns of a transcript react to a danger happening during the call. */
export function agentAlarm(agentTurns: readonly string[]): AgentAlarm | null {
  for (const turn of agentTurns) {
    for (const sentence of turn.split(/(?<=[。！!？?])/)) {
      if (NOT_THIS_CALL.test(sentence)) continue;
      if (!GET_SAFE.test(sentence) && !NO_SPARK.test(sentence)) {
        if (!CALL_SERVICE.test(sentence)) continue;
        if (REFERRAL_TO_CHECK.test(sentence) && !RESCUE_NUMBER.test(sentence)) continue;
      }
      const hazard = HAZARD_WORDS.find(([re]) => re.test(sentence))?.[1] ?? null;
      return { sentence: sentence.trim(), hazard, ...(handedOnOnly(sentence) ? { handedOn: true } : {}) };
    }
  }
  return null;
}

/*
 * A caller who cannot speak freely ("我不方便说话，你们问我答", a whisper, a keypress) answers the
 * operator's question about danger with a bare "是", "有" or a key. The danger is in the operator's
 * words, the caller only confirms it. "您现在安全吗" is left out: a yes to it says the opposite.
 */
const DANGER_ASKED =
  /(有|是否有|有没有|是)[^。？?！!，,]{0,4}(危险|人(要)?(伤害|打|砍|威胁)您)|(要|在)(伤害|打|砍|杀)您|(受伤|被困|出血|流血)了?(吗|没有)|被困住?了?吗|有人(受伤|被困)|(燃气|煤气|天然气|液化气)味|漏气|冒烟|着火|起火|(有|看到|还有)烟/;
// The operator asking about cooking fumes, incense, a smoke alarm fitted, a past event or a daily
// nuisance: a yes is no danger.
// "目前没有人员受伤或起火对吗": a yes to a question about no danger says there is none.
const NOT_A_DANGER_ASKED =
  /油烟|烧纸|烧香|烟头|抽烟|烟感|烟雾报警|烟道|烟囱|烟花|当时|那次|上次|每天|天天|平时|以前|(?<!有)没(有)?(人员?|人)?(受伤|被困|起火|着火|冒烟|危险)/;
const AFFIRMED =
  /^[（(]?((是的|对的|对对|是|对|嗯|有的|有|还冒|还在|还有)+(?=[，,。！!…\s）)]|$)|有[一两二三四五六七八九十几\d]+个|按键音|按了)/;
const DENIED = /没有|没事|不是|不用|没/;
// What the operator asked about, first match wins (a gas smell before smoke, smoke before injury).
const ASKED_HAZARD: readonly (readonly [RegExp, Hazard])[] = [
  [/燃气|煤气|天然气|液化气|漏气/, "gas"],
  [/烟|火/, "fire"],
  [/被困/, "trapped"],
  [/受伤|出血|流血/, "injury"],
  [/伤害|打|砍|杀|威胁/, "violence"],
];

// "如果您有危险，请按一下数字键1。（按键音）": the operator's conditional, answered by a key.
const KEYPRESS_YES = /有危险[^。？?]{0,16}按[^。？?]{0,8}(键|[0-9])[^（(]{0,16}[（(]按键音/;

/** The operator's question about a danger that the caller's next turn confirms, or null. */
export function affirmedDanger(
  turns: readonly { speaker: "caller" | "agent"; text: string }[],
): AgentAlarm | null {
  const keypress = KEYPRESS_YES.exec(turns.map((t) => t.text).join("\n"));
  if (keypress) return { sentence: keypress[0], hazard: null };
  for (const [i, turn] of turns.entries()) {
    const next = turns[i + 1];
    if (turn.speaker !== "agent" || next?.speaker !== "caller") continue;
    // Only a question ("…吗？"), not a statement before it ("冒烟的那家已经灭了。还有别的事吗？").
    const question = turn.text
      .split(/(?<=[。！!？?])/)
      .find(
        (q) =>
          /[？?吗]/.test(q) && DANGER_ASKED.test(q) && !NOT_THIS_CALL.test(q) && !NOT_A_DANGER_ASKED.test(q),
      );
    if (!question) continue;
    const answer = next.text.trim();
    if (!AFFIRMED.test(answer) || DENIED.test(answer.slice(0, 6))) continue;
    const hazard = ASKED_HAZARD.find(([re]) => re.test(question))?.[1] ?? null;
    return { sentence: `${question.trim()}（${answer.slice(0, 12)}）`, hazard };
  }
  return null;
}
