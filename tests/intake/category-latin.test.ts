import { describe, expect, it } from "vitest";
import { withCategoryGlosses } from "../../src/intake/category-latin.js";

const glosses = (text: string) => withCategoryGlosses(text).slice(text.length).trim().split("，");

describe("everyday words of a message in English or pinyin glossed for the category", () => {
  it("writes the English words of the subject in Chinese after the message", () => {
    expect(glosses("The radiators in our flat are cold again and the landlord does nothing")).toEqual(
      expect.arrayContaining(["暖气", "房东"]),
    );
    expect(glosses("Could someone empty the bins by the north gate? Rubbish everywhere")).toEqual(
      expect.arrayContaining(["垃圾", "垃圾桶"]),
    );
    expect(glosses("My grandma needs a wheelchair, is there any subsidy for that?")).toEqual(
      expect.arrayContaining(["老人", "残疾", "补贴"]),
    );
    expect(glosses("The guard at our gate is asleep every night")).toEqual(
      expect.arrayContaining(["保安", "睡觉"]),
    );
    expect(glosses("Somebody keeps putting small ads on the bus shelter")).toEqual(
      expect.arrayContaining(["小广告"]),
    );
  });

  it("reads toneless pinyin joined or spaced, with or without tone marks", () => {
    expect(glosses("wuye zong bu xiu dianti, qing bang mang")).toEqual(
      expect.arrayContaining(["物业", "电梯"]),
    );
    expect(glosses("lou xia de lu deng huai le hao jiu")).toEqual(["路灯"]);
    expect(glosses("wǒ jiā nuǎn qì bú rè, zěn me bàn")).toEqual(["暖气"]);
  });

  it("leaves Chinese, a few Latin letters and words that say nothing of the subject as they came", () => {
    const chinese = "楼下KTV每天唱到凌晨两点";
    expect(withCategoryGlosses(chinese)).toBe(chinese);
    const nothing = "Hello, thank you very much for your quick answer yesterday";
    expect(withCategoryGlosses(nothing)).toBe(nothing);
    // "yi yuan" is also one yuan: a two-syllable word that spells too much is not glossed.
    expect(withCategoryGlosses("zhe ge yi yuan yi ge tai gui le ba")).toBe(
      "zhe ge yi yuan yi ge tai gui le ba",
    );
  });

  it("matches whole words only: a bus is not in business", () => {
    expect(withCategoryGlosses("My business partner never answers my messages about this")).toBe(
      "My business partner never answers my messages about this",
    );
  });

  it("glosses children jumping upstairs and a recycling point", () => {
    expect(glosses("The children next door are running and jumping on the floor all evening")).toContain(
      "跑跳",
    );
    expect(glosses("The clothes donation bin at our gate has been full for weeks")).toContain("回收站");
    expect(glosses("lou shang xiao hai tian tian paotiao")).toContain("跑跳");
    expect(glosses("xiaoqu huishouzhan mei ren guan")).toContain("回收站");
  });
});

describe("glosses for music at night, lit signs and water pressure", () => {
  it("glosses live music, a flashing neon sign and low water pressure typed in pinyin", () => {
    expect(glosses("The pub across the road has live music every night")).toContain("噪音");
    expect(glosses("A neon sign opposite flashes into our bedroom all night")).toEqual(
      expect.arrayContaining(["霓虹灯箱", "晃眼", "卧室"]),
    );
    expect(glosses("wo jia liu lou shui ya tai di")).toContain("自来水水压");
  });
});

describe("glosses for leaves burnt, an injury at work and a shop's licence", () => {
  it("glosses leaves burnt typed in pinyin, an injury at work and a business licence in English", () => {
    expect(glosses("xiao qu li you ren shao luo ye")).toContain("烧树叶");
    expect(glosses("The warehouse refuses to pay for my work injury")).toContain("工伤");
    expect(glosses("How long does a business licence take to renew?")).toContain("营业执照");
  });
});

describe("glosses for a renovation's scaffolding", () => {
  it("glosses scaffolding in English and a renovation's scaffolding and rubble typed in pinyin", () => {
    expect(glosses("The scaffolding outside our block has been up since spring")).toContain("脚手架");
    expect(glosses("lao lou gai zao jiao shou jia hai mei chai")).toEqual(
      expect.arrayContaining(["改造", "脚手架"]),
    );
    expect(glosses("xiaoqu gaizao de zhuanzha mei ren la")).toContain("碎砖");
  });
});
