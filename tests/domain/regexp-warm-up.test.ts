import { describe, expect, it } from "vitest";
import { warmUp, warmUpPatterns } from "../../src/domain/regexp-warm-up.js";

describe("patterns warmed up before their first read", () => {
  it("returns the pattern it registers, matching as before", () => {
    const re = warmUp(/(?:王|李)(?:先生|女士)/u);
    warmUpPatterns();
    expect(re.exec("我是王先生，电话在下面")?.[0]).toBe("王先生");
    expect(re.test("楼道灯坏了")).toBe(false);
  });

  it("leaves a global pattern where it stood, so the next scan starts from there", () => {
    const re = warmUp(/\d{3}/g);
    expect(re.exec("电话 123 和 456")?.[0]).toBe("123");
    warmUpPatterns();
    expect(re.exec("电话 123 和 456")?.[0]).toBe("456");
    re.lastIndex = 0;
  });

  it("warms each pattern once: a later call has nothing left to do", () => {
    const re = warmUp(/x/g);
    re.lastIndex = 3;
    warmUpPatterns();
    re.lastIndex = 5;
    warmUpPatterns();
    expect(re.lastIndex).toBe(5);
  });

  it("stands down in a process that compiles every pattern on its first use (zhitong extract)", () => {
    const marker = Symbol.for("zhitong.regexps-compiled-on-first-use");
    const global = globalThis as Record<symbol, unknown>;
    let runs = 0;
    class Counted extends RegExp {
      override test(s: string): boolean {
        runs++;
        return super.test(s);
      }
    }
    const re = warmUp(new Counted("\\d{3}", "g"));
    global[marker] = true;
    try {
      warmUpPatterns();
    } finally {
      delete global[marker];
    }
    // Nothing was run, and nothing is left for a later call either.
    warmUpPatterns();
    expect(runs).toBe(0);
    expect(re.exec("电话 123")?.[0]).toBe("123");
  });
});
