import { normaliseUrgencyText, type Hazard } from "./urgency-rules.js";

/*
 * "【微心愿】…年轻时在工地摔伤，双腿截瘫…他的心愿是有一辆轮椅", "给修路的工人点个赞，昨天有个老太太摔了，
 * 他们马上把她扶起来": a small wish, an appeal to well-wishers or praise names an illness, an old
 * injury or a rescue to say who is asked for or thanked, not a danger to dispatch. No readable danger
 * is framed by these words; the looser thanks (谢谢社区…) and "有没有好心人" do open real dangers
 * ("谢谢物业昨天修电梯 但现在电梯井里冒烟了"), so they stay out.
 */
const WISH_OR_PRAISE = /心愿|愿望是|许(个|一个)?愿|爱心人士|表扬|锦旗|点(个|一个)?赞/;
/*
 * "坑边上连个护栏都没有，迟早有人掉下去", "篮板掉下来能砸死人": a harm foreseen for some day is the
 * repair the message asks for, with nobody in it now.
 */
const FORESEEN =
  /迟早|早晚(会|要|得|出)|(能|会|要)(砸|摔|烫|电)(死|伤|到)人|再不[^，。]{0,6}(要|会|就)(起火|着火|出事|出人命)|要出人命/;
/*
 * "撞上去摔了，手腕肿了…已经去过医院了": a hurt already seen to is the complaint about its cause.
 */
// "已经做完手术了", "要卧床三个月": an operation done, a plaster or weeks in bed prescribed, too.
const SEEN_TO =
  /已经(去过|看过|上过)医院|去医院看过了|缝了[几两三四五六七八九十\d]+针|包扎(好|过)了|拍了片|已经做完(了)?手术|手术(已经)?做完了|打(了|上)石膏|(要|需要|得)卧床[几两三四五六七八九十\d半]+个?(天|周|星期|月)/;
/*
 * "老人在家摔倒这种事，社区有没有紧急呼叫的服务": a kind of mishap named to ask about a service.
 */
const KIND_OF_MISHAP = /(摔倒|跌倒|走丢|走失|中毒|触电|溺水|被困)(这种|这类|之类的)(事|情况)/;
/*
 * "台阶结冰，这两天摔了好几个人", "挖了沟盖两块木板，已经有人踩空摔了": falls counted, or someone's fall
 * told as the proof, are the hazard's record; nobody is said to be lying there. A fall today, anyone
 * who cannot get up, bleeding or fainting, or an ambulance keeps the danger.
 */
const FALLS_COUNTED =
  /(摔|滑倒|跌倒|绊倒|磕)(了|跤|倒)?[^，。]{0,2}(好几|几|很多|不少|一堆|好些)(个|回|次|人)|(已经|都)有(好几个|几个|不少)?人[^，。]{0,6}(摔|滑倒|跌倒|绊倒|崴)/;
/*
 * "请物业有空修一下" says the repair can wait. Someone gone or not found now ("到现在还没回来", "又找不到了")
 * keeps the danger; a "走丢" in quotation marks is the family's word for a walk. A guard device asked
 * for (防走失手环, 报警器) was a frame too for one round; it hid a danger told beside such a request and
 * was taken out.
 */
// The text is normalised to ASCII punctuation, so a clause ends at "," as well as "，".
const NO_HURRY = /有空(的时候|时)?(再)?[^，,。.]{0,3}(修|来|看|处理|弄)/;
const GONE_NOW =
  /到现在|至今|还没(找到|回来|回家|消息)|找不到|联系不上|不见了|没回(来|家)|(?<![『“"「‘'])走丢(了|啦)|走失了|关机/;
const SOMEONE_DOWN_NOW = /今天|今早|今晚|刚|起不来|不动|昏|晕|流血|出血|救护车|120/;
// Anything said to go on now keeps the danger, whatever the frame.
const GOES_ON_NOW =
  /救命|救救|快来|快派|赶紧|赶快|立即|立刻|正在|还在(?!用|住|等|念叨|想)|刚才|刚刚|此刻|这会儿|但是|可是|不过|又(着|冒|倒|晕|昏|漏|塌|掉|发作|不见|被|流|出血|开始|摔|抽)/;

/*
 * Gas and fire (smoke is the engine's fire) found in a message are never explained away by praise, a wish, a hurt seen to or
 * falls on record: "锦旗送给王师傅。隔壁煤气味好大" names a leak that no frame says is over, and
 * a leak filed as normal is the one error the centre cannot take. Only a harm foreseen ("再不改要起火
 * 了") frames them.
 */
const NEVER_FRAMED: ReadonlySet<Hazard> = new Set<Hazard>(["gas", "fire"]);

/**
 * Whether the message is a wish, praise, a harm foreseen, seen to or counted, a repair that can
 * wait, with nothing going on now. `hazard` is the danger the rules or the model found, when one was.
 */
export function everydayFrameOnly(text: string, hazard: Hazard | null = null): boolean {
  const simple = normaliseUrgencyText(text);
  if (GOES_ON_NOW.test(simple)) return false;
  if (FORESEEN.test(simple)) return true;
  if (hazard && NEVER_FRAMED.has(hazard)) return false;
  return (
    [WISH_OR_PRAISE, SEEN_TO, KIND_OF_MISHAP].some((re) => re.test(simple)) ||
    (FALLS_COUNTED.test(simple) && !SOMEONE_DOWN_NOW.test(simple)) ||
    (NO_HURRY.test(simple) && !GONE_NOW.test(simple))
  );
}
