import { normaliseUrgencyText } from "./urgency-rules.js";

/*
 * "【微心愿】…年轻时在工地摔伤，双腿截瘫…他的心愿是有一辆轮椅", "给修路的工人点个赞，昨天有个老太太摔了，
 * 他们马上把她扶起来": a small wish or praise names an illness, an old injury or a rescue to say who
 * is asked for or thanked, not a danger to dispatch. No readable danger is framed by these words; the
 * looser thanks (谢谢社区…) do open real dangers ("谢谢物业昨天修电梯 但现在电梯井里冒烟了"), so they
 * stay out, and anything said to go on now keeps the danger.
 */
const WISH_OR_PRAISE = /心愿|愿望是|许(个|一个)?愿|表扬|锦旗|点(个|一个)?赞/;
const GOES_ON_NOW =
  /救命|救救|快来|快派|赶紧|赶快|立即|立刻|正在|还在(?!用|住|等|念叨|想)|刚才|刚刚|此刻|这会儿|但是|可是|不过/;

/** Whether the message is a small wish or praise with nothing said to go on now. */
export function wishOrPraiseOnly(text: string): boolean {
  const simple = normaliseUrgencyText(text);
  return WISH_OR_PRAISE.test(simple) && !GOES_ON_NOW.test(simple);
}
