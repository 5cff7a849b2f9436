/*
 * Words that only say where within a place ("11号楼", "交叉口", "门口", "那边"): what is left of
 * "西盛家园11号楼" or "西山路与西盛路交叉口" once the place names go is no problem.
 */
const WHERE_WORDS =
  /[0-9一二三四五六七八九十百]+(号楼|号院|号|栋|幢|单元|楼|层|室)|交叉口|路口|口子|旁边|附近|靠近|(?<![最附接将亲])近|一段|一带|对面|门口|那边|这边|那个|这个|[与和跟是在就住]/g;
import { hanCount } from "./han-count.js";

/**
 * Whether a text says only where, e.g. a caller's answer to "在哪里" ("西盛花园，5号楼") or an
 * operator repeating the address ("海西苑6号楼"). `placeless` removes the district's place names.
 */
export function addressOnly(text: string, placeless: (text: string) => string, minHan = 4): boolean {
  const left = placeless(text).replace(WHERE_WORDS, "");
  return hanCount(left) < minHan;
}
