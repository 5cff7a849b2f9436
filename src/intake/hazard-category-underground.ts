import type { Hazard } from "./urgency-rules.js";

/*
 * Structures below and beside the street whose owner the words of a danger do not name (em-cat47).
 * Texts are in simplified characters (the caller simplifies first).
 */

/*
 * A utility tunnel (综合管廊, "管廊里有烟", "进了管廊巡检…没回应"): the city's own structure under the
 * street, as a sewer is (the taxonomy's 市政设施). Whatever happens inside it — a cable compartment
 * burning, its pumps failing, a patrol not answering — the tunnel's operator must open it, ventilate it
 * and send its crews in, not the grid, the building site next to it or the police. Gas and an attack
 * keep their own owners.
 */
const UTILITY_TUNNEL = /管廊|\butility tunnel\b/i;

export function insideUtilityTunnel(hazard: Hazard, text: string): boolean {
  return (
    hazard !== "gas" &&
    hazard !== "violence" &&
    hazard !== "fraud" &&
    hazard !== "self_harm" &&
    UTILITY_TUNNEL.test(text)
  );
}

/*
 * A retaining wall, an embankment or a bank of earth above houses or a road (挡土墙, 护坡, 边坡, 土坡)
 * bulging or sliding, and an old city wall coming down: the city's slope and flood crews, as for a
 * landslide, unless a compound is named as the wall's owner ("小区的挡土墙", "海西苑里的挡土墙": its
 * manager shores it up) or a building site is the cause (the caller checks a site first). A compound
 * or a house named as what lies below it only says who is in danger.
 */
const SLOPE_WALL = /挡土墙|挡墙|护坡|边坡|土坡|老城墙|城墙[^，。]{0,2}(塌|倒|垮)/;
const COMPOUND_OWNS_WALL = /(小区|院子|院里|家属院|单位|学校|[苑园])(里|内|后面|后边)?的?(挡土墙|挡墙|护坡)/;

export function slopeWallGivingWay(hazard: Hazard, text: string): boolean {
  return hazard === "collapse" && SLOPE_WALL.test(text) && !COMPOUND_OWNS_WALL.test(text);
}

/*
 * Floors being added on top of a house (城中村的自建房在加盖第五层, 房东在楼顶加盖, 加层): building work
 * without a permit (the taxonomy's 违章建筑 under 建设施工), whose load is what brings the house down;
 * the housing bureau stops it and clears the tenants. A shed built on a roof long ago ("顶楼加盖的铁皮屋")
 * that burns or is blown off is the building's.
 */
const FLOORS_BEING_ADDED =
  /(在|正在|往上|违规|私自|偷偷|楼顶|顶上)[^，。]{0,2}加(盖|层)(?!的)|加(盖|层)(第?[一二三四五六七八九十\d]+层|的时候|时)|自建房[^，。]{0,4}加(盖|层)|加盖的楼(?!梯)/;

export function floorsBeingAdded(hazard: Hazard, text: string): boolean {
  return (
    (hazard === "collapse" || hazard === "injury" || hazard === "trapped") && FLOORS_BEING_ADDED.test(text)
  );
}

/*
 * Part of a building giving way under someone — a floor slab, a stair, a gallery's railing (not a
 * bunk's guard rail, not a river's fence) — or
 * someone fallen into its light well or shaft (楼板断了…掉到二楼, 外廊的栏杆整段掉下去了, 掉进了采光井): the
 * building's manager shores it up and closes it off, as for a stair that gave way; the fall is how
 * the danger was found.
 */
const BUILDING_GAVE_WAY =
  /(楼板|楼梯|(?<![床铺]的?)栏杆|外廊|走廊|阳台)[^，。]{0,6}(断了|塌了|垮了|整段掉|掉下去了)|掉(进|到)了?[^，。]{0,6}(采光井|天井|管道井)/;

export function buildingGaveWayUnderSomeone(hazard: Hazard, text: string): boolean {
  return hazard === "injury" && BUILDING_GAVE_WAY.test(text);
}
