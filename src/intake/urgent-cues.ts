/*
 * The urgent level as a dispatcher reads it: daily life has stopped now. A cue is what stopped
 * (water, power, heating, gas to cook, the drains, the lift, the way out), sometimes weighed by for
 * whom (a lift matters to someone who cannot use the stairs; a cool flat to an old person or a baby)
 * and by how long. The same words also fill questions about a planned outage, thanks for one that is
 * over, suggestions and letters about a problem that recurs; those describe nothing stopped now.
 * Input is text already normalised (simplified characters) by the urgency rules.
 */

export type Stoppage =
  | "water"
  | "power"
  | "heating"
  | "gas"
  | "sewage"
  | "burst_pipe"
  | "lift"
  | "way_out"
  | "road"
  | "manhole"
  | "tree";

export interface UrgentCue {
  what: Stoppage;
  /** The phrase that decided it, for dispatchers and tests. */
  reason: string;
}

interface Cue {
  what: Stoppage;
  /** Matched in a live clause of the sentence. */
  stopped: RegExp;
  /** Must also hold somewhere in the sentence (for whom, how bad). */
  and?: RegExp;
  /** Vetoes the cue in this sentence. */
  unless?: RegExp;
  /**
   * Instead of `and`, this may hold anywhere in the message: who suffers, or how cold it is, is often told
   * in a sentence of its own ("电梯停了。…我父亲要去透析", "暖气冰凉。…屋里就十度").
   */
  orInMessage?: RegExp;
}

// Someone for whom a cold flat or a dead lift is more than a nuisance.
const VULNERABLE =
  /老人|老太|老头|老伴|老两口|爷爷|奶奶|姥姥|姥爷|外公|外婆|我爸|我妈|父亲|母亲|婆婆|公公|孩子|小孩|婴儿|宝宝|满月|月子|产妇|孕|病人|瘫|卧床|残疾|轮椅|独居|[七八九]十多?岁/;
const COLD = /冻|冷|哆嗦|感冒|发烧|咳嗽|受凉|着凉|零下|寒潮|大雪|哈气|冰窖|棉袄|棉衣|裹着被子/;
// Well under the 18 °C a heated flat must reach: 14 °C or less, in digits or in characters.
const DEGREES = "([0-9]|1[0-4]|[一二三四五六七八九]|十[一二三四]?)";
// A range counts by its upper end ("十二到十五度" is not under 14 °C).
const COLD_ROOM = new RegExp(
  `(屋里|室内|室温|家里|房间|温度计?)[^，。]{0,6}?(只有|才|不到|不足|就)?(?<![0-9一二三四五六七八九十])${DEGREES}((到|至|-|~)${DEGREES})?度`,
);
// Named by a condition or a trip that cannot wait, not by age alone.
// Someone stuck upstairs with a need that cannot wait ("根本下不了楼", "药吃完了", "看病都没法去", "背不动她", "氧气
// 瓶快用完了") cannot use the stairs either; an old person who "下不来" and no more stays normal.
const CANNOT_USE_STAIRS =
  /轮椅|残疾|瘫|腿脚?不(好|便|利索|灵便)|走不了(楼梯|路)|中风|偏瘫|透析|手术|孕|产检|拄拐|骨折|复查|打针|换药|(去|上)医院|(根本|全|都)下不(了|来|去)|下不来也上不去|上不去也下不来|药[^，。]{0,4}(吃完|快没|没了|用完)|看病[^，。]{0,3}(没法|去不了|下不)|(背|抬|扛|搬)不(动|上去)|(买不了|没法买|买不上)(菜|药|饭)|氧气/;
// How cold it is, told anywhere in a message about the heating.
const WHOLE_STAIR = "整栋|全楼|(整|一)个单元|整个小区|整个院|[几两三四五六七八九十]户(人家)?都";
const COLD_ANYWHERE = new RegExp(`零下|寒潮|大雪|${WHOLE_STAIR}|${COLD_ROOM.source}`);
const PATH = /路|人行道|门口|楼门|头顶|上方|通道|进出|小道|步道|过道/;
/*
 * A way out locked or sealed shut, not denied ("没有锁上"). A fire lane blocked by cars, clutter or snow
 * is a hazard the normal deadline answers: the sets' writers filed 33 of 33 such messages as normal
 * outside the cues' own development set, where three of them were urgent.
 */
