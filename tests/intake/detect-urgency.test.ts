import { describe, it, expect } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

describe("detectUrgency", () => {
  it.each([
    "楼道里有很大的煤气味",
    "燃气泄漏了怎么办",
    "6号楼着火了冒浓烟",
    "电梯困人了，里面有个小孩",
    "老人摔倒在路上起不来了",
    "刚才有人被电到了",
    "我家老人走丢了，有老年痴呆",
    "有人被刀砍伤了",
    "孩子掉进河里了",
  ])("flags %s as an emergency", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each(["停水一天了饭都做不了", "整栋楼停电了", "零下十度整个小区都没暖气", "污水井冒出来了满街脏水"])(
    "flags %s as urgent",
    (text) => {
      expect(detectUrgency(text).urgency).toBe("urgent");
    },
  );

  it("keeps an ordinary complaint normal", () => {
    expect(detectUrgency("暖气不热好几天了").urgency).toBe("normal");
  });

  it("does not read difficulty, a card or dumping as people in danger", () => {
    // 困难 is not 被困, 燃气卡 is a card, 倒了一车垃圾 is dumping.
    expect(detectUrgency("西盛家园3号楼电梯坏了一个星期了，老人上下楼很困难").urgency).toBe("normal");
    expect(detectUrgency("请问燃气卡在哪里可以充值？").urgency).toBe("normal");
    expect(detectUrgency("有人在绿化带里倒了一车装修垃圾").urgency).toBe("normal");
    // …while people stuck in a lift, a hand caught in railings and a wall fallen on people still are.
    expect(detectUrgency("电梯卡在两层中间了，里面有人").urgency).toBe("emergency");
    expect(detectUrgency("孩子的手卡在栏杆里了拔不出来").urgency).toBe("emergency");
    expect(detectUrgency("墙倒了，下面有人").urgency).toBe("emergency");
  });

  it("reads a flame gone out with the gas still on as gas, and a flash fire as fire", () => {
    expect(detectUrgency("奶奶做饭忘了关火 汤溢出来把火浇灭了 气还开着 她人在睡觉")).toMatchObject({
      urgency: "emergency",
      hazard: "gas",
    });
    expect(detectUrgency("快!!!隔壁店铺爆燃了 有人被烧伤")).toMatchObject({
      urgency: "emergency",
      hazard: "fire",
    });
    expect(detectUrgency("天然气灶老是自动熄火，是不是坏了").urgency).toBe("normal");
  });

  it("does not raise an alarm when the resident says there is no gas smell", () => {
    expect(detectUrgency("燃气报警器老响，但是没闻到燃气味").urgency).not.toBe("emergency");
  });
});

describe("detectUrgency on residents' own words", () => {
  it.each([
    ["一进单元门就一股臭鸡蛋味，燃气表还在转，家里火都关着呢", "gas"],
    ["家里液化气罐漏气了嘶嘶响", "gas"],
    ["樓道裡煤氣味很重，好像誰家漏氣了", "gas"],
    ["施工队把地下的天然气管子挖断了 就在学校门口", "gas"],
    ["我家六岁的孩子找不着了，半个钟头了", "missing"],
    ["我爸有老年痴呆，早上出门到现在没回来", "missing"],
    ["有个男的掉进没盖的井里了，头上在流血", "injury"],
    ["电梯卡在五楼和六楼中间了，里面关着三个人", "trapped"],
    ["对门老人摔在门后面起不来，门从里面插上了", "trapped"],
    ["电线断了掉在积水里，旁边还有小孩在玩水", "electric"],
    ["地下车库进水了，水已经到腰了，里面还有人在挪车", "flood"],
    ["邻居家窗户往外冒黑烟，家里好像没人", "fire"],
  ])("flags %s as an emergency (%s)", (text, hazard) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });

  it.each([
    "燃气费怎么交",
    "电梯年检是什么时候",
    "上周的火灾隐患整改建议已经落实了吗",
    "孩子上学咨询，户口不在本区能上吗",
    "煤气灶打不着火，是不是电池没电了",
    "我的猫走丢了，谁看到了",
    "河边的护栏坏了，希望修一修，怕有人掉下去",
    "邻居在楼道里抽烟，烟味很大",
    "暖气管子漏了，滴滴答答的",
    "孩子的疫苗本丢了，怎么补",
  ])("does not raise an alarm for %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("detectUrgency and words of fear, past and precaution", () => {
  it.each([
    "煤气味好大怕爆炸",
    "煤气味很大容易爆炸",
    "闻到煤气味以后我就跑下楼了",
    "孩子一个小时之前出去就没回来",
    "楼道里冒烟了担心着火",
  ])("still flags %s, where the danger comes before the fear", (text) => {
    expect(detectUrgency(text).urgency).toBe("emergency");
  });

  it.each([
    "去年老人走失过一次，想问问防走失手环",
    "楼道里堆了纸箱，万一着火就麻烦了",
    "老人摔倒过一次，想申请适老化改造",
  ])("does not flag %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("detectUrgency by concept, on spellings and situations nobody listed", () => {
  it.each([
    ["莫得人管啊 楼道里燃起味好大 都一个钟头了", "gas"],
    ["天然汽味道重得很 整栋楼都闻得到", "gas"],
    ["屋里没气味好重 是不是漏了", "gas"],
    ["CO报警器滴滴滴响个不停 怎么处理", "gas"],
    ["我妈在浴室洗澡半天没出来 叫她不应 热水器是燃气的", "gas"],
    ["屋头老汉儿倒起了 喊不答应 咋整", "injury"],
    ["路边躺着个流浪汉 这么冷的天 一动不动", "injury"],
    ["孩子放学没到家 都快两个小时了 电话手表也打不通", "missing"],
    ["我老公喝了酒出门 一夜没回 电话不接", "missing"],
    ["水漫进屋里了 已经到膝盖 家里还有个瘫痪老人", "flood"],
    ["下水道倒灌 水一直往上涨 我们出不去了", "flood"],
    ["外墙瓷砖一块块往下掉 刚好砸在楼下停车的人旁边", "collapse"],
    ["工地的塔吊歪了 下面是学校", "collapse"],
    ["我老公喝醉了打我 我躲在厕所 他在砸门", "violence"],
    ["孩子误喝了洗衣液 一直在吐", "poison"],
    ["一家人吃了野蘑菇 都在吐 有人抽搐", "poison"],
    ["楼顶有个女孩坐在边上哭 好危险", "self_harm"],
    ["我朋友发消息说不想活了 现在联系不上", "self_harm"],
    ["变压器那里打火冒烟 下面是菜市场人多", "electric"],
    ["电梯不动了，我在里面，四楼五楼中间", "trapped"],
    ["楼下小卖部一股液化石油气的味道", "gas"],
    ["老人嘴歪了 说话也说不清", "injury"],
    ["有人被卷帘门压住了", "injury"],
    ["邻居家烟感一直响 门口有焦糊味", "fire"],
    ["我家宝宝把降压药吃了好几片", "poison"],
    ["我哥发朋友圈说对不起大家 人找不到了", "self_harm"],
    ["有人翻进我家阳台了 我躲在卧室", "violence"],
    ["隔壁在拆承重墙 我们楼在晃", "collapse"],
    ["阀门拧不紧 气一直往外跑", "gas"],
    ["厨房锅烧干了 满屋子烟 老人在里面", "fire"],
    ["我爷爷一个人住 三天没开门了 敲门也不应", "missing"],
    ["孩子发高烧抽筋了 翻白眼", "injury"],
    ["我老爸精神不太好 半夜跑出去了", "missing"],
    // "没找到了" is a search that failed, not "找到了".
    ["我家五岁的闺女二十分钟没找到了", "missing"],
    ["楼下化工仓库飘出黄色的烟 呛得眼睛睁不开", "poison"],
  ])("flags %s as an emergency (%s)", (text, hazard) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });

  it("finds the danger in one clause of a long rambling letter", () => {
    const text =
      "您好我想反映一下我们小区物业的问题平时垃圾清运就不及时停车也乱今天早上我下楼的时候" +
      "发现三单元门口然气味很重我也不知道找谁另外路灯也坏了好久麻烦你们管一管";
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", hazard: "gas" });
  });

  it.each([
    "燃气那边有点怪味 不知道是不是正常",
    "楼道里好像有点焦味 说不清",
    "快来人啊 救命",
    "他脸上全是血",
  ])("rates %s at least urgent when the rules cannot decide", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("normal");
  });

  it.each([
    "燃气表要换新的 什么时候上门",
    "建议每栋楼加装燃气报警器",
    "楼道里堆了好多杂物 存在火灾隐患",
    "孩子走丢了怎么预防 社区能不能办个讲座",
    "请问一氧化碳中毒怎么预防 冬天要注意什么",
    "昨天那个火警已经处理完了 谢谢你们",
    "暖气没气了 放一下气就好",
    "楼下餐馆油烟太大",
    "房子有点小裂缝 想找人鉴定一下",
    "我家猫一夜没回 谁看到了",
    "建议在小区内增设燃气泄漏报警装置",
    "健身器材坏了 孩子玩容易受伤",
    "幼儿园老师打孩子，家长们都很气愤",
    "找到了 我爸已经回来了 谢谢大家",
    "小区的烟感报警器是不是坏了，一直不亮",
    // A card, not someone stuck; a valve or meter looked for, not a person missing.
    "公交卡在哪里充值 我外婆七十了",
    "我奶奶想交电费，找不到电表在哪个位置",
  ])("does not raise an alarm for %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });

  it("still reads a missing child when a thing is looked for too", () => {
    expect(detectUrgency("孩子找不到了，到处找不到钥匙，家里也没人")).toMatchObject({
      urgency: "emergency",
      hazard: "missing",
    });
  });

  it("keeps everyday smoke normal", () => {
    expect(detectUrgency("淘南一区旁边有人天天烧垃圾，烟大得很").urgency).not.toBe("emergency");
  });
});

describe("detectUrgency on dangers told by a passer-by or a friend", () => {
  it.each([
    ["快速路上一辆黑色轿车逆向行驶，速度特别快", "injury"],
    ["一个老大爷躺在马路中间不动，天黑了车很多", "injury"],
    ["店门口有个人拎着一桶汽油，扬言要点火，手里还攥着打火机", "violence"],
    ["同学刚给我发消息说以后别找他了，定位在江边，电话打不通", "self_harm"],
    ["我爷爷现在话都说不清楚了，刚才还好好的", "injury"],
    ["我妈前两天说了些丧气话，今天中午出门到现在都没回来，电话关机", "missing"],
    ["幼儿园老师说孩子被一个自称是他叔叔的人领走了，我们家根本没有叔叔", "missing"],
  ])("reads %s as an emergency", (text, hazard) => {
    expect(detectUrgency(text)).toMatchObject({ urgency: "emergency", hazard });
  });

  it.each([
    "路口经常有车逆行，建议装个隔离栏",
    "有辆车在小区门口逆向停车，挡住了出口",
    "物业说以后别找他们了，电话也不接",
    "送气师傅扛着液化气罐上楼，帮我换好了",
  ])("does not raise an alarm for %s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});
