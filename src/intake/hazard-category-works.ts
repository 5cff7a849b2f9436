import type { Hazard } from "./urgency-rules.js";

/*
 * Owners read from the circumstances of works, warehouses and loads on the road (em-cat52), each
 * counted on every read set before it was kept. Texts are in simplified characters (the caller
 * simplifies first).
 */

/*
 * Warehouse racking giving way over the people working under it — bolts sheared, uprights bent, a
 * row leaning on the next, a pallet come down on a picker ("快递分拣中心一排高货架斜着靠在另一排上，中间
 * 还有人推车", "仓库货架倒了一排 压了人"): the work-safety inspectors have the floor cleared and the
 * employer answer for it, as for any worker hurt at work (the worker convention). A shopper pushed
 * against a supermarket shelf in a fight stays the police's (the caller checks for violence).
 */
const RACKING = /货架|\b(racking|shelving)\b/i;
const WORK_FLOOR = /仓库|库房|冷链|物流|分拣|快递|电商|工人|上班|装车|卸货|叉车|\bwarehouse\b/i;
const RACK_HAZARDS: readonly Hazard[] = ["collapse", "injury", "trapped"];

export function rackingGivingWay(hazard: Hazard, text: string): boolean {
  return RACK_HAZARDS.includes(hazard) && RACKING.test(text) && WORK_FLOOR.test(text);
}

/*
 * Combustible dust in a mill or a works — flour hanging in the air like fog, a dust collector or a
 * flour silo smoking, sparks blowing out of a burning dust extractor ("面粉厂里粉尘太大了…磨机那边冒火星，老板还
 * 让继续干"): the danger is the employer's process and the workers kept at it, the work-safety
 * inspectors' to stop (fresh38, fresh47; no read line says otherwise).
 */
const COMBUSTIBLE_DUST = /粉尘|面粉厂|粉仓|磨坊|除尘器|木材加工/;
const DUST_HAZARDS: readonly Hazard[] = ["fire", "collapse", "injury", "poison"];

export function combustibleDustAtWorks(hazard: Hazard, text: string): boolean {
  return DUST_HAZARDS.includes(hazard) && COMBUSTIBLE_DUST.test(text);
}

/*
 * A battery energy-storage station or a street battery-swap cabinet smoking or going off cell by cell
 * ("储能站的集装箱缝里往外冒白烟，还有噼里啪啦的响声", "换电柜着火了 电池一个一个在炸"): grid equipment, the
 * supply company isolates it before the brigade can put water on it. An e-bike battery burning at home
 * stays the building's (the battery convention).
 */
const STORAGE_OR_SWAP = /储能|换电柜|换电站/;

export function gridBatteryBurning(hazard: Hazard, text: string): boolean {
  return (hazard === "fire" || hazard === "electric" || hazard === "gas") && STORAGE_OR_SWAP.test(text);
}

/*
 * A road tanker leaking what it carries — dripping acid, a valve hissing, a black line down the road
 * ("槽罐车的阀门在漏…一股酸臭，熏得路过的人流眼泪", "罐车在往下滴东西，味道特别冲"): the environment bureau's
 * hazardous-materials crews contain the spill (fresh17, fresh47). A tanker overturned or in a crash
 * stays the traffic police's, a gas bottle lorry the gas company's, a cement mixer is no tanker.
 */
const TANKER = /(?<!水泥|搅拌|气)罐车|槽车|危化品车|危险品车|\btankers?\b/i;
const LEAKING = /漏|滴|冒烟|冒白烟|冒泡|\b(leak(ing)?|dripping)\b/i;
const TANKER_CRASH = /侧翻|翻了|撞|追尾|刮倒|压住|\b(crash|overturned)\b/i;
const PIPED_OR_BOTTLED_GAS = /燃气|天然气|液化气|煤气/;

export function tankerLeaking(hazard: Hazard, text: string): boolean {
  return (
    hazard !== "violence" &&
    hazard !== "self_harm" &&
    hazard !== "missing" &&
    TANKER.test(text) &&
    LEAKING.test(text) &&
    !TANKER_CRASH.test(text) &&
    !PIPED_OR_BOTTLED_GAS.test(text)
  );
}
