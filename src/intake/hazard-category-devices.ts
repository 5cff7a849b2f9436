import type { Hazard } from "./urgency-rules.js";

/*
 * Machines people live with or ride on (em-cat43): a medical device at home, an escalator. Texts are
 * in simplified characters (the caller simplifies first).
 */

/*
 * A medical device at home failing with the patient getting worse ("腹透机一直报警 我妈肚子胀痛", "居家
 * 血液透析机突然停止…她说头晕", "呼吸机面罩漏气一直报警，血氧82，他越来越迷糊"): the ambulance, whatever
 * the rules or the model read (a poison, a machine at work, someone missing). A power cut stopping it
 * is the older life-support rule; the device burning or smoking, or a shock from it, keeps the fire's
 * or the supply's owner.
 */
const HOME_MEDICAL_DEVICE =
  /透析|腹透|血透|呼吸机|制氧机|吸痰(器|机)|胰岛素泵|起搏器|\b(ventilator|oxygen (machine|concentrator)|dialysis)\b/i;
const DEVICE_FAILING =
  /报警|警报|(突然)?停(了|止|掉)|不出氧|漏气|坏了|不转|不工作|脱(了|出)|堵管|凝住|alarm|stopped|not working/i;
const PATIENT_WORSE =
  /喘|憋|胀痛|发烧|头晕|迷糊|脸色发白|嘴唇发紫|发紫|血氧[^，。]{0,4}\d|意识|叫不醒|说不出话|出冷汗|抖|can'?t breathe|cannot breathe/i;
const DEVICE_HAZARDS: readonly Hazard[] = ["injury", "poison", "missing", "collapse", "trapped", "violence"];

export function homeMedicalDeviceFailing(hazard: Hazard, text: string): boolean {
  return (
    DEVICE_HAZARDS.includes(hazard) &&
    HOME_MEDICAL_DEVICE.test(text) &&
    DEVICE_FAILING.test(text) &&
    PATIENT_WORSE.test(text)
  );
}

/*
 * An escalator catching a hand or a foot, or throwing people down ("孩子手卡进扶梯边上了", "老人从自动扶梯上
 * 面滚下来了"): the building's manager stops it and has it freed and inspected, whatever hurt it caused; a
 * metro station's escalator is the railway's. A crowd on it, a fight or a theft is told before this.
 */
const ESCALATOR = /扶梯|\bescalator\b/i;
const METRO = /地铁|轨道交通|\b(metro|subway)\b/i;
const ESCALATOR_HAZARDS: readonly Hazard[] = ["injury", "trapped", "collapse"];

/** `property` or `traffic` for someone caught or thrown by an escalator, else null. */
export function escalatorOwner(hazard: Hazard, text: string): string | null {
  if (!ESCALATOR_HAZARDS.includes(hazard) || !ESCALATOR.test(text)) return null;
  return METRO.test(text) ? "traffic" : "property";
}

/*
 * Someone struck by lightning ("公交站有人被雷劈了 倒在站牌边", "闪电打在她旁边那棵树上，她现在耳朵听不见",
 * "雷 打的"): a patient for the ambulance; no wire to cut, no one to arrest. A pole, a cable or a
 * socket struck keeps the supply's owner, and a tree or a fitting brought down onto someone the
 * owner of what fell.
 */
const LIGHTNING = /雷|闪电|打闪|\blightning\b/i;
const STRUCK_DOWN =
  /倒(了|在|地)|劈倒|躺|晕|不动|说不(了|出)话|听不见|黑了|发麻|胸口闷|血|没有?呼吸|叫不醒|\b(collapsed|unconscious)\b/i;
const SUPPLY_OR_FALLING =
  /电线|电杆|线杆|配电|插座|开关|高压线|电表|变电|变压|鱼竿|砸|压(到|住|在|着)|倒下来|\b(power line|wire)s?\b/i;
const LIGHTNING_HAZARDS: readonly Hazard[] = ["injury", "collapse", "violence", "electric", "trapped"];

export function struckByLightning(hazard: Hazard, text: string): boolean {
  return (
    LIGHTNING_HAZARDS.includes(hazard) &&
    LIGHTNING.test(text) &&
    STRUCK_DOWN.test(text) &&
    !SUPPLY_OR_FALLING.test(text)
  );
}

/*
 * An amusement ride stopped with people on it ("跳楼机停在半空不动了 上面坐着十几个人", "海盗船停在最高处"):
 * a ride is special equipment the market regulator licenses and inspects, and it has the operator
 * bring the riders down. A "跳楼机" is no self-harm, and the ride's machine no worker's accident.
 */
const RIDE = /跳楼机|过山车|摩天轮|大摆锤|海盗船|\b(roller ?coaster|ferris wheel)\b/i;
const RIDE_STUCK = /停(在|住)|卡(在|住)|不动|坏了|下不来|\b(stuck|stopped)\b/i;

