import { describe, expect, it } from "vitest";
import { affirmedDanger, agentAlarm } from "../../src/intake/agent-alarm.js";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { readHazardPinyin } from "../../src/intake/emergency-pinyin.js";

// Each sentence below was filed as an emergency before these readings (rules, both, or the model alone).
describe("ordinary messages that only sound like a danger", () => {
  it.each([
    "物业说下周外墙要上吊篮刷漆，阳台晾的被子要收吗",
    "我想问一下孩子上学和老人医保分别去哪里办，社区、街道、政务中心我都搞晕了",
    "单位食堂的汤难喝得像喝了农药，能不能换个承包商",
    "不好意思刚才那条发错了，是小孩拿我手机乱按的，不是真的有人落水，打扰了",
    "建议物业保留一个报修电话，老人打电话方便，上次我家下水道堵了，在小程序上提交完五天都没动静",
    "想去街道服务中心办居住证，转了一圈办事处的门都没找到，孩子还等着上学",
    "在公交站捡到一个儿童电话手表，一直有人打进来，交给谁",
    "我妈的高龄补贴这个月没到账，她一个人在老家住，我在外地上学",
    "学校门口那段路的井盖松了，孩子放学跑过去摔了两次，报了一个月没人修",
  ])("is no emergency: %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it.each([
    "外墙的吊篮一边绳子断了，两个工人挂在半空喊救命",
    "被这些手续搞晕了，可是刚才我妈在大厅里突然倒地了，叫不醒",
    "孩子喝了一口说苦得像农药，现在一直在吐",
    "刚才发错了，不是三号楼，是五号楼，火还在烧",
    "报修三天都没动静，今天敲门也没人应，独居的老人一个人在家里",
    "捡到一个手机，机主打来说他爸在河边晕倒了，叫不醒",
    "她后来回我电话了，说在家摔倒了起不来",
    "台阶太滑，刚才又有老人摔了两次，现在躺着起不来",
    "我妈的养老金这个月没到账，她刚才打电话说胸口疼喘不上气",
  ])("keeps the danger told beside those words: %s", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });
});

describe("the operator's own words", () => {
  it.each([
    "走失的话请第一时间报110，同时联系社区",
    "建议您先打他电话，联系不上再找派出所帮忙开门。",
    "紧急情况请直接拨打120，我们这边是政务热线",
    "好的，请问是哪个派出所的民警帮的您？",
  ])("are advice or a question, not an alarm: %s", (sentence) => {
    expect(agentAlarm([sentence])).toBeNull();
  });

  it.each([
    "请您马上离开房间，我帮您转119",
    "方便的话先把燃气阀门关上，马上开窗离开",
    "我们马上派民警过去，请您锁好门",
  ])("still raise the alarm: %s", (sentence) => {
    expect(agentAlarm([sentence])).not.toBeNull();
  });

  it("reads a yes to a question about no danger as none", () => {
    expect(
      affirmedDanger([
        { speaker: "agent", text: "好的，现在没有人受伤或者着火对吧？" },
        { speaker: "caller", text: "对，就是太吵了" },
      ]),
    ).toBeNull();
    expect(
      affirmedDanger([
        { speaker: "agent", text: "有没有人受伤？" },
        { speaker: "caller", text: "有，一个老人" },
      ]),
    ).not.toBeNull();
  });
});

describe("pinyin", () => {
  it("reads liu xue sheng as a student, not bleeding", () => {
    expect(readHazardPinyin("wo shi liu xue sheng, xiang wen ban zheng")).not.toContain("流血");
    expect(readHazardPinyin("ta tou shang liu xue le, kuai lai")).toContain("流血");
  });
});
