import { normaliseUrgencyText, type Hazard } from "./urgency-rules.js";

/*
 * "【微心愿】…年轻时在工地摔伤，双腿截瘫…他的心愿是有一辆轮椅", "给修路的工人点个赞，昨天有个老太太摔了，
 * 他们马上把她扶起来": a small wish, an appeal to well-wishers or praise names an illness, an old
 * injury or a rescue to say who is asked for or thanked, not a danger to dispatch. No readable danger
 * is framed by these words; the looser thanks (谢谢社区…) and "有没有好心人" do open real dangers
 * ("谢谢物业昨天修电梯 但现在电梯井里冒烟了"), so they stay out.
 */
const WISH_OR_PRAISE = /心愿|愿望是|许(个|一个)?愿|爱心人士|表扬|锦旗|点(个|一个)?赞/;
/*
 * "坑边上连个护栏都没有，迟早有人掉下去", "篮板掉下来能砸死人": a harm foreseen for some day is the
 * repair the message asks for, with nobody in it now.
 */
// "离着火就差一步", "我怕哪天着火", "砸下来就麻烦了": a fire or a blow feared, as near as it is said to be;
// "一旦着火谁都跑不出来", "小孩碰到会受伤", "容易夹手": a harm told as what would follow; "别等摔了人再修":
// the repair asked for before a harm.
const FORESEEN =
  /迟早|早晚(会|要|得|出)|(能|会|要)(砸|摔|烫|电)(死|伤|到)人|再不[^，。]{0,6}(要|会|就)(起火|着火|出事|出人命)|要出人命|离(着火|起火|失火|出事|出人命|爆炸)[^，。]{0,3}(就|只)?(差|剩)(一步|一点)|(怕|担心)(哪天|有一天|万一|早晚)[^，。]{0,6}(着火|起火|失火|出事|塌|砸|漏电|爆)|砸(下来|到人)(就|可就)?(麻烦|完了|出事)|一旦(着火|起火|失火|出事|发生火灾|漏电|塌)|(可能|容易)(会)?(夹|烫|划|扎|磕)(到|伤|进去|住|手|脚|着)|(碰到|摸到|磕到|踩到|撞到)(了)?(就)?(会|要|容易)(受伤|伤到|伤着|触电|被电)|别等(到)?[^，。,]{0,8}(再|才)(修|管|处理|弄|换|装|来)/;
/*
 * "撞上去摔了，手腕肿了…已经去过医院了": a hurt already seen to is the complaint about its cause.
 */
// "已经做完手术了", "要卧床三个月", "腿打了钢板": an operation done, a plaster or weeks in bed prescribed, too.
// Since em-fa55 a hurt told as already in hospital ("骨折住院，监控能调吗"), asked about afterwards.
const SEEN_TO =
  /已经(去过|看过|上过)医院|去医院看过了|缝了[几两三四五六七八九十\d]+针|包扎(好|过)了|拍了片|已经做完(了)?手术|手术(已经)?做完了|打(了|上|着)(石膏|钢板|钢钉)|(伤口|擦伤|划伤)?已经(处理|消毒|上药|擦药|抹药)(过|好)?了|(要|需要|得)卧床[几两三四五六七八九十\d半]+个?(天|周|星期|月)|(骨折|受伤|摔伤|撞伤|砸伤|烫伤|伤)(了)?[^，。,]{0,4}(住院|住进(了)?医院)(了)?/;
/*
 * "老人在家摔倒这种事，社区有没有紧急呼叫的服务": a kind of mishap named to ask about a service.
 */
const KIND_OF_MISHAP = /(摔倒|跌倒|走丢|走失|中毒|触电|溺水|被困)(这种|这类|之类的)(事|情况)/;
/*
 * "台阶结冰，这两天摔了好几个人", "挖了沟盖两块木板，已经有人踩空摔了": falls counted, or someone's fall
 * told as the proof, are the hazard's record; nobody is said to be lying there. So is a fall told with
 * its week ("上礼拜还有个人在那摔了") and bikes counted ("骑电动车的好几个都滑倒了"). A fall today, anyone
 * who cannot get up, bleeding or fainting, or an ambulance keeps the danger.
 */
