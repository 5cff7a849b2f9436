import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DictionaryFile,
  SHIPPED_DICTIONARY,
  USER_WORD_FREQ,
  dictionaryCovering,
  jiebaDictionaryFile,
  readJiebaDictionary,
  totalFrequency,
  userWordsOf,
} from "../../src/intake/jieba-dictionary.js";
import { createSegmenter } from "../../src/intake/segmenter.js";

const dict = readJiebaDictionary();
const lines = dict.toString("utf8").split("\n").filter(Boolean);

const PLACES = ["幸福里小区", "西盛家园", "水库街", "柳巷路", "海边街", "楼道里", "路西一巷"];
const devTexts = readFileSync(new URL("../../data/intake/dev-cases.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const EDGES = [
  "楼道里有很大的煤气味",
  "幸福里小区3号楼门口的路灯坏了一个星期了，晚上黑漆漆的，老人出门不方便",
  "柳巷路和海边街交叉口的红绿灯不亮了",
  "AT&T的4S店里AA制，C++和C#，50%的人说3.5米-4米",
  "我們社區的路燈壞了，沒人管",
  "垃圾桶满了😡😡 臭死了！！ 𠮷野家门口",
  "  \n\t　",
  "",
  "louti li you ren shuai dao le, liu xue le, 6 dong",
  "坐席：您好请讲。来电人：我们单元一开门就有股味\u0001，像那个臭鸡蛋",
  "尊敬的领导：西盛家园3号楼楼道灯坏了一个月，A市A3区的物业一直不修。".repeat(30),
];

describe("jieba's shipped dictionary", () => {
  it("has the size and frequency sum the on-demand dictionary relies on", () => {
    expect(dict.length).toBe(SHIPPED_DICTIONARY.bytes);
    const sum = lines.reduce((s, l) => s + Number(l.split(" ")[1]), 0);
    expect(sum).toBe(SHIPPED_DICTIONARY.totalFrequency);
    // The same sum line by line, as for a dictionary of another size.
    expect(totalFrequency(Buffer.concat([dict, Buffer.from("\n")]))).toBe(sum);
  });

  it("is sorted by word in byte order, each word once (the binary search needs both)", () => {
    const words = lines.map((l) => Buffer.from(l.slice(0, l.indexOf(" ")), "utf8"));
    // One assertion, not one per line: 349,000 of them take longer than the test's time limit.
    const unordered = words.findIndex((w, i) => i > 0 && Buffer.compare(words[i - 1]!, w) !== -1);
    expect(unordered).toBe(-1);
  });
});

describe("dictionaryCovering", () => {
  it("keeps the dictionary's words found in the text, user words in place of the dictionary's, and the same frequency sum", () => {
    const users = userWordsOf(["楼道里", "煤气", " 幸福里小区 ", "x", "有 空格"]);
    expect(users).toEqual(["楼道里", "煤气", "幸福里小区"]);
    const out = dictionaryCovering(dict, users, "楼道里有很大的煤气味").toString("utf8").split("\n");
    expect(out).toContain("楼道 100 n");
    expect(out).toContain("很大 8348 a");
    expect(out).toContain(`煤气 ${USER_WORD_FREQ} ns`);
    expect(out).toContain(`楼道里 ${USER_WORD_FREQ} ns`);
    expect(out).not.toContain("煤气 285 n");
    expect(out.some((l) => l.startsWith("幸福里小区"))).toBe(false);
    const sum = out.filter(Boolean).reduce((s, l) => s + Number(l.split(" ")[1]), 0);
    const dictFreq = (w: string): number =>
      Number(lines.find((l) => l.startsWith(`${w} `))?.split(" ")[1] ?? 0);
    expect(sum).toBe(
      SHIPPED_DICTIONARY.totalFrequency - dictFreq("煤气") - dictFreq("楼道里") + 3 * USER_WORD_FREQ,
    );
  });
});

describe("DictionaryFile (the dictionary read page by page)", () => {
  it("reads the file's bytes, across page edges and past its end, as the whole Buffer does", () => {
    const file = DictionaryFile.open(jiebaDictionaryFile());
    try {
      expect(file.length).toBe(dict.length);
      for (const at of [0, 1, 4095, 4096, 4097, 8191, 123_457, dict.length - 1]) {
        expect(file.at(at), String(at)).toBe(dict.at(at));
        expect(file.indexOf(0x0a, at), String(at)).toBe(dict.indexOf(0x0a, at));
        expect(Buffer.from(file.subarray(at, Math.min(dict.length, at + 5000)))).toEqual(
          dict.subarray(at, Math.min(dict.length, at + 5000)),
        );
      }
      expect(file.at(dict.length)).toBeUndefined();
      expect(file.at(-1)).toBeUndefined();
      expect(file.indexOf(0x0a, dict.length)).toBe(-1);
    } finally {
      file.close();
    }
  });

  it("gives the on-demand dictionary the whole Buffer gives, for every test text", () => {
    const users = userWordsOf(PLACES);
    for (const text of [...EDGES, ...devTexts.slice(0, 60)]) {
      const file = DictionaryFile.open(jiebaDictionaryFile());
      try {
        expect(
          dictionaryCovering(file, users, text).equals(dictionaryCovering(dict, users, text)),
          text,
        ).toBe(true);
      } finally {
        file.close();
      }
    }
  });
});

describe("the on-demand segmenter", () => {
  const whole = createSegmenter(PLACES);

  it(
    "cuts every text exactly as the whole dictionary does, one fresh segmenter per text",
    { timeout: 120_000 },
    () => {
      for (const text of [...EDGES, ...devTexts]) {
        const onDemand = createSegmenter(PLACES, { dictionary: "on-demand" });
        expect(onDemand.cut(text), text).toEqual(whole.cut(text));
        // Pieces of the text, and the text with a place cut out, as the engine reads them.
        for (const part of [text.slice(0, text.length >> 1), text.split("，").reverse().join("，")])
          expect(onDemand.cut(part), part).toEqual(whole.cut(part));
      }
    },
  );

  it(
    "keeps cutting exactly through many unrelated texts, past the point where it loads the whole dictionary",
    {
      timeout: 60_000,
    },
    () => {
      const onDemand = createSegmenter(PLACES, { dictionary: "on-demand" });
      for (const text of [...EDGES, ...devTexts.slice(0, 40)])
        expect(onDemand.cut(text)).toEqual(whole.cut(text));
    },
  );
});