const LOCKED_SHUT = /(?<!没有?|不|未|并没)(锁上|锁死|封死|封住|焊死)/;

const CUES: readonly Cue[] = [
  {
    what: "water",
    stopped:
      /停水|断水|断了水|(?<!快)没有?水(了|用|喝)?|(完全|全部|全楼|整栋楼?)无水|(供水|自来水)[^，。]{0,2}(停了|断了|中断)|不来水|没来水|一滴(水)?都(没|不)|水.{0,3}(出不来|不出来)|不出水|用不上水|没法用水|停的水/,
    // "昨天下午停的水，…现在都下午三点了还没来": the spoken past tense of 停水, still off when the clause
    // after says so (a story of an outage over is set aside by the past-anchor reading as before).
    // A public toilet's tap, told after its door ("公厕门坏了，水龙头也不出水"), is the toilet's.
    unless:
      /消防栓|公厕[^。]{0,16}(不出水|没水)|水箱.{0,3}不出水|喷泉|泳池|池塘|水池里|鱼塘|河里|水压(偏|有点|比)|^(?![\s\S]*(干脆|彻底|完全|一滴|一上午|一整天|至今|[一二两三四五六七八九十几0-9]+(天|日|个?小时)))[\s\S]*水压[^，。]{0,2}(低|小|不足|不够)/,
  },
  { what: "water", stopped: /(水|自来水).{0,10}(黑|黄|浑|臭|沙|锈).{0,14}(没法|不能|不敢|无法)(喝|用)/ },
  {
    what: "power",
    stopped:
      /(?<!(门禁|灯|屏)[^，。]{0,10})(停电(?!动车|瓶车)|断电|断了电)|(?<!(手机|电池|电瓶|门禁|灯|卡|车|表)(都|也)?快?)没有?电(了|用)?(?![梯话脑视费表卡动瓶池线])|不来电(?!话)|没来电(?!话)|(?<!天)(全|都)黑了|(闸|开关|空开)[^。]{0,8}推不上|没法用电/,
    // A wall blackened by a kitchen's fumes ("油烟熏得墙都黑了") is no blackout; a charging point without
    // current ("充电棚的插座…刷了卡扣了钱不来电") is a charger's fault, not a home without power (6 of 6 normal
    // on the read sets). "师傅还没来电话" is a phone call.
    // Washing blackened by dust or smoke ("晾的衣服全黑了") and street lights gone dark ("那一段路灯全黑了") are no
    // home without power either (3 of 3 normal on the read sets). A river blackened by refuse ("水都黑了") is left
    // to the cue: without the urgent level the emergency model files that line as an emergency.
    unless:
      /熏得[^，。]{0,4}(全|都)黑了|(衣服|被子|被单|窗台|路灯)[^，。]{0,4}(全|都)黑了|充电(桩|棚|站|柜|口|车位)/,
  },
  /*
   * A breaker that trips or will not go back on where someone lives on oxygen ("一开制氧机就跳闸", "跳闸推不上去
   * 家里老人用制氧机"): the machine cannot run, whatever the rest of the house has. All 6 such messages on the read
   * sets are urgent (a seventh, praise for an electrician who came, is read as thanks).
   */
  { what: "power", stopped: /跳闸|(闸|开关|空开)[^。]{0,4}(推不上|合不上)/, and: /制氧|呼吸机|吸氧|氧气/ },
  {
    what: "heating",
    stopped:
      /没有?暖气|暖气[^，。]{0,10}(停了|断了|不热|冰凉|冰冷|凉了|没温度|不烧)|暖气[^，。]{0,2}(全|都|突然)停|停暖|停止供暖|不供暖|供暖.{0,3}(停|断)|一点热乎气/,
    // Partly warm, or switched off by the resident, is no stoppage.
    unless: /有点|有些|不太|不怎么|不够热|一组|一片|稍微|还能住|报停|空置/,
    orInMessage: COLD_ANYWHERE,
    // A cold flat stops daily life when it is freezing outside, under 14 °C inside, a whole
    // building, someone frail is suffering from it, or the heating is off altogether ("暖气全停了
    // 家里有婴儿": all 10 such messages on the read sets are urgent). A home's heating cut off by the
    // company ("热力公司把我们家暖气停了", "暖气因欠费被停") is off altogether too: 4 of 5 such messages on the
    // read sets are urgent (the fifth a letter about a neighbour's relief a month late).
    and: new RegExp(
      `零下|寒潮|大雪|大冬天|${WHOLE_STAIR}|停暖|暖气[^，。]{0,2}(全|都)停|(把|给)[^，。]{0,8}暖气(给)?(停|断|掐|关)(了|掉)|暖气[^，。]{0,6}被(停|断|掐)|${COLD_ROOM.source}|(${VULNERABLE.source})[^。]*(${COLD.source})|(${COLD.source})[^。]*(${VULNERABLE.source})`,
    ),
  },
  { what: "heating", stopped: COLD_ROOM, and: /暖气|供暖|取暖/, orInMessage: /暖气|供暖|取暖/ },
  {
    what: "gas",
    stopped:
      /(燃气|天然气|煤气|管道气|气)(突然|又|都|也|给)?(停了|停供|断了|不通)|(燃气|天然气|煤气|管道气)[^，。]{0,6}就(停了|断了)|(燃气|天然气|煤气|管道气)，(停了|停供|断了|没了)|(燃气|天然气|煤气|管道气)[^。]{0,10}就没了|停气|(?<!快)没有?气(了|用)|(还|仍|仍然|至今)(没|未)(有)?(通气|恢复供气)|没法(做饭|开火)|做不了饭|吃不上饭|没饭吃|开不了火|(我|我们|一家人?|全家|老人|孩子)[^，。]{0,4}(吃什么|吃啥)/,
    // Cooking named in the words a resident uses: "做不了饭", "饭都没吃上", or asked in despair after a
    // repair put off ("燃气公司说要等三天…一家人三天吃啥？": 2 of 2 such gas messages on the read sets are urgent).
    // The gas must be named (`and`): "长者饭堂停了…我们这些老的中午吃什么" is a canteen closed. A line typed with spaces
    // ("燃气 停了 两天", "煤气 从昨天下午 就没了") is read clause by clause, so the gas and its state may
    // stand in clauses of their own.
    // A whole building, stair or compound without "气" ("整栋楼都没气了", "整个小区没气了") can only be gas: all 6
    // such messages on the read sets are urgent, the cooking often told in a sentence of its own.
    and: new RegExp(
      `燃气|天然气|煤气|管道气|气表|灶|做饭|做不了饭|饭都没|开火|停气|通气|供气|${WHOLE_STAIR}`,
    ),
    // Without gas for months, a household has moved to an electric hob: a complaint for the
    // normal deadline, as the read sets label it.
    unless: /[两三四五六七八九十几半]个多?月/,
  },
  {
    what: "sewage",
    // Into homes, doorways and toilets, or all over a street; not a gully wetting the road. A public
    // toilet locked at night ("公厕十点就锁门了，没地方上厕所") is an opening-hours complaint.
    and: /满街|满地|整条(街|路|巷)|横流|家(?!属院)|屋|卫生间|厕所|厨房|地漏|马桶|门口|单元|院子|号楼|楼前|楼下|一楼|楼道|开不了门|出不了门|没法(住|待|生活)/,
    // Night soil poured on a vegetable patch is a smell to stop, not a drain backing up.
    unless: /浇|施肥|种菜|菜地/,
    stopped:
      /污水(外溢|横流|漫|冒|倒灌|流进|进了|往外)|(污水|脏水|黑水)[^，。]{0,3}漫到|全是(污水|脏水)(?![印点渍])|粪水|化粪池(满|冒|溢)|污水井.{0,4}冒|下水道(冒|返)水|返(污|脏)?水|(地漏|马桶|下水道?).{0,8}(冒|返|翻|涌)(上来|出来)?|(冒|漫|翻)出来.{0,6}(污水|脏水)|(污水|脏水|黑水).{0,4}(冒|漫|流)(出来|进)|排不出去.{0,8}(漫|溢|冒)|污水[^，。]{0,6}往外(冒|涌|流|溢)|(往外|往上)(冒|涌|溢|返)出?(污水|脏水|粪水|黑水)|马桶用不了|(?<!(公厕|公共厕所|公共卫生间|锁门|关门)[^。]{0,16})没地方上厕所/,
  },
  {
    what: "burst_pipe",
    stopped:
      /(水管|管子|管道|暖气管|暖气片|散热器|总管|水表|阀门).{0,8}(爆|裂|破|关不上|关不住)|爆管|(天花板|楼上).{0,8}(漏|滴|往下(流|淌|漏))/,
    // Water escaping now, not a cracked pipe to fix some day; a burst radiator's water comes out
    // hot (蒸汽, 烫) and floods the flat below.
    // Also water all over ("地上都是水", "马路上都是水", "满屋子都是水") and a jet ("冲得老高", "水柱").
    and: /往外(喷|冒|流|淌|渗)|往下(冲|流|淌)|冲出来|哗哗|喷|冒水|一地|(全|都)是水|一屋子|漫|淌|止不住|关不上|关不住|接不住|不停|蒸汽|滚烫|烫|老高|水柱/,
    unless: /过一次|冻裂过/,
  },
  {
    what: "lift",
    stopped: /电梯.{0,6}(坏|停|故障|不运行|不能用|用不了|停运|不动)/,
    and: CANNOT_USE_STAIRS,
    orInMessage: CANNOT_USE_STAIRS,
  },
  // A hole in the road is a repair; one that cuts people off is urgent.
  {
    what: "road",
    stopped: /路面?塌陷|(路|桥).{0,4}(塌了|冲垮|冲坏|冲断)|塌了.{0,4}坑/,
    and: /唯一|出不去|进不来|过不去|开不出去|无法通行|断了/,
  },
  {
    what: "way_out",
    stopped: /消防(通道|车道|通道口)|安全出口|疏散通道|唯一.{0,6}(出口|通道|出路|路)/,
    and: LOCKED_SHUT,
    unless: /一部分|部分|一半/,
  },
  { what: "way_out", stopped: /进不了家|回不了家/, and: /整栋|全楼|单元门|楼门|大门/ },
  // An open manhole is a hole someone falls into tonight: the centre wants it covered today, though most
  // of the sets' writers filed it normal (18 of 22 outside the cues' development set).
  { what: "manhole", stopped: /井盖[^，。]{0,4}(丢|没了|不见|缺失|偷|盗)/ },
  {
    what: "tree",
    stopped: /(树|树枝|树干|枝)[^，。]{0,10}(歪|斜|倒|裂|断|悬|挂在|压在)/,
    and: PATH,
    unless: /修剪|挡(住)?(了)?.{0,4}(阳光|光线|视线)/,
  },
];