const FALLS_COUNTED =
  /(摔|滑倒|跌倒|绊倒|磕)(了|跤|倒)?[^，。]{0,2}(好几|几|很多|不少|一堆|好些|两|三|四|五)(个|回|次|人)|(已经|都)有(好几个|几个|不少)?人[^，。]{0,6}(摔|滑倒|跌倒|绊倒|崴|掉进去|掉下去)|(上礼拜|上星期|上周|上个月|前几天|前些天|前阵子|去年|前年|([一两三四五六七八九十几]|\d+)(多)?年前|半年前)(还|就|也)?[^，。,]{0,10}(摔了|摔倒|摔断|摔伤|滑倒|跌倒|绊倒|挤倒|掉进去)|(电动车|自行车|摩托车|三轮车|骑车的)[^，。,]{0,2}(好几|几|很多|不少|好些|两|三)(个|辆|回|次)(都)?(滑倒|摔|翻)/;
/*
 * "挖了坑也不填，小孩摔了一跤，没大事，就是希望把坑填了": a fall the writer says was minor is the proof
 * the repair is asked with. A fall told as nothing "at the time" (当时没事) and signs after it keep the
 * danger, as does anything that `SOMEONE_DOWN_NOW` knows.
 */
const MINOR_FALL =
  /(?<!当时)(摔|磕|碰|绊)(了|倒了|破了)?(一)?(跤|下|点皮)[,，]?(还好|幸好|好在)?(没大事|没啥大事|没什么大事|不严重|问题不大)(?![^。]{0,12}(但|可是|不过|现在|后来|肿|疼|痛|麻|吐|迷糊|说不|不能动|动不了))/;
/*
 * "请物业有空修一下" says the repair can wait. Someone gone or not found now ("到现在还没回来", "又找不到了")
 * keeps the danger; a "走丢" in quotation marks is the family's word for a walk. A guard device asked
 * for (防走失手环, 报警器) was a frame too for one round; it hid a danger told beside such a request and
 * was taken out.
 */
