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

// What is burnt in the open for its metal or to be rid of it.
const SCRAP = "(塑料|电线|电缆|线皮|铜线|木头|木料|木板|房梁|旧家具|垃圾|废品|轮胎|塑料布|编织袋)";

// Harm to a person, said outright: no harmless reading of another word explains it away.
const HARM_TO_SOMEONE =
  /受伤|伤(了|到|着)|流血|出血|骨折|起不来|躺|倒在地|晕|昏|不动了|叫不醒|救命|救救|快来|救护车|120|(砸|压|撞|埋)(到|着|伤|住|倒|死)/;

// A gas smell checked by the gas company, the property office or a fitter and found to be something else.
const GAS_CHECKED = new RegExp(
  `(燃气公司|燃气的人|煤气公司|物业|师傅|工作人员)${C}{0,6}(来)?(测|查|检测|检查)(过)?了[^.。!?！？]{0,6}(说)?${C}{0,4}(是${C}{0,10}的?味(道)?|没(有)?(漏|问题|事)|正常|不是${C}{0,10})`,
);

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
    // Since em-fa55 also "真要着火了消防车根本进不来", the fire supposed (真要, 要是, 万一) and the engine kept out;
    // "楼里着火了，消防车也进不来" names no supposition and stays a danger.
    hazards: ["fire"],
    reading:
      /(着火|失火|起火|火灾)(了)?[,，]?(消防车)?(怎么办|咋办|咋整|咋弄|怎么整|怎么进|进不来|进不去|拿什么救|往哪(跑|逃)|谁(来)?负责)|(真要|要是|万一|如果|假如)(是)?(着火|失火|起火)(了)?[,，]?(消防车)?(根本|都|也|就)?(进不来|进不去|怎么进)/,
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
      /(中风|偏瘫|半身不遂|瘫痪|痴呆|失智)[^.。!?！？]{0,60}(托管|照护|照料|日间|护工|上门|认证|签字|手续|报名|养老|申请|护理|陪护|补贴)/,
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
    // reached is a dispute, not a missing person. Since em-fa53 also a driver with a bag left in the car
    // (东西落在车上了，联系不上司机) and a gym's people gone with the cards sold (办了年卡…暂停营业，现在人都联系
    // 不上了).
    hazards: ["missing"],
    reading: new RegExp(
      `(联系不上|联系不到|找不到|打不通)${C}{0,4}(负责人|老板|店主|店家|商家|卖家|房东|中介|机构|校长|经理|司机|师傅|快递员|骑手|客服)|` +
        `(负责人|老板|店主|店家|商家|卖家|房东|中介|机构|校长|经理|司机|师傅|快递员|骑手)${C}{0,6}(联系不上|联系不到|找不到|打不通|关机|跑路|失联)|` +
        `(?<![老家病女男个])人(都|也|全)(联系不上|联系不到|找不到了|跑了)`,
    ),
    when: /学费|押金|会员|预付|退费|退钱|课时|房租|工资|关门|停课|跑路|倒闭|欠|(落|丢|忘)(在)?[^,.!?，。！？]{0,6}车上|办(了)?[^,.!?，。！？]{0,3}卡|年卡|储值|充值|暂停营业|定金|订金/,
    // "孩子所在的培训班" names the class, not a child gone; a grandmother left by a driver who cannot be
    // reached is the search itself.
    unless:
      /租户|孩子(?!的课|的学费|上课|所在|报的|在的)|小孩|老人|人不见|未归|没回|走失|走丢|奶奶|爷爷|姥|外婆|外公|老伴|乘客|病|药|救/,
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
    // "这是测试消息，请忽略：车库有人晕倒", "仓库着火（测试，不是真的）": a test said to be one, to be
    // ignored. A danger said to be real ("不是测试") or a cry for help keeps it.
    hazards: ["fire", "gas", "injury", "collapse", "trapped", "flood", "electric", "violence"],
    reading: new RegExp(
      `^${C}{0,6}测试(消息|信息|一下)${C}{0,3}[,:;：；]?${C}{0,2}(请)?忽略[^.!?。！？]{0,30}|` +
        `[^.!?。！？]{0,30}[(（]测试[,，]?${C}{0,2}不是真的[)）]?`,
    ),
    unless: /不是(演习|测试|演戏)|(?<!不是)真的|救命|救救|快来|120|119/,
  },
  {
    // "驾考题库里有道题问车着火了先做什么": a danger in an exam question asked about. A danger said to
    // be real or happening keeps it.
    hazards: ["fire", "gas", "injury", "collapse", "trapped", "flood", "electric", "violence", "poison"],
    reading: new RegExp(`(题库|(驾考|考驾照|科目[一二三四])${C}{0,6}题)[^.!?。！？]{0,30}`),
    unless: /(?<!不是)真的|刚|现在|正在|还在|救命|救救|快来|120|119|110/,
  },
  {
    // "有人在路口拍视频假装晕倒，车都堵了", "评论说是摆拍": a harm played for a camera. Only the clause
    // is set aside; a harm said to be real keeps it.
    hazards: ["injury", "violence", "collapse", "flood", "fire"],
    reading: new RegExp(`${C}{0,16}(摆拍|假装(出)?(车祸|晕倒|摔倒|受伤|被撞|溺水|落水|跳河|着火))${C}{0,12}`),
    unless: /(?<!不是)真的|真(摔|撞|晕|伤|掉)|救命|救救|快来|120|流血|出血|不动了|叫不醒/,
  },
  {
    // "工地中午还在干活，没人晕倒，但热得要命", "还没人掉下去，赶紧补一个": harm said not to have
    // happened. Only those words are set aside: harm told beside them is still read.
    hazards: ["injury", "collapse", "trapped"],
    reading:
      /(还|暂时|目前|幸好|好在|所幸)?(?<!有)(没|没有)(有)?人(晕倒|晕|受伤|摔倒|摔伤|掉下去|掉进去|被困|被砸|砸到)(过)?/,
  },
  {
    // "被物业气得快中风了", "气得我差点晕过去": anger told as a figure of harm, not an illness now.
    hazards: ["injury"],
    reading:
      /(气|急|愁|烦)(得|的)(我)?(快|快要|都快|要|差点|都要)(中风|脑溢血|心梗|犯心脏病|吐血|晕过去|晕倒|晕了)(了)?/,
    unless: /叫不醒|倒在|倒地|起不来|不动了|抽|救命|快来|救护车|120|嘴歪|说不出话|流血/,
  },
  {
    // "当年在工地受伤致残，现在想申请低保", "摔了一跤行动不便，想请社区帮忙联系助餐": a harm that is
    // settled, named to ask for a service or aid. A fall today, anyone who cannot get up, alone with
    // nobody to help, bleeding or faint keeps the danger.
    hazards: ["injury"],
    reading: new RegExp(
      `(当年|早年|以前|多年前|年轻时|年轻的时候|小时候)${C}{0,12}(受伤|摔伤|砸伤|烧伤|工伤)(致残)?|受伤致残|` +
        `(最近|前段时间|前阵子|上个月)${C}{0,4}摔(了)?(一)?(跤|伤|倒)(了)?`,
    ),
    when: /低保|补助|补贴|救助|残疾证|助餐|送餐|养老服务|居家养老|护工|陪护|上门服务|帮忙联系|申请/,
    unless: /今天|今早|今晚|刚|现在还|起不来|躺|叫不醒|不动|流血|出血|晕|昏|没人(管|发现|照顾)|救|快来|120/,
  },
  {
    // "装修电焊到晚上十点，又吵又有火花": a welder's sparks told as a nuisance. Sparks that lit
    // something, smoke or flames keep the danger.
    // Since em-fa54 also sparks (火星子) of welding or cutting that marked a car or an awning, told to
    // claim the damage ("火星子掉在楼下车上，把车漆烫坏了…要他们赔").
    hazards: ["fire"],
    reading: /(电焊|焊接|焊|切割)[^.!?。！？]{0,16}(火花|火星)|(火花|火星)[^.!?。！？]{0,8}(电焊|焊接|切割)/,
    when: /吵|噪音|扰民|投诉|几点|晚上|白天|休息|烫(坏|了|出|个|破)|赔|调解|车漆/,
    unless: /着火|起火|烧(着|起来|了)|冒烟|烟|火苗|引燃|点着|燃起|焦/,
  },
  {
    // "十楼以上洗澡出不来热水": water that does not come out, not someone who cannot get out.
    hazards: ["trapped"],
    reading: /出不来(热|冷)?水|(热|冷)?水(龙头)?(都|也)?出不来/,
    unless: /困|关(在|住)|锁|里面有人|救|烟|火|泡|灌|淹|漫|涨|进水/,
  },
  {
    // "门口天天停大货车，堵得我们出不去": a way out blocked by parked vehicles in daily life. Fire,
    // smoke or water around it, or someone shut in, is the danger.
    hazards: ["trapped"],
    reading: new RegExp(`(堵|挡)(得|的|住|着)${C}{0,4}(出不去|进不来|出不来|开不出去)`),
    when: /车/,
    unless: /火|烟|水|淹|困|锁|救|病|急救|救护车|120|晕|喘|生(孩子|产)|孕妇|送医|刚|压|撞|刮/,
  },
  {
    // "给保安安排一次处置培训，比如有人晕倒、车辆起火，可以找谁": dangers given as examples for a
    // training, a plan or a drill.
    hazards: ["fire", "gas", "injury", "collapse", "trapped", "flood", "electric"],
    reading: new RegExp(`(比如|例如|譬如|像是)${C}{0,20}`),
    when: /培训|演练|预案|讲座|课程|应急知识|宣传/,
    unless: /现在|正在|还在|刚|救命|快来|真的|真有/,
  },
  {
    // "帮她去医院拿一下常吃的降压药": a usual medicine fetched, not a wrong dose taken.
    hazards: ["poison"],
    reading: new RegExp(`(拿|开|买|取|配|送)${C}{0,6}(常吃|平时吃|每天吃|长期吃|一直吃)的${C}{0,6}药`),
    unless: /吃(错|多|了一把|了整)|多吃|误(吃|服)|过量|吐|晕|叫不醒|抽|一把|整瓶|不想活/,
  },
  {
    // "保安十点后就睡觉了，敲窗户都叫不醒": a guard asleep on duty, not someone unconscious.
    hazards: ["injury"],
    reading: /(保安|门卫|值班的?|值班员|看门的?|门岗)[^.!?。！？]{0,24}叫不醒/,
    when: /睡觉|睡着|睡了|打呼|开门|翻(栏杆|墙|门)|进不去/,
    unless: /倒|躺|晕|喘|呼吸|味|烟|救|流血|不动/,
  },
  {
    // "楼上漏水一个月，他儿子说回来修，到现在没回来": someone who promised to come and fix it.
    hazards: ["missing"],
    reading: new RegExp(`(说|答应|讲好)${C}{0,6}回来(修|处理|弄|看|解决)[^.!?。！？]{0,12}(没|没有)回来`),
    unless: /走失|走丢|失联|关机|不见|找不到|报警|老人(还)?没回来/,
  },
  {
    // "社区能不能帮她办个防走失手环", "老是找不到家，想给他申请个定位器": a guard against wandering
    // asked for, and the habit that makes it needed.
    hazards: ["missing"],
    reading: new RegExp(
      `(办|申请|领|配|买|装|登记|办理)${C}{0,4}(防走失|定位)${C}{0,4}(手环|手表|卡|定位器|服务|登记|牌)?|` +
        `(好几次|几次|经常|老是|总是|常常|有时候?|动不动)${C}{0,4}(找不到家|迷路|认不得路|不认得路|走丢)`,
    ),
    when: /防走失|定位(器|手环|手表|卡)|手环/,
    unless:
      /到现在|至今|还没(找到|回来|回家)|现在(还)?(没|不见|找不到)|联系不上|不见了|没回(来|家)|关机|报警|今天|刚/,
  },
  {
    // "看见一个人倒了，后来有人送医院了": someone seen to fall and already taken to hospital, told
    // to ask for something else.
    hazards: ["collapse", "injury"],
    reading: new RegExp(
      `${C}{0,12}(倒了|摔倒了|晕倒了)[,，]?(后来|已经)${C}{0,6}(送(去|到|进)?(了)?医院|(救护车|120)${C}{0,3}(拉|接)走)(了)?`,
    ),
    unless: /现在还|还在地上|还躺|没人管|快来|救命|还没(来|到)/,
  },
  {
    // "保安帮我把摔倒的老父亲扶起来送回家，特别感谢": a rescue done, told to thank the helper.
    hazards: ["injury", "collapse"],
    reading: new RegExp(`(帮|把)${C}{0,12}(扶起来|扶起|送回家|送到医院|送医院|送去医院)`),
    when: /感谢|谢谢|表扬|点赞|锦旗/,
    unless: /现在|还在|又|救命|快来|但是|可是|不过|起不来|叫不醒/,
  },
  {
    // "那棵老槐树一夜之间被砍了": a tree cut down, not a person attacked. Since em-fa53 also a tree told
    // before a comma ("那个树啊，被砍了"), a branch, a hedge or a bird's nest cut, sawn or poked down (鸟窝被物业捅了).
    hazards: ["violence", "injury"],
    reading: new RegExp(
      `(树|树枝|枝条|树杈|杨树|柳树|槐树|松树|大树|树木|竹子|鸟窝|绿化|灌木|绿篱)[^.。!?！？]{0,6}被${C}{0,6}(砍|捅|锯|剪)(了|掉|断|倒|光)?`,
    ),
    // Hornets or bees stirred up by the poking are a danger of their own (树上的马蜂被工人捅了，满天都是).
    unless: new RegExp(
      `${HARM_TO_SOMEONE.source}|人被|(砍|捅|锯)(到|伤)(人|了人)|(拿|持)刀${C}{0,6}(追|砍人)|蜂|满天|正在|还在`,
    ),
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
  {
    // "外墙要上吊篮施工": a builder's gondola, not a hanging. Only the self-harm reading of 上吊 is set
    // aside; a gondola that tilts or falls is read as the collapse or fall it is.
    hazards: ["self_harm"],
    reading: /吊篮/,
  },
  {
    // "办什么事去哪，我都搞晕了": confused by paperwork, not fainting.
    hazards: ["injury"],
    reading: new RegExp(`(搞|绕|整)(得)?(我)?(都|也|有点)?(晕|糊涂)(了)?`),
    unless: /倒|躺|起不来|叫不醒|不醒|流血|出血|救|120|吐|头(疼|痛)|药|喘/,
  },
  {
    // "食堂的菜难吃得像喝了农药": a taste compared to poison. Anyone sick after it keeps the danger.
    hazards: ["poison"],
    reading: new RegExp(`(难吃|难喝|苦|怪)(得|的)(像|跟)${C}{0,4}(农药|毒药)${C}{0,2}(一样|似的)?`),
    unless: /吐|晕|昏|肚子|疼|痛|送医|医院|120|抽|救|不想活|自杀/,
  },
  {
    // "刚刚那条是我发错了…不是真的有人掉水里": a message taken back as sent by mistake. Only the denied
    // clause and the mistyping are set aside; a danger told as real or going on beside it keeps it.
    hazards: ["fire", "gas", "injury", "collapse", "trapped", "flood", "electric", "violence", "poison"],
    // Since em-fa54 also the clause that names what it said and takes it back ("刚才那条说有人溺水的是我发错了");
    // a bare "刚才那条发错了" stays, or too little is left for the model's n-grams ("是小孩拿我手机").
    reading: new RegExp(
      `不是真的${C}{0,12}|乱(打|按|发)(的)?(字|消息)?|${C}{0,12}(说|报)${C}{0,12}(的)?(是我)?(发错|误发|点错)(了)?`,
    ),
    when: /发错|误发|乱打|乱按|乱发|点错|不小心发/,
    unless: /(?<!不是)真的有|还在|正在|现在|救命|救救|快来|120|119|110/,
  },
  {
    // "小程序上提交完三天都没动静": a report with no answer, not someone silent behind a door.
    hazards: ["missing", "trapped", "injury"],
    reading: new RegExp(
      `(提交|报修|反映|投诉|申请|上报|催|留言)${C}{0,8}(都|也|还|一直)?(没|没有)(任何)?(动静|回音|回复|下文)`,
    ),
    unless: /敲门|屋里|家里|里面|井|一个人住|独居|叫不应|喊/,
  },
  {
    // "我连社区办公室门都没找到": a place not found, not a person.
    hazards: ["missing"],
    reading: new RegExp(
      `(办公室|办事处|服务中心|大厅|窗口|单位|入口|门牌|地方)(的)?(门)?(都|也)?(没|没有)?找(不)?(到|着)`,
    ),
    unless: /走丢|走失|不见|没回|未归|联系不上|失联|报警|(孩子|小孩|老人|人)(还)?(没|没有)?找(不)?(到|着)/,
  },
  {
    // "柿子熟了掉下来砸在车上", "杏子掉下来把车前盖砸了几个坑": fruit dropping from a tree onto a car is a
    // quarrel over the tree, not a structure coming down. A person or a head struck keeps the danger.
    hazards: ["collapse", "injury"],
    reading: new RegExp(
      `((杏子|柿子|果子|枣子?|桃子|梨子?|苹果|核桃|椰子|芒果|松果|银杏果?|果实|桑葚|石榴|枇杷|荔枝|龙眼|李子|山楂|板栗|栗子)` +
        `(熟了|熟透了)?(就|都|老是|总是?|经常|天天|一直)?(掉下来|掉下來|掉了|落下来|掉在|落在)|熟(了|透了)(就|都|天天|一直)?(掉下来|掉了|落下来))` +
        // the car it lands on is part of the same quarrel
        `([,，]?${C}{0,3}砸${C}{0,4}(车|车上|车顶|车前盖|引擎盖|车窗|挡风玻璃))?`,
    ),
    unless: new RegExp(
      `${HARM_TO_SOMEONE.source}|砸(到|着|在|中)?(人|头|脑袋|孩子|小孩|老人|行人|路人)|(人|孩子|小孩|老人|行人)${C}{0,3}被砸`,
    ),
  },
  {
    // "货车堵在小区门口，小区车出不来": cars blocked in by another vehicle, not anyone shut in.
    // Water, fire or someone inside the car keeps the danger.
    hazards: ["trapped"],
    reading: new RegExp(`(车|车子|车辆)(都|就|全|也)?(出不来|出不去|进不来|进不去|开不出(来|去)?)`),
    unless: new RegExp(`水|淹|火|烟|困|救|(人|孩子|小孩|老人|我|他|她)${C}{0,4}(还)?在(车)?里|车里(有|还有)`),
  },
  {
    // "年纪大了找不到别的活": work not found, not a person.
    hazards: ["missing"],
    reading: new RegExp(
      `找不(到|着)(别的|一份|份|个|新的|合适的)?(工作|活儿?|活干|事做|事干|营生|出路|工地)`,
    ),
    unless: /走丢|走失|不见|没回|未归|联系不上|失联|报警|(孩子|小孩|老人|人)(还)?(没|没有)?找(不)?(到|着)/,
  },
  {
    // "孩子一晚上被蚊子咬了二十多个包": insect bites, a nuisance of standing water. A snake, a dog, a
    // wasp, a swelling that spreads or breath that fails keeps the danger.
    hazards: ["injury", "violence"],
    reading: new RegExp(
      `(蚊子|蚊虫|虫子|跳蚤|臭虫|小咬|蠓虫)${C}{0,12}(咬|叮)${C}{0,10}(包|痒)|被(蚊子|蚊虫|虫子|跳蚤|臭虫)?(咬|叮)(了|得)${C}{0,8}(包|痒)`,
    ),
    when: /蚊|虫|跳蚤|小咬|蠓/,
    unless: /蛇|狗|猫|蜂|蜱|蝎|蜈蚣|毒|过敏|肿(得|起来)|喘|呼吸|晕|昏|发烧|高烧|抽|吐|120|医院|救/,
  },
  {
    // "孩子噎着的时候怎么判断是轻是重？我想学": first aid asked about to learn it, nobody in trouble now.
    hazards: ["injury", "trapped", "poison", "electric", "flood", "collapse"],
    reading: new RegExp(`${C}{0,12}的时候${C}{0,16}`),
    when: /(怎么|如何|咋|该怎么)(判断|处理|急救|办|做|救|分辨|区分|扶|抢救|应对|帮)[^.。!！]{0,20}(想学|学一下|学学|学习|培训|课|知识|请教|教教|教一下)|(想学|学一下|学学|请教|教教|教一下)[^.。!！]{0,20}(的时候)[^.。!！]{0,10}(怎么|如何|咋)/,
    unless: /现在|正在|刚|已经|救命|救救|快来|快点|120|喘不|不醒|不动|发紫|憋/,
  },
  {
    // "免责协议说受伤一概不负责，这种条款有效吗": a clause asked about, not a hurt.
    hazards: ["injury", "collapse", "trapped", "violence", "electric", "flood", "fire"],
    reading: new RegExp(`(免责|协议|条款|合同|声明|告示|须知|承诺书)${C}{0,16}`),
    when: /(有效|合法|合理|算数|管用|生效|成立)(吗|么|不|没有)|霸王条款/,
    unless: new RegExp(
      `(孩子|小孩|人|我|他|她|老人)${C}{0,4}(受伤了|伤了|摔了|摔伤|撞伤|砸伤)|流血|出血|骨折|起不来|躺|晕|昏|救|120|现在|正在|刚`,
    ),
  },
  {
    // "电梯口有人发小卡片招合租": a card handed out, not a lift stuck.
    hazards: ["trapped"],
    reading: /(小)?卡片|名片|广告卡/,
    unless: /卡(住|在|了|死|着)|困|出不来|关在|被关|里面有人|救/,
  },
  {
    // "地里被人倒了一大堆碎玻璃，麦子都压坏了", "农田被人倒了装修垃圾，麦苗都被压死了": rubbish dumped
    // on a field and the crop it crushes, not a structure falling or anyone pinned. Anyone under it,
    // hurt or buried keeps the danger.
    hazards: ["collapse", "injury", "trapped"],
    reading: new RegExp(
      `倒了${C}{0,10}(垃圾|渣土|碎玻璃|玻璃碴|废料|泔水|粪|碎砖|砖头|旧家具|废油)|` +
        `(麦苗|麦子|庄稼|禾苗|秧苗|菜苗|青苗|树苗|玉米|小麦|稻子|花生|菜)(都|全|全都)?(被)?压(死|坏|倒|烂|断|弯|平)`,
    ),
    unless: new RegExp(
      `(人|孩子|小孩|老人|工人|行人|司机|大爷|大妈|阿姨)${C}{0,4}(被)?(压|埋|砸)|压(着|住)(了)?人|埋了人|受伤|流血|出血|起不来|救|120|塌`,
    ),
  },
  {
    // "村里有人烧塑料电线提铜，黑烟直冲小区", "拆迁现场有人在烧旧木头和塑料，黑烟飘到学校": scrap burnt in
    // the open is a nuisance of smoke and smell (the taxonomy's 烧垃圾), as leaves are for the model
    // (everyday-frame.ts). Someone burning is named and the smoke drifts over; a smell of burning
    // plastic alone (a socket, a stairwell) never opens it. Smoke pouring into a home or a passage,
    // anyone coughing or choking, the fire growing or catching on anything keeps the danger.
    hazards: ["fire"],
    reading: new RegExp(
      `((有人|在|把)${C}{0,12}(烧|焚烧)${C}{0,10}${SCRAP}|(有人|把)${C}{0,14}${SCRAP}${C}{0,10}(烧|焚烧))` +
        // the smell the smoke carries is the same nuisance
        `${C}{0,8}[,，]?${C}{0,8}(黑烟|浓烟|烟)${C}{0,14}([,，]${C}{0,10}(味|臭)${C}{0,4})?`,
    ),
    when: /村|拆迁|工地|空地|荒地|路边|田|地里|河边|院子里|院里|废品|收购站|垃圾场|野外|外面|对面/,
    unless:
      /灌|进(了)?(屋|家|楼|门|窗)|屋里|家里|室内|楼道|走廊|通道|地下|车库|咳|喘|哮喘|憋|吐|晕|头疼|头痛|看不(见|清|到)|睁不开|呛得|呛(的|到)(人)?(受不了|不行|咳|喘)|烧到|烧着|烧起来|着了|点着|引燃|蔓延|窜|火(苗|势|光|焰|越|很大|挺大|好大|大了)|越来越|越烧越|房子|棚|柴|草垛|气罐|煤气|燃气|电线杆|电瓶|电动车|困|救|119|120|快|赶紧|马上|正在往|还在往/,
  },
  {
    // "最近晚上老有人在巷子里喝酒打架", "出租屋太多，晚上巷子里全是人，还有人打架": fights told as a
    // habit of a place, the public-order nuisance the message asks to be watched. A weapon, blood,
    // anyone down or hurt, or a fight going on now keeps the danger.
    hazards: ["violence"],
    reading: new RegExp(
      `(老|总|经常|常常|时常|时不时|天天|动不动|隔三差五|三天两头|每天晚上|一到晚上)(就)?(有人)?${C}{0,10}(打架|打群架)|(还|也)有人(喝酒|闹事|吵架|打牌)?${C}{0,2}打架(?!了)`,
    ),
    unless:
      /刀|棍|钢管|砖|瓶|砍|捅|扎|血|伤|倒(地|在)|打倒|晕|昏|不动|躺|救|报警|110|120|快|赶紧|马上|现在|正在|刚(才|刚)|打起来了|打得|还在打|推下/,
  },
  {
    // "施工队把巷子挖开了，巷子里的老人出不来", "围挡挡住了单元门，老人出不去": a way out blocked by
    // works, said as the complaint about access, not anyone shut in. Fire, smoke, water, a collapse,
    // anyone ill or hurt behind it keeps the danger.
    hazards: ["trapped"],
    reading: new RegExp(
      `(围挡|挖开|挖断|挖了|土堆|沙堆|堆了|堆着|挡住|挡着|堵住|堵着|封了|封住|拆了)[^.。!?！？]{0,16}(出不来|出不去|进不来|进不去|下不去|下不来)`,
    ),
    unless:
      /火|烟|水|淹|塌|困(在|住)|救|晕|昏|病|发烧|喘|摔|倒地|起不来|透析|氧|120|急救|快|赶紧|马上|正在|里面有人|在里面/,
  },
  {
    // "卫生室大夫经常不在，上午去了门锁着", "服务站下午三点就锁门了，白跑一趟": an office or a clinic
    // closed in its hours, not anyone shut in. Someone inside, a knock unanswered, a smell or smoke
    // keeps the danger.
    hazards: ["trapped"],
    reading: new RegExp(
      `(卫生室|卫生站|卫生院|服务站|服务中心|诊所|医务室|办公室|居委会|村委会|社区|药店|门诊|窗口|大厅|站)[^.。!?！？]{0,16}(门锁着|锁着门|锁门|关着门|关门|门关着)`,
    ),
    when: /不在|白跑|没开门|没人上班|上班时间|下班|去了|跑了一趟|贴着/,
    unless:
      /里面(有人|还有)|(人|老人|孩子)${C}{0,4}在里面|困|出不来|敲门|没人应|叫不醒|独居|一个人住|烟|味|救/,
  },
  {
    // "消防栓被挡住了，真着火了怎么接水", "平时没事，真着火了就出不去": a fire supposed, to say what an
    // obstruction would cost; the rest of the clause is the supposition too. A fire told now keeps it.
    hazards: ["fire", "trapped"],
    reading: new RegExp(
      `真(的|要|要是)?(着火|失火|起火|发生火灾)(了)?[,，]?(就|可就|那|怎么|咋|谁|往哪|拿什么)${C}{0,12}`,
    ),
    unless:
      /现在|正在|还在|刚|冒烟|浓烟|火(越|更)|烧(起来|着了|到)|救命|快来|快点|困(在|住)|真的着火了[,!！。]/,
  },
  {
    // "酒精炉火苗窜了一下，服务员马上盖灭了，没人受伤": a flame put out at once with nobody hurt, told to
    // ask for a change. A fire that came back, smoke still rising or anyone burnt keeps the danger.
    hazards: ["fire"],
    reading: /(火|火苗|火苗子)[^.。!?！？]{0,16}(盖|扑|浇|踩|拍|捂|压|吹)(灭|熄)了/,
    when: /无恙|没人受伤|没有人受伤|没伤(到|着)人|人没事|没事/,
    unless: /又|还在|复燃|冒烟|浓烟|烧着|烧起来|正在|快来|救|烫伤|烧伤|(?<!没人|没有人|没)受伤|疼|痛|起泡/,
  },
  {
    // "物业把充电桩的电给掐了", "欠费就掐电": power cut off, not anyone's neck. A person seized keeps it.
    hazards: ["violence"],
    reading: new RegExp(
      `(电|电源|网|水|气)(给|都|也)?(被)?(给)?掐(了|断|掉)|掐(了|断|掉)?(电|电源|网)(?!话)`,
    ),
    unless: new RegExp(`${HARM_TO_SOMEONE.source}|脖子|喉咙|(掐|掐住|掐着)(她|他|我|人|孩子|老人)`),
  },
  {
    // "洗狗的水直接倒在下水道口", "垃圾倒在路边": something poured or dumped (倒在), not anyone lying there.
    hazards: ["injury", "collapse"],
    reading: new RegExp(
      `(水|污水|脏水|泔水|洗车水|洗狗水|油|废油|垃圾|渣土|渣|沙子|土|剩饭|剩菜|粪|尿)${C}{0,4}(直接|随便|随意|乱|都)?倒(在|到|进)`,
    ),
    unless: HARM_TO_SOMEONE,
  },
  {
    // "新城公寓的电梯改成刷卡才能按楼层了，我来看我妈进不了": the lift's card reader as access, not a lift stuck.
    hazards: ["trapped"],
    reading: new RegExp(`电梯${C}{0,8}(刷卡|门禁|人脸)${C}{0,12}`),
    unless: /(困|关)(在|住)|卡住|出不来|里面有人|(人|我)在里面|停(在|了)|掉|坠|冒烟|救/,
  },
  {
    // "地锁坏了，锁在上面下不去，车出不来": a car held by a parking lock or a barrier, not anyone shut in.
    hazards: ["trapped"],
    reading: new RegExp(
      `(地锁|车位锁|停车锁|道闸)[^.。!?！？]{0,30}(出不来|出不去|下不去|下不来|进不去|进不来)`,
    ),
    unless: new RegExp(
      `${HARM_TO_SOMEONE.source}|人在(车)?里|(孩子|小孩|老人|婴儿|宝宝|狗)${C}{0,4}(在)?车里|(把|将)${C}{0,8}(人|老人|孩子|小孩)|卡(在|住)|夹(在|住)|压|火|烟|水|淹|救|晕|热|闷`,
    ),
  },
  {
    // "在密室逃脱里出不来求提示", "got 'trapped' in the escape room for 3 hours": a game of being shut in.
    // Fire, smoke, anyone unwell or hurt, or a door that truly will not open in an alarm keeps the danger.
    hazards: ["trapped"],
    reading: new RegExp(
      `(密室|escape room|剧本杀)[^.。!?！？]{0,40}(出不来|出不去|困住|被困|困在)|(出不来|出不去|困住|被困|困在)[^.。!?！？]{0,40}(密室|escape room|剧本杀)`,
      "i",
    ),
    unless: /火|烟|晕|昏|喘|呼吸|哮喘|受伤|流血|血|救命|快来|停电|报警|120|119|110|真的出不来|真出不来/,
  },
  {
    // "我家老头子九十岁了，瘫在床上，社区要给他办长期护理保险": bedridden for years, not collapsed just now.
    hazards: ["injury"],
    reading: /瘫(痪)?在床(上)?/,
    unless:
      /今天|今早|今晚|昨晚|刚|突然|一下子|摔|叫不醒|没反应|不动了|说不出|嘴歪|喘|昏|晕|吐|抽|血|120|救|烧|没吃|没喝|一天|两天/,
  },
  {
    // "孩子被别的小孩推倒了", "我孩子被狗扑倒了": a person knocked over, not a structure falling.
    hazards: ["collapse"],
    reading: new RegExp(`(被|把)${C}{0,8}(扑|推|撞|绊|挤|碰)倒(了)?`),
    // A dog still biting, a fight going on or anyone who cannot get up is the danger ("把老头扑倒了 还在咬").
    unless: new RegExp(
      `${HARM_TO_SOMEONE.source}|塌|压(在|住|着)|埋|砸|咬|还在|正在|踢|打(人|他|她|我|孩子|老人|起来)|按(在|住)|骑在|不动|动不了|没反应|头|车`,
    ),
  },
  {
    // "我爸的手表今天又报警说摔倒了，结果他是在跳广场舞", "手表响了说跌倒，我在旁边，他没摔": a fall or heart
    // alarm of a watch shown false by someone who was there or who called. Nobody answering, or harm
    // told anywhere, keeps the danger.
    hazards: ["injury", "missing", "collapse"],
    reading: new RegExp(
      `(手表|手环|腕表|报警器|报警手表)[^.。!?！？]{0,12}(报警|响|提示|推送|报)(了)?[^.。!?！？]{0,6}(摔倒|跌倒|心率|心跳|走失|离开)${C}{0,6}`,
    ),
    when: /结果|其实|原来|没摔|没有摔|没跌|(说|都|一切)正常|乱报|误报|瞎报|(老是|总是|老|总|又|经常)(在)?(乱)?(报|响)|一天(报|响)|灵敏|(他|她)(就是|只是|是在|在)(跳|爬|跑|做|弯腰|捡|打|干|走)/,
    unless: new RegExp(
      `${HARM_TO_SOMEONE.source}|不接|没人接|打不通|联系不上|没反应|没人应|真(的)?(摔|跌)|(摔|跌)(了|倒了)[,，]?(起|爬)不`,
    ),
  },
  {
    // "老妈的跌倒报警器说明书看不懂，怎么设置紧急联系人": a fall alarm's settings asked about.
    hazards: ["injury", "missing"],
    reading: new RegExp(
      `(跌倒报警|摔倒报警|报警手表|防走失)[^.。!?！？]{0,8}(说明书|不会用|怎么(设置|设|用|调|关|绑定)|设置|联系人|绑定|功能)${C}{0,12}`,
    ),
    unless: HARM_TO_SOMEONE,
  },
  {
    // "刚才门口有人摔倒，已经被家里人扶回去了，没大事", "老人摔倒了，他说没事，自己站起来回家了": a fall
    // the person got up from and went home after, told to ask for the repair or a visit.
    hazards: ["injury", "collapse"],
    reading: new RegExp(`(有人|有个|一个)?${C}{0,8}(摔倒|摔了|跌倒|滑倒|绊倒)(了)?`),
    when: /扶(起来|回去|回家|走)了|自己(站|爬)起来|自己(走|回)(了|家|去)|(站|爬)起来(就)?(走|回家|回去)了/,
    unless:
      /起不来|不动|流血|出血|昏|晕|骨折|救护车|120|叫不醒|没反应|又(摔|倒)|吐|疼|痛|肿|站不住|站不起|走不了|动不了|还(躺|在地)|说不(出|清)|头(破|上)|但|可是|不过/,
  },
  {
    // "快递员说门口有燃气味…燃气公司来测了，说是垃圾桶的味": a gas smell the gas company or the writer checked
    // and found to be something else. A smell that stays or grows, an alarm sounding or anyone unwell keeps it.
    hazards: ["gas"],
    // The check itself is set aside with the smell: "燃气公司…说是垃圾桶的味" names gas and a smell too.
    reading: new RegExp(
      `${C}{0,12}(燃气|煤气|天然气|液化气)${C}{0,4}(味|味道)${C}{0,8}|${GAS_CHECKED.source}`,
    ),
    when: GAS_CHECKED,
    unless:
      /头晕|头疼|头痛|恶心|晕|吐|越来越|更(大|浓|重|冲)|又(有|闻|来|开始)|现在还|还(有|是|在)(味|臭|漏)|(报警器|报警)(在|一直|还)?(响|叫)|嘶|呲|浓|呛|但|可是|不过/,
  },
  {
    // "电梯的紧急按钮按了没反应，我不是被困，就是提醒物业修", "不是漏电是吧": the danger denied in so many
    // words, or asked to be ruled out. Someone else shut in, or a shock felt, keeps it.
    hazards: ["trapped"],
    reading: /(我|人|我们)(并|也)?(不是|没有?)(被)?(困|关)(住|在里面)?/,
    unless: /(?<![不没])是[^,.!?，。！？]{0,6}(被困|困在|关在)|孩子|小孩|老人|里面(有人|还有)|还有人|救/,
  },
  {
    hazards: ["electric"],
    reading: /(不|应该不|该不)是(漏电|触电|带电)(吧|是吧|吗|的吧)/,
    unless: /麻|被电|电到|电了一下|电着|触电了|火花|冒火|冒烟|烧|焦|晕|倒/,
  },
  {
    // "早高峰挤得喘不上气，能不能多开几趟": a crowd told by how it feels. Anyone fainting, falling or crushed keeps it.
    hazards: ["injury"],
    reading: /挤(得|的)[^,.!?，。！？]{0,4}喘不(上|过|动)(来)?气/,
    unless: /晕|倒|踩|摔|昏|不动|救|(有人|老人|孩子)[^,.!?，。！？]{0,4}(喘|晕|倒)|脸色|发紫|出不去/,
  },
  {
    // "家里燃气报警器装了一年了从来没响过，怎么知道它还好不好用": an alarm asked about, never sounded.
    hazards: ["gas"],
    reading: new RegExp(
      `(燃气|煤气|天然气|液化气)?报警器${C}{0,12}((从来|从)?(没|没有)(响|叫|报)过|怎么知道|好不好用|还能不能用|怎么(测试|检测|检查)|灵不灵|管不管用)${C}{0,12}`,
    ),
    unless: /味|漏|闻|长鸣|晕|头疼|头痛|(现在|一直|还在|突然)(在)?(响|叫)/,
  },
  {
    // "我一个人带孩子…找不到便宜的房子", "找不到工作": a home, a job or a school not found, not anyone gone.
    hazards: ["missing"],
    reading:
      /(找不到|找不着|没找到)(便宜|合适|好|能住)?的?(房子|房源|住处|住的地方|出租房|工作|活儿?|工|学校|幼儿园|托儿所|车位)/,
    unless: /(孩子|小孩|老人|人)(也|都|又)?(不见|找不到|找不着|没找到|没回|走丢|走失)|联系不上|关机|不接/,
  },
  {
    // "对面楼有人吊着绳子在外面擦玻璃…有没有资质", "装空调的师傅站在外面没系安全绳": a worker at height
    // outside a window, told to ask about safety rules; not someone on a ledge. A fall, a cry, a rope
    // that gives, or anyone saying they will jump keeps the danger.
    hazards: ["self_harm", "trapped"],
    reading: new RegExp(
      `${C}{0,12}(站|吊|挂|悬|蹲|趴)(在)?${C}{0,6}(外面|外边|外头|外墙|窗外|楼外|空中)${C}{0,12}`,
    ),
    when: /擦玻璃|装空调|(安装|维修|修|拆)[^,.!?，。！？]{0,4}空调|空调(师傅|安装|维修)|施工|作业|蜘蛛人|刷(漆|墙)|外墙(清洗|施工|作业)|安全(带|绳)|资质|干活|师傅|工人/,
    // "站在窗户外面的空调架上…说不要靠近": someone on a ledge who keeps people away is the danger.
    unless:
      /掉|摔|坠|跳|不想活|轻生|自杀|寻死|想不开|喊|救|晃|断了|松了|卡(住|在)|困|下不来|上不来|出事|哭|吵架|喝(了)?酒|醉|晕|靠近|别过来|不要过来|别管|失业|欠薪|讨薪|工钱|工资/,
  },
  {
    // "昨天晚上公园里有人打架，今天早上地上还有血迹，希望加强巡逻": a fight told as last night's, to ask for
    // patrols or cameras. A fight going on, anyone still hurt or threatened, or a weapon keeps the danger.
    hazards: ["violence", "injury"],
    reading: new RegExp(
      `${C}{0,8}(昨天|昨晚|前天|前(几|两|些)天|上周|上个?星期|上礼拜|那天)${C}{0,12}(打架|打群架|斗殴|打起来)${C}{0,8}|(地上)?(还)?有${C}{0,2}血迹`,
    ),
    when: /巡逻|监控|摄像头|治安|管管|加强|路灯|清理|打扫|和好/,
    unless:
      /刀|砍|捅|扎|棍|钢管|还在打|正在|现在(?!和好|没事|好了)|刚(才|刚)|救|120|110|躺|不动|晕|昏|住院|抢救|找上门|报复|威胁|害怕|又(打|来)|没回|不见/,
  },
  {
    // "装修师傅在楼道接了根临时电线拖在地上…没漏电，但不规范": a wire said not to leak, complained of as
    // against the rules. A shock, sparks, smoke, burning or water on it keeps the danger.
    hazards: ["electric"],
    reading: new RegExp(`${C}{0,16}(电线|线|插座|插线板|接线板|电缆)${C}{0,12}`),
    when: new RegExp(
      `^(?=[^]*(没|没有|不)(漏电|带电|电到人))(?=[^]*(不规范|违规|私拉|乱拉|乱接|隐患|不安全|规定))`,
    ),
    unless: /麻|被电|电到(?!人)|电了一下|触电了|电着|火花|冒火|火星|冒烟|烟|烧|焦|晕|倒(地|在)|水|湿|雨|泡/,
  },
  {
    // "油漆味熏得我头晕了一下午，现在去楼下透气好了，就想问问这漆合格吗": dizziness said to have passed,
    // told to ask about its cause. Dizziness that stays or grows, anyone else unwell, or a gas or
    // charcoal fume keeps the danger.
    hazards: ["injury", "poison"],
    reading: new RegExp(`${C}{0,12}(头晕|头疼|头痛|恶心|晕)${C}{0,8}`),
    when: new RegExp(
      `(现在|已经|后来)${C}{0,8}(好了|好多了|没事了|缓过来了|不晕了)|透(了)?(透)?气${C}{0,3}好(了|多了)|(坐|歇|躺|休息|喝)${C}{0,8}就好了`,
    ),
    unless:
      /还(晕|疼|痛|吐|恶心|难受)|又|越来越|昏|倒|叫不醒|不醒|吐了|孩子|小孩|老人|宝宝|孕妇|120|救|医院|一氧化碳|煤气|燃气|天然气|炭|喘|胸闷|呼吸/,
  },
  {
    // "公园掉井里的孩子后来怎么样了，井盖现在修好了吗": news asked of a mishap the centre already knows.
    // Someone still missing, down or in danger now keeps it.
    hazards: ["injury", "collapse", "flood", "fire", "trapped", "electric", "violence"],
    reading: new RegExp(`${C}{0,20}(后来|最后)(怎么样|咋样|怎样|如何)了${C}{0,2}`),
    unless: /还没|还在|正在|现在还|刚|救命|救救|快来|120|119|110/,
  },
  {
    // "孩子放风筝挂到电线杆旁边的树上…线已经剪断了，人早走开了", "a kite is stuck in a tree, no one is
    // holding it": a kite, a balloon or a drone caught, with nobody holding its line. Anyone holding or
    // touching it, a shock or sparks keeps the danger.
    hazards: ["electric", "trapped"],
    reading: new RegExp(`${C}{0,12}(风筝|气球|无人机|kite|balloon|drone)${C}{0,24}`, "i"),
    when: /(线|绳)(已经)?(剪断|剪了|断了|松开|放开)|没人(拉|拿|牵|抓|握)|(人|孩子)(早|已经)?(走开|离开|走了)|no one is holding|nobody is holding|far from any wires/i,
    unless:
      /被电|电到|触电|电了一下|麻|火花|冒火|冒烟|烧|焦|倒(地|在)|还(拉|拿|牵|抓|握)着|爬(上|到)|救|shock|spark|holding on|climb/i,
  },
  {
    // "水库那边有人天天电鱼…现在没有，一般早上五六点", "老有人在河里电鱼，管不管": electrofishing told as a
    // habit, to ask the fisheries or the police to stop it. Anyone shocked, in the water or down keeps it.
    hazards: ["flood", "electric"],
    reading: new RegExp(`${C}{0,12}电(鱼|虾)${C}{0,16}`),
    when: /天天|每天|经常|老是|总是|总有人|一般|常常|管不管|管管|有没有人管|举报/,
    unless: /掉|落水|被电|电倒|电到人|触电|倒(在|了)|不动|救|喊|晕|漂|沉|淹|现在(正|还)在|正在/,
  },
  {
    // "外卖平台说我们不是员工，受伤了不管", "工伤认定": an injury named in a dispute over who pays.
    // A hurt told as happening now keeps the danger.
    hazards: ["injury"],
    reading: new RegExp(
      `受伤(了)?${C}{0,3}(就|也|都)?(不管|没人管|谁管|谁赔|不赔|怎么赔|算不算|不负责|不给赔|没人赔)|工伤(认定|鉴定|保险|赔偿|待遇)`,
    ),
    unless: /今天|今早|刚|现在还|还在(流|地)|起不来|躺|晕|昏|叫不醒|救|120|快来|流血/,
  },
  {
    // "桌子腿都摔断了", "手机摔碎了": a thing broken, not a bone.
    hazards: ["injury"],
    reading:
      /(桌子|椅子|凳子|板凳|柜子|桌|椅|手机|屏幕|杯子|碗|盘子|花盆|镜子|玻璃|招牌|灯箱|牌子)(的)?(腿|脚|面|角)?(都|也|全)?(被)?(摔|砸)(断|坏|碎|烂|裂)(了)?/,
    unless: HARM_TO_SOMEONE,
  },
  {
    // "城管天天罚，我们商户都快活不下去了": a livelihood said to be failing, not a wish to die.
    hazards: ["self_harm"],
    reading: /(都|也)?(快|快要|要)活不下去(了)?/,
    when: /罚|城管|生意|商户|店|摊|房租|租金|收费|工资|买卖|营业/,
    unless: DESPAIR_MEANS,
  },
  {
    // "业委会和物业吵起来了，我们夹在中间怎么办": caught between two sides, not pinned.
    hazards: ["trapped", "injury"],
    reading: /夹在(中间|两(头|边|方)(之间|中间)?)(两头|两边)?(受气|为难|难做)?/,
    unless: /手|脚|腿|胳膊|(?<!两)头|门|电梯|车|机器|缝|卡住|出不来|救|疼|痛|血/,
  },
  {
    // "洗车店的污水排到雨水口，泡沫流一路": foam at a drain's mouth, not foam at the mouth.
    hazards: ["injury"],
    reading: new RegExp(`(雨水|下水道?|排水|排污|污水|出水|井|管)口${C}{0,6}泡沫|泡沫${C}{0,6}(流|排|冒)`),
    unless: /吐|抽|倒|晕|昏|不动|救|120/,
  },
  {
    // "我是骑手，在门口摔倒，保安帮我叫了人…特别感谢那位保安大叔": the writer's own fall, told to thank
    // the one who helped. Pain, bleeding or anything going on now keeps the danger.
    hazards: ["injury", "collapse"],
    reading: new RegExp(`我${C}{0,10}[,，]?${C}{0,12}(摔倒|摔了|摔跤|滑倒|跌倒)(了)?`),
    when: /感谢|谢谢|表扬|点赞|锦旗/,
    unless: /现在|还在|起不来|疼|痛|流血|出血|骨折|救|快来|但是|可是|不过|晕|昏|120/,
  },
  {
    // "工地围挡倒了，砸到人行道上，还好当时没人": a barrier or a sign that fell with nobody there.
    // Anyone under it, hurt or still there keeps the danger.
    hazards: ["collapse", "injury"],
    reading: new RegExp(
      `${C}{0,12}(围挡|围墙|广告牌|牌子|招牌|棚子|雨棚|遮阳棚|树|路灯|灯杆|栏杆|护栏)${C}{0,4}(倒了|倒下来|塌了|刮倒|吹倒)${C}{0,12}`,
    ),
    when: /(还好|幸好|好在|所幸|当时)(当时)?(没人|没有人|没砸到人|没伤到人|没人受伤)/,
    unless: /压(着|住|在)|埋|(有人|人)被|受伤了|流血|救|还有人|下面有人|起不来|120/,
  },
  {
    // "老伴眼睛看不见了，想要个会报时的闹钟", "她是个盲人": eyesight failing, told to ask for a device or a
    // visit; the model reads 不见 as someone gone. Anyone gone, out of reach or not come home keeps it.
    hazards: ["missing"],
    reading: new RegExp(
      `(眼睛|眼|视力)${C}{0,8}(看不见|看不清|看不到|瞎)(了)?|看不(见|清)(电视|东西|字|外面|路|书|报)|盲人|失明|白内障`,
    ),
    // Since em-fa55 eyes hurt by a blast, a splash, a blow or a burn, or sight lost all at once (a stroke's
    // sign), keep the danger too: "炮仗把人崩了 眼睛看不见了" is an injury whatever a device is asked for.
    unless: new RegExp(
      `走丢|走失|(?<!看)不见了|没回|未归|联系不上|失联|(人|她|他|老人)${C}{0,3}(找不到|找不着)|找不到家|出门|人呢|关机|不接|报警|到现在|一直没|` +
        `崩|炸|溅|喷|扎|戳|烫|烧|灼|(被|给)${C}{0,6}(打|砸|撞|踢|抓|划|弹)|伤(?!心)|血(?!糖|压|脂|管|常规)|炮|鞭|烟花|礼花|石灰|火药|硫酸|酸|碱|药水|消毒液|化学|` +
        `突然|一下子|忽然|猛地|刚(才|刚)|今天|早上起来|醒来|头(疼|痛|晕)|晕|嘴歪|说不(出|清)|麻(?!烦)|倒(了|地|在)`,
    ),
  },
  {
    // "地下车库最近好几辆车被划了，还有车窗被砸了偷东西", "有人半夜撬车门，监控拍到了，人已经跑了": cars
    // broken into, told after the fact to ask for guards or cameras. Anyone in the car, a thief still
    // there or anyone threatened or hurt keeps the danger.
    hazards: ["violence"],
    reading: new RegExp(
      `${C}{0,8}(车|车窗|车门|车玻璃|车胎|轮胎)${C}{0,3}被(人)?(砸|划|撬|扎)(了|破|坏|开)?${C}{0,8}|${C}{0,8}(撬|砸|划)(车门|车窗|车锁)${C}{0,8}`,
    ),
    when: /最近|好几|这两个月|这几天|监控|保安|物业|(人|小偷)(已经)?(跑了|走了)|偷东西|丢了/,
    unless:
      /车里(面)?(有|还有)|(人|孩子|小孩|老人|婴儿|宝宝|狗)${C}{0,3}在(车)?里|正在|还在|现在(还)?在|打(人|了|我)|刀|追|救|困|受伤|流血|威胁|吓/,
  },
  {
    // "地面坑洼不平，下雨积水，走路都要跳着走": hopping over puddles, not a jump from a height.
    hazards: ["self_harm"],
    reading: /(都|还)?(要|得|只能|只好)?(跳着|蹦着)(走|过|出门|进门)|跳过(去)?(水坑|积水|水洼|坑)/,
    unless: DESPAIR_MEANS,
  },
  {
    // "化粪池满了，粪水漫到巷子里，整条巷子臭得走不了人": sewage over a lane or a yard is a stink to be
    // pumped, not water rising around anyone. Water in a home, a cellar or a car park, anyone in it, anything
    // electric or anyone fallen in keeps the danger.
    hazards: ["flood"],
    reading: new RegExp(
      `${C}{0,10}(化粪池|粪池|粪水|粪便|污水井|污水)${C}{0,10}(漫|溢|冒|流|满|淌)${C}{0,12}`,
    ),
    unless: new RegExp(
      `掉(进|下|到|在)|(人|孩子|小孩|老人)${C}{0,4}(在|被)${C}{0,6}(里|淹|冲)|困|出不(去|来)|电|救|膝|腰|胸|屋里|家里|室内|一楼|地下|车库|床|快来|120|110|119`,
    ),
  },
  {
    // "天台堆了好多纸箱子，夏天太阳晒着我总觉得会着火", "烟道很久没清了，我觉得会着火": a fire feared, to ask
    // for the cause to be cleared. Smoke, a flame, a smell of burning or anything going on keeps it.
    hazards: ["fire"],
    reading: new RegExp(
      `(我)?(总|老|一直)?(觉得|感觉|担心|怕)${C}{0,4}(会|要|能|迟早)(着火|起火|失火|烧起来)(的)?`,
    ),
    unless: /冒烟|烟(?!道|囱|机|头)|火苗|火星|焦|糊|烧着|着了|正在|还在|现在|已经|刚|救|快来|味|热得烫|发烫/,
  },
  {
    // "着火那户人家现在住哪了，社区有没有组织捐款", "房子着火烧了一半，现在借住在亲戚家，能申请救助吗": a
    // fire that is over, told to ask for aid or to give it. Anything still burning or anyone shut in keeps it.
    hazards: ["fire"],
    reading: new RegExp(`${C}{0,16}(着火|失火|火灾|烧了|烧掉|烧光|烧毁)${C}{0,10}`),
    when: /捐款|捐(点|些)?(衣服|钱|物|被子)|借住|安置|救助|补助|临时救济|重建/,
    unless: /(还|正)在(烧|冒|着)|冒烟|浓烟|火苗|火势|救命|快来|困|刚(才|刚)|119|烧(起来|过来)|蔓延/,
  },
];

/**
 * The text with the harmless readings that explain `hazard` set aside (a comma in their place), or null when none
 * does. The rules and the model then read what is left: another danger told beside such words
 * ("工地把围墙推倒了，有个老人被埋在下面") is still found.
 */
// Each reading's global form, built once and with the reading's own flags (an English reading is
// matched case-insensitively when it is removed as well as when it is found).
const GLOBAL = new Map<RegExp, RegExp>();
const everywhere = (re: RegExp): RegExp => {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g")));
  return g;
};
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
  return apply.reduce((t, r) => t.replace(everywhere(r.reading), ","), simple);
}