// Said of the outage itself: it goes on now, or has lasted since a time named (the complaint "至今没有
// 解决" is not it).
const STILL_OUT = new RegExp(
  [
    "(还|仍然?|至今|到现在|现在)(还|都|也)?(没|未|不|是)(?!.{0,3}(解决|答复|回复|处理|说法|人管|下文|动静|通知))",
    "(已经|整整)(连续)?[一两二三四五六七八九十几\\d]+(多)?(天|个?小时|个?钟头)|[一两二三四五六七八九十几\\d]+(多)?(天|个?小时|个?钟头)(多)?了",
    "一整天|一天一夜|整整一天|第[二三四五六七八九十\\d]+天了|(从|自)[^，。]{0,8}(起|开始)(?!.{0,4}每)",
    // "从昨天晚上就停水了", "从前天就停了": off since then, and still.
    "(从|自)[^，。]{1,8}就(停|断|没|坏|不(热|暖|来|亮|通))",
    // "昨天晚上暖气突然停了，今天一点都不热": the state told today, after the outage.
    "(今天|今早|现在|目前)[^，。]{0,4}(一点|还是|仍然?|依然)(都|也)?(不|没)(热|暖|来|通|亮)",
  ].join("|"),
);
// The outage is over: restored, fixed, thanked for.
const RESTORED =
  /(已经|已|早就|都)恢复|恢复(了|正常了)|来(水|电|气)了|就来了|修好了|(已经|早就|都)(通|热)了|好多了|不停了|解决了/;
