import { describe, expect, it } from "vitest";
import { categoryForHazard } from "../../src/intake/hazard-category.js";
import type { Hazard } from "../../src/intake/urgency-rules.js";

/*
 * The em-cat43 round: crowds and open-air events, machines people live with or ride on, lightning,
 * whose premises (a school's structure, a shop's), and wordings of standing conventions. Phrasings
 * are our own.
 */
const owner = (hazard: Hazard, text: string, current = "other", confidence = 0.2): string | null =>
  categoryForHazard(hazard, text, current, confidence);

describe("em-cat43 danger owners", () => {
  it.each([
    // A crowd pressing people together, whatever hazard was read.
    ["injury", "灯会出口人太多，我们被挤在桥头，前后都走不动，我女儿说胸口疼", "public_order"],
    ["self_harm", "广场跨年人潮一直往前推，我被挤到栏杆上了", "public_order"],
    // A stage or a fire among an open-air event's crowd.
    ["collapse", "庙会的搭的舞台在晃，台下全是人", "public_order"],
    ["fire", "灯会现场一个灯笼烧起来了，人群都往外跑", "public_order"],
    // An escalator catching someone; in a metro station the railway's.
    ["injury", "商场扶梯把我女儿的鞋带卷进去了，脚在流血", "property"],
    ["injury", "地铁站的扶梯突然停了，好几个人滚下来压在一起", "traffic"],
    // A medical device at home failing with the patient worse.
    ["poison", "家里的制氧机一直报警不出氧，我爷爷喘得厉害", "health"],
    // Someone struck by lightning, no wire named.
    ["violence", "打雷的时候操场上一个人被劈倒了，躺着不动", "health"],
    // A school's own structure coming down.
    ["collapse", "学校的围墙塌了一截，学生在旁边排队", "education"],
    // An amusement ride stuck with people on it.
    ["self_harm", "公园的过山车停在半空了，上面坐满了人", "market"],
    // Dementia, gone out alone, read as the water.
    ["flood", "我奶奶有老年痴呆，自己出门了，有人看见她往河那边走", "social_assistance"],
    // A building's own pipe, in a basement or a kitchen.
    ["flood", "地下室的水管爆了，水已经到膝盖，配电箱就在旁边", "property"],
    // Locked in, then hit.
    ["trapped", "他把我关在房间里不让出去，刚才还打了我", "public_order"],
    // A car park's barrier arm striking a rider.
    ["violence", "小区门口的挡车杆把一个骑车的大爷打倒了，头磕破了", "property"],
    // A meter box sparking onto parked e-bikes.
    ["fire", "一楼电表箱在冒火花，下面停着好几辆电动车", "power_supply"],
    // Charcoal fumes over kitchen workers: the ambulance, not the labour inspectors.
    ["collapse", "饭店后厨烧炭的炉子没关，两个厨师头晕想吐，一个倒了", "health"],
  ] as [Hazard, string, string][])("%s: %s → %s", (hazard, text, expected) => {
    expect(owner(hazard, text)).toBe(expected);
  });

  it.each([
    // A child pressed in a slide with no crowd is the playground's.
    ["trapped", "滑梯里卡住一个小孩，肚子被挤得很疼", "public_order"],
    // A wedding stage in a compound is the building's, not an open-air event.
    ["collapse", "小区院子里办婚礼搭的舞台塌了，台下好多人", "public_order"],
    // A medical device burning keeps the fire's owner.
    ["fire", "制氧机后面冒烟着火了，老人还插着管子", "health"],
    // Lightning bringing down a wire is the supply's.
    ["injury", "雷把电线杆劈断了，电线掉下来，一个人倒在旁边", "health"],
    // A wall across the road from a school is not the school's.
    ["collapse", "小学对面老楼的围墙塌了", "education"],
    // Someone smashing the booth by the barrier is no barrier strike.
    ["violence", "有个司机因为道闸不抬，下车拿扳手砸岗亭", "property"],
  ] as [Hazard, string, string][])("not %s: %s → %s", (hazard, text, notExpected) => {
    expect(owner(hazard, text)).not.toBe(notExpected);
  });

  it("keeps a restaurant's fire the building's even where the classifier is sure of market", () => {
    expect(owner("fire", "饭店后厨着火了，客人都跑出来了", "market", 0.9)).toBe("property");
  });
});
