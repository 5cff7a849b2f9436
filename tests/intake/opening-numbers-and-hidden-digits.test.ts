import { describe, it, expect } from "vitest";
import { extractName, readCallback } from "../../src/intake/extract-contact.js";
import { findPersonalNumbers } from "../../src/domain/personal-numbers.js";
import { maskFreeText } from "../../src/auth/free-text-mask.js";

// The staff view as the console shows it: the name the reader found is masked wherever it stands.
const staffView = (text: string, name: string | null = extractName(text)) =>
  maskFreeText(text, { houseNumbers: true }, [name]);

describe("a full name right after the number that opens the message", () => {
  it("reads the name set off by spaces after digits or spoken digits", () => {
    expect(extractName("139 2210 4471 庞秀英 柳巷路 路灯一到晚上就灭")).toBe("庞秀英");
    expect(extractName("幺三九 二二幺零 四四七幺 庞秀英 柳巷路 路灯一到晚上就灭")).toBe("庞秀英");
    expect(extractName("+86 139 2210 4471 费静 西山路 井盖松了")).toBe("费静");
  });

  it("masks that name in the staff view", () => {
    expect(staffView("139 2210 4471 庞秀英 柳巷路 路灯一到晚上就灭")).not.toContain("庞秀英");
  });

  it("takes no ordinary words after the number for a name", () => {
    expect(extractName("139 2210 4471 我们楼下 烧烤店天天冒烟")).toBeNull();
    expect(extractName("139 2210 4471 高峰 时段 路口堵死了")).toBeNull();
    // The number must open the message: a name after a number in the middle is left to other rules.
    expect(extractName("路灯坏了 上回打过 139 2210 4471 庞秀英 也反映过")).toBeNull();
  });
});

describe("a name field without a colon, and the given name asked to be called by", () => {
  it("reads 名字 followed by a space as a field", () => {
    expect(extractName("电话 13922104471 名字 韦桂兰 西盛路的下水道返味")).toBe("韦桂兰");
    expect(extractName("名字：韦桂兰 电话13922104471")).toBe("韦桂兰");
  });

  it("does not read 名字 inside a sentence as a field", () => {
    expect(extractName("楼道堆满杂物 别写我名字 怕邻居知道 电话13922104471")).toBeNull();
    expect(extractName("名字 不方便说 电话13922104471 楼下吵")).toBeNull();
  });

  it("reads the given name after 叫我…就行", () => {
    expect(extractName("坐席：怎么称呼您？来电人：叫我海生就行，姓不用写。坐席：好的。")).toBe("海生");
  });

  it("takes no request for a name", () => {
    expect(extractName("坐席：怎么称呼您？来电人：叫我帮忙就行了吗？")).toBeNull();
  });
});

describe("numbers the writer hid in part", () => {
  it("takes no callback from the digits left before the stars", () => {
    expect(readCallback("姓名：郑大伟 联系电话：0351-5128**** 内容：路灯不亮")).toBeNull();
    expect(readCallback("电话 139 2210 xxxx 楼下吵")).toBeNull();
  });

  it("still masks those digits", () => {
    const spans = findPersonalNumbers("联系电话：0351-5128**** 内容：路灯不亮");
    expect(spans.map((s) => s.digits)).toEqual(["03515128"]);
    expect(spans[0]!.kind).toBe("long");
  });

  it("keeps a whole number followed by other words", () => {
    expect(readCallback("联系电话：0351-51287730 内容：路灯不亮")?.phone).toBe("035151287730");
  });
});

describe("numbers pointed at or asked for in other words", () => {
  it("reads a form's 回复电话 over a number of the party complained about", () => {
    const text =
      "投诉对象：某某物业 负责人 某经理 电话0351-51287730\n投诉人：（匿名）\n回复电话：13922104471";
    expect(readCallback(text)).toEqual({ phone: "13922104471", for: "self" });
  });

  it("reads the number after 打这个： opening the message", () => {
    expect(readCallback("打这个：1 3 9 2 2 1 0 4 4 7 1 庙前街的井盖没了")?.phone).toBe("13922104471");
    // The number the writer is calling from, said with no number: none given.
    expect(readCallback("不用打这个，楼下的路灯坏了")).toBeNull();
  });

  it("reads a number opening the message after a phone sign", () => {
    expect(readCallback("📱13922104471\n我是柳巷路的居民，楼道灯坏了")?.phone).toBe("13922104471");
    expect(readCallback("☎️ 13922104471 我是柳巷路的居民，楼道灯坏了")?.phone).toBe("13922104471");
  });
});