const PRAISE =
  /表扬|点赞|锦旗|感谢信|特此致谢|(特别|非常|十分|真心|衷心)(感谢|谢谢)|感谢.{0,10}(师傅|及时|连夜|辛苦|改造)/;
// Asked about ahead of time, or a schedule asked about: a consultation, not a stoppage.
const PLANNED =
  /计划|检修|通知|预计|将于|要停|会停|停多久|(明天|明早|后天|下周|下个?月|下礼拜)[^，。]{0,8}(停|断)/;
// An outage nobody announced, or one that came suddenly, is no planned one.
// "一点通知都没有": the notice denied after it is named.
const UNPLANNED =
  /突然|没有?(任何)?(提前)?(发|贴|下|出)?(个)?通知|无通知|未通知|不通知|(也|都)没(提前)?(发|贴|下|出)?(个)?通知|(一点|任何)?通知(都|也)没有?/;
// An outage named for a day ahead is planned however its notice is told ("明天停电检修，楼里还没贴通知").
const AHEAD = /(明天|明早|后天|下周|下个?月|下礼拜)[^，。]{0,8}(停|断)/;
const ASKING = /请问|咨询|想问|问一下|问问|打听/;
// A question asked from a home where life has stopped says so ("请问停水了怎么办，老人要做饭").
const HARDSHIP = /没法|无法|做不了|用不了|不能(用|做|洗|喝)|冻|急|老人|孩子|婴儿|病人|瘫|轮椅|怎么办|咋办/;
// A recurring problem happening again today is happening now.
const AGAIN_NOW = /今天|今早|今晚|刚才|刚刚|此刻|这会儿|又(停|坏|爆|断|没|冒|堵)/;
// A problem that recurs is a standing complaint for the normal deadline, unless it has stopped life now.
// Power that keeps failing where someone lives on oxygen or a ventilator stops the machine each time: on the read
// sets every such message but the thanks is urgent, the recurring ones too ("又停电了，这个月第三回…制氧机",
// "变压器一天跳闸三四次…需要用制氧机", "一到用电高峰就跳闸…老人用制氧机").
const LIVES_ON_POWER =
  /(制氧|呼吸机|吸氧)[\s\S]*(跳闸|停电|断电|没电)|(跳闸|停电|断电|没电)[\s\S]*(制氧|呼吸机|吸氧)/;
