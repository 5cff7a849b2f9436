import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * The fa32 round (false alarms), in sentences written for this file (no set's lines are copied
 * here). Each near-miss fired before the round; each class has the dangers the same words must
 * still raise.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies", () => {
  it.each([
    // Someone who could not be reached turned up or was accounted for.
    ["我外婆有点糊涂，早上出去遛弯一直没回来，我们正准备报警她自己回来了，想问有没有定位手环", "came back"],
    ["网格员说楼上独居的张阿姨三天没出门，后来打电话问了她儿子，她去儿子家住了", "staying with a son"],
    ["我姐一下午不接电话急死我了，结果她在电影院，手机静音了", "at the cinema"],
    ["表哥昨晚喝多了没回宿舍，今天中午他自己回来了，说在同学家睡的，一场虚惊", "slept at a friend's"],
    // What to do if it ever happens, asked ahead of time.
    ["油锅着火了用什么灭，先问一下，我妈总拿水浇", "asked ahead"],
    ["我们老师叫我们问一下楼里着火了是往上跑还是往下跑", "homework question"],
    ["以后碰到有人触电要打哪个电话，先记下来", "number to note"],
    // Sleeping pills named as a prescription or a worry, nothing taken.
    ["我爸长期靠安眠药睡觉，医院每次只给开两周的，能不能多开点", "a prescription"],
    ["我妈每天都吃安眠药，医生说可以，我就是怕她吃多了", "a habit"],
    // Words of despair called a catchphrase or an online challenge.
    ["我表妹的口头禅是“再考不好我就去跳楼”，说完自己就笑，怎么劝她改掉", "a catchphrase"],
    ["孩子学校在传一个跳楼的网络挑战视频，想请学校讲讲", "an online challenge"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers the same words still raise", () => {
  it.each([
    // Back once before, gone again now.
    ["我爷爷有老年痴呆，上周走丢过一次找回来了，今天下午又出门了，到现在还没回来", "missing"],
    ["女儿说去同学家，同学家长说她根本没来过，现在十点了电话打不通", "missing"],
    // Reached, and what was said is a threat to life.
    ["我妈一天没接电话，刚才回消息了说不想活了，要跳楼，她一个人在家", "self_harm"],
    // Asked ahead in one sentence, the danger now in the next.
    ["我想先问问物业费的事。对了楼下好像着火了，浓烟一直往上冒", "fire"],
    // Sleeping pills taken.
    ["我室友吃了一整瓶安眠药，现在叫不醒", "self_harm"],
    ["wo ba chi le hen duo an mian yao, jiao bu xing", "self_harm"],
    // A catchphrase, but this time someone is at the edge.
    ["他平时口头禅就是不想活了，可这次他真的站在楼顶边上了", "self_harm"],
  ] as const)("%s → %s", (text, hazard) => {
    const found = detectUrgency(text);
    expect(found.urgency).toBe("emergency");
    expect(found.hazard).toBe(hazard);
  });
});

it("still files a return followed by an attack or a farewell", () => {
  expect(urgency("老公一夜没回家，早上他自己回来了，一进门就掐我脖子，说要弄死我")).toBe("emergency");
  expect(urgency("联系上了，她说活着没意思，想跟大家告别")).toBe("emergency");
});
