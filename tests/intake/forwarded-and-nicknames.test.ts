import { beforeAll, describe, expect, it } from "vitest";
import { maskFreeText } from "../../src/auth/free-text-mask.js";
import { callbackOf } from "../../src/domain/complaint.schema.js";
import { extractName, readCallback, transcriptName } from "../../src/intake/extract-contact.js";
import { withoutForwardedPost } from "../../src/intake/forwarded-message.js";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { parseTranscript } from "../../src/intake/parse-transcript.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

const staffView = (text: string) => maskFreeText(text, { houseNumbers: true }, [extractName(text)]);
const callerName = (call: string) => transcriptName(parseTranscript(call)!.turns);

describe("a nickname the people around the writer call them by", () => {
  it("reads it when it is made like a nickname", () => {
    expect(extractName("我是跑快递的，工友都叫我黑豆子。小区门口井盖翘起来了，电话139 1234 5678")).toBe(
      "黑豆子",
    );
    expect(extractName("我是退休的修表匠，大家叫我修表王，有事打139-1234-5678")).toBe("修表王");
    expect(extractName("别人都叫我乐乐妈。小区秋千的链子断了一根。")).toBe("乐乐妈");
    expect(staffView("我是跑快递的，工友都叫我黑豆子。小区门口井盖翘起来了")).not.toContain("黑豆子");
  });

  it("keeps it over the agent's form of address in a call", () => {
    const call =
      "坐席：您好。\n市民：我是开出租的，大家都叫我大老王。路口红绿灯坏了。\n坐席：王师傅，您的电话？\n市民：13912345678。";
    expect(callerName(call)).toBe("大老王");
  });

  it("reads no request or ordinary word after 叫我", () => {
    expect(extractName("大家都叫我别管了，可楼道里的垃圾已经堆到三楼。")).toBeNull();
    expect(extractName("同事都叫我帮忙，电话13912345678")).toBeNull();
    expect(extractName("物业叫我填个表，电话13912345678")).toBeNull();
    expect(extractName("大家都叫我小区长，电话13912345678")).toBeNull();
  });
});

describe("a full name answering the agent, its surname in no list", () => {
  it("is read when the agent asked for the name", () => {
    const call =
      "坐席：您好。\n市民：我家楼下的路灯坏了。\n坐席：请问您的姓名？\n市民：郁秋菊。\n坐席：电话？\n市民：13912345678。";
    expect(callerName(call)).toBe("郁秋菊");
  });

  it("reads no refusal or everyday answer", () => {
    for (const answer of ["不用了。", "没有啊。", "算了吧"]) {
      const call = `坐席：您好。\n市民：路灯坏了。\n坐席：请问您的姓名？\n市民：${answer}\n坐席：电话？\n市民：13912345678。`;
      expect(callerName(call)).toBeNull();
    }
  });
});

describe("a forwarded post", () => {
  let engine: OfflineEngine;
  beforeAll(async () => {
    engine = await OfflineEngine.create(await loadDomainConfig("config"));
  });
  const read = (text: string) => {
    const { contact } = engine.extractSync({ text, channel: "wechat" });
    return { name: contact.name, phone: callbackOf(contact)?.phone ?? null };
  };

  it("gives the writer's own name and number, outside the post, before the post author's", () => {
    expect(
      read(
        "转发楼里群的消息：“5号楼门口的路灯坏了一个星期了，晚上黑漆漆的。联系人周师傅13612345678”\n我也住这栋，确实很黑。我是二楼的何丽娟，电话 139-1234-5678",
      ),
    ).toEqual({ name: "何丽娟", phone: "13912345678" });
  });

  it("reads no name of the writer's inside the post", () => {
    expect(
      read(
        "【转】“5号楼门口的路灯坏了一个星期了，晚上黑漆漆的，联系人周师傅13612345678”\n我路过也看见了，帮忙再报一次",
      ).name,
    ).toBeNull();
  });

  it("is no forward without a mark before the quote, nor a short quote", () => {
    expect(withoutForwardedPost("我在“优学堂”报了书法班，老板跑了，家长群里都在说")).toBeNull();
    expect(withoutForwardedPost("群里都在说电梯坏了，我是“快乐每一天”")).toBeNull();
    expect(withoutForwardedPost("转发一下：“5号楼门口的路灯坏了一个星期了。”我也看见了")).toBe(
      "转发一下：“”我也看见了",
    );
  });
});

describe("a relative's number after why the writer cannot answer", () => {
  it("is the relative's callback when a pronoun's number follows the excuse", () => {
    expect(readCallback("你们打我爱人的电话吧，我在外地培训，她在家。她号码是135 1234 5678。")).toEqual({
      phone: "13512345678",
      for: "relative",
    });
    expect(readCallback("你打我妈的电话吧，我上课不能接，她的号是139 1234 5678。")).toEqual({
      phone: "13912345678",
      for: "relative",
    });
  });

  it("reads the child's mother or father the writer asks to be called on as a relative", () => {
    expect(readCallback("我是孩子的爸爸，名字就不留了，有事打孩子妈妈的电话13912345678")).toEqual({
      phone: "13912345678",
      for: "relative",
    });
  });

  it("keeps a parent signing as the child's, and a third party's pronoun, as before", () => {
    expect(readCallback("我是孩子妈妈，电话13912345678")).toEqual({ phone: "13912345678", for: "self" });
    expect(readCallback("物业电话打不通，我在外地。他的号是13912345678")).toBeNull();
  });
});

describe("a name before the writer's people or nation", () => {
  it("reads the name said right before 蒙古族 / 俄罗斯人", () => {
    expect(extractName("我是文庙社区的居民其木格，蒙古族。楼道窗户碎了。电话13912345678")).toBe("其木格");
    expect(extractName("我是文庙社区的居民阿如，蒙古族")).toBe("阿如");
    expect(extractName("家住海西苑五栋的娜塔莎，我是俄罗斯人，楼上漏水。电话13912345678")).toBe("娜塔莎");
  });

  it("reads no name where the people follows a standing or a place", () => {
    expect(extractName("我是西盛小区的居民，回族，楼下的饭馆油烟太大。电话13912345678")).toBeNull();
    expect(extractName("我们小区的住户，汉族回族都有，电话13912345678")).toBeNull();
  });
});