export function rideStuck(hazard: Hazard, text: string): boolean {
  return (
    hazard !== "fire" && hazard !== "gas" && hazard !== "electric" && RIDE.test(text) && RIDE_STUCK.test(text)
  );
}

/*
 * A fall alert or an alarm call from a device worn or kept by someone living out of reach — a watch or
 * a band that reports a fall, a one-press call box at home — with the person not answering ("手表刚推了个
 * 跌倒提醒，我妈一个人住…电话打了五遍没人接", "一键呼叫的机器呼了我三次，只听见喘气声"): the relative who
 * got it is far away, nobody knows what happened, and the community has the key and the register of
 * who lives alone; the ambulance follows once someone is inside. A child's phone watch switched off or
 * showing where the child is stays a missing child's, and a device reading a vital sign (血氧, 心率)
 * with the person talking is a patient's.
 */
// A fall alarm fixed in the flat rings where a neighbour hears it (em-cat53: "跌倒报警器一直响").
const WORN_OR_CALL_DEVICE =
  /手表|手环|一键(呼叫|呼救|报警)|呼叫器|紧急呼叫(器|按钮|的)|呼救器|(跌倒|摔倒)报警器|\bsmart ?watch\b/i;
const ALERT_OF_A_FALL =
  /(跌倒|摔倒)报警器[^，。]{0,4}(响|闪|叫|报警)|\bfall (detected|alert)\b|(跌倒|摔倒|倒地)[^，。]{0,3}(了)?[^，。]{0,2}(提醒|报警|警报|预警|通知)|(报|发)[^，。]{0,4}(跌倒|摔倒)|(手表|手环)[^，。]{0,4}(报警|警报)|通知[^，。]{0,4}(跌倒|摔倒)|(呼叫|呼救|呼)了[^，。]{0,2}(我|家里)?[^，。]{0,2}(好几|几|[二两三四五\d])(次|遍)/;
const NOT_ANSWERING =
  /屋里没(有)?声音|(听到|听见)[^，。]{0,6}(哼哼|呻吟)|\bno response\b|\bcan'?t reach\b|(电话|打)[^，。]{0,6}(没人接|不接|没接|打不通)|(不|没)接电话|没人接|没人应|只(听见|听到|有)[^，。]{0,4}(喘气|呻吟|哼)|没(有)?回应|联系不上/;
const ALERT_HAZARDS: readonly Hazard[] = ["injury", "missing", "collapse", "trapped"];
const CHILD_WEARER = /孩子|小孩|儿子|女儿|孙子|孙女|男孩|女孩|娃|小朋友|学生|放学/;

export function deviceAlertUnanswered(hazard: Hazard, text: string): boolean {
  return (
    ALERT_HAZARDS.includes(hazard) &&
    WORN_OR_CALL_DEVICE.test(text) &&
    ALERT_OF_A_FALL.test(text) &&
    NOT_ANSWERING.test(text) &&
    !CHILD_WEARER.test(text)
  );
}

/*
 * A paying amusement's equipment failing under the people on it — a ride stopped or thrown open, a
 * trampoline's springs or net giving way, a climbing wall or an inflatable castle blown loose, a
 * karting car or a mall's little train overturned, an arcade machine falling or live ("转转杯停在上面了",
 * "蹦床网破了 孩子掉下去", "充气城堡飘起来了里面有孩子", "卡丁车馆一辆车翻了"): rides are special equipment and
 * the venues businesses the market regulator licenses and inspects, which has the operator stop them
 * (as for a ride stuck, above). A compound's or a park's own slide or swing stays its manager's, and a
 * child who only fell while playing, with nothing broken, stays the ambulance's.
 */
const AMUSEMENT =
  /淘气堡|蹦床|攀岩(馆|墙)|卡丁车|碰碰车|旋转木马|摩天轮|海盗船|转转杯|转椅|过山车|大摆锤|充气(城堡|滑梯)|电玩城|小火车|魔毯|游乐园|(商场|室内)[^，。]{0,4}(儿童乐园|游乐场)|\b(trampoline|bouncy castle|go-?karts?|ferris wheel)\b/i;
const EQUIPMENT_FAILED =
  /破了?|断(了|的)|塌|倒了|翻(了|到)|卡(住|在)|停(了|在)|漏电|被(大)?风|刮|吹(翻|起|跑|飘)|飘起来|弹开|甩出|卷进|掀起|松了|弹簧|\b(broke|collapsed|tipped|blew|stuck|stopped)\b/i;
const NOT_THE_VENUES = /小区|院里|公园|灯箱|配电|电线杆|树/;
const AMUSEMENT_HAZARDS: readonly Hazard[] = ["injury", "trapped", "collapse", "flood", "electric"];

export function amusementEquipmentFailed(hazard: Hazard, text: string): boolean {
  return (
    AMUSEMENT_HAZARDS.includes(hazard) &&
    AMUSEMENT.test(text) &&
    EQUIPMENT_FAILED.test(text) &&
    !NOT_THE_VENUES.test(text)
  );
}
