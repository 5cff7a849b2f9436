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
import { FELL_THROUGH_ICE, fraudToldLoosely } from "./hazard-category-winter.js";
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

// A gas smell named: the gas company's leak, whatever else burns in the house.
const GAS_SMELL = /燃气|天然气|液化|煤气味|臭鸡蛋|\bgas\b/i;
// Flames seen: the brazier or the car is burning, and the fire advice stands.
const FLAMES = /着火|起火|失火|火苗|火光|明火|火势|烧起来|烧着了|着了火/;
// Hot water thrown at someone ("拿开水泼他老婆") is an attack, not a scald by accident.
const DELIBERATE = /故意|泼(向|到)?(他|她|人|我)|朝[^，。]{0,4}(泼|扔|砸)|威胁|报复/;

// Hot water or steam from a burst pipe or radiator ("热力管道爆了，路上冒着白汽，地上全是滚烫的水"):
// the model's 热/汽 read as a fire; it is water coming out, the flood's advice (keep away, shut it off).
const HOT_WATER_BURST =
  /(暖气|热力|供热|热水|蒸汽|锅炉)[^，。]{0,6}(管|片|阀)[^，。]{0,6}(爆|裂|崩|破)|(爆|裂|崩)[^，。]{0,6}(热水|开水|蒸汽|白汽)/;
const HOT_WATER_OUT = /热水|开水|滚烫的水|蒸汽|白汽|水[^，。]{0,6}(喷|冲|流|淌|漫)/;
// An illness or a fit the model read as someone missing: the body's signs, and no absence told.
const BODY_SIGNS =
  /一边脸|半边脸|嘴歪|脸[^，。]{0,2}发麻|看不见东西|说话[^，。]{0,3}(乱|不清)|抽搐|抽风|翻白眼|口吐白沫|\b(fever|seizure|shaking|eyes rolling|convuls\w*|stroke)\b/i;
