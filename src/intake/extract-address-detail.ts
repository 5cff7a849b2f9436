const NUM = "[0-9一二三四五六七八九十百零两]+";
const BUILDING = new RegExp(`${NUM}\\s*(?:号楼|栋|幢|座|号院)`);
const UNIT = new RegExp(`${NUM}\\s*单元`);
const ROOM = new RegExp(
  `(?:${NUM}\\s*(?:室|户)|(?<=单元\\s*)\\d{3,4}(?:号)?|(?<=(?:号楼|栋)\\s*)\\d{3,4}(?:室|号)?)`,
);

/** Building, unit and room as the resident wrote them, e.g. "3号楼2单元501", or null. */
export function extractAddressDetail(text: string): string | null {
  const parts: { index: number; text: string }[] = [];
  for (const re of [BUILDING, UNIT, ROOM]) {
    const m = re.exec(text);
    if (m) parts.push({ index: m.index, text: m[0].replace(/\s+/g, "") });
  }
  if (!parts.length) return null;
  return parts
    .sort((a, b) => a.index - b.index)
    .map((p) => p.text)
    .join("");
}
