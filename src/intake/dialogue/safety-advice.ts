import { hazardOf } from "../detect-urgency.js";
import type { Hazard } from "../urgency-rules.js";

/**
 * What a resident must do before anyone arrives, one SMS segment each (≤ 70 characters). The
 * number comes first: it is the one thing that must not be missed on a small screen.
 */
const ADVICE: Record<Hazard, string> = {
  gas: "疑似燃气泄漏！不要开关电灯电器，不要用明火，不要在屋内打电话；立即开窗通风、离开，到室外拨打119。",
  fire: "请立即拨打119！迅速撤离，用湿毛巾捂住口鼻，弯腰沿楼梯走，不要乘电梯。",
  electric: "请立即拨打119！远离断落的电线和积水，不要触碰，看住孩子，等专业人员断电处理。",
  flood: "请立即拨打119！尽快转移到高处，不要涉水，不要进入地下室和车库，远离电线。",
  trapped: "请立即拨打119！保持冷静；困在电梯里请按警铃、不要扒门；有人受伤同时拨打120。",
  missing: "请立即拨打110报警，说明走失者年龄、衣着和最后出现的地点，不必等24小时。",
  injury: "请立即拨打120！不要随意搬动伤者，出血处用干净的布用力按压。",
  violence: "请立即拨打110！先确保自身安全，远离现场，记下特征和去向。",
  poison: "请立即拨打120！尽快离开现场到通风处；有毒气体泄漏请同时拨打119。",
  collapse: "请立即拨打119！马上远离可能倒塌或坠落的地方，拦住行人，有人受伤同时拨打120。",
  self_harm: "请立即拨打110和120！尽量陪着对方、不要刺激，移开危险物品，等救援到场。",
  fraud: "请立即拨打110！先别转账、别告诉对方验证码，挂断电话，请银行柜台或家人帮忙拦下。",
};

export { hazardOf };

const GENERIC = "情况紧急！请立即拨打110、119或120，确保自身安全。";

/** Safety advice for the hazard the text describes. */
export function safetyAdvice(text: string): string {
  return adviceFor(hazardOf(text));
}

/** Safety advice for a hazard; with none known, the generic "call 110/119/120". */
export function adviceFor(hazard: Hazard | null): string {
  return hazard ? ADVICE[hazard] : GENERIC;
}
