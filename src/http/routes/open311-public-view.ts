import { maskPersonalData } from "../../intake/mask-personal-data.js";

/** 0.001° is about 111 m of latitude and at most 111 m of longitude: a neighbourhood, not a door. */
const COARSE_DECIMALS = 3;
/** A road, street or lane name at the start of a free-text place ("长江中路88号门口" → "长江中路"). */
const ROAD = /[\u4e00-\u9fa5]{1,12}?(?:大道|大街|路|街|巷|胡同|里|道)(?![\u4e00-\u9fa5]*[路街巷道])/u;

export function coarseCoordinate(value: number | null): number | null {
  if (value === null) return null;
  const f = 10 ** COARSE_DECIMALS;
  return Math.round(value * f) / f;
}

/**
 * The place anyone may see: the community's name when the ticket has one, else the road named in
 * the location text, else nothing — never a building, unit or flat.
 */
export function coarsePlace(communityName: string | null, locationText: string | null): string | null {
  if (communityName) return communityName;
  if (!locationText) return null;
  return ROAD.exec(locationText)?.[0] ?? null;
}

/**
 * A summary with phones, ID numbers, long digit runs and names removed (the reporter's known name,
 * and names the text gives as contact); house, unit and flat numbers too.
 */
export function publicSummary(summary: string, knownNames: readonly (string | null)[] = []): string {
  let text = summary;
  for (const name of knownNames) if (name && [...name].length >= 2) text = text.split(name).join("[姓名]");
  return maskPersonalData(text).replace(/\d+\s*(?:号楼|栋|幢|单元|层|楼|室|号|户)/gu, "");
}
