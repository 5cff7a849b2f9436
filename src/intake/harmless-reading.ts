import { DESPAIR_MEANS, NUISANCE, normaliseUrgencyText, type Hazard } from "./urgency-rules.js";

/*
 * Words a danger rule (or the model's n-grams) reads as harm, in a reading that names no danger:
 * a thing pushed over, a fire asked about as a "what if", an alarm watch being tested, a lift card,
 * a card swallowed by a cash machine, wires that spark "whenever it rains", a wheelchair blocked in
 * by clutter, a lasting illness named to ask for care. Each reading holds for the hazards it
 * explains only, and a word of harm going on now keeps the danger.
 *
 * An emergency ticket is dispatched at once and alarms the duty contact, so a false one is a real
 * cost; each reading below was checked against every readable danger set (none of the dangers found
 * there is explained away by it).
 */
interface Reading {
  /** The hazards this reading explains away. */
  hazards: readonly Hazard[];
  /** The harmless reading. */
  reading: RegExp;
  /** What else the message must say for the reading to hold (the words set aside are `reading`'s). */
  when?: RegExp;
  /** Words that keep the danger whatever the reading. */
  unless?: RegExp;
}

// A clause: the text is normalised to ASCII punctuation, so "," ends one as well as "，".
const C = "[^,.!?，。！？]";

// Harm to a person, said outright: no harmless reading of another word explains it away.
const HARM_TO_SOMEONE =
  /受伤|伤(了|到|着)|流血|出血|骨折|起不来|躺|倒在地|晕|昏|不动了|叫不醒|救命|救救|快来|救护车|120|(砸|压|撞|埋)(到|着|伤|住|倒|死)/;

