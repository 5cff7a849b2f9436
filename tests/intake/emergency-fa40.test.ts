import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";
import { BRIEF_DANGER_PROBES } from "../support/brief-danger-probes.js";

/*
 * The fa40 round (false alarms), in sentences written for this file (no set's lines are copied
 * here): a rumour the resident checked and found false; a crowd, a temper or a blocked drain "about
 * to burst"; 救命 cried over a password or the internet; thanks for help in an event told as past; a
 * small child's mouthful taken out before it was swallowed, and whether to see a doctor asked; a
 * harmless cause found (wedding photos, fertiliser, a rotten egg, a fuel cap, an old quilt); a
 * pastime by the water with nobody in trouble. Each class has dangers beside it that must stay
 * emergencies.
 */
const urgency = (text: string) => detectUrgency(text).urgency;

describe("near-misses no longer filed as emergencies: a rumour checked and found false", () => {
  it.each([
    ["业主群里传说8号楼有人跳楼，我下去问了保安，根本没这回事，是在搬家吊沙发", "a jump denied"],
    ["朋友圈说小区门口燃气爆炸了，是外地的视频，大家别再转了", "a clip from elsewhere"],
    ["家长群里在传学校门口有人拿刀，我问了老师，其实没有，就是有人在卖水果", "a knife denied"],
    ["朋友圈有人说河里有人落水，其实没有，是有人在冬泳", "a drowning denied"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: figures, a cry over a trifle, thanks", () => {
  it.each([
    ["排队的人太多了，窗口都要挤炸了", "a crowd about to burst"],
    ["今天领导发火，整个办公室都要炸了", "an office about to burst"],
    ["炸了炸了，小区门口的奶茶店生意太火爆了", "business booming"],
    ["救命啊，社保卡密码忘了，养老金取不出来，去哪里改", "a password"],
    ["救命啊，这网速一晚上断了十回", "the internet"],
    [
      "上个礼拜我爸在小区里晕倒，保安师傅背他去了医院，现在已经出院了，想给保安师傅送面锦旗",
      "a banner for a guard",
    ],
    ["那个路口上回撞了人，现在装了红绿灯，谢谢交警", "thanks for a crossing"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: taken out, a harmless cause, a pastime", () => {
  it.each([
    ["宝宝把一颗小珠子塞进嘴里，我马上掏出来了，没吞下去，要不要去医院看看", "a bead taken out"],
    ["孩子把硬币放嘴里，被我抠出来了，没咽下去，现在在玩", "a coin taken out"],
    ["楼顶上有人站在边上，问了才知道是在拍艺术照，旁边有摄影师和护栏", "photos on a roof"],
    ["闻到一股臭味像煤气，找到原因了，是垃圾桶里的臭鸡蛋", "a rotten egg"],
    ["闻到一股刺鼻的味，出门看了，是绿化在施肥，工人说浇水就没了", "fertiliser"],
    ["闻到汽油味，找了一圈，是一辆车油箱盖没关，已经告诉车主了", "a fuel cap"],
    ["湖边在冬泳，好多老人下水", "winter swimmers (the lead's probe)"],
    ["水库那边一群人在冬泳，岸上还有人拍照", "winter swimmers watched"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("near-misses no longer filed as emergencies: a spark once and switched off, a claim", () => {
  it.each([
    [
      "家里插线板刚才冒了一下火花就灭了，已经拔掉不用了，现在没有味道也没有烟，要不要请电工来看看",
      "a spark once, unplugged",
    ],
    ["微波炉里打火了，原来是碗上有金边，已经拿出来了，想问微波炉还能不能用", "a gilt bowl"],
    ["洗衣机摸着有点麻，已经拔了插头不用了，想找人来接地线", "a tingle, unplugged"],
    ["空调一开就跳闸，已经关了不敢开，能不能派个电工", "a tripped switch"],
    ["热水器洗头的时候手有点麻，已经把电关掉了，想问是找物业还是找厂家", "a water heater tingles"],
    ["仓库工人搬货时手被划了一道口子，已经包扎了，想问算不算工伤", "a work-injury claim"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).not.toBe("emergency");
  });
});

describe("dangers that stay emergencies next to these near-misses", () => {
  it.each([
    ...BRIEF_DANGER_PROBES,
    // A rumour denied, then a danger the writer sees.
    ["群里说东门着火了，根本没这回事，倒是我们楼下刚才真的冒黑烟了，火苗都窜出来了", "a real fire after"],
    ["群里说的是外地的，我们这边刚才真的有人掉河里了", "a real fall into the river after"],
    ["朋友圈有人说河里有人落水，我跑过去一看，真的有个孩子在水里扑腾", "a rumour found true"],
    ["群里都在传有人拿刀砍人，哪有什么砍人，可是我刚才亲眼看见门口有人流血倒在地上", "someone bleeding"],
    ["群里说3号楼着火了，根本没人管，火越来越大", "nobody dealing with a fire"],
    // A figure or a cry beside a danger.
    ["楼下餐馆的煤气罐炸了，人都炸伤了", "a gas bottle burst"],
    ["气得我要炸了，楼下的液化气罐一直在漏气，闻着头晕", "a temper and a leak"],
    ["救命，我在写作业，楼下有人一直在喊救命，好像有人掉进河里了", "homework and a cry from the river"],
    ["救命啊，我被困在电梯里了，手机快没电了", "shut in a lift"],
    ["救命 这网速 卡死了 楼下有人拿刀砍人", "the internet and a knife"],
    // Thanks, then the danger again.
    ["想表扬一下昨天的保安，但是今天同一个地方又有人摔倒了，现在还躺在地上", "a fall again"],
    ["谢谢你们上次来修，可是现在燃气味又出来了，越来越大", "gas again"],
    ["上次那个消防员很负责，表扬他，现在楼下又冒烟了", "smoke again"],
    ["上次来修过燃气管，现在燃气味很大，谢谢师傅快来", "gas now, thanks ahead"],
    // Something in the mouth, then harm or despair.
    ["孩子把电池放嘴里，抠出来了，没吞下去，但是现在一直咳嗽喘不上气", "coughing after"],
    ["孩子把磁铁放嘴里，抠出来一颗，另一颗好像吞下去了，现在肚子疼", "one swallowed"],
    ["孩子把药片放嘴里，我抠出来了，没吞下去，可是刚才又抓了一把吃了", "pills taken after"],
    ["我朋友说不想活了，拿了一把安眠药，被我抢下来了，没吞下去，她现在还在哭着要跳楼", "despair"],
    // A harmless cause, then harm.
    ["闻到一股刺鼻的味，出门看了，是隔壁在施肥，可是我妈闻了以后晕倒了", "fertiliser and a faint"],
    ["走近一看是一床棉被，下面还压着一个老人，不动了", "someone under the quilt"],
    // A pastime by the water, then trouble.
    ["冬泳的那个大爷游到湖中间不动了，喊他也不应", "a swimmer not moving"],
    ["冬泳队有个阿姨上岸后浑身发抖说不出话，嘴唇发紫", "a swimmer with hypothermia"],
    ["钓鱼的老人刚才滑进水库里了，岸上的人在拉", "an angler in the reservoir"],
    ["钓鱼的时候鱼竿碰到高压线，人倒了", "a rod on a power line"],
    ["游泳馆里一个孩子沉下去了，救生员还没看见", "a child sinking"],
    ["划船的时候船翻了，两个人在水里", "a boat overturned"],
    ["河边钓鱼的几个人被涨上来的水围住了，回不来", "anglers cut off by the water"],
    ["冬泳的大爷在冰窟窿里爬不上来了", "a swimmer who cannot climb out"],
    // A spark or a tingle that goes on, or harms.
    ["插座冒火花，已经拔了插头，可是墙里面还在冒烟", "smoke in the wall"],
    ["洗衣机漏电，我把插头拔了，我妈刚才被电了一下，现在心慌胸闷", "a shock felt"],
    ["插线板冒火花，我拉了闸，可是屋里黑烟越来越大", "black smoke growing"],
    ["电热毯烤焦了，插头拔了，褥子还是烫的", "a blanket still hot"],
    ["热水器漏电，我爸洗澡的时候被电倒了，插头已经拔了", "a shock in the shower"],
    ["插座冒火花，我把闸拉了，可是地上全是水，还在滋滋响", "water and sizzling"],
    // A claim asked beside harm now.
    ["工人从架子上摔下来了，现在昏迷不醒，算不算工伤", "unconscious, a claim asked"],
    ["对方撞了我不赔钱，我现在腿流血走不了路", "bleeding, damages refused"],
  ])("%s (%s)", (text) => {
    expect(urgency(text)).toBe("emergency");
  });
});
