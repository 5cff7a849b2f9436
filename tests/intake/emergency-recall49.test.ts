import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";
import { readHazardPinyin, readHazardPinyinForRules } from "../../src/intake/emergency-pinyin.js";

/*
 * No danger filed as normal (the forty-ninth round), in sentences written for this file: no set's
 * lines are copied here. Each cause has the dangers it now raises and the near-misses beside them.
 */
const urgency = (text: string) => detectUrgency(text).urgency;
const byRules = (text: string) => detectUrgencyByRules(text).urgency;

describe("whole messages typed in pinyin, read by the rules", () => {
  it.each([
    "dian ti jian lou dao li quan shi yan, kan bu jian lu",
    "wo nai nai shao mei lu zi qu nuan, xian zai tou yun e xin",
    "wo men zai shan li mi lu le, tian hei le, shou ji kuai mei dian le",
    "you ge xiao hai zai shui li pu teng, pang bian mei ren",
  ])("%s", (text) => {
    expect(byRules(text)).toBe("emergency");
  });

  it.each([
    "wo you dian tou yun, qing wen wei sheng fu wu zhong xin ji dian kai men",
    "lou dao li de deng huai le, wan shang kan bu jian",
    "shan shang de lu pai tai shao le, you ke rong yi mi lu",
  ])("no danger: %s", (text) => {
    expect(byRules(text)).not.toBe("emergency");
  });

  it("leaves the scene words to the rules: the model's reading is unchanged", () => {
    const text = "lou dao li quan shi yan";
    expect(readHazardPinyin(text)).toBe(text);
    expect(readHazardPinyinForRules(text)).toBe("楼道里全是烟");
  });
});

describe("a boat overturned", () => {
  it.each(["渔船翻了 救命", "小船翻了，我爸还在水里", "湖上的皮划艇翻过来了，上面有人"])("%s", (text) => {
    expect(urgency(text)).toBe("emergency");
  });

  it.each(["阴沟里翻船了，这次考试没考好", "岸边扣着一条翻了的旧船，挡路好久了，能不能拖走"])(
    "no danger: %s",
    (text) => {
      expect(urgency(text)).not.toBe("emergency");
    },
  );
});

describe("lost on a mountain as night falls", () => {
  it.each(["我们四个在后山迷路了，天已经黑了", "驴友在林子里走不出来了，有一个扭伤了脚"])("%s", (text) => {
    expect(byRules(text)).toBe("emergency");
  });

  it.each(["景区的指示牌太少，游客容易迷路，天黑了也没有灯", "上山的导航老是错，差点迷路，建议加路牌"])(
    "no danger: %s",
    (text) => {
      expect(byRules(text)).not.toBe("emergency");
    },
  );
});

describe("smoke where someone drunk is inside, and smoke everywhere", () => {
  it.each(["车库里那个大哥喝醉了还在里面烧东西，门口全是烟", "一早起来走廊里都是烟，不知道哪家的"])(
    "%s",
    (text) => {
      expect(byRules(text)).toBe("emergency");
    },
  );

  it.each(["隔壁天天在屋里抽烟，我家衣服上都是烟味", "过年楼下放鞭炮，楼道里都是烟花的纸屑"])(
    "no danger: %s",
    (text) => {
      expect(byRules(text)).not.toBe("emergency");
    },
  );
});

describe("silence told before its days", () => {
  it.each([
    "我舅舅一个人住，不接电话已经三天了",
    "My aunt lives alone and she isn't answering her phone for 3 days, please send someone",
  ])("%s", (text) => {
    expect(byRules(text)).toBe("emergency");
  });
});

describe("scenes read after the specific rules", () => {
  it.each([
    "先说一下路灯的事，另外楼上好像在烧什么，一股焦糊味，我家天花板都烫手了",
    "宾馆里好多烟 过道看不见 我在七楼 往哪跑",
    "小区停电好几次了，物业不管。现在电表箱那里一直噼啪响冒蓝光，有几个小孩在旁边玩",
    "楼下投诉的事还没解决。刚才看见对面一个小孩坐在五楼窗外的空调架上，大人不在",
  ])("%s", (text) => {
    expect(byRules(text)).toBe("emergency");
  });

  it.each([
    "西晒太厉害，下午墙都烫手，能不能给楼装遮阳",
    "小区消防演练的时候说烟大了往哪跑，想问问培训资料在哪领",
    "配电房门口噼啪响是师傅在电焊，有小孩在旁边看热闹",
    "担心孩子爬到窗外的空调架上，想问能不能装防护栏",
  ])("no danger: %s", (text) => {
    expect(byRules(text)).not.toBe("emergency");
  });
});
