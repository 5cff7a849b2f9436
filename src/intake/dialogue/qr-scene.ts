import type { DomainConfig } from "../../domain/config.js";
import type { Prefill } from "./dialogue-state.js";

/**
 * Building QR codes (说事码) carry a WeChat scene string `place.<community unit id>.<p>.<b>`:
 * `p` is the 1-based index into that community's `places` in jurisdiction.json (0 = the community
 * itself), `b` the building number (0 = none). Example: `place.community.xisheng.1.3` → 西盛家园3号楼.
 * At most 64 ASCII characters, as WeChat's scene_str allows.
 */
const SCENE = /^place\.([a-z][a-z0-9_.-]*)\.(\d{1,3})\.(\d{1,4})$/;

export function parseQrScene(key: string | null | undefined, config: DomainConfig): Prefill | null {
  const m = key ? SCENE.exec(key.trim()) : null;
  if (!m) return null;
  const unit = config.units.get(m[1]!);
  if (!unit || unit.level !== "community") return null;
  const p = Number(m[2]);
  const b = Number(m[3]);
  const place = p === 0 ? unit.name : unit.places[p - 1];
  if (!place) return null;
  return { text: b > 0 ? `${place}${b}号楼` : place, community: unit.id };
}

/** The scene string for a building, for printing QR codes. */
export function qrSceneFor(communityId: string, placeIndex: number, building: number): string {
  return `place.${communityId}.${placeIndex}.${building}`;
}
