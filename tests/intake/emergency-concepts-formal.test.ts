import { describe, expect, it } from "vitest";
import { detectUrgency } from "../../src/intake/detect-urgency.js";

/*
 * Concepts a second blind set showed missing: dangers told in a guard's or a manager's formal words
 * (呼之不应, 停在两层之间, 仍在室内), water reaching live sockets, flooding with people who cannot get
 * out, roads caving in under traffic, a beating heard through the wall, poison gas from mixed
 * chemicals, carbon monoxide told across two sentences; and the near-misses that share their words.
 * Every phrasing here was written for this test; none is in a training file or a measured set.
 */
const dangers: readonly (readonly [string, string])[] = [
  ["injury", "商场二楼扶梯口一位老先生倒地，呼之不应，请派急救"],
  ["injury", "车站候车室有名女乘客躺在长椅边，呼吸微弱，脸色发白，保安在旁边守着"],
  ["trapped", "报告：3号楼东侧电梯停在七层和八层之间，内有两名住户，请尽快处置"],
  ["electric", "卫生间地上的水都漫过插座了，插排还连着电，我妈在里面收东西"],
  ["electric", "配电箱底下全是积水，还在滴水，刚才啪的一声打火了"],
  ["flood", "暴雨，地下车库的水快速上涨，有两个人还在里面挪车"],
  ["flood", "车开进下穿隧道熄火了，水已经到车门一半，门推不开，孩子在后座"],
  ["flood", "家里水已经过了膝盖，我爸腿脚不好，我们只能站到床上"],
  ["collapse", "小区门口的路突然塌陷了，一个骑车的人连车掉进去了"],
  ["collapse", "厨房顶上一直往下掉水泥块，钢筋都露出来了，家里还有孩子"],
  ["violence", "隔壁一直在砸东西，那个女的在喊不要打了，还有小孩哭"],
  ["violence", "他在门外说要拿硫酸泼我，现在还没走"],
  ["poison", "游泳馆加药加错了，馆里一股刺激性气体，好几个孩子一直咳嗽"],
  ["gas", "我们全家早上醒来都头疼想吐。昨天晚上屋里生了炭盆，窗户没开"],
  ["self_harm", "邻居大爷老伴刚走，今天跟我说绳子都准备好了，现在屋门关着"],
  ["missing", "孩子说去同学家写作业，我打电话过去，同学妈妈说没来，已经天黑了"],
  ["fire", "地库里一辆电动车充电时冒黑烟，还有噼啪的声音"],
];

const nearMisses: readonly string[] = [
  "我家孩子的学籍档案找不到了，学校让我们自己去查，怎么办",
  "我爸有点糊涂，出门老忘带钥匙，但还没走丢过，社区有没有防走失手环",
  "工作压得喘不过气，能不能帮忙问问单位的调岗政策",
  "被困在这份工作里好几年了，合同到期单位不续签，怎么办",
  "早高峰堵车被困在路上一个小时，这个路口需要加个左转灯",
  "车被别人堵在车位里出不去，打电话也不接",
  "烟感老是响，电池换过了还是响，物业说是灰尘",
  "垃圾房那边一股臭鸡蛋味，夏天特别冲，多清几次吧",
  "楼上装修，我家墙上裂了一条细缝，师傅说问题不大不影响结构，想让他们赔",
  "我在工地摔伤了腿，现在在家养着，老板不给报工伤，怎么维权",
  "新闻上说外地有个小区燃气爆炸了，我们小区的燃气管也很老，谁来查一下",
  "门口铺燃气管道，路已经挖了三个月了，什么时候能完工",
  "楼道的电线从楼上吊下来一大把，都是飞线充电，希望管一管",
  "垃圾桶被烟头点着了，幸好保安拿水浇灭了，建议装个灭烟柱",
  "井盖周围冒白烟，应该是暖气管道的热气，冬天一直这样",
];

describe("dangers told in formal words, and in new concepts", () => {
  it.each(dangers)("%s: %s", (hazard, text) => {
    const finding = detectUrgency(text);
    expect(finding.urgency).toBe("emergency");
    expect(finding.hazard).toBe(hazard);
  });
});

describe("near-misses that share their words", () => {
  it.each(nearMisses)("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});
