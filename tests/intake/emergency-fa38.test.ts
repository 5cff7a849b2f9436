import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { BRIEF_DANGER_PROBES } from "../support/brief-danger-probes.js";

/*
 * The fa38 round (false alarms), in sentences written for this file (no set's lines are copied
 * here): more harmless causes a resident found on looking or ringing (medicine simmered dry, a
 * roped repairman, weights dropped, homework at a friend's, a chat or a game of chess); a danger
 * seen on a short-video app; a figure of speech with a danger's word in it; sightseers at a roof's
 * edge with a lock asked for; a child taken home; a structure said not to have come down; a gas
 * alarm's sensor or battery; 上个星期 as the past. Each class has dangers beside it that must stay.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies: a harmless cause found", () => {
  it.each([
    ["楼上咚的一声很响，我上去敲门，是他家孩子练哑铃掉地上了，人好好的", "weights dropped"],
    ["闻到一股焦糊味，敲门问了说是在熬中药熬糊了，窗户已经开了", "medicine simmered dry"],
    ["对面楼顶有人站在边上，走近一看是维修工在修太阳能，系着安全绳", "a roped repairman"],
    ["孩子放学没回家，吓得我半死，结果在同学家写作业，学校能不能提醒一下", "homework at a friend's"],
    ["我爸说好中午回来，一点了还没回，打电话通了，说在公园跟老同事下棋呢", "a game of chess"],
    ["奶奶出去买菜两个小时没回，电话打通了，说在楼下跟邻居聊天", "a chat downstairs"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: seen on a short-video app", () => {
  it.each([
    ["在抖音上看到有个城市路面塌了个大坑，我们这边也在修地铁，会不会有问题", "a sinkhole elsewhere"],
    ["快手上有人说我们这个地下通道一下雨就会淹死人，我觉得夸张，但排水确实差", "a flooding claim"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: a figure of speech", () => {
  it.each([
    ["心脏都要跳出来了，刚才电梯往下一顿，还好马上正常了，物业说在调试", "a heart leaping"],
    ["着火一样急，明天要交材料，居委会的章还没盖", "as urgent as a fire"],
    ["业主群里为了停车位吵得快着火了，物业也不出来说话", "a heated group chat"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: standing hazards and things over", () => {
  it.each([
    ["最近好多年轻人上天台拍照，坐在边上，看着危险，物业能不能上把锁", "sightseers, a lock asked for"],
    ["写字楼楼顶总有人坐在边上自拍打卡，物业能不能把天台门锁上", "selfies at the edge"],
    ["一个小孩在门口哭，问了是跟妈妈闹脾气，妈妈已经领回去了", "a child taken home"],
    ["人行道有块地砖踩上去晃，下面好像空了，不过没塌，请城管来看看", "a paving stone, not fallen"],
    ["家里一氧化碳报警器响了，厂家说是传感器坏了，我们家根本没有燃气", "a broken sensor"],
    ["烟雾报警器半夜叫了一声，全家都没不舒服，换了新电池就好了", "a battery chirp"],
    ["上个星期我在公园晕倒了，有个小伙子帮了我，想找到他当面谢谢", "a faint last week"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers that stay emergencies next to these near-misses", () => {
  it.each([
    ...BRIEF_DANGER_PROBES,
    // A look or a call that found harm, or harm told after the harmless cause.
    ["上去敲门没人应，我怕我爸在打麻将时出事了，他有心脏病", "no answer, a pastime as the time of harm"],
    ["走近一看是维修工从梯子上摔下来了，头在流血", "a repairman fallen"],
    ["一看是维修工被电到了，倒在地上不动", "a repairman shocked"],
    ["结果是修理工被困在电梯里出不来了", "a repairman trapped"],
    ["打电话通了，是个陌生人接的，说我爸在下棋的时候晕倒了", "fainted over chess"],
    ["闻到焦糊味，敲门没人开，里面好像在熬药，烟从门缝冒出来了", "smoke from a locked flat"],
    ["说是在同学家写作业，可是同学家长说孩子根本没来过，电话也关机了", "not at the friend's"],
    ["电梯卡住了，里面的老人一直在敲门，维修工在路上，说还要半小时", "the one inside knocks"],
    // A figure beside a danger of the moment.
    ["急得像着火一样，楼下真的冒烟了，火苗都窜上来了", "a figure and a real fire"],
    ["心脏都要跳出来了，我爸胸口疼得厉害，喘不上气", "a figure and chest pain"],
    // The app named beside a danger of one's own.
    ["抖音上看到的方法我试了，结果锅里着火了，火很大", "a fire of one's own"],
    // At a roof's edge, and despair or drink told.
    ["楼顶有个女孩坐在边上哭，一直在拍照发朋友圈，物业快把门锁上", "crying at the edge"],
    ["天台上有个小伙子坐在边上拍照，喝了好多酒，怎么劝都不下来", "drunk, won't come down"],
    // Not come down, yet someone hurt; a child taken by a stranger; an alarm and symptoms.
    ["地砖下面空了，不过没塌，刚才有个老人一脚踩进去卡住了腿", "a leg caught"],
    ["我儿子刚才被人带走了，说是接回家了，可是我们家没人去接", "taken by a stranger"],
    ["一氧化碳报警器响了，换了电池还在响，我和孩子都头晕", "an alarm and dizziness"],
    ["上个星期我爸出门到现在还没回来，手机关机", "gone since last week"],
    ["孩子放学没回家，打电话也不接，已经晚上九点了", "a child not home"],
    ["路面塌了个大坑，有辆电动车掉进去了，人还在下面", "a sinkhole with a rider"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