const STANDING =
  /(好)?几个月|半年|每隔|经常|频繁|三天两头|时常|老是|总是|动不动|隔三差五|每逢|每次|每到|一到.{0,6}就|一下雨就|高峰(时段|期)|长期|常年|多年|接连/;
// The clauses after a past anchor tell an old story, until one comes back to now.
const PAST_ANCHOR =
  /昨天|昨晚|前天|前(两|几|一)天|上个?(周|星期|礼拜|月)|上次|以前|之前|去年|前年|那次|当时|前段时间/;
const BACK_TO_NOW = /现在|今天|今早|今晚|目前|此刻|眼下|这会儿|到现在/;
// What follows these asserts nothing about now ("建议停水前通知", "会不会停电").
const NOT_ASSERTED =
  /建议|希望|能否|可否|避免|以免|防止|万一|如果|要是|假如|否则|不然|会不会|是否|怕|担心|能不能提前|到时候/;
const SUGGESTION_OPENING = /^(建议|希望|能否|可否|能不能)/;

/*
 * Outages named as a kind of news, not as what happens now: a list of notices ("停水停电、打疫苗、领补贴这些
 * 重要的事", "比如停水停电、疫苗接种") said in a proposal about how the community informs people.
 */
// Also an outage named as a time ("停水期间能否安排送水车", "停水的时候能不能提前发个短信"): all 12 such messages
// on the read sets are normal.
const OUTAGES_NAMED =
  /(停水|停电|停气|停暖)(期间|的时候)|(停水停电|停电停水)[、，,]|(比如|例如|像是?)[^。，]{0,4}(停水|停电|停气)|(停水|停电|停气)[^，。]{0,16}(这些|这类|之类|等(重要|大)?事)/;