// The text is normalised to ASCII punctuation, so a clause ends at "," as well as "，".
const NO_HURRY = /有空(的时候|时)?(再)?[^，,。.]{0,3}(修|来|看|处理|弄)/;
const GONE_NOW =
  /到现在|至今|还没(找到|回来|回家|消息)|找不到|联系不上|不见了|没回(来|家)|(?<![『“"「‘'])走丢(了|啦)|走失了|关机/;
// Someone pinned under what fell ("看台塌了…腿压在铁架子里") is down now, however many fell.
const SOMEONE_DOWN_NOW = /今天|今早|今晚|刚|起不来|不动|昏|晕|流血|出血|救护车|120|压(在|住|着)|卡(在|住)/;
// Anything said to go on now keeps the danger, whatever the frame.
const GOES_ON_NOW =
  /救命|救救|快来|快派|赶紧|赶快|立即|立刻|正在|还在(?!用|住|等|念叨|想)|刚才|刚刚|此刻|这会儿|但是|可是|不过|又(着|冒|倒|晕|昏|漏|塌|掉|发作|不见|被|流|出血|开始|摔|抽)/;

/*
 * Gas and fire (smoke is the engine's fire) found in a message are never explained away by praise, a wish, a hurt seen to or
 * falls on record: "锦旗送给王师傅。隔壁煤气味好大" names a leak that no frame says is over, and
 * a leak filed as normal is the one error the centre cannot take. Only a harm foreseen ("再不改要起火
 * 了") frames them.
 */
const NEVER_FRAMED: ReadonlySet<Hazard> = new Set<Hazard>(["gas", "fire"]);

/**
 * Whether the message is a wish, praise, a harm foreseen, seen to or counted, a repair that can
 * wait, with nothing going on now. `hazard` is the danger the rules or the model found, when one was.
 */
export function everydayFrameOnly(text: string, hazard: Hazard | null = null): boolean {
  const simple = normaliseUrgencyText(text);
  if (GOES_ON_NOW.test(simple)) return false;
  if (FORESEEN.test(simple)) return true;
  if (hazard && NEVER_FRAMED.has(hazard)) return false;
  return (
    [WISH_OR_PRAISE, SEEN_TO, KIND_OF_MISHAP].some((re) => re.test(simple)) ||
    ((FALLS_COUNTED.test(simple) || MINOR_FALL.test(simple)) && !SOMEONE_DOWN_NOW.test(simple)) ||
    (NO_HURRY.test(simple) && !GONE_NOW.test(simple))
  );
}

/*
 * "银行就开一个窗口，排了一个半小时，老头老太太都站着等", "帮我妈办个老年证…等了一个小时", "the bakery
 * refused to refund", "捡到一个电话手表，交给谁", "高龄补贴这个月没到账": a complaint about a counter, a
 * queue, paperwork, a shop's goods, an allowance, or lost property handed in asks for better service.
 * The model's n-grams of old people waiting, a child or someone gone from the counter call it a danger
 * at 0.5–0.97; the rules never do. Only the model alone is held back, and only when no harm, hazard or
 * hurry is told anywhere in the message: dangers that open with a bill or a queue ("本来想反映收费的问题…刚才…冒烟",
 * "排队买包子…山墙往街上倾") name their harm.
 */
const ERRAND =
  /排(队|了)[^，。,]{0,6}(小时|分钟|钟头|半天|个人|多人)|窗口|柜员|柜台|叫号|营业厅|办理|办个|办证|手续|(出生|死亡|老年|医学|开)证明|老年证|身份证|户口|社保卡|医保卡|养老金|公积金|退款|退货|退钱|不给退|优惠券|保修|售后|差评|商家|店家|(?<!外)卖(一种|的)|色素|添加剂|假货|三无|保健品|捡到[^，。,]{0,6}(手机|钱包|卡|钥匙|证件|身份证|手表|雨伞|包)|失物|招领|补贴|补偿标准|补偿款|征地|宅基地|到账|卡上(没有|没钱)|过渡房|工钱|欠薪|讨薪|拖欠工资|封号|账号[^，。,]{0,2}封|(把|将)[^，。,]{0,8}(收走|扣走)|refund|coupon|receipt/;
// Any harm, hazard, smell, structure moving or hurry keeps the model's say ("在外地上学" is no 地上).
const ANY_HARM =
  /晕|昏|倒地|倒在|躺|摔|跌|流血|出血|血|伤|骨折|抽|吐|喘|呼吸|不醒|不动|着火|起火|冒烟|烟|火|爆|炸|漏|煤气|燃气|天然气|液化|味|电到|触电|被电|困|卡住|卡在|出不来|出不去|掉(进|下|到)|塌|倒了|淹|灌|漫|进水|走丢|走失|失踪|找不到|不见|联系不上|关机|打人|打了|打起来|动手|刀|砖|棍|胸口|砍|跳|自杀|轻生|救|快|急|赶紧|马上|立即|120|110|119|疼|痛|烧|中毒|药|砸|压|断|晃|歪|裂|掉|冲|溺|呛|冻|闷|麻(?!烦)|悬|危险|吓|怕|出事|人命|死|躲|抢|骗|诈|警|针管|(?<![外本当各异])地上|地下|地板/;

/*
 * "美甲店办卡充了2000 现在关门了人找不到": a shop gone with the money paid in advance. The owner not found
 * is the debt, not a missing person; it is set aside before any harm is looked for.
 */
const PREPAID_GONE =
  /(办(了)?(个|张)?卡|充(了|值)|预付|储值|会员卡)[^。]{0,20}(关门|跑路|倒闭|人找不到|找不到人|联系不上)/g;

// Since em-fa54 also wages owed (工钱, 欠薪, 讨薪), an account closed by a platform and goods taken away by the
// city patrol; "麻烦帮忙…" is a courtesy, not the tingle 麻 of a shock. ("没收" is left out: "衣服五天没收了"
// is washing not taken in, the sign of an old man alone; "客服" and "账号" too: "客服也不回 我们在电梯里",
// "社交账号都注销了" open dangers.)
/** Whether the message is only a complaint about a service, paperwork or goods, with no harm told. */
export function ordinaryErrandOnly(text: string): boolean {
  const simple = normaliseUrgencyText(text);
  const rest = simple.replace(PREPAID_GONE, ",");
  return (ERRAND.test(simple) || rest !== simple) && !ANY_HARM.test(rest);
}

/*
 * "物业把扫的落叶在院子里点着了，满院子烟", "后面有人烧树叶和塑料袋，一股焦臭味": leaves or rubbish burnt in
 * the open are a nuisance of smoke and smell (the taxonomy's 烧垃圾); the model's n-grams of 点着, 烟 and
 * 烧 call them a fire at 0.5–0.75. Only the model alone is held back, and only while the fire is said to
 * stay where it was lit: flames that grow or spread, anything beside it that can catch (a shed, a
 * house, cars, gas, a woodpile, a hill), anyone choking, hurt or shut in, or a call for help keeps it.
 */
// A smell of burning plastic is no bonfire: it is what wiring and sockets give off, so plastic alone
// never opens this frame.
const OPEN_BURNING =
  /(烧|点着|点燃|焚烧)[^，。,]{0,6}(树叶|落叶|枯叶|垃圾|杂草|荒草|秸秆|木板|树枝|枯枝)|(树叶|落叶|枯叶|垃圾|杂草|秸秆)[^，。,]{0,8}(点着|点燃|烧)/;
const FIRE_SPREADS =
  /插座|墙|电|看不(见|清|到)|睁不开|烧起来|烧到|烧过来|烧着了|蔓延|引燃|窜|控制不住|火(苗|势|光|焰|很大|挺大|好大|越)|越来越|越烧越|房|屋|棚|车|柴|草垛|油|气罐|煤气|燃气|电线|电瓶|山|林|坟|困|救|快|赶紧|马上|119|120|喘不|憋|咳得|呛得|晕|昏|吐|倒|伤|疼|痛|还在|正在|但|可是|不过/;

/** Whether the message tells of leaves or rubbish burnt in the open, and of nothing it spreads to. */
export function openBurningOnly(text: string): boolean {
  const simple = normaliseUrgencyText(text);
  return OPEN_BURNING.test(simple) && !FIRE_SPREADS.test(simple);
}

/*
 * "后来说是传感器误报，味都没有，我们又回车间了", "差点冲下去…司机自己下来了，一点事没有", "我妈已经开窗
 * 了，人清醒，说话正常", "后来她回我电话了", "刚才那条发错了，不是真的", "是广告牌的塑料板，没砸到人", "打电话过去她在
 * 爬山，说正常", "the fire alarm went off, it was a test": a scare said to have ended well (or
 * taken back) is a report after the fact; the model's n-grams of the alarm, the car or the brazier
 * still call it a danger at 0.8–0.98. Only the model alone is held back, and only when nothing harmful
 * is told beside the all-clear: a smell not denied, a hurt, anyone missing or shut in, a fire, or a
 * turn (但是, 可是, 不过, 还在) keeps it.
 */
const ALL_CLEAR =
  /一点事(都|也)?没有|(?<!有没有|是不是)(人|都|我们|大家|司机|孩子|老人)(都|也)?没事(了)?(?![吧吗么])|虚惊一场|误报|(人|她|他)(已经)?清醒(了)?,|说话(也)?正常|(人|她|他)(刚|已经|后来)?(回|接)(我|电话|消息|微信)了|联系上了|发错了|误发|(?<!是)不是真的|没(砸|伤|碰|撞)(到|着)(人|谁)|(已经|已)[^,，。]{0,4}(泡上|泡在水里|泡进水|浇湿|浇透)|(交|放|送)(到|给)(了)?(保安室|派出所)|(打|拨)(了)?(电话)?过去[^,，。]{0,12}(说|都)(挺好|正常|没事)|\bit was (just |only )?a (test|drill)\b|\bfalse alarm\b/i;
const NOT_CLEAR =
  /还在|正在|现在还|仍|但(是)?|可是|不过|却|就是|流血|\bnot (a|the) (test|drill)\b|isn['’]?t (a|the) (test|drill)|出血|疼|痛|晕|昏|起不来|动不了|走不了|站不起|不能动|麻(?!烦)|歪|救命|快来|快点|赶紧|马上|120|困|出不来|不见|找不到|冒烟|着火|起火|烧着|火(苗|光)|在冒|吐|抽|喘|不醒|不动|漏(?!水)|被砸|(?<!没|没有)砸(到|着|伤)|受伤|伤(了|到|着)|摔(倒|伤|了)|倒(地|在)|压(住|着)|掉(进|下去)|淹|溺|(要|快)(掉|塌|倒)|晃|悬|(?<!没|没有|都没|都没有)(味|臭)(?!都没|也没)/;

/** Whether the message says a scare ended well and tells no harm beside it. */
export function allClearOnly(text: string): boolean {
  const simple = normaliseUrgencyText(text);
  return ALL_CLEAR.test(simple) && !NOT_CLEAR.test(simple);
}

/*
 * "村里有人养了一院子鸡鸭鹅，鸡粪味顺风刮过来", "有人在家熬骨头汤底料，味道特别冲": a smell whose source the
 * writer names as animals kept, their dung or cooking is a nuisance of smell; the model's n-grams of
 * 味 and 冲 call it a gas leak at 0.5–0.8. Only the model alone, and only its gas, is held back, and
 * only when no gas is named, nobody is unwell and no pit is in the story (a cesspit's fumes fell
 * people: 化粪池, 粪坑 keep the model's say).
 */
const SMELL_SOURCE =
  /(养|圈)[^，。,]{0,8}(鸡|鸭|鹅|羊|猪|牛|狗|鸽|兔)|(鸡|鸭|鹅|羊|猪|牛|狗|鸽子?|兔)(粪|屎|尿)|熬[^，。,]{0,8}(汤|骨头|底料|料|油)/;
const SMELL_HARMS =
  /晕|昏|头疼|头痛|恶心|吐|喘|憋|呼吸|倒|不醒|中毒|咳|氨|刺鼻|辣眼|眼睛|流泪|救|120|快|赶紧|马上|化粪|粪池|粪坑|发酵池|池|井|沼气|下去|没上来|掉|冒烟|着火|起火|火苗|明火|冒火|爆|炸|今天|刚|突然|燃气|煤气|天然气|液化|气罐|钢瓶|瓦斯|管道/;

/** Whether the model's gas is a smell of animals, dung or cooking told as a nuisance, and nothing more. */
export function farmOrKitchenSmellOnly(text: string, hazard: Hazard): boolean {
  if (hazard !== "gas") return false;
  const simple = normaliseUrgencyText(text);
  return SMELL_SOURCE.test(simple) && !SMELL_HARMS.test(simple);
}

/*
 * "我已经搬到外地了，在那边还有套房子…门锁坏了，我人在外地回不去", "房子空着，邻居说漏水了，我也回不去":
 * an owner living elsewhere asks about an empty home. The model's n-grams of 回不去 and 不在 call it
 * self-harm at 0.6–0.9. Only the model alone, and only its self-harm, is held back, and only when the
 * message names no means, farewell, despair or anyone out of reach.
 */
const AWAY_FROM_HOME =
  /搬(到|去)[^，。,]{0,8}(住|那边|外地)|不在本地|房子(一直)?空着|(?<!我)家(里)?(一直)?空着/;
// Someone still at home ("我在外地，我妈一个人在家不开门") is the danger the writer cannot reach.
const SOMEONE_AT_HOME =
  /在家|不开门|敲门|没人应|一个人(住|在)|独居|(妈|爸|老人|奶奶|爷爷|姥姥|姥爷|外婆|外公|孩子|老伴)[^，。,]{0,6}(在|住)/;
const DESPAIR_TOLD =
  /死|活着|活不|不想活|想不开|轻生|自杀|了结|结束|跳|药|刀|割|绳|吊|烧炭|遗书|遗言|告别|再见|永别|对不起|楼顶|天台|河|桥|联系不上|不接|关机|不见|找不到|救|快|赶紧|马上/;

/** Whether the model's self-harm is an owner away from an empty home, with no despair told. */
export function ownerAwayOnly(text: string, hazard: Hazard): boolean {
  if (hazard !== "self_harm") return false;
  const simple = normaliseUrgencyText(text);
  return AWAY_FROM_HOME.test(simple) && !DESPAIR_TOLD.test(simple) && !SOMEONE_AT_HOME.test(simple);
}

/*
 * "水压太低，热水器都打不着火": an appliance that will not light is a supply fault; the model's n-grams of
 * 着火 call it a fire at 0.6. Only the model alone, and only its fire, is held back, and only when no
 * smell, smoke, flame, hiss or anyone unwell is told (a stove that will not light while gas escapes is
 * the leak it is).
 */
const WONT_LIGHT = /(打|点)不(着|上)(火)?|打火打不着|不打火/;
const LIGHTING_HARMS =
  /味|烟|焦|糊|漏|放气|嘶|汽油|煤气罐|火苗|明火|冒火|着了|烧(起来|着)|爆|轰|燎|炸|晕|头(疼|痛)|恶心|吐|喘|憋|救|快|赶紧|马上/;

/** Whether the model's fire is an appliance that will not light, and nothing more. */
export function wontLightOnly(text: string, hazard: Hazard): boolean {
  if (hazard !== "fire") return false;
  const simple = normaliseUrgencyText(text);
  return WONT_LIGHT.test(simple) && !LIGHTING_HARMS.test(simple);
}

/*
 * "商场在一楼演示灭火器使用，有真火，别以为着火了", "玩密室逃脱两个小时才出来，太烧脑了", "the hot pot
 * place was smoky but it's just the food, no fire": a game of being shut in, a demonstration or a
 * show, or a fire the writer says it is not. The model's n-grams of 火, 烧 and 出来 call them a fire
 * or someone shut in at 0.6–0.95. Only the model alone is held back, and only when nothing harmful is
 * told beside it: anyone hurt, unwell or choking, smoke that grows, a fire that spreads or a call for help.
 */
const GAME_OR_SHOW =
  /密室|escape room|剧本杀|鬼屋|(演示|表演|演练|演习)[^,.。!?]{0,12}(灭火|消防|火|逃生)|(别|不要|不用)(以为|当成|误会|担心|慌)[^,.。!?]{0,4}(是)?(着火|失火|起火|火灾|爆炸)|just the (food|cooking|grill|barbecue)/i;
const GAME_OR_SHOW_HARMS =
  /伤|血|晕|昏|倒地|喘|呼吸|哮喘|呛得|咳得|不醒|不动|救|快来|赶紧|马上|120|119|110|烧(起来|着了|到)|蔓延|窜|越来越|浓烟|黑烟|真的着火|真着火了|困在里面|停电|门打不开|打不开门|(?<![不没])出不来了|hurt|injur|help/i;
const GAME_OR_SHOW_HAZARDS: ReadonlySet<Hazard> = new Set<Hazard>(["fire", "trapped", "missing"]);

/** Whether the model's fire or shut-in is a game, a demonstration or a show, with no harm told. */
export function gameOrShowOnly(text: string, hazard: Hazard): boolean {
  if (!GAME_OR_SHOW_HAZARDS.has(hazard)) return false;
  const simple = normaliseUrgencyText(text);
  return GAME_OR_SHOW.test(simple) && !GAME_OR_SHOW_HARMS.test(simple);
}

/*
 * "冒白烟，司机说是水箱开锅了，已经停路边等拖车了，不是着火", "充电器冒了一股焦味，我马上拔了，没起火": a fire
 * the writer says it is not, with the cause named or the thing switched off. The model's n-grams of
 * 烟 and 焦 call them a fire at 0.7–0.9. Only the model alone, and only its fire, is held back, and only
 * when nothing burning, spreading or harmful is told beside the denial.
 */
const FIRE_DENIED = /不是(着火|起火|失火)|(没|没有|并没有?)(着火|起火|烧起来|明火)/;
const FIRE_DENIALS = new RegExp(FIRE_DENIED.source, "g");
const FIRE_MADE_SAFE = /拔(了|掉)|关(了|掉)|断(了)?电|拉(了)?闸|停(在)?路边|开锅|水蒸气|蒸汽|水汽|等拖车/;
const FIRE_DENIED_HARMS =
  /伤|血|晕|昏|倒地|喘|呼吸|呛得|咳得|不醒|不动|救|快来|赶紧|马上(?!拔|关|断|拉)|120|119|着火|起火|烧(起来|着|到)|蔓延|窜|越来越|浓烟|黑烟|火(苗|光|星|花)|冒火|还(在)?冒|又|一直冒|困|爆|炸|里面(有人|还有)|但|可是|不过/;

/** Whether the model's fire is one the writer denies, with its cause named or the thing switched off. */
export function fireDeniedOnly(text: string, hazard: Hazard): boolean {
  if (hazard !== "fire") return false;
  const simple = normaliseUrgencyText(text);
  if (!FIRE_DENIED.test(simple)) return false;
  const rest = simple.replace(FIRE_DENIALS, ",");
  return FIRE_MADE_SAFE.test(rest) && !FIRE_DENIED_HARMS.test(rest);
}
