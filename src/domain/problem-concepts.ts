import { simplify } from "./text-simplify.js";

/*
 * The words residents use for the things that go wrong in a neighbourhood, folded to one concept
 * each: "挡板", "施工围栏" and "围起来" are all the hoarding (围挡). Two reports about different
 * things (a lift and a stairwell light) are different problems however alike the rest reads; two
 * about the same thing with different faults (a radiator that is cold, one that leaks) too.
 * Order matters: a longer, more specific phrase is taken (and blanked) before a shorter one inside it.
 */
const OBJECTS: readonly [string, RegExp][] = [
  ["焚烧", /烧垃圾|烧树叶|烧秸秆|焚烧|烧东西/g],
  ["小广告", /小广告|乱贴|乱涂|牛皮癣/g],
  ["围挡", /施工围挡|施工围栏|围挡|挡板|围栏|铁皮墙|围墙|围起来|围了起来|圈起来/g],
  ["楼道灯", /楼道灯|楼道的灯|楼道里的灯|声控灯|感应灯|楼梯灯/g],
  ["路灯", /路灯|灯杆/g],
  ["红绿灯", /红绿灯|信号灯|红灯|绿灯/g],
  ["电梯", /电梯/g],
  ["井盖", /井盖|窨井|下水井盖/g],
  ["暖气", /暖气|供暖|暖气片|取暖/g],
  ["油烟", /油烟|排烟|烟道/g],
  ["扬尘", /扬尘|灰尘|尘土|全是土|土很大|暴土/g],
  ["噪音", /噪音|噪声|吵|扰民|睡不着|睡不了/g],
  ["垃圾", /垃圾/g],
  ["积水", /积水|水淹|淹了/g],
  ["下水道", /下水道|污水|化粪池|返水|堵了下水/g],
  ["供水", /停水|没水|水压|水质|自来水/g],
  ["供电", /停电|没电|跳闸|限电|断电/g],
  ["燃气", /燃气|煤气|天然气/g],
  ["停车", /乱停|停车|占车位/g],
  ["宠物", /狗|鸽子|猫/g],
];

const FAULTS: readonly [string, RegExp][] = [
  ["不热", /不热|冰凉|不够热|温度低|不达标|冻得/g],
  ["漏水", /漏水|滴水|渗水|漏了|爆管|水管裂/g],
  ["占道", /占|堵住|堵了|挡住|挡了|过不去|走不了|绕/g],
  ["未清运", /没人收|没人清|没人运|不清运|没清运|没有清运|堆成山|堆满|好几天没/g],
  ["坏", /坏|不亮|不动|故障|停运|不能用|黑乎乎|不转|失灵/g],
  ["倒塌", /倒了|倒塌|塌了/g],
];

/** Where on a compound: the north gate and the south gate are two problems. */
const SPOT = /([东西南北])(门|侧|边|口|大门)/g;

export interface ProblemConcepts {
  objects: Set<string>;
  faults: Set<string>;
  spots: Set<string>;
}

export function problemConcepts(text: string): ProblemConcepts {
  let rest = simplify(text);
  const take = (table: readonly [string, RegExp][]) => {
    const found = new Set<string>();
    for (const [name, re] of table) {
      re.lastIndex = 0;
      if (re.test(rest)) {
        found.add(name);
        rest = rest.replace(re, "　");
      }
    }
    return found;
  };
  const objects = take(OBJECTS);
  const faults = take(FAULTS);
  const spots = new Set([...simplify(text).matchAll(SPOT)].map((m) => m[1]!));
  return { objects, faults, spots };
}

/** Synonyms written as one word, so that texts compared word by word or bigram by bigram agree. */
const CANONICAL: readonly [RegExp, string][] = [
  [/施工围栏|挡板|围栏|铁皮墙/g, "围挡"],
  [/便道|人行横道/g, "人行道"],
  [/饭店|饭馆|餐厅|饭庄/g, "餐馆"],
  [/占用|占了|堵住|挡住|占道/g, "占"],
  [/工地|修路/g, "施工"],
  [/不动了|不动|故障|停运|不亮/g, "坏"],
  [/冰凉|不够热/g, "不热"],
  [/没人收|没人清运|没人清理|没清运/g, "没人清运"],
];

export function canonicalWords(text: string): string {
  let out = simplify(text);
  for (const [re, word] of CANONICAL) out = out.replace(re, word);
  return out;
}
