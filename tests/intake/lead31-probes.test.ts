import { describe, expect, it } from "vitest";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { withoutContactDetails } from "../../src/intake/summary-without-contact.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

// Phrasings written for this file by the lead, probing the engine as a resident would write.
const engine = await OfflineEngine.create(await loadDomainConfig("config"), {});
const read = (text: string) => engine.extractSync({ text, channel: "wechat" });

describe("a crack in the ice with people on it", () => {
  it.each(["水库边上有两个小孩在冰上玩，冰已经有裂缝了", "河上的冰有裂缝，几个学生还在上面走"])(
    "%s → emergency",
    (text) => {
      expect(read(text).urgency).toBe("emergency");
    },
  );

  it.each(["冰箱门的玻璃裂了一条缝", "冰面有裂缝，建议立警示牌", "去年河上冰面有裂缝，有人掉下去过"])(
    "%s → not an emergency",
    (text) => {
      expect(read(text).urgency).not.toBe("emergency");
    },
  );
});

describe("smoke too thick to see through, with a likeness between", () => {
  it.each(["楼道里烟大得跟着火一样，看不清楼梯", "楼道里烟大得，看不清楼梯"])("%s → emergency", (text) => {
    expect(read(text).urgency).toBe("emergency");
  });

  it.each(["楼下烧烤店油烟大得跟着火一样，看不清对面", "工地扬尘大得，看不清对面楼"])(
    "%s → not an emergency",
    (text) => {
      expect(read(text).urgency).not.toBe("emergency");
    },
  );
});

describe("a public toilet locked at night", () => {
  it("is an opening-hours complaint, not sewage in a home", () => {
    expect(read("公厕晚上十点就锁门了，晚上遛弯没地方上厕所").urgency).toBe("normal");
  });

  it.each(["马桶堵了返水，家里没地方上厕所", "下水道堵了，污水冒上来，一家人没地方上厕所"])(
    "%s stays urgent",
    (text) => {
      expect(read(text).urgency).toBe("urgent");
    },
  );
});

describe("a number in brackets after the name", () => {
  it.each([
    ["张丽(13987654321) 反映桃南二区垃圾没人清运", "13987654321"],
    ["张丽（13987654321）反映桃南二区垃圾没人清运", "13987654321"],
    ["(13987654321) 桃南二区垃圾没人清运", "13987654321"],
  ])("%s → the writer's phone", (text, phone) => {
    expect(read(text).contact.phone).toBe(phone);
  });

  it.each(["物业经理王强（13911112222）一直不处理桃南二区的垃圾", "我邻居刘芳(13911112222)家漏水漏到我家了"])(
    "%s → someone else's number, not the writer's",
    (text) => {
      expect(read(text).contact.phone).toBeNull();
    },
  );
});

describe("summaries carry no phone number and not the writer's name", () => {
  it.each([
    "张丽(13987654321) 反映桃南二区垃圾没人清运",
    "我叫张丽电话13987654321反映桃南二区垃圾没人清运",
    "桃南二区垃圾没人清运，电话13987654321",
    "张丽，桃南二区垃圾没人清运",
  ])("%s", (text) => {
    const { summary } = read(text);
    expect(summary).toContain("桃南二区");
    expect(summary).toContain("垃圾");
    expect(summary).not.toMatch(/\d{7,}|张丽/);
  });

  it("keeps everything else, and a name that is not the writer's", () => {
    expect(withoutContactDetails("西盛路路灯不亮，物业王强说不归他管", "李华")).toBe(
      "西盛路路灯不亮，物业王强说不归他管",
    );
    expect(withoutContactDetails("联系电话：13912345678，西盛路路灯不亮", null)).toBe("，西盛路路灯不亮");
  });
});
