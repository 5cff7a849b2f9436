import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { ordinaryErrandOnly } from "../../src/intake/everyday-frame.js";
import { harmlessAside } from "../../src/intake/harmless-reading.js";

// Each "no emergency" sentence below is my own wording of a class filed as an emergency on main before
// this branch (rules, both, or the model alone); each "keeps the danger" sentence is an emergency here.
describe("ordinary messages that only sound like a danger (fa54)", () => {
  it.each([
    // welding or cutting sparks that marked something, the damage claimed
    "隔壁铺子切割钢管，火星子飞到我家电动车上，座垫烫了几个洞，想让他赔",
    "楼上阳台电焊的火花把我家遮阳棚烫破了，已经找过他，他不认账，请社区调解",
    // a message taken back
    "上一条说小区门口有人落水那个是我发错了，是孩子在玩游戏截图，抱歉",
    // a worker at height outside a window
    "对面楼有个工人吊着绳子在外墙刷漆，也没看到有人看着，他们公司有没有资质",
    "楼上装空调的师傅整个人站在窗外面，连安全绳都没系，能不能管管这些安装公司",
    // a fight told as last night's, patrols asked for
    "前天晚上广场上有两伙人打架，今天地上还有血迹，希望派出所晚上多来巡逻",
    // a wire said not to leak, against the rules
    "地下车库有人私拉电线给电动车充电，线就拖在地上，现在没漏电，但是不规范",
    // dizziness said to have passed
    "走廊刷漆味道太大，我闻了头晕，出去透了透气好多了，想问这漆是不是环保的",
    // news asked of a mishap already known
    "上个月桥下翻车的那辆货车后来怎么样了，护栏现在修好了没有",
    // a kite caught with nobody holding it
    "风筝挂在路边电线杆上了，线早就剪断了，孩子也已经走开了，需要告诉供电所吗",
    // electrofishing told as a habit
    "河湾那边经常有人半夜拿电瓶电鱼，鱼都快绝了，渔政管不管",
    // an injury named in a dispute over who pays
    "公司说我是临时工，受伤了不管，能不能申请工伤认定",
    // a thing broken
    "城管搬我的摊子，凳子腿都摔断了，这个谁赔",
    // a livelihood said to be failing
    "这条街天天贴罚单，做小生意的都快活不下去了",
    // caught between two sides
    "房东和二房东在吵押金的事，我们租客夹在中间两头受气",
    // foam at a drain
    "修车铺把洗车水排到下水道口，泡沫冒了一地，味道也难闻",
    // the writer's own fall, told to thank the helper
    "我下雨天骑车滑倒了，路过的环卫大姐帮我把车扶起来，特别感谢她",
    // a barrier fallen with nobody there
    "昨晚大风把工地围挡刮倒了，横在人行道上，幸好当时没人，请尽快扶起来",
    // eyesight failing, a device asked for
    "我外婆眼睛快看不见了，想申请一个能语音报时的手表",
    // cars broken into, told after the fact
    "这个月停车场已经有三辆车的车窗被砸了，保安晚上也不巡逻，监控也看不清",
    // a fire feared, or one long over told to ask for aid
    "地下室堆满了旧床垫和纸壳，天一热我总担心会着火，请物业清一清",
    "前年老家房子失火烧光了，现在租房住，想问能不能申请临时救助",
    // a harm foreseen: "don't wait until someone falls"
    "广场上的秋千链子生锈了，晃得厉害，好多孩子玩，别等出了事再修",
  ])("is no emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    // sparks that set something alight
    "楼上电焊的火星子掉到楼下，把纸箱子点着了，正在冒烟",
    // a message taken back for one part, a danger told as real
    "刚才那条发错了，真的有人掉水里了，快来",
    // a worker at height in trouble
    "对面楼擦玻璃的工人绳子断了一根，人挂在外面晃，喊救命",
    "一个男的站在楼顶外面说要跳下去",
    // a fight going on
    "昨天打架的那伙人今天又来了，拿着刀在店门口",
    // a wire that shocked someone
    "楼道私拉的电线没漏电吗？刚才我家孩子碰了一下被电了",
    // dizziness that stays, or charcoal
    "屋里烧炭取暖，我头晕好了一点，但我老公叫不醒",
    // a kite line still held by a child on a live wire
    "孩子的风筝挂在高压线上，他还拉着线不放，线是湿的",
    // electrofishing with someone shocked
    "有人在河里电鱼，刚才一个人被电倒在水里不动了",
    // a fall the writer still suffers
    "我骑车摔倒了，现在腿疼站不起来，谢谢路人帮我打了电话，能不能派个人来",
    // a barrier fallen on someone
    "工地围挡被风刮倒了，下面压着一个人，幸好当时没人路过的话就更惨了",
    // eyesight lost after drinking, or someone gone
    "刚才喝了散装白酒，我爸眼睛看不见了，一直吐",
    "我妈眼睛看不清，早上出门到现在没回来，电话也不接",
    // a car broken into with a child inside
    "停车场有人在砸车窗，车里还有个孩子在哭",
    // a fire feared, and then smoke
    "我一直担心楼道的电动车会着火，现在真的冒烟了",
    // aid asked while it still burns
    "隔壁着火了还在烧，想问社区有没有安置的地方，我们困在楼上",
    // caught, in a machine
    "工人的手夹在机器中间拿不出来，一直在流血",
  ])("keeps the danger: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it("sets aside only the words of the reading", () => {
    const aside = harmlessAside("我是外卖员，公司说受伤了不管，现在有人在店门口晕倒了", "injury");
    expect(aside).toBeNull();
    expect(harmlessAside("上个月桥下翻车的那辆货车后来怎么样了", "injury")).not.toBeNull();
  });

  it("reads 麻烦 as no harm in an errand", () => {
    expect(ordinaryErrandOnly("老板拖欠我们三个月工钱，麻烦帮忙讨一下")).toBe(true);
    expect(ordinaryErrandOnly("老板拖欠工钱，我去要，手被他打麻了")).toBe(false);
  });
});
