import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { everydayFrameOnly } from "../../src/intake/everyday-frame.js";

/*
 * The fa44 round, in sentences written for this file (no set's lines are copied here): dangers the
 * rules dropped (a nervous laugh taken back at once, a fire found where a harmless cause was looked
 * for, slang for dying said at an edge, paper burnt for the dead whose smoke sets off an asthma
 * attack, a candle that set something else alight, a child shut in with a pot on the stove, days of
 * silence from someone living alone told in other orders) and near-misses filed as emergencies (a
 * figure of anger, works on a gas main asked about, a controlled burn, a tap found open and shut, a
 * fall the person walked away from, a child staying with grandparents, a hurt seen to, a kind of
 * mishap asked about). Each class has sentences beside it that must stay as they were.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("dangers recognised", () => {
  it.each([
    ["哈哈 本来想笑的 笑不出来了 锅里的油烧起来了 盖子盖不住", "a laugh taken back, a pan on fire"],
    ["哈哈哈 不是开玩笑 我爸在卫生间摔倒了叫不醒", "a laugh taken back, someone unresponsive"],
    ["笑死 本来想拍楼下放鞭炮 结果拍到他家窗户着了 里面还有人", "a fire found while filming a nuisance"],
    ["我要去见太奶了 我现在站在楼顶 真的过不下去了", "slang for dying at a roof's edge"],
    ["邻居在楼道里烧纸，烟特别大，我女儿哮喘犯了，喘得厉害", "burnt paper setting off asthma"],
    ["楼下有人烧纸钱，整个楼梯都是烟，我奶奶呛得直咳，咳得说不出话", "burnt paper, a cough"],
    ["宿舍里有人点蜡烛许愿，窗帘烧起来了，烟往走廊冒", "a candle, then the curtain"],
    ["家门锁坏了打不开，锅里还煮着粥，我两岁的孩子在屋里", "a child shut in, the stove on"],
    ["联系不上我姥姥已经三天了，她一个人住，有高血压", "days of silence told after"],
    ["她说不想活了，刚才情绪稳定了，可是现在又爬到窗台上了", "calm that broke again"],
    ["I can't reach my father for three days, he lives alone and has heart trouble", "English"],
    [
      "楼上的王奶奶今年九十岁，一个人住。从前天下午开始就没见她出门，敲门、打电话都没人应",
      "alone in one sentence, the silence in the next",
    ],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});

describe("near-misses not dispatched", () => {
  it.each([
    ["我气得快冒烟了，物业天天不开电梯", "a figure of anger"],
    ["小区的燃气管道改造什么时候完工，路挖得没法走了", "works on a gas main asked about"],
    ["山上在冒烟，打电话问了林场，说是在烧防火隔离带，是计划的", "a controlled burn"],
    ["刚闻到一点煤气味，发现是灶台阀门没关紧，已经关好了，开窗了", "a tap found open and shut"],
    ["路口有个大爷滑倒了，过去一看他自己起来走了，路面的冰该铲了", "a fall walked away from"],
    ["我家孩子一直在我妈家住着，楼上装修味太大了，装修能不能限时", "a child staying with grandparents"],
    ["楼下的邻居家狗天天叫，敲门也不开，能不能管管", "a neighbour who will not open"],
    ["门口的垃圾堆了三天没人收，臭死了", "rubbish uncollected for days"],
    ["邻居家孩子昨晚说不想活了，家长陪着，现在情绪稳定了，想问哪里有心理咨询", "words heard and seen to"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("the everyday frame", () => {
  it("reads a hurt seen to and a kind of mishap asked about", () => {
    expect(everydayFrameOnly("孩子胳膊骨折了，已经做完手术了，想问学校要不要担责", "injury")).toBe(true);
    expect(everydayFrameOnly("我爸骨折了，医生说要卧床两个月，护理补贴怎么申请", "injury")).toBe(true);
    expect(everydayFrameOnly("老人半夜摔倒这种事，社区有没有呼叫服务", "injury")).toBe(true);
  });
  it("keeps a danger said to go on", () => {
    expect(everydayFrameOnly("已经做完手术了，可是现在又开始抽搐", "injury")).toBe(false);
    expect(everydayFrameOnly("摔倒这种事怎么办，我爸现在正在地上起不来", "injury")).toBe(false);
  });
});
