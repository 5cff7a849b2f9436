import type { Locale } from "opencc-js/t2cn";

type Dictionary = string | readonly (readonly [string, string])[];

/**
 * For `toSimplifiedChinese`'s skip: one character of each entry of the hk → cn preset (`hk2s`) that
 * changes text: one the entry's source shares with a single character that converts on its own,
 * else the first that differs from the replacement, else its last. Any choice is sound (the entry
 * needs all its characters present); these keep the set small. Returned as one string in code point
 * order; null when the preset is not shaped as expected.
 *
 * Run ahead of time, not at load: `scripts/text-simplify-table.ts` writes its answer into
 * `text-simplify-table.ts`, and a test checks the written table against it.
 */
export function designatedCharacters(configs: (typeof Locale)["configs"]): string | null {
  const config = (
    configs as Record<
      string,
      {
        normalizationChain?: readonly (readonly Dictionary[])[];
        conversionChain?: readonly (readonly Dictionary[])[];
      }
    >
  )["hk2s"];
  if (!config?.conversionChain) return null;
  const entries: [string, string][] = [];
  for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain])
    for (const dictionary of group) {
      if (typeof dictionary === "string") {
        for (const line of dictionary.split("|")) {
          const [from, to] = line.split(" ");
          if (from === undefined || to === undefined) return null;
          entries.push([from, to]);
        }
      } else if (Array.isArray(dictionary)) {
        for (const [from, to] of dictionary) entries.push([from, to]);
      } else return null;
    }
  const single = new Set(
    entries.filter(([from, to]) => from !== to && [...from].length === 1).map(([from]) => from),
  );
  const picked = new Set<number>();
  for (const [from, to] of entries) {
    if (from === to) continue;
    const source = [...from];
    const target = [...to];
    const pick =
      source.find((c) => single.has(c)) ??
      source.find((c, i) => target[i] !== c) ??
      source[source.length - 1];
    if (pick === undefined) return null;
    picked.add(pick.codePointAt(0) ?? 0);
  }
  return String.fromCodePoint(...[...picked].sort((a, b) => a - b));
}
