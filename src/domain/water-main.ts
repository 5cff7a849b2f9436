import { simplify } from "./text-simplify.js";

/*
 * One burst water pipe told from its two ends: one resident names the pipe that burst, the other
 * only the water it lets out (the road under water, water welling up from the ground or a manhole).
 * The pipe is no concept the scorer shares with "路上全是水", the two are filed under 供水, 市政 or
 * 交通, and they share few words; what they share is the spot.
 */

/**
 * A drinking-water pipe (or the main, 总管) that burst, cracked, leaks or wells up. Not a sewer, rain
 * or heating pipe; a pipe under the ground (地下水管) is a water pipe.
 */
const PIPE =
  /(?<![污雨热]|(?<!地)下)(?:自来水管|供水管|水管子?|总水管|供水主管道?|(?<![下排污雨暖气])总管)[^，。！？,.!?；;\s]{0,6}?(?:爆|裂|破|漏|断|喷|冒)|爆管/;
/** Water let out where people walk or drive: on the road, from the ground, out of a manhole. */
const WATER_OUT =
  /(?:路上|路面|马路|地上|地面|人行道|街上|巷子)[^，。！？,.!?；;\s]{0,4}?(?:全是水|都是水|一片水|一大片水|淹|成河)|(?:地下|地面|路面|路上|地上|砖缝|井|马路|路中间|路边)[^，。！？,.!?；;\s]{0,4}?(?:冒水|往外冒|往上冒|渗水|出水|冒清水)|水流成河|水[^，。！？,.!?；;\s]{0,3}?(?:往路上|往外|往上)(?:冒|淌|流|喷|涌)|往上翻水|(?:把|将)?(?:马路|路面|人行道)泡了/;
/**
 * Words of another water: sewage (a blocked drain also wells up), heating (a hot-water pipe also
 * bursts), water from a flat above (`leak-floors.ts`). Either side naming one is another matter.
 */
const OTHER_WATER =
  /(?<!地)下水|污水|化粪|粪|脏水|臭水|黑水|雨水|窨井|返水|反水|马桶|厕所|暖气|热力|供热|热水|白气|热气|蒸汽|楼上|天花板|吊顶/;

/**
 * A pipe inside a building, on a floor or in a flat: that water goes down through the floors
 * (`leak-floors.ts`), and two such reports are two flats' leaks as often as one. "10号楼门口" is
 * the street outside a building, not a floor of it.
 */
const INDOORS =
  /(?<![号\d])[一二三四五六七八九十\d]{1,2}楼(?![道下前后门口])|阳台|家里|厨房|卫生间|教室|教学楼/;

/**
 * Whether the pipe or the water is told indoors. Only the clauses that tell of them count: "家里老人
 * 要做饭" after "门口水管爆了" says who waits for the water, not where the pipe is.
 */
function indoors(text: string): boolean {
  return text
    .split(/[，。！？,.!?；;\s]+/)
    .some((c) => (PIPE.test(c) || WATER_OUT.test(c)) && INDOORS.test(c));
}

/**
 * Whether two reports may tell one burst water pipe: one names the pipe, the other the pipe or the
 * water it lets out, and neither tells of sewage, heating or a flat's leak. The caller keeps every
 * gate of place (community, building number, spot): this only says the two problems may be one.
 */
export function burstPipeAndWater(textA: string, textB: string): boolean {
  const a = simplify(textA);
  const b = simplify(textB);
  if (basementAndItsPipe(a, b)) return true;
  if (OTHER_WATER.test(a) || OTHER_WATER.test(b) || indoors(a) || indoors(b)) return false;
  const pipeA = PIPE.test(a) || HYDRANT_SPRAYING.test(a);
  const pipeB = PIPE.test(b) || HYDRANT_SPRAYING.test(b);
  return (pipeA && (pipeB || WATER_OUT.test(b))) || (pipeB && WATER_OUT.test(a));
}

/** A hydrant knocked askew or broken that sprays or leaks onto the pavement: a pipe's end outdoors. */
const HYDRANT_SPRAYING =
  /(?:消防栓|消火栓)[^，。！？,.!?；;\s]{0,8}?(?:滋水|喷水|漏水|冒水|往外滋|往外喷|往外冒)|(?:消防栓|消火栓)[^。！？.!?；;]{0,12}[，,][^，。！？,.!?；;\s]{0,4}(?:滋水|喷水|水柱|往外滋|往外喷|往外冒)/;

/**
 * A basement, its garage or its store rooms taking water ("地下车库进水了", "水顺着坡道往车库里灌"),
 * told by a resident who does not know where it comes from, against the building's own pipework
 * that burst or leaks below ground (a fire main's joint, a tank's overflow, the incoming main's tee
 * cracked by frost, a valve in its pit): one leak told from its two ends. Not rain or sewage, which
 * flood a basement as often.
 */
const BASEMENT_WET =
  /(?:地下室|地下车库|地下停车场|车库|地库|储藏室|储物间|负[一二三]层|地下[一二三1-3]层|[Bb][1-3]层?)[^，。！？,.!?；;\s]{0,6}?(?:进水|淹|泡|全是水|都是水|一片水|积水|灌水|渗水|漏水)|(?:往|灌进|流进|淌进|渗进|进了)[^，。！？,.!?；;\s]{0,3}?(?:地下室|车库|地库)/;
const BUILDING_PIPE =
  /(?:消防(?:管道?|水管|水池|水箱|主管)|溢流管|给水管|进户(?:总)?管|总管|闸阀|阀门|三通|水管子?|主管|管道|管子)[^，。！？,.!?；;\s]{0,8}?(?:爆|裂|崩|漏|坏|断|喷|渗)/;
const NOT_A_PIPE = /雨|下水|污水|化粪|粪|暖气|热力|供热|排水沟/;
function basementAndItsPipe(a: string, b: string): boolean {
  if (NOT_A_PIPE.test(a) || NOT_A_PIPE.test(b)) return false;
  const wetA = BASEMENT_WET.test(a);
  const wetB = BASEMENT_WET.test(b);
  // A hydrant spraying in the street is the pipe's end outdoors: its water runs down the ramp.
  const pipe = (t: string) => BUILDING_PIPE.test(t) || HYDRANT_SPRAYING.test(t);
  return (wetA && pipe(b)) || (wetB && pipe(a));
}

/**
 * Whether a report tells a drinking-water pipe outdoors that burst or was cut ("挖掘机把水管子挖断了"):
 * the cause of a supply cut others tell as "没水了" (`supplyAndItsCause` in duplicate-score.ts).
 * Not sewage, heating or a flat's pipe.
 */
export function burstWaterPipe(text: string): boolean {
  const t = simplify(text);
  return PIPE.test(t) && !OTHER_WATER.test(t) && !indoors(t);
}
