import { simplify } from "../domain/text-simplify.js";
import {
  ATTACK,
  ENGINE_LEFT_RUNNING,
  FIGHT,
  FUEL_FOR_WARMTH,
  SCALDED,
  WEATHER_BLOW,
  noGasLineFumesWithSomeoneIll,
} from "./hazard-category.js";
import type { Hazard } from "./urgency-rules.js";

/*
 * The emergency model's hazard classifier reads characters, not words: 烧 in 发烧 is a fire to it,
 * 打 in 打翻 or 打雷 a blow, the smoke of a charcoal brazier a fire. Where the model alone names the
 * danger, that guess picks the safety advice (119 and "leave the building" for a child's fever fit)
 * and the unit. The rules' own readings of the circumstance overrule it only where they name a
 * different danger outright; anything else keeps the model's hazard.
 */

// A fever said in any wording ("发烧", "高烧39度", "烧到四十度", "发热"): a body's heat, not a flame.
// "烧到三楼" is a fire spreading: only a temperature follows 烧到 here.
const FEVER = /发高?烧|高烧|低烧|烧到[^，。]{0,2}(\d|三十|四十)|烧得(厉害|滚烫|糊涂)|发热|退烧|fever/i;
const FEVERS = new RegExp(FEVER.source, "gi");
// What a fire shows, once the fever's own 烧 is taken out.
const FIRE_SIGN = /火|烟|焦|糊|烧|爆|炸|fire|smoke|burn/i;
// A kettle, a pot or a thermos knocked over ("打翻了", "碰翻"): an accident, not a blow.
const KNOCKED_OVER = /(打|碰|弄|踢)(翻|倒)了?[^，。]{0,4}(开水|热水|水壶|暖壶|暖瓶|热水瓶|锅|汤)/;

// Flames seen: the brazier or the car is burning, and the fire advice stands.
const FLAMES = /着火|起火|失火|火苗|火光|明火|火势|烧起来|烧着了|着了火/;
// Hot water thrown at someone ("拿开水泼他老婆") is an attack, not a scald by accident.
const DELIBERATE = /故意|泼(向|到)?(他|她|人|我)|朝[^，。]{0,4}(泼|扔|砸)|威胁|报复/;

/** The model's hazard, or the one the rules' circumstances name instead when they contradict it. */
export function checkedModelHazard(text: string, hazard: Hazard): Hazard {
  const simple = simplify(text);
  if (hazard === "fire" || hazard === "trapped") {
    // Coal or charcoal burnt for warmth, an engine left running, someone ill beside it: fumes.
    if (
      (FUEL_FOR_WARMTH.test(simple) || ENGINE_LEFT_RUNNING.test(simple)) &&
      noGasLineFumesWithSomeoneIll(simple) &&
      !FLAMES.test(simple)
    )
      return "poison";
  }
  if (hazard === "fire" && FEVER.test(simple) && !FIRE_SIGN.test(simple.replace(FEVERS, ""))) return "injury";
  if (
    hazard === "violence" &&
    (WEATHER_BLOW.test(simple) || SCALDED.test(simple) || KNOCKED_OVER.test(simple)) &&
    !FIGHT.test(simple) &&
    !ATTACK.test(simple) &&
    !DELIBERATE.test(simple)
  )
    return "injury";
  return hazard;
}
