/**
 * How residents name a residents' or villagers' committee: the statistical code tables write
 * "畅家巷社区居委会" or "何家庄村委会", people say "畅家巷社区", "畅家巷", "何家庄村", "何家庄".
 * Returns the unit name to show and the short name residents also use (undefined when the
 * short form would be a single character, too ambiguous to match).
 */
export function communityNames(official: string): { name: string; short?: string } {
  const rules: [RegExp, string][] = [
    [/社区居民委员会$|社区居委会$/, "社区"],
    [/居民委员会$|居委会$/, "社区"],
    [/村民委员会$|村委会$/, "村"],
  ];
  for (const [re, suffix] of rules) {
    if (!re.test(official)) continue;
    const base = official.replace(re, "");
    if (!base) break;
    return { name: `${base}${suffix}`, ...([...base].length >= 2 ? { short: base } : {}) };
  }
  const base = official.replace(/(社区|村)$/, "");
  return { name: official, ...(base !== official && [...base].length >= 2 ? { short: base } : {}) };
}