const READINGS: readonly Reading[] = [
  {
    // "把围墙推倒了要盖厂房", "垃圾桶被人推倒了一个礼拜": a wall, a house, a bike or a bin pushed over.
    hazards: ["violence", "injury", "collapse"],
    reading: new RegExp(
      `(把|将)${C}{0,8}(围墙|墙|老房子|房子|平房|车|自行车|电动车|摩托车|单车|垃圾桶|围挡|栏杆|护栏|牌子|花盆|雕塑)${C}{0,3}推倒|` +
        `(围墙|墙|房子|车|垃圾桶|围挡|栏杆|护栏|牌子|花盆)${C}{0,3}被${C}{0,8}推倒`,
    ),
    unless: new RegExp(
      `${HARM_TO_SOMEONE.source}|(把|将)(她|他|人|老人|老太|老头|孩子|小孩|大姐|阿姨|大爷)${C}{0,4}推倒|` +
        `(她|他|老人|老太太|老头|孩子|小孩|阿姨|大爷)${C}{0,2}被${C}{0,6}推倒`,
    ),
  },
  {
    // "消防通道划成车位卖了，着火了消防车怎么进", "真着火了拿什么救": a fire asked about, not told.
    hazards: ["fire"],
    reading:
      /(着火|失火|起火|火灾)(了)?[,，]?(消防车)?(怎么办|咋办|咋整|咋弄|怎么整|怎么进|进不来|进不去|拿什么救|往哪(跑|逃)|谁(来)?负责)/,
    unless: /现在|正在|还在|刚|冒烟|浓烟|火(越|更)|烧(起来|着了|到)|着了|泼|救命|快来|快点|困/,
  },
  {
    // "手表跌倒报警是我爸测试的 不用来了", "我们在拍短视频 演着火的戏…不用管": a test or a scene played,
    // said not to need anyone. A farewell says "不用来" too, so self-harm is never explained this way.
    hazards: ["fire", "gas", "injury", "collapse", "trapped", "flood", "electric", "violence"],
    reading: new RegExp(
      `(测试|演[^,.!?，。！？]{0,3}戏|拍${C}{0,3}视频|误会了?)[^.。!?！？]{0,30}不用(来|管|理|派)|` +
        `(手表|手环|腕表)${C}{0,8}(误报|误触|测试)`,
    ),
    unless: new RegExp(`${HARM_TO_SOMEONE.source}|真的|真有|不是(演习|测试|演戏)`),
  },
  {
    // "给老人买了跌倒报警手表，社区能不能跟它联动": a fall alarm bought or set up, asked about.
    hazards: ["injury", "missing"],
    reading: new RegExp(`(安装|装了|买了|接入|设置|设定|怎么设)${C}{0,20}(跌倒报警|报警手表|防走失)`),
    unless: HARM_TO_SOMEONE,
  },
  {
    // "燃气报警器到期了，一直在叫'设备失效'": the alarm's own end of life, with no smell or leak told.
    hazards: ["gas"],
    reading: new RegExp(`(燃气|煤气|天然气|液化气)?报警器${C}{0,6}(到期|失效|过期|没电|低电|寿命)`),
    unless: /味|漏|闻|长鸣|不是(低电|没电|到期|失效)|晕|头疼|头痛/,
  },
  {
    // "电梯卡一个人只给一张", "电梯卡丢了去哪补": the lift's card, not a lift stuck (电梯卡住/卡半截/卡牢).
    hazards: ["trapped"],
    reading: new RegExp(`电梯卡(?!住|在|了|主|牢|半|死|着)${C}{0,12}(一张|张|办|收|充|丢|补|刷不|费|钱)`),
    unless: /(困|关)(在|住)|出不来|里面有人|(人|我)在里面|救/,
  },
  {
    // "银行卡被吞了": a cash machine's, not a swallowed object.
    hazards: ["injury"],
    reading: new RegExp(`(银行卡|信用卡|社保卡|卡)${C}{0,2}被${C}{0,6}吞|(取款机|ATM|柜员机)${C}{0,4}吞`),
  },
  {
    // "一下雨就冒火花", "雨天时有放电声响": sparks told as what the wires do in the rain, the repair
    // asked for; sparks in today's rain or by a child are the danger.
    hazards: ["electric"],
    reading: new RegExp(
      `(一(下雨|刮风|下雪|打雷)就|(下雨|刮风|雨天|阴雨天|下雪)(的时候|时))${C}{0,8}(冒|打|放|有|出)${C}{0,3}(火花|电|噼啪)`,
    ),
    unless: /今天|刚|现在|正在|还在|一直|小孩|孩子|有人|触电|被电|电到|电了一下|弹开|麻|冒烟|着火|起火|烧/,
  },
  {
    // "鞋柜放在走廊，我家老人推轮椅出不去": a wheelchair blocked in by clutter or a dug-up road; fire,
    // water or smoke around it is the danger of someone who cannot leave.
    hazards: ["trapped"],
    reading: new RegExp(`轮椅${C}{0,10}出不(去|了)|出不去${C}{0,6}轮椅`),
    unless: /火|烟|水|淹|锁|摔|起不来|救/,
  },
  {
    // "我爸中风了…想问社区有没有白天可以托管的地方", "我妈老年痴呆…有没有日间照料的地方": a lasting
    // illness named to ask for care or paperwork. Someone gone, fallen or worse today keeps the danger.
    hazards: ["injury", "missing"],
    reading:
      /(中风|偏瘫|半身不遂|瘫痪|痴呆|失智)[^.。!?！？]{0,60}(托管|照护|照料|日间|护工|上门|认证|签字|手续|报名|养老院)/,
    unless:
      /今天|今早|今晚|昨晚|刚|突然|走失|走丢|未归|没回|不见|找不到|到现在|现在还|晕|昏|叫不醒|说不出|救命|喊|摔|锁着|没吃|一天|抽搐/,
  },
  {
    // "请问家暴怎么申请保护令", "离婚时对方有家暴记录，抚养权判给谁", "学校发了防性侵的课程通知": abuse
    // named as the subject of a legal question, a record or a lesson. Someone hit, shouting or hiding
    // now, or the abuser at the door, is the danger.
    hazards: ["violence"],
    reading: new RegExp(
      `(防|反)?(家暴|家庭暴力|性侵)${C}{0,12}(怎么|如何|能不能|能否|可不可以|申请|保护令|抚养|离婚|记录|证据|取证|起诉|课程?|讲座|宣传|咨询|找谁|归谁|判)|` +
        `(咨询|请问|想问|离婚|防|反)${C}{0,10}(家暴|家庭暴力|性侵)`,
    ),
    unless: new RegExp(
      `${HARM_TO_SOMEONE.source}|正在|还在|又(打|来)|在打|打(我|她|他|孩子)了|刚|喊|哭|躲|拿(着)?刀|门外|找上门|堵(在)?门|跟踪|害怕|不敢回`,
    ),
  },
  {
    // "孩子拿着老鼠药玩，我抢下来了，没吃", "楼道里放了老鼠药，没人误食，就是担心": poison within
    // reach, taken away or never eaten. Anything eaten, vomiting or drowsy is the danger.
    hazards: ["poison"],
    reading: /老鼠药|鼠药|毒鼠强|(没|没有)(人)?误食/,
    when: /(没|没有)(人)?(吃|误食|吞|碰|入口|舔)|抢(下来|过来|走了)|就是担心/,
    unless:
      /(吃|喝|吞|舔)(了|下|进)|误食了|吐|晕|抽|肚子|口(里|角)|嘴(里|角)|送医|医院|120|救|不想活|自杀|想不开/,
  },
  {
    // "被猫抓了一下，出血了，卫生站打狂犬疫苗吗": a scratch or bite asked about for the vaccine. A bite
    // just now that bleeds on, a face or neck bitten, or the animal still chasing people is the danger.
    hazards: ["injury"],
    reading: new RegExp(`(猫|狗)${C}{0,4}(抓|咬|挠)[^.!?。！？]{0,16}(出血|流血|破皮|见血|血)(了)?`),
    when: /狂犬|疫苗/,
    unless: /刚|现在|还在|追|不止|止不住|很多血|好多血|一直(流|出)|脸|头|脖子|眼睛|晕|昏|抽|口吐白沫|喘|肿/,
  },
  {
    // "培训班停课了，家长联系不上负责人，我们交了一年的学费": a business that took the money and cannot be
    // reached is a dispute, not a missing person.
    hazards: ["missing"],
    reading: new RegExp(
      `(联系不上|联系不到|找不到|打不通)${C}{0,4}(负责人|老板|店主|商家|房东|中介|机构|校长|经理)|` +
        `(负责人|老板|店主|商家|房东|中介|机构|校长|经理)${C}{0,6}(联系不上|联系不到|找不到|打不通|关机|跑路|失联)`,
    ),
    when: /学费|押金|会员|预付|退费|退钱|课时|房租|工资|关门|停课|跑路|倒闭|欠/,
    unless: /租户|孩子(?!的课|的学费|上课)|小孩|老人|人不见|未归|没回|走失|走丢/,
  },
  {
    // "楼上装修吵了三个月，真的不想活了": despair as a figure for a nuisance, with no means or farewell.
    hazards: ["self_harm"],
    reading: /(真的|真是|简直|都快|快要?|都)不想活了/,
    when: NUISANCE,
    unless: DESPAIR_MEANS,
  },
  {
    // "电梯维修费怎么分摊", "电梯停了，我妈住十一楼下不了楼", "这周已经困人两次了": a lift's fees, a lift
    // out of service for someone upstairs, or people stuck counted as its record. Someone inside it,
    // held now or just now, or smoke, is the danger.
    hazards: ["trapped"],
    reading: /电梯|困过人|困人(了)?(好几|几|两|三|四|五|\d+)次|卡(了|过)(好几|几|两|三|\d+)(个|次)人?/,
    when: new RegExp(
      `电梯${C}{0,6}(费|基金|分摊|收钱|收费|加装)|下不了楼|下不来楼|下不去楼|上不去楼|上不了楼|没法下楼|爬不了楼|` +
        `困过人|困人(了)?(好几|几|两|三|四|五|\\d+)次|卡(了|过)(好几|几|两|三|\\d+)(个|次)`,
    ),
    unless:
      /困(住|在|着)|被困|关(在)?(里面|里头)|出不来|灌|淹|(里面|里头|电梯里)(还)?有人|(人|我|她|他)(还)?在(电梯)?里|救|刚|正在|现在|今天|卡(住|在)|掉|坠|冒烟|烟|火|晕|喘|胸闷|按(了)?(紧急|警铃)/,
  },
  {
    // "垃圾桶一个礼拜没倒了", "企业倒了": a bin not emptied, a business gone under.
    hazards: ["collapse"],
    reading: new RegExp(
      `垃圾(桶|筒|箱|站)?${C}{0,10}(没|没有|没人)(来)?倒|(企业|公司|厂子|工厂|单位)(也|就|都)?(倒了|倒闭)`,
    ),
    unless: HARM_TO_SOMEONE,
  },
  {
    // "楼上装修把承重墙打掉了，我家墙面出现裂缝…请社区组织调解": a crack told to claim damages or ask for
    // an inspection. A crack that grows, a floor that sinks, noise, falling plaster or anyone at home
    // in it now is the danger.
    hazards: ["collapse"],
    reading: /(多处|多条|一条|一道)?(大)?(裂缝|裂纹|裂痕|开裂)|(震|弄|砸)裂(了)?/,
    when: new RegExp(
      `^(?=[^]*(装修|承重墙|拆墙|砸墙|打墙|开槽))(?=[^]*(赔|调解|认定|无关|不认|协商|管不了|鉴定|审批|纠纷|能不能来看看))`,
    ),
    unless:
      /晃|沉|掉(渣|灰|块|砖|下|皮|东西)|往下掉|响|越来越|一直|变(大|宽)|往大|还在|刚|今天|今晨|现在|马上|立即|快|咔|嘎|动|跑|不敢(回|住)|有人|孩子|老人|躺|救/,
  },
  {
    // "共享单车一排排倒在盲道上", "有人拉了一车建筑垃圾倒在菜地里", "把剩饭倒地上": a thing lying or
    // dumped, not someone fallen. Anyone lying there, gone, faint or hurt is the danger.
    hazards: ["injury"],
    reading: new RegExp(
      `(垃圾(?!车|站)|剩饭|剩菜|泔水|污水(?!池|井)|炭灰|竹签|渣土(?!车)|共享单车|单车|自行车|洗碗水|脏水|废油)${C}{0,12}倒(在|到|进|了)`,
    ),
    unless: new RegExp(
      `受伤|伤(了|到|着)|流血|出血|骨折|起不来|晕|昏|不动|叫不醒|救命|救救|快来|救护车|120|不见|找不到|喘|` +
        `刮|撞|冲|剐|压(着|住|在)|下去|冒(烟|白烟)|起泡|眼睛|嗓子|疼|` +
        `(人|老人|孩子|小孩|他|她|大爷|阿姨|大妈|老太|老头)${C}{0,4}倒`,
    ),
  },
  {
    // "孩子老把自己反锁在卫生间玩，有没有能从外面开的锁推荐": a habit asked about for a product. A child
    // shut in now, silent, crying or near water, fire or smoke is the danger.
    hazards: ["trapped"],
    reading: /(老|总|老是|总是|经常|常常)(把自己|自己)?反锁/,
    when: /推荐|有没有|哪种|哪里(能)?买|怎么(装|选|办)/,
    unless: /现在|正在|还在|刚|今天|出不来|没(声|动静|回应)|叫不应|不应|喊|哭|晕|烟|火|水|救/,
  },
  {
    // "老公打我那事已经过去半年了，现在离婚了，想问抚养费": a blow that the writer says is long over.
    hazards: ["violence"],
    reading: new RegExp(`${C}{0,12}(那事|那件事|这事|这件事|的事)(已经|早就)过去(了)?${C}{0,8}`),
    unless: /又|今天|刚|正在|还在|救|躲|门外|找上门|堵|跟踪|威胁|害怕/,
  },
  {
    // "请问路上看到有人倒地，可以移动他吗？想学一下急救": first aid asked about to learn it.
    hazards: ["injury"],
    reading: new RegExp(
      `(看到|遇到|碰到|发现|如果|万一)${C}{0,12}(可以|能不能|能|该|要不要|应该|怎么)${C}{0,10}`,
    ),
    when: /学(一下|学|习)?[^,.!?，。！？]{0,4}(急救|心肺复苏|海姆立克)|急救(课|培训|知识|常识)/,
    unless: /现在|刚|正在|还在|救命|快来|赶紧|这里|我(面前|旁边)|不动了|没(呼吸|反应)|流血|120/,
  },
  {
    // "那棵老槐树一夜之间被砍了": a tree cut down, not a person attacked.
    hazards: ["violence", "injury"],
    reading: new RegExp(`(树|树枝|树木)${C}{0,4}被${C}{0,6}砍`),
    unless: HARM_TO_SOMEONE,
  },
  {
    // "被物业的管家踢出群了": put out of a chat group.
    hazards: ["violence", "injury"],
    reading: new RegExp(`踢出(了)?(群|业主群|聊天)|被${C}{0,8}踢出`),
    unless: HARM_TO_SOMEONE,
  },
  {
    // "我家墙被打穿了一个洞": a wall knocked through in a renovation.
    hazards: ["violence", "injury"],
    reading: new RegExp(`(墙|墙面|门|玻璃|窗户?)${C}{0,3}被${C}{0,3}打(穿|破|了个洞|出)`),
    unless: HARM_TO_SOMEONE,
  },
  {
    // "有人在路边烧炭卖烤串": charcoal for grilling, not charcoal in a shut room.
    hazards: ["self_harm"],
    reading: new RegExp(`烧炭${C}{0,3}(卖|烤串|烧烤)`),
    unless: /晕|叫不醒|关着|闷|不想活|门窗/,
  },
  {
    // "炸了炸了 孩子考了100分", "油反复炸了不知道多少回": joy or frying, not an explosion.
    hazards: ["fire"],
    reading: new RegExp(`炸了炸了${C}{0,12}(考|分|中奖|涨|火了|赢)|反复炸`),
    unless: /烟|火苗|着火|起火|伤|救命/,
  },
  {
    // "非得撞了人才装是吧", "砸到人怎么办": harm asked about to press for a repair, nobody hurt.
    hazards: ["injury", "collapse", "violence", "electric"],
    reading: new RegExp(
      `(非得|非要|等到|难道要|是不是要|要等)${C}{0,6}(撞|砸|摔|淹|烧|电)${C}{0,4}(人|死人)?${C}{0,3}(才|再)|` +
        `(砸|撞|电|烫|摔)(到|伤|死|着)?(人|孩子|小孩|行人)(了)?(怎么办|咋办|谁负责|谁管)`,
    ),
    unless: /现在|正在|刚|已经(砸|撞|电|烫|摔)|流血|起不来|救命/,
  },
];

/**
 * The text with the harmless readings that explain `hazard` set aside (a comma in their place), or null when none
 * does. The rules and the model then read what is left: another danger told beside such words
 * ("工地把围墙推倒了，有个老人被埋在下面") is still found.
 */
export function harmlessAside(text: string, hazard: Hazard | null): string | null {
  if (!hazard) return null;
  const simple = normaliseUrgencyText(text);
  const apply = READINGS.filter(
    (r) =>
      r.hazards.includes(hazard) &&
      r.reading.test(simple) &&
      (r.when?.test(simple) ?? true) &&
      !(r.unless?.test(simple) ?? false),
  );
  if (!apply.length) return null;
  return apply.reduce((t, r) => t.replace(new RegExp(r.reading.source, "g"), ","), simple);
}