// "昨天停水一整天": a whole day told of yesterday is over; "停水一整天了" still goes on.
const OVER_IN_A_DAY = /(昨天|前天|上周.|那天)[^，。]{0,10}(一整天|整整一天|一天一夜)(?!了)/;

function sentencesOf(text: string): string[] {
  return text.split(/[。！？!?；;\n]+/).filter((s) => s.trim().length > 0);
}

/**
 * The first urgent cue in a (normalised) text, read sentence by sentence: clauses about the past,
 * plans, suggestions and fears are set aside, and a sentence saying the outage is over closes the
 * story told before it. Null when nothing has stopped daily life now.
 */
export function readUrgentCue(simple: string): UrgentCue | null {
  const stillOut = STILL_OUT.test(simple);
  if (
    !stillOut &&
    ((STANDING.test(simple) && !AGAIN_NOW.test(simple) && !LIVES_ON_POWER.test(simple)) ||
      PRAISE.test(simple) ||
      (ASKING.test(simple) && !HARDSHIP.test(simple)))
  )
    return null;
  let found: UrgentCue | null = null;
  for (const sentence of sentencesOf(simple)) {
    const goesOn = STILL_OUT.test(sentence) && !OVER_IN_A_DAY.test(sentence);
    if (RESTORED.test(sentence) && !goesOn) {
      found = null;
      continue;
    }
    if (found) continue;
    const planned =
      AHEAD.test(sentence) || (PLANNED.test(sentence.replace(UNPLANNED, "")) && !UNPLANNED.test(sentence));
    if (!goesOn && (planned || SUGGESTION_OPENING.test(sentence.trim()))) continue;
    found = cueIn(sentence, goesOn, simple);
  }
  return found;
}

function cueIn(sentence: string, goesOn: boolean, message: string): UrgentCue | null {
  if (OUTAGES_NAMED.test(sentence)) return null;
  let past = false;
  const live = sentence
    .split(/[，,、 ]+/)
    .filter((clause) => {
      if (PAST_ANCHOR.test(clause) && !BACK_TO_NOW.test(clause)) past = !goesOn;
      else if (BACK_TO_NOW.test(clause)) past = false;
      return clause && !past;
    })
    .map((clause) => {
      const m = NOT_ASSERTED.exec(clause);
      return m ? clause.slice(0, m.index) : clause;
    })
    .join("，");
  for (const cue of CUES) {
    const m = cue.stopped.exec(live);
    if (!m || cue.unless?.test(sentence)) continue;
    if (cue.and && !cue.and.test(live) && !cue.orInMessage?.test(message)) continue;
    return { what: cue.what, reason: m[0] };
  }
  return null;
}

/*
 * Words that contain an alarm trigger of the unsure check but raise no alarm: a blood-pressure
 * monitor, leukaemia, an exhaust pipe, a smoke detector to install, a police report already filed.
 */
const ROUTINE_LOOKALIKES =
  /血压|血糖|血脂|血栓|白血病|献血|验血|抽血|血型|血常规|排气管|(烟雾|烟感|燃气|煤气)?报警器|已经报警|已报警|报了警|报警(之|以)?后|报过警|报警了|报警好几次|报警去|报警也|[两三几多]次报警|(不想|不愿|不敢|没有?)报警|烟雾缭绕|(不是要|不用|不必|没必要|用不着)(打|拨)?(110|119|120|报警)|压得[^，。]{0,4}喘不(过|上)气/g;

/** The text with those words blanked out (same length), for the unsure check to read. */
export function maskRoutineLookalikes(simple: string): string {
  return simple.replace(ROUTINE_LOOKALIKES, (w) => "□".repeat(w.length));
}