const ABSENCE =
  /走丢|走失|丢了|不见了|找不到|找不着|没回(家|来)|没有回|失联|联系不上|没人(应|接)|不接|不开门|没开门|几天|\b(missing|lost|didn'?t come back|disappeared|not answering|wandered)\b/i;

// Despair said outright: what keeps a fall into the water or a shut door the self-harm the model read.
const DESPAIR =
  /不想活|活[着著]没意思|轻生|自杀|寻死|想不开|遗书|绝笔|一了百了|不活了|\b(suicid\w*|kill (him|her|my)self)\b/i;
// The person or the place a self-harm, an injury or a shut door would need: a fraud is none of them.
const FRAUD_MISREAD: readonly Hazard[] = ["self_harm", "injury", "trapped", "missing"];

// A chemical smell or cloud with no gas line, cylinder or appliance named ("压缩机房那边白雾一片，一股尿骚
//味", "河面上一层油，味道很冲", "隔壁喷漆，婴儿一直吐"): the model's gas sends the gas company and its
// advice (no switches, open the windows); a chemical or fumes is a poisoning, to keep away from.
const CHEMICAL_CUE =
  /白雾|刺鼻|农药|打药|药水|喷漆|油漆|化工|化学|尿骚|氨|尾气|发动机|河(里|面|水)|\b(ammonia|chemical|exhaust)\b/i;
const GAS_SOURCE =
  /燃气|煤气|天然气|液化|气罐|钢瓶|罐子|阀门|管道|管子|管线|挖断|燃气灶|灶|热水器|壁挂炉|臭鸡蛋|\bgas\b/i;
// Someone walking on into water, not turning back ("有个女的往河里走，水已经到腰了"): a life to talk back,
// not a flood to keep away from.
const WALKS_INTO_WATER =
  /往(河|湖|海|江|水库|塘|水)(里|中|深处)走|走进(河|湖|海|江|水库)(里|中)|\bwalk(s|ing|ed)? into the (river|lake|sea|water)\b/i;
// Someone sitting or standing at a roof's or a window's edge, legs over ("楼顶边上坐着一个学生，腿在外面晃"),
// read as a collapse: nothing is falling down but, perhaps, a person.
const PERCHED_AT_EDGE =
  /(天台|楼顶|屋顶|窗台|阳台)[^，。]{0,3}(边上|边缘|外面|外沿)[^，。]{0,3}(坐着|站着|坐了|站了)|腿[^，。]{0,4}(在外面|悬在|耷拉在外)/;
const STRUCTURE_GIVING = /塌|倒了|裂|掉下来|砸|脱落|松动|晃动|摇/;
// A rescue into the water or a worker at the edge is no despair.
const NOT_DESPAIR_AT_EDGE = /工人|干活|施工|维修|修|救|捞|拉上来|\b(worker|rescue)\b/i;

// Charcoal smelt behind a door someone shut on themselves, or with a farewell ("室友把自己锁在卫生间，
// 闻到烧炭的味道", "发了句再见，门缝里有炭味"): the model's gas sends the gas company; it is a life at
// risk by its own hand. Charcoal burnt for warmth stays the fumes the checks below read.
const CHARCOAL = /炭|\bcharcoal\b/i;
const SHUT_IN_OR_FAREWELL =
  /再见|告别|永别|遗书|(把自己|自己)(锁|关)|\b(goodbye|locked (herself|himself|themselves) in)\b/i;

// Someone in open water, through the ice or struck by a wave ("湖里有个东西在动，像是一个人的手",
// "防波堤上有人被浪打下去了", "小孩一直往冰面中间走"): the model's 打 or a blow is the water's, and the
// advice is a rescue's (throw something that floats, do not go in after them), not a fight's.
const PERSON_IN_OPEN_WATER =
  /被(浪|大浪|水)[^，。]{0,2}(打|卷|冲)|(湖|河|海|江|水库|塘)里[^。]{0,16}(人|手|孩)|(往|在)冰面|冰面(中间|上)|落水|溺水|沉(底|下去)|(掉|滑|摔)(进|到|下)?[^，。]{0,2}(湖|河|海|江|水库|塘|水)里/;
// A child gone into the water from a boat or a bank with no despair told ("说他下去捡东西了"), read by
// the model as self-harm: a child to fish out.
const CHILD_INTO_WATER =
  /(小孩|孩子|儿子|女儿|小朋友|娃)[^。]{0,24}(下去捡|沉底|掉(进|到|下)|落水|不在船上|水里)|(沉底|落水)[^。]{0,8}(小孩|孩子)/;
// Labour or a pregnancy failing ("孕38周，肚子很硬一直不放松，没什么胎动了", "羊水破了"), read by the model
// as a blow, a self-harm or someone missing: the ambulance's and its advice (lie on the left side).
const PREGNANCY_SIGNS =
  /孕\s*[\d一二三四五六七八九十]+\s*周|怀孕|孕妇|胎动|羊水|破水|宫缩|见红|要生了|快生了|\b(pregnan\w*|contractions|waters? broke)\b/i;
// A partner beating her is the blow the model read, pregnant or not.
const BEATEN = /(在|又|一直)打(她|他|我|人)|家暴|动手/;
// An allergy told with the body's reaction ("花生过敏…脸肿了，医生给过一支笔，找不到了"): the pen that
// cannot be found is no missing person.
const ALLERGY_REACTION = /过敏|\ballerg\w*/i;
const SWELLING_OR_BREATH = /肿|起包|起疹|疹子|喘不|呼吸|嗓子|喉咙|\b(swell\w*|breath\w*|throat)\b/i;
// Someone standing on the outside ledge of a bridge, a pier or a railing ("站到桥墩外沿上了，路过的人在
// 劝"), read by the model as a blow: a life to talk back, the self-harm advice.
const ON_THE_OUTER_LEDGE =
  /(桥|桥墩|桥栏|栏杆|护栏)[^，。]{0,4}(外沿|外侧|外边|外面)[^，。]{0,3}(站|坐|上了|上面)|站(到|在)[^，。]{0,6}(桥|桥墩|栏杆|护栏)[^，。]{0,2}(外沿|外侧|外边|外面)/;

// A meter box, a socket, a light or a transformer sparking ("电表箱里在啪啪打火", "插座冒蓝火", "灯在滋啦
// 滋啦响"), read by the model as a fire: a live supply, whose advice (cut the power, no water on it) is the
// one to give. Flames spreading through the room stay the fire's.
const SUPPLY_PART = /电表|电箱|配电|插座|插头|开关|电线|线路|变压器|灯/;
const SPARKING = /打火|冒蓝|蓝光|蓝火|火花|噼啪|啪啪|滋啦|咔咔|电弧/;
const FIRE_SPREADING =
  /着火了|烟往|烧化|烧起来了|火(很|好|太)大|蔓延|窜|烧到|整(间|个)屋|满屋(子)?(都)?是(火|烟)|火苗[^，。]{0,4}(窜|蹿|老高)/;
// Someone held in a vehicle by its driver ("司机不让我下车，一直往城外开", "锁了车门不让我下"), read by the
// model as self-harm or an injury: a captor, the police's advice (share the location, do not fight).
const HELD_IN_VEHICLE =
  /(司机|他)[^，。]{0,6}不(让|给)我下(车)?|锁了?车门[^，。]{0,4}不让|往城外开|(拉|拖|塞)(上|进)[^，。]{0,4}(面包车|车里)/;

/** The model's hazard, or the one the rules' circumstances name instead when they contradict it. */
export function checkedModelHazard(text: string, hazard: Hazard): Hazard {
  const simple = simplify(text);
  // Someone on the phone with a fake policeman, money about to move ("说是公安局的…让她把钱转到清查
  // 账户，我拦不住她"): the model's self-harm or injury brings the wrong advice; 110 and the bank stop it.
  if (FRAUD_MISREAD.includes(hazard) && fraudToldLoosely(simple)) return "fraud";
  // A child gone through the ice ("掉冰窟窿里了") with no despair said is a person in the water.
  if (hazard === "self_harm" && FELL_THROUGH_ICE.test(simple) && !DESPAIR.test(simple)) return "flood";
  if (
    hazard === "gas" &&
    CHARCOAL.test(simple) &&
    SHUT_IN_OR_FAREWELL.test(simple) &&
    !FUEL_FOR_WARMTH.test(simple) &&
    !GAS_SOURCE.test(simple)
  )
    return "self_harm";
  if (hazard === "gas" && CHEMICAL_CUE.test(simple) && !GAS_SOURCE.test(simple)) return "poison";
  if (hazard === "flood" && WALKS_INTO_WATER.test(simple) && !NOT_DESPAIR_AT_EDGE.test(simple))
    return "self_harm";
  if (
    hazard === "collapse" &&
    PERCHED_AT_EDGE.test(simple) &&
    !STRUCTURE_GIVING.test(simple) &&
    !NOT_DESPAIR_AT_EDGE.test(simple)
  )
    return "self_harm";
  if (
    hazard === "violence" &&
    PERSON_IN_OPEN_WATER.test(simple) &&
    !FIGHT.test(simple) &&
    !ATTACK.test(simple) &&
    !DELIBERATE.test(simple) &&
    !DESPAIR.test(simple)
  )
    return "flood";
  if (hazard === "self_harm" && CHILD_INTO_WATER.test(simple) && !DESPAIR.test(simple)) return "flood";
  if (
    (hazard === "violence" || hazard === "self_harm" || hazard === "missing") &&
    PREGNANCY_SIGNS.test(simple) &&
    !FIGHT.test(simple) &&
    !BEATEN.test(simple) &&
    !ATTACK.test(simple) &&
    !DESPAIR.test(simple) &&
    !(hazard === "missing" && ABSENCE.test(simple.replace(/找不到(了)?[^，。]{0,2}$/, "")))
  )
    return "injury";
  if (hazard === "missing" && ALLERGY_REACTION.test(simple) && SWELLING_OR_BREATH.test(simple))
    return "injury";
  if (hazard === "violence" && ON_THE_OUTER_LEDGE.test(simple) && !FIGHT.test(simple) && !ATTACK.test(simple))
    return "self_harm";
  if (hazard === "fire" && SUPPLY_PART.test(simple) && SPARKING.test(simple) && !FIRE_SPREADING.test(simple))
    return "electric";
  if (
    (hazard === "self_harm" || hazard === "injury") &&
    HELD_IN_VEHICLE.test(simple) &&
    !DESPAIR.test(simple)
  )
    return "violence";
  if (hazard === "fire" || hazard === "trapped" || hazard === "gas") {
    // Coal or charcoal burnt for warmth, a coal stove or brazier, an engine left running, someone ill
    // beside it: fumes. noGasLineFumesWithSomeoneIll already needs the fuel with no gas line named.
    if (
      (hazard !== "gas" || !GAS_SMELL.test(simple)) &&
      (FUEL_FOR_WARMTH.test(simple) || ENGINE_LEFT_RUNNING.test(simple) || hazard !== "trapped") &&
      noGasLineFumesWithSomeoneIll(simple) &&
      !FLAMES.test(simple)
    )
      return "poison";
  }
  if (hazard === "fire" && HOT_WATER_BURST.test(simple) && HOT_WATER_OUT.test(simple) && !FLAMES.test(simple))
    return "flood";
  // Scalded by a kettle, a steam valve or boiling water: a burn to cool, not a poison.
  if (hazard === "poison" && SCALDED.test(simple) && !/喝|吞|吃|误服|中毒/.test(simple)) return "injury";
  if (hazard === "missing" && BODY_SIGNS.test(simple) && !ABSENCE.test(simple)) return "injury";
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
