import { simplify } from "./text-simplify.js";

/*
 * How far a fault reaches, as the resident tells it. One who says the neighbours are fine ("其他单元
 * 都有电", "隔壁楼灯亮着", "邻居家都挺热的") reports a fault of their own building, unit or flat (a
 * breaker, a valve); one who says the whole estate is out reports a fault upstream of every
 * building (a transformer, the heat exchanger). Told at once, the two cannot be one fault: merging
 * them files the single building's fault under the estate's and it is never repaired on its own.
 */

/**
 * Neighbours said to be fine. "其他小区都热了" compares estates, not buildings: such a report may
 * well be the whole estate's. "没有电", "不正常" are no neighbours fine.
 */
const NEIGHBOURS_FINE =
  /(?:其他|其它|别的|隔壁|邻居|对门|对面|旁边)(?!小区|社区|片区|街道|村)[^，。,.!！?？;；\s]{0,10}?(?:(?<![没无])有(?:电|水|气|暖气)|(?<![没不])亮着|(?<![没不])亮的|是热的|都热|挺热|很热|(?<!不)正常|好好的|没事|没问题|不受影响)|只有我们?家|就我们这/;

/** The whole estate or area said to be out. */
const WHOLE_AREA =
  /全小区|整个小区|全部小区|整个社区|全社区|全院|整个院|整片|一大片|大面积|片区|(?:全部|全都)(?:停|没|断)|都(?:停|没|断)(?:了)?(?:电|水|气|暖气)/;

/** A building, a unit or a flat named: "全部停了" after "8号楼" is that building's whole. */
const BUILDING =
  /(?:\d+|[一二三四五六七八九十]+)(?:号楼|栋|幢|单元|号院)|\d+[#＃]|(?<!\d)\d{3,4}(?:室|户)?(?![\d年元米])/;

export function neighboursFine(text: string): boolean {
  return NEIGHBOURS_FINE.test(simplify(text));
}

/** A report of the whole estate or area: says so, names no building or flat, and no neighbour is fine. */
export function wholeArea(text: string): boolean {
  const t = simplify(text);
  return WHOLE_AREA.test(t) && !BUILDING.test(t) && !NEIGHBOURS_FINE.test(t);
}

/**
 * Only the resident's own flat: "就俺一家", "只有我家", or the flats around it in the same building
 * said to be fine ("楼上楼下都热乎", "对门有水", "邻居家暖气是热的"). Neighbours of another building or
 * unit ("隔壁楼", "其他单元") confine nothing to one flat.
 */
const OWN_FLAT_ONLY =
  /(?:就|只有|只是)(?:俺|我|我们|咱)(?:一|这一)?家|(?:楼上楼下|楼上|楼下|对门|邻居家|隔壁家|隔壁邻居|别人家|别的住户|其他住户|其他人家)[^，。,.!！?？;；\s]{0,8}?(?:(?<![没无])有(?:电|水|气|暖气)|(?<![没不])热乎|是热的|都热|挺热|很热|(?<!不)正常|好好的|没事|没问题)/;

/** The whole building said to be out: "整栋都不热", "全楼停水", "一栋楼都没电". */
const WHOLE_BUILDING_OUT = /整栋|整幢|整座楼|整个楼|整楼|全楼(?!道)|一栋楼都|全单元|整个单元/;

/** A report of only the resident's flat (its valve, its radiator), and the flats around it fine. */
export function ownFlatOnly(text: string): boolean {
  return OWN_FLAT_ONLY.test(simplify(text));
}

/** A report of the whole building, with no flat of it said to be fine. */
export function wholeBuilding(text: string): boolean {
  const t = simplify(text);
  return WHOLE_BUILDING_OUT.test(t) && !OWN_FLAT_ONLY.test(t);
}

/**
 * Whether one report confines its fault to its own building, unit or flat and the other tells of
 * the whole estate; or one confines it to the resident's own flat and the other tells of the whole
 * building (one flat's closed valve is not the building's cold riser).
 */
export function extentsDisagree(textA: string, textB: string): boolean {
  return (
    (neighboursFine(textA) && wholeArea(textB)) ||
    (neighboursFine(textB) && wholeArea(textA)) ||
    (ownFlatOnly(textA) && wholeBuilding(textB)) ||
    (ownFlatOnly(textB) && wholeBuilding(textA))
  );
}

/*
 * A street's whole run against one item of it. "整条街路灯全不亮" is a circuit or a cable; "最后一盏路灯
 * 不亮", "那个路灯坏了，就那一个", "一盏灯杆倒了" is one lamp, told as one by a resident who saw the rest
 * lit. Only a count of one or a "just that one" confines a report: "门口那盏路灯不亮" only points at
 * the lamp by the resident's door, and may well be one of the dark street's (so it is not read here).
 */
const WHOLE_STRETCH = /整条|一整条|全线|整段|全街|一条街都|一条路都/;
const ONE_ITEM =
  /就那一[个盏根处]|就这一[个盏根处]|只有一[个盏根处]|就一[个盏根处](?![都也])|最后一[个盏根]|(?<![那这哪每几好多两三四五六七八九十\d])一[盏根](?![都也])/;

/** One report tells of a street's whole run, the other of one item of it and only that one. */
export function oneAgainstWholeStretch(textA: string, textB: string): boolean {
  const a = simplify(textA);
  const b = simplify(textB);
  const whole = (t: string) => WHOLE_STRETCH.test(t);
  const one = (t: string) => ONE_ITEM.test(t) && !whole(t);
  return (whole(a) && one(b)) || (whole(b) && one(a));
}

/**
 * The whole estate's supply said to be cut ("整个小区都没水", "全小区停水", "整个公寓停水了", "双塔小区
 * 全部没水"): a building or tower such a report names ("我是11号楼的", "A座住户反映") is where the
 * resident lives, not where the fault is, so two residents of two buildings telling of one estate-wide
 * cut are not two buildings' problems. Only the estate's word counts: "8号楼全部停了" is that
 * building's whole.
 */
const ESTATE_WIDE =
  /全小区|整个小区|全部小区|整个社区|全社区|整个(?:公寓|大院|院子|家属院)|小区(?:全部|全都|都)(?:停|没|断|无)/;
const SUPPLY_CUT = /(?:停|没|断|无)(?:了)?(?:水|电|气|暖气)|(?:水|电|气)(?:都)?(?:停|断)了|没有(?:水|电|气)/;
export function estateWideCut(text: string): boolean {
  const t = simplify(text);
  return ESTATE_WIDE.test(t) && SUPPLY_CUT.test(t);
}
