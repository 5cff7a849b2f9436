const ROAD = "(?:路|街|道|巷|大道|大街|胡同)";
const JOIN = "(?:和|与|跟|同|、|/)";
const CORNER = "(?:的)?(?:交叉口|交叉路口|十字路口|丁字路口|路口|交口|交汇处|拐角)";
// Words residents put before a street name that are not part of it ("那个柳巷路").
const LEADING = /^(?:我要|反映|那个|这个|就是|在|到|从|我|的|是|说)+/;

/**
 * A crossroads named by its two streets, e.g. "柳巷路和海边街交叉口", or null. Known street names of
 * the jurisdiction are preferred; otherwise two short names ending in 路/街/巷… are accepted.
 */
export function findIntersection(text: string, knownPlaces: readonly string[]): string | null {
  for (const re of patternsFor(knownPlaces)) {
    const m = re.exec(text);
    if (m) return m[0].replace(LEADING, "");
  }
  return null;
}

// The patterns of a list of place names, built once per list: the engine passes the same list with
// every message, and compiling an alternation of every street name per message was most of the cost.
const compiled = new WeakMap<readonly string[], RegExp[]>();

function patternsFor(knownPlaces: readonly string[]): RegExp[] {
  let patterns = compiled.get(knownPlaces);
  if (!patterns) {
    const streets = knownPlaces
      .filter((p) => new RegExp(`${ROAD}$`).test(p))
      .sort((a, b) => b.length - a.length)
      .map(escape);
    const known = streets.length ? `(?:${streets.join("|")})` : null;
    const generic = `\\p{Script=Han}{1,5}${ROAD}`;
    patterns = (known ? [known, generic] : [generic]).map(
      (street) => new RegExp(`(${street})${JOIN}(${street}|${generic})${CORNER}`, "u"),
    );
    compiled.set(knownPlaces, patterns);
  }
  return patterns;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
