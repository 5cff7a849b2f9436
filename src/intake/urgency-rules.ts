import { simplify } from "../domain/text-simplify.js";
import { readDialect } from "./emergency-dialect.js";
import { fraudUnderWay } from "./fraud-under-way.js";
import { readHazardEnglish, readHazardEnglishForRules } from "./emergency-english.js";
import { readHazardPinyin, readHazardPinyinForRules } from "./emergency-pinyin.js";
import { normaliseGasHomophones } from "./gas-homophones.js";
import { RecentResults } from "../domain/recent-results.js";
import { maskRoutineLookalikes, readUrgentCue } from "./urgent-cues.js";
import type { Urgency } from "../domain/taxonomy.schema.js";

/** What kind of danger an emergency is: decides the safety advice and the fallback category. */
export const HAZARDS = [
  "gas",
  "fire",
  "electric",
  "flood",
  "trapped",
  "missing",
  "injury",
  "violence",
  "poison",
  "collapse",
  "self_harm",
  "fraud",
] as const;
export type Hazard = (typeof HAZARDS)[number];

export interface UrgencyFinding {
  urgency: Urgency;
  /** The phrase that decided it, for dispatchers and for tests. */
  reason: string | null;
  /** The present-tense sentence in which an emergency rule fired. */
  sentence?: string;
  /** Set for emergencies only. */
  hazard: Hazard | null;
  /**
   * Hazards whose rule matched but was then ruled out by an explicit exception ("没闻到燃气味",
   * "倒了一车垃圾", a lost cat): known non-emergencies that a learned model must not overrule.
   */
  excluded?: Hazard[];
  /**
   * Set when only the danger frame (a person, a state of harm, now) fired: it knows that someone is
   * in danger better than which danger, so a model that concurs names the hazard.
   */
  frame?: boolean;
}

/*
 * Residents rarely use the words a form would. A gas leak is "臭鸡蛋味", "燃气表还在转", "气管子挖破了";
 * a missing child is "找不着了，半个钟头了". So emergencies are recognised from concepts that occur
 * together in one sentence (a substance and a sign of it escaping; a person and a harm, a trap or an
 * absence), not from fixed phrases. Recall matters more than precision: a false alarm costs a phone
 * call, a missed gas leak costs lives.
 */

// A clause about the past, a drill or a policy question describes no danger happening now. A class
// where children swim or dance (游泳培训班) is a place, not a safety training.
export const PAST =
  /去年|前年|上个?月|上周|上星期|上次|曾经|那场|那次|扑灭了|灭了火|过一次|过两次|整改|过一回|(摔|滑|跌|绊)倒过|过(几|好几)(回|次)|差点|差一点|险些|(?<!不是|不是在|并非|并不是|不像是?)演练|宣传|(?<!游泳|舞蹈|跆拳道|武术|体操|篮球|足球|轮滑|滑冰|攀岩|少儿|儿童)培训|讲座|知识|手环|着火后|火灾后|处理完|已经处理|已处理|已经找到|找回来|已经灭|看过了|(怎么|如何|怎样).{0,2}(预防|防范|避免)/;
/*
 * A fear or a precaution governs only what follows it: "怕有人掉下去" asserts nothing, but in
 * "煤气味好大怕爆炸" (residents rarely punctuate) the smell before "怕" is real. So the clause is cut
 * at the marker, not dropped.
 */
/*
 * Yesterday's fall is over unless the clause says it goes on ("昨晚出去一夜没回", "昨天就不见了，还没
 * 找到"). Someone already in hospital is in care. These clauses are dropped like the past above.
 */
const RECENT_PAST = /昨天|昨晚|前天|前几天|上周|上星期|住院|出院|在医院/;
// "今天比前两天更重": worse now than before is going on now.
const STILL_GOING =
  /比[^，。]{0,6}(更|还)(重|浓|大|冲|厉害|多)|比(昨天|前天|之前|以前|上周|早上|刚才)[^，。]{0,3}(宽|大|长|深|高|多|重|严重)了|还|仍|一直|到现在|至今|没回|未归|找不到|找不着|不见|联系不上|没(醒|动静|反应)|失踪|走失|走丢|离家出走|没人见(过|着|到)|(电话|手机)[^，。]{0,2}(不接|打不通|关机)|家里(也|都)没人|(一|整)(夜|宿|晚|天)(都)?(没|未)(吃|喝|进食|动|起)/;

/*
 * A drill, a film, a game, a dream or a school essay: the danger in it happens to nobody. The whole
 * sentence is dropped ("搞消防演练，广播喊着火了").
 */
// "这次不是演习": the drill is denied, so what follows is real.
const FICTION =
  /(?<!不是|不是在|并非|并不是|不像是?)(演练|演习)|拍戏|拍电视剧|拍电影|电视剧|电影(?!院)|爱情片|游戏里|我的世界|岩浆|特效|(这|那|一)部剧|剧里|剧中|短剧|小说|作文|调查报告|论文|课题|做梦|梦见|噩梦|问卷|试卷|考题|习题|选择题|测验题|看了?(个|条|一条)?新闻|群里(那个|的|发的)视频(?![^，。]{0,4}(就是|是)?(现在|刚才|刚刚|正在|我们这|我家))|(网上|抖音|快手)[^，。]{0,3}视频(?![^，。]{0,4}(就是|是)?(现在|刚才|刚刚|正在|我们这|我家))|新闻(上|里)|的新闻|新闻(看得|太多|很多|不少|报道)|刷到/;
/*
 * An escape room, a murder-mystery game or a haunted house: being shut in, a fire or a scream there is
 * the game ("密室逃脱被关了一个小时才出来", "设计成地下室着火的场景"). The venue is real, though: a body
 * that fails (breath, asthma, a faint, blood), real smoke or a burning smell, or the door's lock or
 * the power broken while players are inside is a danger in a real room. Only those, and not in a
 * sentence that tells the game (场景, 剧情, 好玩, 哈哈 …).
 */
const GAME_VENUE = /密室逃脱|剧本杀|鬼屋/;
const VENUE_REAL_HARM =
  /喘不(过|上|了)气|呼吸困难|(哮喘|心脏病|癫痫)[^，。]{0,3}(犯|发作)|犯(了)?(哮喘|心脏病|癫痫)|晕倒|晕过去|昏(倒|迷|过去)|不省人事|抽搐|流血|出血|砸(到|中|伤)|摔(伤|断)|骨折|烟味|焦味|糊味|冒烟|浓烟|着火|起火|失火|电子锁[^，。]{0,3}(失灵|坏)|门锁[^，。]{0,3}(坏|死|失灵)|锁死|断电|停电|灯[^，。]{0,2}(全)?灭/;
const VENUE_GAME_TOLD =
  /场景|剧情|设计|主题|道具火|特效|好玩|刺激|吓人|恐怖|推荐|哈哈|(这|那|一)个本|的本|玩的是|(?<!找不到)工作人员来开|最后[^，。]{0,6}(出来|找到出口)/;
function gameVenueOnly(sentence: string, message: string): boolean {
  if (!GAME_VENUE.test(sentence)) return false;
  return !VENUE_REAL_HARM.test(message) || VENUE_GAME_TOLD.test(message);
}

/*
 * A film, a show, a game or a clip the writer watched or played ("电影院里放灾难片，爆炸声太大了",
 * "网上看到一个视频说有人砍人", "我在玩一个游戏 里面的大楼着火了"): the danger is on a screen. Footage of
 * the writer's own place (监控, 录像) is not, nor a danger noticed while watching ("看了个视频，突然
 * 闻到煤气味").
 */
const ON_SCREEN =
  /灾难片|恐怖片|动作片|动画片|纪录片|综艺|(这|那)(个|款)?游戏|玩(一个|个|这个|那个|的)游戏|看(了|到|完)(一个|个|一条|条|这个|那个|一段|段)?(科普|短)?视频/;
const NOTICED_MEANWHILE = /监控|录像|摄像|突然|忽然|这时|闻到|听到|听见|我们(楼|小区|家)|我家/;

/*
 * A kind of event, not one happening: "打人事件频发", "电梯困人事件", "性侵幼女案". The clause names
 * a category of incidents, as news or statistics do.
 */
const EVENT_KIND =
  /(困人|被困|困住人?|打人|被打|殴打|猥亵|性侵|杀人|伤人|被砍|车祸|坠落|溺水|触电|中毒|火灾|爆炸)[^，。]{0,4}(事件|案|现象|频发|时有发生|多发|屡|的情况)/;
/*
 * How often something happens is a standing problem ("经常出现电梯困人", "电梯天天卡"), not one
 * going on now; a clause that brings it back to now ("现在又…") still counts.
 */
// "一到雨季，…便被洪水冲入": what follows such an opening in its sentence is habitual too.
// "天天被打，刚才又哭得撕心裂肺": the habit is going on at this moment. A bare 现在 often opens a contrast.
const GOING_ON_NOW =
  /正在|还在|仍在|刚刚|刚才|此刻|这会儿|又|(今天|今晚|今早)[^，。]{0,2}(特别|格外|尤其|更)|跟平时不一样|比平时/;
const HABITUAL_OPEN = /一到(春|夏|秋|冬|雨|下雨|晚上|夜里|半夜|周末|节假日|汛期|刮风)|每逢|每到|每当/;
// Gas that escapes again and again ("每次开火都闻到煤气味") is a leak now, not a standing complaint:
// the gas company sends its emergency crew for any smell (call 119 or the gas hotline at once).
const GAS_ESCAPING = /(燃气|煤气|天然气|液化气|燃汽|然气|瓦斯).{0,3}(味|漏|泄)|(漏|泄)(燃|煤|天然|液化)?气/;
const HABITUAL =
  /经常|(?<![非正异日平通])常有|每个?(月|周|星期|礼拜)都|经常性|年年|每年|有时候|有时|时不时|(?<!一)下(大)?雨就|下雨天|天天|老是|总是|老说|总说|常说|老念叨|总念叨|天天说|频繁|频发|屡屡|时常|常常|(?<!一)动不动就|每次|每逢|每到|一到(春|夏|秋|冬|雨|下雨|晚上|夜里|半夜|周末|节假日|汛期|刮风)[^，。]{0,10}(就|便)/;

export const HYPOTHETICAL =
  /(存在|有)?.{0,4}隐患|有[^，。]{0,8}风险|比如|例如|譬如|不然|否则|新闻(上|里)?(说|报道|看到)|电视(上|里)?(说|报道|播|放)|外地|如果|假如|假设|要是|建议|增设|加装|容易|可能会|预防|防范|防走失|防溺水|防火|防止|以免|避免|万一|(甚至|可能|会|容易|将)(导致|造成|引发)|怕(?!是)|担心(?!是)|(?<!不)会(中毒|致癌|爆炸)(?![了吗])|要不要|是否需要|规范|会不会|到时候|天气预报|预报|(?<![可难])以为|(着火|起火|失火|出事|有事)了?(都|也)(找不到|没法|用不了|不知道|来不及|跑不)|(再|敢)[^，。]{0,8}就(让人|叫人|找人)|真(的)?[^，。]{0,6}怎么办|隔壁(市|县|省|城)|其他(城市|地方)|别的(城市|地方)|外省|(但|但是|可|可是)(要是|万一)?(着火|失火|起火)了?(怎么|咋|往哪)(跑|逃)/;
// Things that go missing but are not people.
export const NOT_A_PERSON =
  /猫|狗|宠物|钱包|钥匙|手机|手表|水杯|眼镜|雨伞|证件|身份证|车子|自行车|电动车|快递|包裹|档案|学籍|户口本|病历|资料|材料|证明|文件|书包|作业本|校服|学生证|工作证|驾驶证|驾照|银行卡|社保卡|医保卡|公交卡|饭卡|校牌|准考证/;
// The thing is what went missing, not an aside ("手机也没带，找遍了附近都没找到" is about a person).
// A thing, not a person, fell into the water: the thing named right before 掉, not after a verb of
// reaching for it ("去捞手机掉水里了" is the person), nor a bike or a car someone rode into the water
// ("男孩骑自行车掉河里了" is the boy).
const THING_FELL_IN = new RegExp(
  `(?<!(捞|捡|够|拿|找|抓|追|骑|推|开|坐)[^，。]{0,2})(${NOT_A_PERSON.source})(也|都|又|不小心|一不小心)?掉(进|到)?(河|湖|水库|水里|水塘|池塘|水池|江|海)`,
);
// A record that went missing, named right before the loss: "孩子的学籍档案找不到了".
const RECORD_LOST =
  /(档案|学籍|户口本|病历|资料|材料|证明|文件|证件|身份证)(都|也|又)?(丢了|不见了|找不到|找不着|没找到)/;
const NOT_A_PERSON_GONE = new RegExp(
  `(${NOT_A_PERSON.source}).{0,8}(丢|不见|找不到|找不着|没找到|走丢|跑|没回|没了|被偷|失踪)`,
);
// "自行车在河边找到了，人不见了": the thing was found; what is gone after it is the person.
const THING_FOUND = new RegExp(`(${NOT_A_PERSON.source})[^，。]{0,8}找(到|回来)了`, "g");
// "我家孩子丢了……丢了那个，学生证": the speaker corrects what was lost.
const THING_MEANT = new RegExp(`(丢|不见)了?(的是)?(那个|那啥)[，,…\\s]*(${NOT_A_PERSON.source})`);
// "孩子的医保卡找不到了": the thing belongs to the child, and nobody else is said to be gone.
const THING_OF_SOMEONE = new RegExp(
  `的(${NOT_A_PERSON.source})(都|也|又)?(丢了|不见了|找不到|找不着|没找到)`,
  "g",
);
const onlyAThingLost = (live: string): boolean =>
  live.replace(THING_OF_SOMEONE, "□") !== live && !ABSENCE.test(live.replace(THING_OF_SOMEONE, "□"));
// "它十五岁了": a pet's age is not a dependant's.
const PET_AGE = /它[^，。]{0,3}[\d一二三四五六七八九十两]+岁/g;

export const PERSON =
  /(?<!没|无|没有)人(?!员|管|修|理|问|民|口|工|大代表|类|士|才|性|造|文|事|力|格|均|次|数)|员工|职工|师傅|保安|保洁|顾客|租客|居民|观众|游客|小伙|姑娘|阿姨|大哥|大姐|小朋友|外卖员|快递员|骑手|送外卖的|男的|女的|老人|老娘|老爹|老妈|老爸|老母亲|老父亲|老太|老头|老爷子|大爷|大妈|大娘|奶奶|爷爷|姥姥|姥爷|外婆|外公|孩子|小孩|娃|儿子|女儿|闺女|孙子|孙女|男孩|女孩|男童|女童|少年|儿童(?!乐园|游乐|节|房|区|用品|座椅|医院|公园|剧场|画|书|车|玩具|票|套餐|服装|鞋|椅|游泳|滑梯|设施|设备|城|馆|中心|营|版|频道)|我爸|我妈|爸爸|妈妈|我娘|俺娘|俺爹|我爹|老伴|媳妇|老公|丈夫|妻子|工人|行人|孕妇|学生|婴儿|宝宝|他|她|我们|流浪汉|老两口|女生|男生|司机|乘客|住户|路人|邻居|老汉|弟弟|妹妹|哥哥|姐姐|朋友|同事|同学|病人|家人|全家|一家/;
export const DEPENDANT =
  /(精神|智力|智能|心智|多重)(残疾|残障)|残障|残疾(人|的)|智力障碍|智障|智力(有|不)|认知(障碍|症|有问题)|脑瘫|唐氏|自闭|痴呆|失智|阿尔茨海默|精神(病|分裂|障碍)|认不得人|认不出人|不认人了|孩子|小孩|娃|儿子|女儿|闺女|孙子|孙女|外孙|老人|老娘|老爹|老妈|老爸|老爷子|老头|老太|老伴|我爸|我妈|我娘|俺娘|俺爹|我爹|父亲|母亲|奶奶|爷爷|姥姥|姥爷|外婆|外公|宝宝|学生|女生|男生|老两口|弟弟|妹妹|[\d一二三四五六七八九十两]+岁|老(二|三|四|幺|小)(?![^，。]{0,2}(的事|那个事))/;
// Someone who no longer responds or cannot move: whatever the cause, an ambulance decides, not a form.
export const UNRESPONSIVE =
  /叫.{0,4}不(醒|应|答应)|(叫|喊)([^，。]{0,2}|半天)(了)?(半天|好?[\d一二两三四五几]+(声|遍|次|下))?(都|也|还)?(没有?|不)(任何)?(回应|应答|应声)|(叫|喊)[^，。]{0,4}只(会|能|是)?(哼|呻吟)|喊.{0,4}不(醒|应|答应)|没(有)?反应|不省人事|一动不动|不会动了|冻僵|没(有)?(了)?(呼吸|心跳)|人.{0,3}没(了)?气(了)?(?!味)|(?<!压得|累得|忙得|逼得)喘不(上|过)气|(呼吸|喘气?|气)(都)?(上不来|不上来|不过来)|透不过气|脸(色)?(发)?(紫|青)|(脸|嘴)?憋得(发)?(紫|青)|嘴唇发(紫|青)|憋(红|紫)|晕(了|倒|过去)|人.{0,2}迷糊|(人|屋里|里面|里头|门里|敲门|叫|喊|他|她)[^，。]{0,8}没(有)?(了)?动静|没(有)?意识|(意识|神志)(不清|模糊)|突然就?不行了|翻白眼|昏(迷|过去|倒)|呼之不应|呼叫不应|呼吸(很|非常|极|十分)?(微弱|弱)|只(是)?微微动|倒地不起/;
// Absence of a person made alarming by its length or by a phone that no longer answers.
export const LONG_ABSENCE =
  /一(夜|晚|宿|整天|天)(都)?(没|未|不)(回|归)|彻夜未归|到现在(都|还)?(没|不见)|(几|好几|[一二三四五六七八九十两\d]+)个?多?(小时|钟头)|(几|好几|[一二三四五六七八九十两\d]+)个多?钟(?!表|点)|半(个)?(小时|钟头|天)|天黑|关机|打不通|不接|没人接|联系不上|没有?(到|回)(家|学校)/;

/*
 * The words that say a person is gone, whoever they are ("一转眼人没了", "找不着了", "被人接走了"): for
 * the summary, which must name the absence rather than where the person last was.
 */
export const ABSENCE =
  /找不到|找不着|跟丢了|没有?找到|(?<![看听])不见了|不见人影|没影|走散|走丢|走失|失踪|失联|联系不上|没有?回(来|家)|还没有?回|未归|(人|娃|孩子)(就|一下)?没了|转眼[^，。]{0,3}没了|人呢|(接|带|抱|拐|领)走了|(?<!不)没(到|来)(学校|家)/;

/*
 * "救命啊", "要命", "急死了" are also what people say about fees, prices and noise. Next to such a
 * topic, with no harm named, they are an exclamation.
 */
export const EXCLAMATION_TOPIC =
  /(热|冷|闷|晒)死(了|人)|天气|空调|投诉|费|钱|价|涨|贵|网断|断网|网课|宽带|工资|房租|租金|账单|收费|罚款|吵|噪音|噪声|装修|电钻|广场舞|排队|网速|信号|作业|堵车|物业|中介|快递|外卖|停车位|wifi|WiFi|WIFI|网络|排号|窗口|办事|办证|等了/;

const DEVICE_UNRESPONSIVE =
  /(按|摁|点)(了|过)?[\d一二三四五六七八九十]+(楼|层|键)没(有)?(任何)?(反应|动静)|(?<![打叫喊推拍摇])(按|摁|点|拨)(了|过)?(半天|几下|好几下)?没(有)?(任何)?(反应|动静)|(卡(?![住在])|(插|刷)了?(卡|表|进|到|上)|充了?值|缴费|显示屏|[电水气]表|电脑|门禁|按钮|按键|测试|烟感|报警器|手机|电话|屏幕|机器|遥控|开关|插座|系统|app|APP|网站|热线|投诉|反映|反应|物业|社区|部门|信|诉求|换|修|维修|答复|回复|处理)[^，。]{0,10}没(有)?(任何)?(反应|动静)/;

// "说要离家出走…被他妈拦下来了": stopped before leaving, or at home now.
const STOPPED_BEFORE_LEAVING =
  /(被|给)[^，。]{0,4}(拦|劝|拽|拉)(下来|住|回来)了|(?<!不|没|没有)在家(里)?(哭|睡|呢|待着|躺着)/;
// Away on a planned trip, at work or at school: not gone.
// Days with no sign of life: no door opened, nobody downstairs, no power or water used, the daily
// call not answered two days running. (A meter standing still is also the caller's own broken meter.)
// The phone unanswered counts only with the days counted ("三天没接电话了"): "这几天电话没人接，能不能
//请社区去看一下" is the everyday welfare visit eval-fresh10 labels normal.
//
// Each variable look-behind is preceded by a look-ahead for the first characters the count that
// follows it can open with: the same test, but the look-behind now runs only where a count starts
// instead of at every position of every sentence (it was the costliest pattern of a long letter).
/** Sewer gas exploding: a manhole cover or a tank blown off, not one crushed by a car ("被车压爆"). */
export const MANHOLE_BLAST =
  /(井盖|窨井|下水道|下水井|化粪池|沼气池)[^，。]{0,4}(被)?(炸|(?<![压踩轧碾砸])爆)(飞|开|了|起来)|(井盖|窨井盖)[^，。]{0,2}被(气|沼气|燃气)[^，。]{0,2}顶(起|开|飞)/;
// A knock unanswered while the phone rings inside ("敲门他没开，电话在屋里响") says someone is in there
// and not answering, however few days have passed.
export const UNSEEN_FOR_DAYS =
  /(?=[几两三四五好\d一])(?<!(物业|热线|客服|部门|社区|公司|单位|维修|办事处|12345|政府)[^，。]{0,6})(几|两|三|四|五|好几|[\d一]+)个?([天日]|星期|礼拜|周)(都)?没(人)?(开门|出门|露面|出现|见|看到|看见|动静|下楼|下过楼|用电|用水|用过电|用过水)|(?=[两三四五六七\d一])(?<!(物业|热线|客服|部门|社区|公司|单位|维修|办事处|12345|政府)[^，。]{0,6})((两|三|四|五|六|七|[\d]+)个?([天日]|星期|礼拜|周)|一个?(星期|礼拜|周))(了)?(电话)?(都|一直)?(没(人)?(接|回)(过)?(电话|消息)|打不通|没人接|不接|联系不上)|(昨天和今天|昨天今天|昨天到今天|连着(两|三|几|好几)天)(都|也|一直)?(没|不)(人)?(接|开门|出门|露面|动静)|(前天|大前天|上周|上星期|上礼拜)(起|开始|以来)?(就)?(都)?没(人)?(开门|出门|露面|见|看到|看见|动静)|敲门.{0,4}(不应|没人应|没反应|不开|都?没人)|没人应门|敲门[^。]{0,6}(没|不|无人)(开|应)[^。]{0,16}((电话|手机)(铃声)?在(屋|家|房间)里(一直)?响|(屋|屋里|屋内|家里|里面)有(手机|电话)?铃声)|(门口|门前|门外|家门)[^，。]{0,4}(垃圾|快递|报纸|牛奶|外卖|催缴单|通知单|传单)[^，。]{0,4}((几|两|三|四|五|六|七|好几|[\d一])个?([天日]|星期|礼拜|周)|好几天)(了)?(都|也|一直)?(没|未)(人)?(拿|收|取|撕|动|扔)/;
/*
 * Days of silence told in other orders and words: the days after the silence ("联络不上外公已经两天了",
 * English "can't reach … for two days"), since a day named ("自前天晚上起未见其出门", "从前天晚上开始电话
 * 一直无人接听"), knocks and calls all unanswered ("敲门、打电话均无回应"), the rubbish not put out or the
 * papers piling up at the door for days. Only the rules read these (the danger's category reads the
 * shared list above).
 */
const OFFICE_BEFORE = String.raw`(?<!(物业|热线|客服|部门|社区|公司|单位|维修|办事处|12345|政府|房东|中介|商家|店)[^，。]{0,6})`;
const SINCE_A_DAY = String.raw`(前天|大前天|上周|上星期|上礼拜)(早上|上午|中午|下午|晚上|夜里)?(起|开始|以来)`;
const UNSEEN_TOLD_OTHERWISE = new RegExp(
  [
    String.raw`${OFFICE_BEFORE}(联系不上|联络不上|打不通|没人接|不接电话)[^。]{0,14}?(已经|都)?(两|三|四|五|六|七|几|好几|\d+)个?(天|日)`,
    String.raw`${SINCE_A_DAY}[^，。]{0,8}(没|未)(人)?见?(其|他|她)?(开门|出门|露面|出现|下楼)`,
    String.raw`${SINCE_A_DAY}[^，。]{0,8}(一直|都)(无人接听|没人接|打不通|不接|关机)`,
    String.raw`敲门[^。]{0,6}(均|都|也)(无|没)(人)?(回应|应答|应门)|无人应门`,
    String.raw`(这|两|三|几|好几)(两|几)?天[^，。]{0,8}(垃圾|门)[^，。]{0,4}(没|未)(放|拿|扔|提|开)(出来|出去)?`,
    String.raw`(门口|门前|门外)[^，。]{0,8}(快递|报纸|牛奶|外卖)[^，。]{0,8}(堆|放|挂)了(几|两|三|四|五|好几|\d)个?天`,
  ].join("|"),
);
const UNSEEN_ANYHOW = new RegExp(`${UNSEEN_FOR_DAYS.source}|${UNSEEN_TOLD_OTHERWISE.source}`);
// "他一个人租房住" lives alone as much as "一个人住".
const LIVES_ALONE = /一个人(租房|租|在外|在这)?住|独居|独自(居住|生活|一人)/;
const FRAIL_OR_ALONE = new RegExp(`${DEPENDANT.source}|${LIVES_ALONE.source}|邻居`);
// In another sentence, a neighbour named is only who writes ("邻居家的狗天天叫…敲门也不开").
const FRAIL_OR_ALONE_ELSEWHERE = new RegExp(`${DEPENDANT.source}|${LIVES_ALONE.source}`);
// The person was reached after all: they answered the door or the phone and said why.
const REACHED = /(?<![邻居人])(他|她)(说|讲)|才知道|原来(是|她|他)|联系上了|找到(了|人了)|没事了|回来了/;
// Only the missing person's own trip: "我在外地" (the caller far away) and "有钥匙的在外地" (the
// neighbour with the key) are why the caller asks someone to go and look. So is the caller's own
// business trip or holiday ("我来出差的，同事…到现在没回，电话关机"): it explains nobody else's silence.
// A trip the workplace or the school says never happened ("说去库房加班…同事说昨晚就没见他") explains
// nothing: the person is not where they said.
const PLANNED_AWAY = new RegExp(
  `(?:${/(?<!我们?(是|人|现在|目前|正)?(在外地|在|来|去|要|来这边|来这里|外地来|从外地来)?)(出差|旅游)|住校|加班|值班|回老家|探亲|(?<!钥匙的?人?|我们?(人|现在|目前)?)(在|去)外地/.source})` +
    "(?![^。]{0,40}?(同事|单位|公司|厂里|领导|老板|学校|老师)[^，。]{0,4}说?[^，。]{0,6}(没见|没看到|没看见|没来|没去|没到|不在)|[^。]{0,30}?(没|未)(有)?(到|回|去)(学校|校))",
);
const SILENCE_EXPLAINED = new RegExp(`${PLANNED_AWAY.source}|${REACHED.source}`);
/*
 * "他一个人出去跑步了还没回，才半个小时": the writer counts the time as short (才, 刚, 不到) and nothing
 * else says the adult is unreachable. A child is another rule's (any time counts for a child).
 */
export const ONLY_A_SHORT_WHILE =
  /^(?!.*(关机|打不通|联系不上|失联|不接|没人接|一(夜|晚|宿)|彻夜|天黑))(?=.*(才|刚|刚刚|不到|还不到|没到|还没到)(出去)?[\d一二两三四五六七八九十几半]*个?多?(小时|钟头|分钟|会儿))/;
// Gone since an errand or a time told today, not back: "取药后未归", "下午三点出门至今未回".
const GONE_AFTER_AN_ERRAND =
  /(今天|今早|今晨|上午|中午|下午|傍晚|晚上|[\d一二三四五六七八九十两]+点)[^。]{0,20}(后|以后|之后)(一直|至今|到现在)?(未归|未回|没回来|没有回来|没回家|再没回)|(出门|出去|离开)[^，。]{0,10}(至今|到现在)(未归|未回|没回|还没回)/;
// "还没走丢过": a question about prevention, not an absence.
const NOT_GONE_YET = /(还|从来)?没(有)?(走丢|走失|丢)过/;
// "找了半年工作没找到": a job is what was not found.
/*
 * "找不到总阀", "老人找不到车站", "找不到地方上厕所", "找不到车主": the thing, the place or the
 * owner looked for follows the verb; that is no person missing. (找不到家 and 回家的路 are not here:
 * a confused person lost is.)
 */
export const NOT_A_THING_SOUGHT =
  "(?![^，。]{0,2}(总阀|阀门|水阀|气阀|电闸|总闸|闸刀|开关|水表|电表|燃气表|气表|插座|遥控器|钥匙|车站|公交站|站牌|站台|(新|老)?站(?!着|在|起)|厕所|卫生间|地方|停车|车位|车主|房东|房子|原因|入口|出口|窗口|办事|科室|电梯|门牌|地址|位置|负责人|联系方式))";

// "联系不上我就打我女儿的手机": how to reach the writer, not someone gone.
const CALLBACK_INSTRUCTION =
  /(联系不上|打不通|不接|找不到|找不着)(我)?(的话|时)?[^，。]{0,2}(就|可以|请|麻烦)?(打|拨|联系|找)(我|他|她)?(家)?的?(儿子|女儿|闺女|老伴|爱人|老公|媳妇|老婆|孩子|家人|邻居|电话|手机)/;
const NOT_AN_ABSENCE = new RegExp(
  `${CALLBACK_INSTRUCTION.source}|${PLANNED_AWAY.source}|${NOT_GONE_YET.source}|工作[^，。]{0,3}没(有)?找到|找[^，。]{0,6}工作|${STOPPED_BEFORE_LEAVING.source}`,
);

/*
 * Wild mushrooms poison hours after the meal: "昨晚吃了自己采的蘑菇 全家上吐下泻 老人嘴麻" tells the meal
 * as last night's, so the whole message reads as past, but the vomiting and the numbness are now.
 * A meal long ago, a scare over or a question about which ones are safe is no poisoning.
 */
export const WILD_MUSHROOM =
  /(自己|山上|野外|路边|林子里|树林里|公园里|小区里|地里|草地上?)[^，。]{0,4}(采|摘|捡)[^，。]{0,4}(蘑菇|菌)|野(生)?的?(蘑菇|菌)|毒(蘑菇|菌)|见手青/;
const POISONED_NOW =
  /吐|泻|拉肚子|(嘴|舌头|嘴唇|手|脚)[^，。]{0,3}麻|幻觉|(看见|看到)[^，。]{0,8}小人|说胡话|抽(搐|风)|昏|晕|黄|尿(少|不出)/;
/*
 * "摔了一跤当时没啥，下午开始老是想睡", "头磕了一下当时好好的，晚上开始吐": a fall or a knock that
 * seemed nothing, then drowsiness, vomiting or confusion hours later — how bleeding inside the skull
 * shows itself. Read in the whole message: the knock is told as past (当时), the signs as now, and
 * "老是想睡" is no habit here. Not when the signs are said to have passed or a doctor found nothing.
 */
export const KNOCK_SEEMED_NOTHING =
  /(摔|磕|撞|跌|碰)[^。]{0,16}当时(看着|看起来|感觉|说|还)?(都)?(没事|没啥|没什么|好好的|挺好|没感觉|没当回事)/;
const LATER_HEAD_SIGN =
  /(开始|现在|越来越)[^，,。]{0,4}(吐(?!槽)|呕|想睡|犯困|嗜睡|睡不醒|叫不醒|迷糊|说胡话|糊涂|不怎么(应|理人|说话)|反应(慢|迟钝)|头(疼|痛)得(厉害|受不了)|抽(搐|风))/;
const HEAD_SIGN_PASSED =
  /(现在|已经)(都)?(好了|没事了|不吐了|正常了)|(医院|医生)[^。]{0,10}(没事|正常|没问题)/;
const MEAL_LONG_AGO =
  /去年|前年|上个?月|上个?(周|星期|礼拜)|小时候|以前|那次|上次|(几|[一二两三四五六七八九十\d]+)个?(周|月|星期|礼拜|年)(以)?前|怎么(辨别|区分|识别|分辨)|能不能吃|能吃吗|科普|新闻/;

const CO_SOURCE = /煤炉|炉子|蜂窝煤|烧炭|炭火|炭盆|煤球|燃气热水器|煤气热水器/;
const GROUP_SYMPTOMS =
  /(一家|全家|都|几个人|我们|两个人|三个人)[^，。]{0,8}(头晕|头疼|头痛|恶心|想吐|呕吐|叫不醒|没动静|没反应|叫不应|敲门不应)/;

interface Rule {
  hazard: Hazard;
  /** A match of every pattern in the sentence fires the rule; the first one's match is the reason. */
  all: readonly RegExp[];
  /** Vetoes the rule in this sentence. */
  none?: RegExp;
  /** Must also match somewhere in the message (who is at risk may be told in another sentence). */
  inMessage?: RegExp;
  /** One of the danger frame's rules (see UrgencyFinding.frame). */
  frame?: boolean;
}

export const GAS_SUBSTANCE =
  /黄色的?(立管|管道|管子)|燃气|石油气|LPG|CO报警|co报警|一氧化碳|煤气|天然气|液化气|沼气|燃汽|然气|瓦斯|罐装气|罐子气|气罐|气瓶|(?<![暖水血支])气管(?!炎)|燃气管|管道气|一氧化碳|煤气罐|钢瓶|煤汽/;
export const GAS_SIGN =
  /味|臭|(?<![新听传见要丑趣奇])闻|漏|(起|冒)泡|肥皂水[^。]{0,10}泡|泄|呲|哧|嘶|冒气|冒白气|冒泡|喷|挖破|挖断|挖了(?![\d一二两三四五六七八九十几好多]+个?(月|天|周|星期|礼拜|年))|口子|弄破|破了|断了|撞裂|裂了|裂开|关不住|关不上|拧不(上|紧|住|死)|关不(严|死)|撞歪|爆|报警器.{0,6}(响|叫|鸣)|头晕|头疼|头痛|恶心|叫不醒|忘关|中毒/;

/*
 * A gas alarm checked and found faulty is the problem, not gas. A chirp for its battery ("每隔一分钟
 * 滴一声，说明书上说是电池没电了") or its test button pressed ("测试按钮按了一下，叫了好久") too,
 * unless someone feels ill or smells something.
 */
const ALARM_EXPLAINED =
  /(报警器|传感器|探头)(坏了|有问题|故障|失灵)|乱响|误报|没漏|测试|自检|^(?!.*(头|晕|吐|恶心|醒|味|闷|(?<!没)难受|(?<!没)不舒服|喘)).*(电池|没电|低电)/;
// The alarm sounding, read as a sign of gas by the substance-and-sign rule.
const ALARM_SOUNDS = /报警器.{0,6}(响|叫|鸣)/g;

/*
 * "玻璃裂了一条缝，没掉，请物业看看", "墙体裂缝…能不能让他赔": a crack alone is a standing defect to
 * inspect. One that moves (widening, dropping bits, creaking, sinking, leaning), that is large or is
 * in a load-bearing wall, or that was found just now, is the collapse the rule is for. A crack in
 * the ice of a river or a lake is never a defect waiting for an inspector ("小孩在冰上玩，冰已经有裂缝了").
 */
const CRACK = /裂.{0,4}缝/g;
const CRACK_MOVING =
  /变(宽|大|长|形)|(宽|大|长)了|比[^，。]{0,6}(宽|大|长)|一(夜|晚|上午|下午)|越来越|扩|加(宽|大)|延伸|往上走|一直|还在|不断|掉|渣|落|响|咔|嘎|咯吱|声|沉|陷|斜|歪|鼓|晃|关不上|伸进|塞进|手指|指宽|突然|刚才|刚刚|撤|不敢|疏散|新(的)?裂|砸|大(裂)?缝|很大|好大|承重|塌|倒|人在|有人|住着|冰(面|上|层)|(河|湖|水库|池塘|塘)[^，。]{0,6}冰/;
const DENIED_MOVING = /(没|没有|未|不|并没|并未)(有)?(掉|响|变|动|塌|倒|歪|斜|落)/g;
function standingCrack(live: string, simple: string, firstOfRule: RegExp): boolean {
  return (
    !firstOfRule.test(live.replace(CRACK, "□")) && !CRACK_MOVING.test(simple.replace(DENIED_MOVING, "□"))
  );
}

// Money, claims and paperwork: a harm told to claim for it, not one happening.
const CLAIM = /医疗费|医药费|赔偿|理赔|报销|工伤|补偿|拖欠|索赔/;

/*
 * The danger frame's parts (see the end of RULES). Who: the person lists. Now: a word of the moment,
 * or a state still going on. The states are grouped by the hazard whose advice fits them.
 */
const FRAME_WHO = new RegExp(
  `${PERSON.source}|${DEPENDANT.source}|我|妈妈|爸爸|婆婆|公公|岳父|岳母|丈母娘|老丈人|姑姑|姨|舅|叔|婶|嫂|亲戚|室友|(推|抱|牵)着?[^，。]{0,4}(婴儿车|孩子|小孩)的`,
);
const FRAME_NOW =
  /还在|一直|到现在|至今|刚刚|刚才|正在|现在|此刻|这会儿|越来越|已经|马上|不停|没人(敢)?(管|拉|救|理)|(今天|今晚|今早)[^，。]{0,2}(特别|格外|尤其|又|更)|跟平时不一样|突然|不(出来|开|动|醒)了/;
const FRAME_STATES: readonly (readonly [Hazard, RegExp])[] = [
  [
    "trapped",
    /(拉|拽|拔|抽|爬|挣|弄)不(出来|出去|开|脱)|(被)?(吸|夹|卡|压|扣|困|锁)(住|在)(?![哪])|(盖子|门|盖)[^，。]{0,3}(扣上|合上|关死|锁死)|(拍|敲|砸)(着)?(车窗|车门|玻璃|窗户)/,
  ],
  [
    "violence",
    /按在地上|(按|揪|摁)着[^，。]{0,4}(打|踢|踹|揍)|(被|把)[^，。]{0,8}(踢|踹|揍|暴打|按在)|叫得[^，。]{0,3}惨|哭喊|求饶|喊救命/,
  ],
  [
    "injury",
    /冷汗|反应(很|特别|越来越|有点)?(慢|迟钝)|说话[^，。]{0,3}(慢|含糊|不清|费劲)|话(都|也)?说不(利索|清楚|清|出来)|口齿不清|舌头[^，。]{0,2}(发硬|大了|不听使唤)|(握|拿|抓)不住|(左|右|半)边(身子|身体|脸|胳膊|腿)|喘(起来|得厉害|不动)|说不(出|清)话|答非所问|(一只|一边|一侧|单侧)(手|胳膊|腿|脚)[^，。]{0,4}(抖|麻|没劲|没力|抬不起来|不听使唤)|直哼哼|只(会|是)?哼|瘫(在|倒|软)|软下去|(心口|胸口)[^，。]{0,4}(疼|痛|闷|压)|(疼|痛)得[^，。]{0,3}(打滚|直叫|受不了|动不了)/,
  ],
  ["flood", /漂着|往下沉|被水(冲|卷|困)|(车|人)[^，。]{0,3}(漂|浮)起来/],
];
// Hyperbole, a claim or a wish: the frame's state said of no danger.
const FRAME_NOT = new RegExp(`${CLAIM.source}|(累|饿|困|急|气|笑|忙)得|以后|申请|想要`);

// A pot boiling over onto the cooker's flame ("汤扑出来把火浇灭了", "火被汤扑灭了").
const FLAME_DOUSED =
  /(汤|水|粥|奶|锅)[^，。]{0,4}(溢|扑|潽|漫)[^，。]{0,4}(把)?(灶|炉)?火[^，。]{0,2}(浇|扑|潽|弄)?灭|火(苗)?被(汤|水|粥|奶|锅)[^，。]{0,2}(浇|扑|潽)灭/;
// The gas shut off or gone after it: the danger is over.
const GAS_SHUT_AFTER = /关(了|上|掉|好)|拧(上|紧)|没(有)?味/;
const FLAME_DOUSED_MADE_SAFE = new RegExp(`${GAS_SHUT_AFTER.source}|(重新|又)(点|打)(着|上)`);
// Smoke someone chokes on now: a cough that will not stop, an asthma attack, breath failing.
const SMOKE_CHOKES = /咳得|呛得|喘不|喘得|(哮喘|气喘)[^，。]{0,3}(发作|犯)|晕/;

/*
 * A hand, an arm or hair drawn into a machine ("手 卷进去了", "绞肉机夹手", "头发被传送带绞住"): the
 * machine goes on pulling until someone stops it. Not a phone, a glove or a sleeve, nor a door or a
 * drawer pinching a finger (no machine named).
 */
// A handle (把手, 扶手), a helper (助手, 帮手) or a player (选手, 歌手) is no hand.
const BODY_PART =
  "((?<![把扶拉抓握助帮选对高新老歌水能凶打二])手(?![机续套表环工提推柄链指甲写])|胳膊|手臂|手指|指头|腿|脚(?![步印垫本])|头发|辫子)";
const MACHINE =
  "(绞肉机|搅拌机|和面机|压面机|切片机|切菜机|粉碎机|滚筒|皮带|传送带|输送带|机器|机床|冲床|压力机|卷扬机|扶梯|甩干机|烘干机)";
const CAUGHT_IN_MACHINE = new RegExp(
  [
    `${BODY_PART}[，,]?(被)?[^，。]{0,6}(卷|绞|轧|碾)(进|住|断)`,
    `(卷|绞|轧)(进去|住)了?[^，。]{0,4}${BODY_PART}`,
    `${MACHINE}[^，。]{0,4}(夹|卷|绞|轧|吸)(住|进|到|断|了)?[^，。]{0,6}${BODY_PART}`,
    `${MACHINE}[^，。]{0,2}把[^，。]{0,6}${BODY_PART}[^，。]{0,2}(夹|卷|绞|轧)`,
    // "手指被机器绞伤" tells the wound (a claim follows), not a hand still caught.
    `${BODY_PART}[^，。]{0,4}(被)?${MACHINE}[^，。]{0,3}(夹|卷|绞|轧)(住|进|着)`,
  ].join("|"),
);

const RULES: readonly Rule[] = [
  // Gas: a substance and a sign it escapes; or the signs alone that only gas gives.
  // "臭得跟煤气泄漏似的": a simile names the gas to say how bad something else smells.
  {
    hazard: "gas",
    all: [GAS_SUBSTANCE, GAS_SIGN],
    // "臭味比煤气还冲": a comparison, like the simile, measures another smell by the gas.
    none: /油漆|刷漆|新漆|翻新|(?<!闻着|闻起来|味道|气味)(跟|像|好像)[^，。]{0,2}(燃气|煤气|天然气|液化气)[^，。]{0,4}(似的|一样|一般)|比(燃气|煤气|天然气|液化气)(味)?(还|更)/,
  },
  // "那几个罐子旁边味道冲得很，熏得慌": gas cylinders in a kitchen, smelt strongly from outside.
  {
    hazard: "gas",
    all: [
      /(罐子|钢瓶|气瓶|瓶子)/,
      /(味|味道|味儿)[^，。]{0,3}(冲|重|浓|大)|熏得|呛/,
      /后厨|厨房|灶|饭店|饭馆|餐馆|食堂/,
    ],
    none: /垃圾|油烟|泔水|潲水|臭豆腐|调料|酱/,
  },
  // A hose behind the stove pulled loose ("软管扯开了，有味"), whoever moved it.
  {
    hazard: "gas",
    all: [
      /软管|胶管/,
      /扯|拽|拉|脱|掉|松|断|裂|破|开了/,
      /(?<!没)有(股)?味|味|嘶|呲|(?<!没|不|没有|不是)漏气/,
    ],
  },
  // A buried pipe torn by a digger and blowing out: what escapes is gas, unless water is named.
  {
    hazard: "gas",
    all: [
      /(管|管道|管子)[^，。]{0,6}(挖|铲|钩|刨)(断|破|裂)|(挖|铲|钩|刨)(断|破|裂)了?[^，。]{0,4}(管|管道|管子)/,
      /(往外|在|一直)?(喷气|冒气|呼呼|嗤嗤|呲呲|嘶嘶)/,
    ],
    none: /水|暖气|热力|蒸汽|网线|光缆|电缆/,
  },
  // "救命，煤气": a cry for help with the gas named, nothing else typed.
  { hazard: "gas", all: [/救命|快来人|救救/, GAS_SUBSTANCE] },
  // A strange smell at the pipes or the stove that already makes people dizzy, in a formal register.
  {
    hazard: "gas",
    all: [/异味|怪味|刺激性(气味|味道)/, /头昏|头晕|头疼|头痛|乏力|恶心|想吐/, /管|灶|阀|气表|厨房/],
    none: /垃圾|油漆|装修|甲醛|下水道|化粪池|厕所|养殖|粪|工厂|厂/,
  },
  // The smell added to gas is told as rotten cabbage; a drain gives off rotten eggs, never cabbage,
  // so "那种烂白菜味…从下水道口往外冒" is gas that found its way into the sewer.
  {
    hazard: "gas",
    all: [/(像|跟|那种|一股|有股|混着)[^，。]{0,6}(烂白菜|白菜烂)[^，。]{0,8}味/],
    none: /垃圾|菜市场|菜场|腌|酸菜|泡菜|自来水|水质/,
  },
  {
    hazard: "gas",
    all: [/(臭|烂|坏)(了的)?(鸡)?蛋|(像|跟)[^，。]{0,10}(烂白菜|白菜烂)/, /味|臭|闻/],
    // Tap water that smells of bad eggs is a water-quality complaint: the smell is in the glass.
    none: /垃圾|下水道|化粪池|厕所|粪|臭水沟|污水|沼泽|工厂|排气|排放|厂|自来水|(放|流|接)?出来的水|(放|流|接)的水|水龙头[^，。]{0,3}的水|水质|(喝|烧开)的水|(?<![下污])水(有|一股|有股|还有|带|发)[^，。]{0,4}(臭|味|硫磺)/,
  },
  // A gas alarm sounding, or someone collapsing at a gas appliance, is carbon monoxide until shown otherwise.
  {
    hazard: "gas",
    all: [/(燃气|煤气|一氧化碳|CO|co)报警器/, /响|叫|鸣|滴/],
    // Checked and found faulty: the alarm is the problem, not gas. A chirp for its battery ("每隔一分钟
    // 滴一声，说明书上说是电池没电了") too, unless someone feels ill or smells something.
    none: ALARM_EXPLAINED,
  },
  { hazard: "gas", all: [/热水器|煤炉|炉子|锅炉|蜂窝煤|烧炭|炭火|煤球|洗澡/, UNRESPONSIVE] },
  /*
   * Coal smoke smelt at the door of someone who does not answer ("敲门无人应答…门缝有一股煤烟味"):
   * carbon monoxide inside, whatever was burnt and whenever it was lit.
   */
  {
    hazard: "poison",
    all: [
      /煤烟味|炭(火)?味|(煤|炭)[^，。]{0,2}(烟|气)(味)?[^，。]{0,4}(从|往)?[^，。]{0,3}(门缝|门口|窗缝)|门缝[^，。]{0,6}(煤烟|炭)/,
      /敲门[^，。]{0,6}(不应|没人应|无人应|没反应|不开|没开|没人开)|无人应(答|门)|没人应门|叫不(醒|应)|没(有)?动静|(屋|屋里|屋内|家里|里面)[^，。]{0,3}(手机|电话)?铃声|(手机|电话)在(屋|家|房间)里(一直)?响/,
    ],
    inMessage: new RegExp(`${DEPENDANT.source}|一个人住|独居|独自`),
  },
  // Carbon monoxide told by how people are: "脑壳疼", "脸色发灰", "说话一直重复", "迷迷糊糊".
  {
    hazard: "gas",
    all: [
      /热水器|煤炉|炉子|蜂窝煤|烧炭|炭火|煤球/,
      /头晕|头疼|头痛|头昏|脑壳(疼|痛|昏)|脑袋(疼|痛)|恶心|想吐|呕吐|眼睛(有点)?花|脸色?发(灰|青|红)|迷迷糊糊|犯迷糊|说话[^，。]{0,3}重复|犯困|嗜睡/,
      /全家|一家|都|人|我(爸|妈|爷|奶)|父亲|母亲|她|他/,
    ],
  },
  // A strong smell indoors that already makes people dizzy: treat as gas (or fumes) until proven otherwise.
  {
    hazard: "gas",
    all: [/(气味|气的味道|味道|味儿|股味).{0,6}(冲|重|浓|呛)/, /头晕|头疼|头痛|恶心|想吐|喘不上气/],
    // A car park's exhaust ("尾气味很重，待久了头疼") is the ventilation the message asks to mend.
    none: /垃圾|油漆|装修|甲醛|油烟|厕所|下水道|化粪池|臭水沟|养殖|粪|烧烤|香水|烟味|氯|消毒水|泳池|游泳|尾气|(待|呆|闻)久了/,
  },
  /*
   * A leak named and a strong smell at a door ("漏气的不是我家，是对门…门缝里味道很大"): the gas goes
   * unnamed, the leak does not. Not a tyre, an air bed or a radiator.
   */
  {
    hazard: "gas",
    all: [/漏气/, /味(道|儿)?[^，。]{0,3}(很|好|特别|太|越来越)?(大|重|浓|冲|呛)/],
    none: /轮胎|车胎|胎|气垫|充气|暖气|空调|气球|打气|排气|尾气|气门/,
  },
  // "电闸箱嗞嗞响，有焦糊味" is wiring burning, not gas.
  {
    hazard: "gas",
    all: [/(嘶嘶|呲呲|嗞嗞|嗤嗤|哧哧|呲气|咝咝)/, /味|气/],
    none: /电闸|电箱|电表|配电|电线|插座|插排|开关|焦糊|糊味/,
  },
  // Gas escaping described by where it goes rather than by what it is.
  { hazard: "gas", all: [/(?<![暖空天])气.{0,3}(往外(跑|冒|喷|窜)|跑出来|止不住)/] },
  { hazard: "gas", all: [/灶|管子|阀门|气表/, /气味|(一股|股子|有股).{0,2}味|呛/] },
  { hazard: "gas", all: [/(燃气|煤气|(?<!暖|空|氧)气)表.{0,8}(转|跳|走)/, /味|臭|闻/] },
  // "燃气表在转 没用气": the meter runs while nothing burns, gas goes somewhere. A meter that runs
  // fast over a month, stands still or is doubted is a bill or a calibration.
  {
    hazard: "gas",
    all: [
      /(燃气|煤气|天然气|(?<!暖|空|氧|水|电)气)表[^，。]{0,6}(在|还在|一直|照样|也)(转|跳|走)/,
      /没(人)?(用|开|烧)(气|火)|啥都没开|什么都没开|(灶|火|热水器|阀门?)[^，。]{0,4}(都|全)?(关|没开)/,
    ],
    none: /(不|没)(走|转)(字)?|坏|不准|校验|校一下|多收|[\d一二两三四五六七八九十几]+(块|元|方)|燃气费|气费|长明火|安检/,
  },
  // A flame gone out (boiled over, blown out) while the gas is still on: gas filling the room.
  {
    hazard: "gas",
    all: [
      /(火|火苗).{0,6}(灭|熄)|熄火|浇灭|吹灭/,
      /气.{0,3}(还开着|还开|没关|开着|一直开)|阀门?.{0,3}(开着|没关)|开着(的)?阀|(没|忘了?)关(气|阀门|燃气|煤气)/,
    ],
  },
  // Electricity where people are.
  {
    hazard: "electric",
    none: new RegExp(`${CLAIM.source}|(没|没有|不|并没有?)(漏电|带电|触电)`),
    all: [
      /触电(?!般|似的|一样|的感觉)|漏电|带电|被电(?!信|力|视|网|话|脑|商|动|梯|站|厂|台|子|瓶|车|费|表|影|锯|钻|锤|刨|饭锅|扇|焊)|电打|电到人|电击|被(插线板|插排|插板|插座|插头|电线|线头|开关|电器|电饭锅|热水器|充电器|灯座|灯头|洗衣机|冰箱|电动车|电瓶车)[^，。]{0,2}电(了|到|着|一下)|被击了?一下|被麻(?!醉|烦)|(碰|摸|抓|踩)(到|了|着)?[^，。]{0,2}(电线|电缆|高压线|线头)[^，。]{0,8}(被?(打|电|弹)|昏|晕|倒|不动|没反应)/,
    ],
  },
  /*
   * Water spreading through a home where a heater or a power strip is left plugged in and nobody can
   * switch it off ("在外地，邻居说我家门缝往外冒水，电暖气一直插着，能不能帮忙断个电"): water reaching
   * the current, and the flat below with it. Power already cut ("把闸拉了") is the leak it was.
   */
  {
    hazard: "electric",
    all: [
      /冒水|往外(冒|流|渗|淌)水|进水|水漫|漫水|淹|泡(在)?水/,
      /(电暖气|电暖器|取暖器|暖风机|小太阳|油汀|电热毯|插线板|插排|电器|热得快)[^，。]{0,6}(一直|都|还)?(插着|开着|通着电|通电|没拔|没关)/,
    ],
    none: /(已经|都)?(断|拉|关)(了)?(电|闸)了|把闸拉了|已经断电|停电了/,
  },
  // "墙摸着麻手", "水龙头电了我一下": current in something people touch, said by how it feels.
  {
    hazard: "electric",
    all: [
      /(门把手|把手|墙|水龙头|水管|热水器|花洒|淋浴|洗衣机|冰箱|铁门|防盗门|铁栏杆|栏杆|扶手|灯杆|路灯|电线杆|外壳|窗框|晾衣|铁皮|金属)[^，。]{0,8}(麻手|手麻|发麻|麻麻|麻酥酥|麻了一下|电手|电(了|到)?(我|人|手)|电了一下|打手|打人|电人)/,
    ],
    none: /(腿|脚|胳膊)(有点|发)?麻|麻将|麻辣/,
  },
  {
    hazard: "electric",
    all: [
      /(电线|电缆|高压线|线头|变压器|配电箱|电线杆)/,
      /掉在|掉下来|掉水|掉地|碰到地|拖地|(拖|垂|耷拉)(在|到)(地|水)|垂(到|在|下来)[^，。]{0,4}(人|头|地|路)|落地|冒(蓝|火)光|冒火花|火花|火星|打火|冒烟|冒火|碰到(人|地|手)|手麻|麻了一下|滋滋|嗞嗞|吱吱|噼里啪啦|水里|积水|水洼|水坑|放电|电弧/,
    ],
  },
  // A high-voltage line resting on metal people can touch (a billboard's frame, a railing, a
  // scaffold): the metal is live. A household wire on a railing is an untidy wire, not this.
  {
    hazard: "electric",
    all: [
      /高压线[^，。]{0,12}(碰|挨|搭|贴|接触|压)(到|着|上|在)?[^，。]{0,10}(铁|钢|金属|广告牌|栏杆|护栏|脚手架|晾衣|围挡)|(铁|钢|金属|广告牌|栏杆|护栏|脚手架|晾衣|围挡)[^，。]{0,8}(和|与|跟)?高压线[^，。]{0,4}(接触|碰|挨|搭|贴)/,
    ],
  },
  // A rod, a ladder or a pole touching a line, and someone down: current through the tool.
  {
    hazard: "electric",
    all: [
      /(鱼竿|钓竿|竿子|杆子|梯子|铁杆|铁棍|晾衣杆)[^，。]{0,4}(碰|挨|搭|戳)(到|着|上)?[^，。]{0,2}(电线|高压线|电缆)/,
      /倒|晕|不动|没反应|叫不应|冒火|火花|弹开/,
    ],
  },
  // A sudden headache "要炸开", then vomiting or drowsiness: a bleed in the brain until shown otherwise.
  {
    hazard: "injury",
    all: [
      /头(疼|痛)[^，。]{0,4}(炸|裂|受不了)|(突然|剧烈)[^，。]{0,2}头(疼|痛)/,
      /吐|迷糊|说不(清|出)|看不清|抽|叫不/,
    ],
  },
  // A bad headache with vomiting and slurred speech, in any dialect: a stroke until shown otherwise.
  {
    hazard: "injury",
    all: [
      /头(好|很|特别|非常|剧烈地?)?(痛|疼)/,
      /吐|呕/,
      /(说话|讲话|讲嘢|讲|说)[^，。]{0,2}(不清|含糊|不利索)|口齿不清|嘴(歪|斜)/,
    ],
  },
  // Ground that tingles underfoot where it is wet: current leaking into the water.
  {
    hazard: "electric",
    all: [/(踩|站|走)(上去|在|过去)[^，。]{0,8}麻(?!将|辣|烦|醉)/, /雨|水|湿/],
  },
  // A baby with a fever that twitches or rolls its eyes: a seizure, whatever word the parent finds.
  {
    hazard: "injury",
    all: [/发烧|高烧|烧到[\d三四]/, /抽(了一下|搐|风)|一抽一抽|眼睛[^，。]{0,2}(往上|向上)翻|翻白眼/],
  },
  { hazard: "injury", all: [CAUGHT_IN_MACHINE], none: CLAIM },
  // A ride, a cable car or a gondola stopped in mid-air with people on it; a rider left hanging by the
  // belt ("男孩被安全带挂在半空", "游客被悬挂在约八米高空").
  {
    hazard: "trapped",
    all: [
      /(停|卡|悬|吊|挂)(挂)?(在)?(了)?(约|大约|离地|距地)?[\d一二三四五六七八九十几百两多]*(米|层楼)?(的|高)?(半空|高空|空中)/,
      new RegExp(`${PERSON.source}|上面|乘客|游客`),
    ],
    none: /风筝|气球|无人机|塑料袋|横幅|标语|灯笼|彩旗|装饰|广告|月亮|太阳/,
  },
  // A gas cylinder whose valve will not close, spraying: whatever the cylinder is called.
  {
    hazard: "gas",
    all: [/罐|钢瓶|气瓶|瓶子/, /阀[^，。]{0,6}(坏|关不上|关不住|关不严|拧不)/, /喷|漏|嘶|呲|往外冒|味|冒气/],
    none: /(?<!库)水|灭火|消防|油漆|喷漆|酒/,
  },
  // Water still rising inside a home: people may be cut off before it stops.
  {
    hazard: "flood",
    all: [
      /水[^。]{0,12}(还在|一直在|不停地?|越来越|继续)(往上)?(涨|深|高|漫|上来)|漫过了?(门槛|台阶|床|脚脖子?|膝盖)/,
      /客厅|屋里|家里|房间|卧室|一楼|室内|屋子|平房|门槛/,
    ],
    none: /水(费|价|压|表|电费)|地下室|车库/,
  },
  /*
   * Water up to the waist or the chest where people live ("地下室进水了 群租房 水到腰"): deep enough to
   * knock a child over, and over every socket; not a street, a car park or an underpass.
   */
  {
    hazard: "flood",
    all: [
      /水[^，。滴]{0,4}(到|齐|没过|淹到|过)了?[^，。]{0,3}(腰|胸|脖子)|齐(腰|胸)/,
      /地下室|群租|出租屋|宿舍|屋里|家里|房间|室内|平房|一楼|住(人|着)/,
    ],
    none: /车库|停车场|马路|路上|路面|隧道|涵洞|下穿|桥洞|雨靴|水裤|钓鱼|游泳/,
  },
  // Water pouring out of a light fitting: live wiring in the water.
  {
    hazard: "electric",
    all: [/灯[^，。]{0,3}(在)?(滴水|进水|漏水|往下滴|冒水)|水[^，。]{0,6}(流|滴|灌)(进|到)[^，。]{0,3}灯/],
    none: /不亮|路灯|灯箱|车灯|手电/,
  },
  // Demolition next door deforming a frame or tipping a wall: the structure is giving way now.
  {
    hazard: "collapse",
    all: [
      /(门框|窗框)[^，。]{0,3}变形|(墙|天花板|房顶|楼板)[^，。]{0,4}(变形|往下掉|往外倾|在倾)/,
      /拆墙|砸墙|拆承重|挖掘机|拆[^，。]{0,3}(墙|楼)|在拆/,
    ],
  },
  // Someone inside who does not belong there, the resident just home: a burglar may still be in.
  {
    hazard: "violence",
    all: [
      /(家里|屋里|里面|房间|屋子)[^，。]{0,3}(有|进了?)(个)?(人|陌生人|小偷|贼)|小偷|入室|陌生人/,
      /不是(我|我们)家的?人|里(面|头)?[^，。]{0,2}(还)?有?动静|还在(里面|屋里|家里)|躲(在|着)|正在(翻|撬)/,
    ],
  },
  // Things smashed while someone cries for help: a beating behind a door.
  {
    hazard: "violence",
    all: [/砸东西|摔东西|撞墙|(?<!挨)骂/, /喊救命|呼救|惨叫|尖叫|哭喊/],
  },
  // A levee seeping, with houses behind it.
  {
    hazard: "flood",
    all: [/堤坝|河堤|江堤|大坝|堤/, /渗水|漏水|冒水|管涌|决口|往外冒|裂/, /村|房|人|家|住户|小区/],
  },
  // "手腕上划了好几道": a wrist cut, said by whoever did it; the ambulance first.
  { hazard: "injury", all: [/(手腕|腕)(上)?(划|割)(了|开|破)/], none: CLAIM },
  // The caller is the one on the floor: "我在地上，起不来了".
  {
    hazard: "injury",
    all: [/我(在|躺在|倒在|趴在|摔在|坐在)地(上|下)/, /起不来|爬不起来|动不了|站不起来|起不了|疼|痛/],
  },
  // "他刚打电话说已经割了，声音很弱": a cut already made, reported by whoever was told.
  {
    hazard: "self_harm",
    all: [
      /(已经|刚刚?|自己)割了(?!草|麦|稻|韭菜|菜|肉)|割了?[，\s]?(手腕|腕|脉)/,
      /声音|电话|血|人在|手腕|腕/,
    ],
  },
  /*
   * Pills taken, told with a goodbye rather than a request ("药已经吃了 不用来了 就是想有人知道"): an
   * overdose told by whoever took it. Not a dose taken and a visit called off because it helped.
   */
  {
    hazard: "self_harm",
    all: [
      /(药|安眠药|安定|农药|老鼠药)[^，。]{0,3}(已经|都|全)?(吃|喝|吞)(了|完|下去)|(吃|喝|吞)(了|下|完)[^，。]{0,4}(安眠药|安定|农药|老鼠药|一(整)?(瓶|板|盒|把)药)/,
      /(就是|只是|就)想(有人|让人|让你们|你们|大家|有个人)知道|以后别等我|替我[^，。]{0,6}(说|照顾|跟)|别(来|救|管)我|不用(来|救|管)(了|我)/,
    ],
    none: /退烧|烧退|感冒|降压|血压|血糖|医生|大夫|按时|饭后|一天[一二三两几]次|复查|消炎|止痛|过敏|好多了|好了|没事|不疼|舒服/,
  },
  // "我今天就死给你们看，刀就在手上": a threat on one's own life with the means at hand.
  {
    hazard: "self_harm",
    all: [/死给(你们|你|他们|大家|我们)看/, /刀|药|绳|汽油|煤气|楼顶|天台|跳|窗/],
  },
  /*
   * A threat to jump from where the writer stands, tied to a demand ("今天拿不到钱我就跳下去", "今晚我就从
   * 塔吊上跳下去"): the height is the means at hand.
   */
  {
    hazard: "self_harm",
    all: [
      /(我|他|她)[^，。]{0,12}(就|要|准备|打算)[^，。]{0,3}(从[^，。]{0,8})?跳(下去|下来|楼)/,
      /塔吊|楼顶|天台|楼上|顶上|桥上|上面|屋顶|窗户|阳台|跳楼|从/,
    ],
    none: /如果|万一|假如|要是(?!拿不到|不给)|说着玩|开玩笑|吓唬/,
  },
  // Someone dragged into a vehicle against their will: an abduction happening now.
  {
    hazard: "violence",
    all: [
      /(拖|拽|塞|推)(进|上|到)了?[^，。]{0,6}车(?!库|间|站|棚|位)|往[^，。]{0,4}车(里|上)(拖|拽|塞|推)/,
      /挣扎|救命|呼救|哭喊|尖叫|反抗|在喊|一直喊/,
    ],
  },
  // Someone pushed down the stairs or off a height just now, whatever the quarrel before it.
  {
    hazard: "violence",
    all: [
      /(把|将)(老婆|媳妇|老公|丈夫|妻子|孩子|儿子|女儿|老人|我妈|我爸|他妈|她妈|人|她|他|我)[^，。]{0,8}(推|踹|踢|扔)(下来|下去|下楼|倒在地)|(把|将)[^，。]{0,4}(女孩|男孩|孩子|小孩|女的|男的|老人|人|她|他|女人|姑娘|学生|小伙子?)(往|朝)[^，。]{0,4}(栏杆|护栏|围栏|窗|桥|楼|河|江|水|铁轨|马路)[^，。]{0,2}(外|下|里|中间|边)?(推|拽|拖|扔)/,
    ],
  },
  // A store room, a dwelling or a window smoking is burning, even at a factory ("厂里的仓库冒烟了").
  {
    hazard: "fire",
    all: [
      /(仓库|库房|宿舍|门缝|窗户|窗口|屋里|屋子|房间|楼道|阳台|地下室|车库|配电箱|配电室)[^，。]{0,4}(冒(白|黑|青|浓)?烟|往外冒烟|冒出[^，。]{0,4}烟)/,
    ],
    none: /烟囱|排气|排烟|油烟|抽烟|烟头|烧烤|做饭|炒菜|天天|每天|经常/,
  },
  // A crack that keeps widening, a floor that moves: the structure is giving way now.
  {
    hazard: "collapse",
    all: [
      /裂缝[^，。]{0,6}(变宽|变大|越来越(大|宽|长)|在扩大|还在(裂|变))|裂缝[^，。]{0,4}比[^，。]{0,6}(宽|大|长)了|地板[^，。]{0,3}(在)?(动|晃|往下沉)/,
    ],
    none: /没(变|再)(大|宽|长)|好几年|几年了|多年/,
  },
  // An open fire next to fuel.
  {
    hazard: "fire",
    all: [/加油站|加气站|油罐|油库|液化气站|储气罐/, /火堆|明火|烧(垃圾|东西|纸|荒|火)|在烧|点火|火苗/],
  },
  // Someone down and someone pressing on their chest, or a face gone white.
  {
    hazard: "injury",
    all: [
      /突然(倒下|倒地|晕倒|倒了)|倒下了?/,
      /按压|心肺复苏|人工呼吸|在按|脸(色)?(发|煞|惨)白|嘴唇发(紫|白)/,
    ],
  },
  // The road or the ground hollow underneath: it gives way under the next person or car.
  {
    hazard: "collapse",
    all: [/(路|路面|地面|地)(下面|底下)[^，。]{0,4}空(了|的)|踩上去[^，。]{0,3}(虚|空)|下面黑洞洞/],
  },
  // A ceiling or a beam sagging, creaking and shedding: the roof may come down on whoever is below.
  {
    hazard: "collapse",
    all: [
      /(天花板|屋顶|房顶|楼板|房梁|梁)[^，。]{0,6}(往下(鼓|弯|沉|塌|掉)|下沉|鼓起|裂开)/,
      /掉(了)?(点|些)?(水泥|渣|灰|土|墙皮)|咔咔|嘎吱|响|裂/,
    ],
  },
  // A retaining wall or a façade bulging where people are below.
  {
    hazard: "collapse",
    all: [/(墙|挡土墙|外墙|护坡)[^，。]{0,4}(往外鼓|鼓包|鼓出来)/, /(下面|底下|楼下)(就)?(是|有)|人/],
  },
  /*
   * A wall falling outward now, with people at its foot ("老围墙在往外倒，墙根下是一排菜摊"): a lean
   * told as a state ("有点往外歪") is a repair; one told as moving is a collapse under way.
   */
  {
    hazard: "collapse",
    all: [
      /(墙|围墙|院墙|挡土墙|护坡)[^，。]{0,4}((在|正在|一直在|开始|慢慢)往(外|路上|街上|下)(倒|倾|歪|斜)|往外倒)/,
      /(下面|底下|楼下|墙根下?|墙角|墙边)(就)?(是|有)|人|摊|孩子|学生/,
    ],
  },
  /*
   * The ground sinking now and splitting, or water heard rushing under it ("路口的地面在下沉，马路牙子
   * 裂开了，底下能听见哗哗的水声"): a main washing the ground out, a hole about to open under a car.
   */
  {
    hazard: "collapse",
    all: [
      /(路|路面|地面|马路|人行道)[^，。]{0,2}(在|正在|一直在|不停地?|突然)(下沉|往下(沉|陷|塌))/,
      /裂(开|了)|(水|哗哗)的?(声|响)|哗哗|冒水|空了|塌/,
    ],
    // Settling told for months, a developer's or a property office's repair.
    none: /(几|好几|两|三|半)个?(月|年)|多年|好久|很久|开发商|物业|维修基金|鉴定/,
  },
  // Not eating and not wanting to, because nobody cares: giving up on life.
  {
    hazard: "self_harm",
    all: [/不想(再)?(吃|活|醒)|不吃(东西|饭)了/, /没人在乎|没人管我|没人关心|就这样吧|算了吧|没意思/],
  },
  // Going to join someone who died, at the water or a height.
  {
    hazard: "self_harm",
    all: [
      /(说|要)[^，。]{0,8}(去找|去陪|陪)[^，。]{0,3}(我)?(嫂子|老婆|媳妇|老伴|我妈|我爸|妈妈|爸爸|老公|孩子)/,
      /河|江|湖|海|水库|楼顶|天台|桥/,
    ],
  },
  // A lift with someone shut in it, however the report is worded.
  {
    hazard: "trapped",
    all: [/(电梯|货梯|客梯|轿厢)[^，。]{0,6}(困人|困住|被困|关人|把人关)|(困|关)在(电梯|货梯|轿厢)/],
    none: /(里面|里头|电梯里)没(有)?人|没(有)?人在(里面|里头|电梯里)|停用/,
  },
  /*
   * Lightning that struck where people were, with one of them hurt or down ("雷劈到树上，树下的孩子
   * 胳膊烧伤了"): a burn from a strike is an injury, not a fire to put out.
   */
  {
    hazard: "injury",
    all: [
      /雷击|被雷(劈|打|击)|雷(劈|打)(中|到|在)|闪电(击中|打中|劈中|劈到|打到)/,
      /烧伤|受伤|伤了|伤到|倒(在|地|下)|晕|昏|不动|没(了)?(反应|呼吸)|(孩子|小孩|人|学生|老人)[^，。]{0,6}(在|站在|躲在)?[^，。]{0,4}(下面|底下|树下)/,
    ],
    none: /避雷|防雷|预防|防范|科普|新闻|(会不会|怕|担心|万一)[^，。]{0,6}(雷|闪电)|电器|电视|路由器|电脑|树(被)?劈(开|断)了?(?![^。]{0,12}(人|孩子|伤))/,
  },
  // Fire. A stove that will not light (打不着火) or a yellow flame is not a fire.
  {
    hazard: "fire",
    all: [
      /(?<!打不|点不|打|点|不)(着|著)火|起火|失火|火灾(?!险|保险|隐患|预防|知识|证明|认定|鉴定|调查|原因|报告)|火警(?!\s*(电话|119|号码|号))|烧起来|着起来|火势|火很大|火挺大|烧着了|烤着了|烤燃了|着了火|窜火|(?<!表演|杂技)(往外)?喷火(?!枪|器|龙|表演)|火苗(?!发|颜色|(老|太|很|好|有点|偏|特别)?小|大小|不|就?一点|都是红|是红|发红|发黄)|冒火|火花|火星|火光|爆炸(?!盐|头|款|新闻)|爆燃|闪爆|炸了|焦糊|烧焦|烧伤|糊味/,
    ],
    // "宿舍的热得快烧起来了": the immersion heater called 热得快 (after 的, 个, 把) caught fire;
    // "今天热得快着火了", "热得快要着火了" are hyperbole.
    // "群里都炸了": a chat group in uproar; "那个失火的短视频是真的吗": a clip talked about; "跟着了火似的": a simile; "热得要着火了": hyperbole; "无烟炭
    // 烧起来烟很大": a product that smokes more than sold. A deep fryer (油炸锅) or an air fryer (空气炸锅)
    // that caught is a fire, not an uproar or a temper.
    none: /((?<![的个把])热|烫|晒|辣|急|气)得[^，。]{0,4}(要|快|都)?(着火|冒火|冒烟|烧起来|爆炸|炸了)|(着火|起火|失火|火灾|爆炸)的(短)?(视频|新闻|照片|图片)|(炭|煤|灶|锅|炉)[^，。]{0,6}无烟|无烟(炭|煤|灶|锅)|(群|群里|朋友圈|网上|评论区|微博)[^，。]{0,3}(都|又|全)?炸(了|锅)|(?<![油气])炸锅|(?<!空)气炸|炸毛|(胃|(?<![中核])心|嗓子|嘴|肚子)里?[^，。]{0,2}(着火|冒火|起火|烧)|(胃|肚子)[^，。]{0,3}(要|快)?(爆炸|炸了)|(跟|像|好像)[^，。]{0,3}(着了?火|起火|失火)了?(似的|一样|一般)/,
  },
  // A manhole cover or a septic tank blown open ("下水井盖被炸飞了"): sewer gas has exploded and may again.
  { hazard: "fire", all: [MANHOLE_BLAST] },
  /*
   * "汤溢出来把火浇灭了": a pot boiling over put out the cooker's flame, and the gas flows unburnt —
   * whoever was cooking, and however harmless the cooking. Not once the valve is shut or the smell gone.
   */
  { hazard: "gas", all: [FLAME_DOUSED], none: FLAME_DOUSED_MADE_SAFE },
  /*
   * A flame that has reached something else ("风一吹火烧到旁边的柴火垛上了", "火苗窜到晾的被子上"): a
   * burning of leaves or paper, a nuisance where it started, is a fire once it spreads.
   */
  {
    hazard: "fire",
    all: [
      /(?<![打点])火(苗|星子?|势|舌)?(?!机)[^，。]{0,4}(烧到|窜到|蹿到|蔓延到|燎到|烧过来|窜上|蹿上|引燃|引着)(?![^，。]{0,2}(炉|灶|煤|炭))/,
    ],
    none: /(没|未|不会|别)[^，。]{0,2}(烧到|窜到|蹿到|蔓延到|燎到|烧过来|窜上|蹿上|引燃|引着)/,
  },
  /*
   * Smoke that keeps growing ("楼道里烟越来越大", "门缝下面的烟越来越多"): a fire nobody has named yet,
   * and growing whatever an office said of it ("物业说正常，但是烟越来越大"). Not cooking fumes, a
   * smoker, a barbecue or burning leaves, which grow too.
   */
  {
    hazard: "fire",
    all: [/(?<![油抽香水蒸炊])烟(雾)?[^，。]{0,4}(越来越|越冒越)(大|浓|多|黑|呛)/],
    none: /油烟|烧垃圾|烧烤|抽烟|吸烟|烟头|烧纸|秸秆|烧(树叶|落叶|柴|荒)|烟花|鞭炮|炮仗|扬尘|灰尘|雾霾|水蒸气|蒸汽|烟瘾/,
  },
  /*
   * Smoke too thick to see through or to keep the eyes open in ("烟大得看不见人", "烟浓得睁不开眼",
   * "烟大得跟着火一样，看不清楼梯": the likeness in between is masked, the smoke is not): more than any
   * smoker or stove makes, even where one is named first ("…好像不是抽烟了").
   */
  {
    hazard: "fire",
    all: [/烟(雾)?[^，。]{0,3}(大|浓|重)(得|到)[^。]{0,10}(看不见|看不清|看不到|睁不开|喘不)/],
    none: /油烟|(?<!不是)(抽|吸)烟(?![^。]*不(是|像)(有人)?(在)?(抽|吸)烟)|烧烤|烧纸|秸秆|烧(树叶|落叶|柴|荒|垃圾|塑料|轮胎|杂物|东西)|焚烧|烟囱|排放|排烟|尾气|烟花|鞭炮|炮仗|扬尘|灰尘|雾霾|水蒸气|蒸汽|艾灸|熏蚊|驱蚊|蚊香/,
  },
  /*
   * A flue or a duct burning inside ("排烟道里头好像在烧"): grease alight in the duct, whatever
   * kitchen it serves; the smoke rules leave a restaurant's flue to its fumes.
   */
  {
    hazard: "fire",
    all: [/(烟道|排烟管道?|油烟管道?|风管|通风管道?)(里|里头|里面|内)?[^，。]{0,4}(在烧|有火|冒火|窜火)/],
  },
  /*
   * Black smoke out of a kitchen's flue poured into the homes above, with someone choking or coughing
   * ("烧烤店烟道里冒黑烟，烟都灌进楼上住户了，孩子在咳嗽"): grease burning in the duct, not the fumes
   * the smoke rules leave to a restaurant; the fumes of every evening ("每天傍晚") stay a nuisance.
   */
  {
    hazard: "fire",
    all: [
      /(烟道|排烟管道?|油烟管道?|烟囱)(里|里头|里面|内|口)?[^，。]{0,4}冒(黑|浓)烟/,
      /(灌进|灌到|倒灌|钻进|涌进|窜进)[^。]{0,12}(家|屋|楼|户|房间)/,
      new RegExp(`${SMOKE_CHOKES.source}|咳嗽|咳个不停|喘不上`),
    ],
    none: /每天|天天|经常|老是|总是|一直|每到|傍晚|一到/,
  },
  // A thing that caught ("油锅一下子着了", "阳台燃起来了", "电暖器着了") or a fire that will not go out.
  {
    hazard: "fire",
    all: [
      /(锅|窗帘|门帘|被子|床单|沙发|衣服|柜子|房子|屋子|车|电线|插座|插线板|插排|电暖器|取暖器|暖风机|小太阳|油汀|电热毯|电褥子|电热扇|充电宝|空调|洗衣机|柴|草垛|纸箱|纸板|纸壳|纸货|纸堆|杂物|垃圾堆|木料|阳台|阁楼|仓库|厨房|油烟机|油烟管道?|烟道|排烟管道?|风管)[^，。]{0,6}(?<![睡找看等摸够用见赶接碰撞遇挨])(着了|烧上了|燃了|燃起来|烧起来)|(?<!(点|炉|灶|柴|煤|炭)[^，。]{0,4})引着了(?![^，。]{0,2}(炉|灶|柴|煤|炭|火))|(楼下|楼上|隔壁|对门|屋里|家里)(那家|家)?着了(?!凉)|(窜|冒|喷)出(了)?火(来|苗)|火[^，。]{0,3}烧到(了)?[^，。]{0,3}(房子|屋|楼|家|院|墙|人)|把(窗帘|被子|床单|沙发|衣服|柜子|房子|草垛|纸箱)[^，。]{0,2}(点了|点着)|燃起来了|火舌|(?<!表演)明火|引燃了|(?<!火)扑不灭|火.{0,3}(关不住|灭不了|灭不掉|扑不灭|压不下去|压不住|控制不住)|灭火器.{0,6}(喷完|不管用|灭不了|压不住|压不下去)/,
    ],
    // A candle or incense lit on purpose is no fire, unless a later clause says what it set alight
    // ("点蜡烛拜神，床单着了").
    none: /打火机.{0,4}(点|着)(烟|了烟)|点(了|着)?(烟|蜡烛|香|炉子|灶)(?![^。]*[，,][^，。]{0,4}(窗帘|门帘|被子|床单|被褥|沙发|衣服|柜子|桌布|头发|房子|屋子)[^，。]{0,3}(着了|烧起来|燃起来|烧着))/,
  },
  // "一个小厂房着了，黑烟滚滚": a building or a workshop caught, as the residents say of a fire.
  {
    hazard: "fire",
    all: [
      /(厂房|工厂|厂子|车间|作坊|库房|仓库|棚子|木屋|平房|草房|门面|铺子|商铺|店铺|饭店|楼房)[^，。]{0,2}(?<![睡找看等摸够用见赶接碰撞遇挨])(着了|烧上了|燃了|烧起来了)/,
    ],
  },
  // "阳台红红的，是不是着了", "烧东西的味道，越来越呛": a fire reported unsure of itself.
  // "粉仓在冒烟，像是里面着了": the fire guessed inside what smokes.
  {
    hazard: "fire",
    all: [/(是不是|好像|可能|像是|怕是)(是)?(里面|里头|里边|内部)?(着|烧)(了|起来)(?!凉)/, /红|烟|火|烧|呛/],
  },
  {
    hazard: "fire",
    all: [/烧(东西|什么东西|着什么|塑料|胶皮|橡胶|电线|线皮|轮胎)的?(味|气味)/, /呛|烟/],
    none: /烧烤|烧纸|烧香|秸秆|烧垃圾|每天|天天|经常/,
  },
  // A smoke alarm sounding where smoke or burning is smelt.
  {
    hazard: "fire",
    all: [/烟感|报警器/, /响|叫|鸣/, /烟(?!感|雾报警|头)|焦|糊/],
    // "前台说是误报…可是走廊真的有烟": an all-clear the writer doubts with the smoke before them.
    none: /油烟|抽烟|烟头|误报(?![^。]*(可是|但是|但|却|不过)[^，。]{0,6}(真的|确实|明明|还)?有烟)|没电|电池|老是|总是|经常|灰尘/,
  },
  /*
   * Smoke with people fleeing it or not yet out, even from a factory: a fire, not an emission. Also
   * people the smoke keeps in ("楼上老人下不来") or asleep in the room it comes from ("锅炉房冒黑烟，里面
   * 有人在睡觉"): whatever is burning, what they breathe is the danger.
   */
  {
    hazard: "fire",
    all: [
      /浓烟|黑烟|冒烟|冒出[^，。]{0,6}烟|烟很大|烟好大|(全|都)是(黑|浓|白|青)?烟(?!头|味)/,
      /往外跑|跑出来|逃出来|(还有|有)人没(跑|逃)?出来|被困|困在里面|出不来|(老人|孩子|小孩|人)[^，。]{0,2}(下不来|下不去|出不去|跑不出)|(里面|里头|屋里|房里)[^，。]{0,2}(还)?有人[^，。]{0,3}(在)?睡|(里面|里头|屋里|房里|库里|楼里)(还|仍)有[^，。]{0,3}(人|工人|员工|职工|师傅|住户|租户|老人|孩子|小孩|学生)|(喝醉|醉了|醉酒|醉倒|喝多了)[^，。]{0,3}(还)?(在|躺在|睡在)(里面|里头|屋里|房里)/,
    ],
    none: /(?<!不是|不是在|并非|并不是|不像是?)(演练|演习)/,
  },
  /*
   * Smoke that breaks out with bangs ("锅炉房突然冒黑烟，还有砰砰的响声") is something bursting, whatever
   * usually smokes there: a boiler or a factory that bangs as it smokes is no emission.
   */
  {
    hazard: "fire",
    all: [/浓烟|黑烟|冒(黑|青|浓)?烟/, /砰砰|嘭|巨响|爆炸声|爆响|像(是)?爆炸/],
    none: /鞭炮|烟花|炮仗|礼炮|演习|演练|没事了/,
  },
  // Smoke, unless it comes from a chimney, a grill or a cigarette; smoke growing ("烟越来越大") too.
  {
    hazard: "fire",
    all: [
      /浓烟|黑烟|冒烟|冒(黑|青|浓)烟|冒出.{0,6}烟|烟很大|烟好大|好大的烟|烟(越来越|愈来愈|越冒越)(大|浓|多)|烟太大(?=.{0,12}(报警|看不|喘|跑))|烟.{0,3}(钻|冒|窜|往外|上来|出来)|全是(白|黑|浓|青)?烟(?!头)|都是(白|黑|浓|青)?烟(?!头|味|花|灰|囱)|满(屋|屋子|楼道|房间|楼).{0,2}(都是)?(的)?烟|烟.{0,2}满屋|(很|好|特别|太)多(的)?烟(?![头花酒盒草味囱])|烟(很|好|特别|太)多/,
    ],
    // A woodpile beside the smoke is fuel, not a fire lit on purpose; a chimney's smoke that fills the
    // room and chokes someone is no emission.
    // Paper burnt for the dead whose smoke sets off someone's asthma is no custom to leave be.
    // "不是抽烟的烟，是电线烧的": a smoker denied is no smoker.
    none: new RegExp(
      String.raw`(炭|煤|灶|锅|炉)[^，。]{0,6}无烟|无烟(炭|煤|灶|锅)|烟囱(?![^。]{0,30}(咳得|呛得|喘不|晕))|锅炉(?![^。]{0,12}(有火|明火|火苗|火光|着火|起火))|排气|排烟|尾气|油烟|餐馆|饭馆|饭店|餐厅|(?<!不是|不是有人|不是人|并非|不像是?)抽烟|烟头|烧烤|烤串|烤(羊|肉|鱼)|炭火|烧纸(?![^。]{0,40}(${SMOKE_CHOKES.source}))|烧垃圾|秸秆|厂|公司|企业|生产|排放|排出|污染|开工|树叶|落叶|柴火(?![垛堆])|烧荒|鞭炮|烟花|炮仗`,
    ),
  },
  {
    hazard: "fire",
    all: [
      /冒(白|黑|青|浓)?烟/,
      // A range hood or a heater giving off smoke is burning, not cooking fumes ("油烟机冒黑烟").
      /电动(汽)?车|电瓶|锂电|电池|充电|爆裂|噼啪|爆响|电视|电器|冰箱|洗衣机|插头|充电器|油烟机|烟机|微波炉|电饭(煲|锅)|电磁炉|电热毯|电暖器|取暖器|暖风机|小太阳|浴霸|排风扇|吹风机/,
    ],
    none: /尾气|排气/,
  },
  /*
   * Smoke with a burning smell from a wired thing ("空调出风口在冒烟，一股焦味", "吸顶灯冒烟 塑料烧焦的味"):
   * the wiring is burning, whatever business the room belongs to (a restaurant's smoke is otherwise
   * its kitchen's, above). White mist from an air conditioner alone has no burning smell.
   */
  {
    hazard: "fire",
    all: [
      /冒(白|黑|青|浓)?烟|冒出[^，。]{0,6}烟/,
      /空调|出风口|风口|插座|插头|电线|电表箱|配电|(?<!红绿|路)灯(?!笼)/,
      /焦|糊/,
    ],
    none: /(?<!不是|不是在|并非|并不是|不像是?)(演练|演习)/,
  },
  /*
   * Someone sitting, lying or walking on a railway line ("有人坐铁轨上不走"): a train will not stop for
   * them. Not a disused line, a toy or a park's little train, nor the metro's platform.
   */
  {
    hazard: "injury",
    all: [
      /(人|孩子|小孩|老人|男的|女的|男人|女人|学生|醉汉)[^，。]{0,6}(坐|躺|站|趴|蹲|走|睡)(在)?[^，。]{0,2}(铁轨|铁道|火车道)(上|中间|里)/,
    ],
    none: /废弃|停用|不通车|玩具|模型|小火车|游乐|拍(照|婚纱)/,
  },
  /*
   * What someone wore or carried found by the water and the person not ("在河边找到了他的鞋，人还没找到"):
   * they may be in it, whoever they are (a child or an old parent is read elsewhere).
   */
  {
    hazard: "missing",
    all: [
      /(河|江|湖|海|水库|水塘|池塘|鱼塘|河堤|岸)(边|旁|上|里)?[^。]{0,12}(找到|发现|捡到|看到|只剩|剩下|漂着)[^，。]{0,8}(鞋|衣服|外套|手机|书包|帽子)/,
      /(人|他|她)[^，。]{0,3}(还|都|也|一直)?(没(有)?(找到|回来|上来)|不见|找不到|联系不上)/,
    ],
    none: /(人|他|她)(已经|都)?(找到|回来|回家|联系上)了|没事/,
  },
  /*
   * A boat overturned with a cry for help or someone in the water ("船翻了 救命"): whoever was aboard
   * is in the water. Not the proverb (阴沟里翻船) or a boat found upside down on the bank.
   */
  {
    hazard: "flood",
    all: [
      /(船|小船|渔船|木船|铁船|游船|快艇|皮划艇|橡皮艇|竹筏|筏子)[^，。]{0,4}翻(了|过来|掉)|翻(了)?船了/,
      /救命|救救|呼救|快来|(人|孩子|小孩|老人|他|她|他们)[^，。]{0,4}(在水里|掉(进)?水|落水|沉|漂|抓着|趴在)|(船上|上面)(还)?有人|没(爬|游)?上来/,
    ],
    none: /阴沟|岸上|岸边[^，。]{0,4}(翻|扣)着|(?<!没)上岸了|都(上来|救上来)了|游戏|视频|电影|比喻/,
  },
  /*
   * Lost on a mountain or in the woods as night falls, with a phone dying or someone hurt ("我们在山上
   * 迷路了，天黑了，有一个人摔伤了"): the search has to start before the cold and the dark do harm. Only
   * people lost now (not a sign that makes visitors lose their way).
   */
  {
    hazard: "missing",
    all: [
      /(我们|我|他们|孩子|老人|一家|同伴|朋友|驴友|学生)[^，。]{0,8}(迷路了|迷了路|走不出(来|去)了?|找不到(下山|出去|回去|回来)的?路)/,
      /天黑|黑了|没电|摔伤|受伤|扭伤|走不动|下不来|下不去|冻|冷得|饿|没水|没吃/,
    ],
    inMessage: /山|林|野外|荒|峡谷|沟|森林|景区|沙漠|戈壁|雪地|湿地|水库/,
    none: /容易迷路|会迷路|怕迷路|(?<!已经|现在)不会迷路|导航|指示牌|路牌|标识|游戏/,
  },
  // Water with people in it.
  {
    hazard: "flood",
    all: [
      /溺水|落水(?!洞)|被冲走|冲走了|(被|让)[^，。]{0,4}(卷走|冲跑|冲下去)|淹着人|沉下去|沉到水|呛水|一沉一浮|在水里(扑腾|挣扎)/,
    ],
  },
  /*
   * A car in a river or a pond ("河里有车!!!", "一辆车冲进水库了"): whoever drove it is in the water
   * with it. Not a wreck left there for days, nor a car washed or parked by the water.
   */
  {
    hazard: "flood",
    all: [
      /(河|湖|江|水库|水塘|池塘|鱼塘|海)里(有|栽着)[^，。]{0,3}(车|汽车|轿车|小车|面包车|货车)(?!辙|印|轮印|胎|零件|牌)|(车|汽车|轿车|小车|面包车|货车|大巴|公交)[^，。]{0,4}(冲|开|掉|翻|栽|滑|落)(进|到|入|下)了?[^，。]{0,2}(河|湖|江|水库|水塘|池塘|鱼塘|海)/,
    ],
    // A scene to be filmed ("剧组下周要拍一场车冲进河里的戏") is planned, not happening.
    none: /废弃|报废|好久|很久|多久|几天|好几天|年了|月了|扔|丢|打捞|洗车|垃圾|模型|玩具|游戏|视频|剧组|拍摄|拍[^，。]{0,12}戏|手续|报备|审批/,
  },
  // "手机掉水里了", "钥匙掉河里了": the thing fell in, not a person; "去捞手机掉水里了" is the person.
  {
    hazard: "flood",
    all: [/掉(进|到)?(河|湖|水库|水里|水塘|池塘|水池|江|海)/],
    none: THING_FELL_IN,
  },
  {
    hazard: "flood",
    all: [/河|湖|水库|水里|池塘|水池|江|海|游泳/, /救命|扑腾|沉下|冒不出|冲走|抽筋|在喊|呼救/],
  },
  /*
   * Someone in the water who cannot swim ("我朋友在水里，他不会游泳，快来"): not a wish to learn, nor a
   * pool with a lifeguard.
   */
  {
    hazard: "flood",
    all: [
      /(在|掉(进|到)?|滑(进|到)|落(进|到)?)(河|湖|江|海|水库|水塘|池塘|鱼塘)?(水)?里/,
      /不会游泳|不会水|游不动|游不回来/,
    ],
    none: /游泳班|游泳课|培训|学游泳|想学|教[^，。]{0,4}游泳|泳池|游泳池|游泳馆|浅水|救生员|以前|小时候/,
  },
  {
    hazard: "flood",
    all: [
      /淹|进水|水[^，。]{0,2}(进来|灌进来|涌进来)|水涨|被水困|水[^滴]{0,4}到(我|他|她|人)?的?(腰|胸|脖子|大腿|小腿|膝盖|车窗|床)|水[^，。滴漏渗]{0,3}到[^，。]{0,3}(腰|胸|脖子)|(里|内)全是水|漫到|水.{0,3}没(过|到)|漫上来|漫进|灌进|灌入|涌入|灌满|倒灌|往上涨|积水.{0,3}(?<!不|没有?|不太|没那么)深|洪水|山洪|(快速|迅速|不断|还在)上涨|水深|(水|已经).{0,2}过了?(床|膝盖|腰|桌子)|泡水|浸水|陷住/,
      /出不(来|去)|困(?!难|扰|惑)|瘫|腿脚不好|走不了|搬不动|不能动|动不了|打不开|推不开|开不开|车顶|在里面|里面(有|住|还)|没撤|人|学生|老师|(一个|整个|全)班|没出来|(桌子|柜子|床|屋顶|房顶)上|室内|仍在|(还|仍)在(下面|底下|里面|里头|屋里)|乘客|租户|(还|仍)有[^，。]{0,3}(业主|住户|居民|车主)/,
    ],
    // Water over the ankles that splashes passers-by is a drainage complaint ("积水，不深" is the same:
    // 深 denied is no depth).
    none: /脚踝|脚面|脚背|鞋(子)?(都)?湿|溅/,
  },
  // Shut in somewhere and no way out: "被关在车库了，门禁刷不开，手机快没电了".
  {
    hazard: "trapped",
    all: [
      new RegExp(`(${FRAME_WHO.source})被反?(关|锁)在(?!门外|外面|外边)`),
      /出不去|出不来|刷不开|打不开|开不了|开不开|没人|没电|没信号|喊|叫|敲|拍/,
    ],
  },
  // Someone calling for help behind a door locked or stuck: "储藏室有人拍门呼救，门从外面锁上了".
  {
    hazard: "trapped",
    all: [
      /(?<!一键)呼救(?!器|按钮|铃|系统|装置|设备)|喊救命|救命|(里面|里头|里边)[^，。]{0,6}(拍门|敲门|砸门|喊人|喊|叫)|有人(在)?(拍|敲|砸)门/,
      /(门|窗)[^，。]{0,6}(从外面|在外面|外头|外边)?(被)?(锁|反锁|锁上|锁住|卡住|卡死|打不开|开不了|开不开|推不开|拉不开)|出不来|出不去/,
    ],
    none: /人在(门)?外(面|边|头)|钥匙|忘带|进不去|(救命|呼救)[^，。]{0,4}(按钮|器|铃)/,
  },
  // Trapped: lifts, locked doors, collapses.
  {
    hazard: "trapped",
    all: [
      /困人|被困(?!难|扰|惑)|困住|困在|困(电梯|轿厢|车|车库|屋|房间|厕所|卫生间|楼道|地下室|仓库|冷库|井)(里|内|中间)?(?!的事)|关在.{0,6}里|(把人|人被)关(在)?里(面|头)|在里面[^，。]{0,3}(几|[一二三四五六七八九十两\d]+|半)个?多?(分钟|小时|钟头)|出不来|出不去|卡在(?!哪).{0,8}(里|中间)|锁.{0,3}(卫生间|厕所|车|屋|房间)里/,
    ],
    // Stuck in a job, in traffic or behind a parked car, or a thing stuck: a complaint, not a rescue.
    none: /无恙|迟到|晚点|(玩具|东西|行李|钥匙|手机|卡片|硬币|鞋)[^，。]{0,3}(卡在|锁)|人在(门)?外(面|边|头)|(车|车子)(被)?(困|堵|挡|卡)|车[^，。]{0,4}出不去|工作|加班|岗位|项目|单位(?!未|没)|公司|合同|债务|贷款|官司|困境|堵车|塞车|车位|挪车|停车(?!场|库)|进得去|(车|路)(被)?堵|流程|手续|办证|审批|程序|循环/,
  },
  {
    hazard: "trapped",
    all: [
      /电梯|货梯|客梯|轿厢/,
      // 困难/困扰/困惑 (hard, bothered) are complaints about the service, not people stuck inside.
      /卡|困(?!难|扰|惑)|关|停了|停住|停在|不动|不走了|掉了|掉下|下坠|坠|一沉|打不开|开不了|门(也)?不开/,
      new RegExp(`${PERSON.source}|我在|里面|里头`),
      /里|内有|之间|(层|楼)[^，。]{0,2}中间|困(?!难|扰|惑)|卡|关/,
    ],
    // "玩具卡在电梯门缝里…没人在里面": nobody inside.
    none: /(里面|里头|电梯里)没(有)?人|没(有)?人在(里面|里头|电梯里)|停用|厂|无恙|广告|屏幕|音量|声音/,
  },
  // "我在电梯里，救命": a call for help from inside a lift, whatever stopped it.
  {
    hazard: "trapped",
    all: [/(我|人|孩子|老人|我妈|我爸)(还)?在电梯里/, /救命|救救|快来人|出不去|出不来/],
  },
  // A lift that drops with someone calling for help in it.
  {
    hazard: "trapped",
    all: [
      /电梯/,
      /掉了|掉下去|往下掉|下坠|坠落|急坠|冲顶|蹲底/,
      /救命|快来人|在里面|里头|我在|(?<!没|无|没有)人(?!员)/,
    ],
    none: /广告|屏幕|按钮|面板|镜子|装饰|灯|贴纸|通知|漆|瓷砖|(电梯|梯)里?没(有)?人/,
  },
  {
    hazard: "trapped",
    all: [/反锁(?!在门外)|门锁着|门打不开|锁在(车|屋|家|房|里|阳台)|门从里面/, PERSON],
    // A broken access door keeps people out, not in; a household out at work leaves nobody inside.
    // "大人不在" is the other way round: a child left alone behind the door. A phone or a key left
    // outside ("手机在外面") is why whoever is inside cannot call, not someone outside.
    none: /门禁|刷卡|刷不开|进不去|进不来|进不了|(?<!手机|电话|钥匙|衣服|东西)在(门)?外面|不在家|没人在家|家里没人|(?<!大)(人|都)(去)?(上班|出门|出去|不在)/,
  },
  {
    hazard: "trapped",
    all: [
      /塌|倒塌|坍塌|墙倒|掉下来/,
      /(底下|下面|里面|埋|压).{0,4}(有)?人(?!行)|人.{0,4}(在里面|还在|被埋|被压)|埋了人|压着/,
    ],
  },
  // Structures giving way over people: a wall, a ceiling, a sign or a crane that falls next. A sign
  // that sways hard ("广告牌晃得厉害，底下有人排队") is one; a light's glare ("招牌灯晃得睡不着") is not.
  {
    hazard: "collapse",
    all: [
      /塌|坍|(?<![压拖累])垮|(?<![难打推放卧])倒了|(?<!被)(压|砸)倒(?!性|了?[^，。]{0,2}(一片|多数))|往外鼓|往下耷拉|耷拉下来|鼓包|掉土|(塔吊|吊车|树|楼|墙|电线杆|杆子|广告牌|招牌|棚|脚手架|水箱|空调外机|外机|支架|雨棚|太阳能)[^，。]{0,3}(歪|斜|晃(?!眼|得(?!(很|好|特别|太|非常)?(厉害|吓人|凶))))|(墙|楼|杆|塔吊|架子|棚)[，,]?(歪|斜)了|往[^，。]{0,4}(这边|那边|路上|路中间|外|我们|人行道)(这边|那边)?(歪|斜|倒)|(歪|斜|倒)向[^，。]{0,4}(这边|那边|路|人行道|我们|马路|街)|(塔吊|吊车|吊臂|吊钩|吊着的)[^，。]{0,8}(甩|失控|乱转|不对劲)|往下(掉|坠)|(快|要)(掉|倒|塌)|掉下来|裂.{0,4}缝|掉渣|刮断|刮倒|砸(到|在|中|伤)|外倾|(底部?|下面|地基)[^，。]{0,2}掏空|被掏空|就靠一个角挂着|(吊|悬)在半空/,
      // Nobody moved out yet, or a call to come at once ("需立即支援", "请…即刻到场"), is someone in reach too.
      new RegExp(
        `${PERSON.source}|尚未(转移|撤离|疏散|搬出)|(立即|即刻|马上|火速)[^，。]{0,8}(支援|到场|抢险)|(下面|底下|楼下)(就)?是|(下面|底下)(还|就)?有(个|几个)?(人|卖|摆摊|小孩|孩子|老人)|学校|小学|幼儿园|操场|人行道|住户|里面有|里头|车里|上面(还)?有|差点|险些|差一点`,
      ),
    ],
    // 倒了一车垃圾 is dumping, not something falling over.
    none: /(撞|摔|跌|滑|绊|晕|推|挤)倒|(车|车门|车把|自行车|电动车|三轮车)[^，。]{0,2}(刮|碰|蹭)倒|(下去|下到|进去)[^，。]{0,4}就?倒了|嘴[^，。]{0,4}歪|(从|自).{0,8}(掉|摔|跌)下来|(拿|用|抄|抡)着?[^，。]{0,3}(砖|石头|棍|瓶|刀)|围着[^，。]{0,6}打|有点|不严重|不大|问题不大|不影响(结构|安全|使用)|(?<!还在|在)一点点(?!往|地)|(?<!紧急派人)鉴定|(?<!紧急派人)检测|(维保|物业|师傅|专家|工程师|房管|鉴定)[^，。]{0,6}(说|讲)[^，。]{0,2}(没事|没问题|不要紧)|影响市容|旧了|好几年|几年了|多年|好久|好几个月|几个月了|一直就?(那样|这样)|没(变|再)(大|宽|长)|还没倒|不着急|不急|倒了.{0,2}(一车|一堆|好多|很多)|乱倒|倾倒|偷倒|无恙/,
  },
  {
    hazard: "collapse",
    all: [
      /(持续|不停|一直|还在|不断|在)(掉落|往下掉|掉)(?!色|漆|毛)|钢筋[^，。]{0,2}(外露|露出来)|露(出|着)(了)?钢筋/,
      /人|老人|孩子|家里|家中|住户|学生|车(子|辆)?(还)?在(进出|开|走|过)|(下面|底下|楼下)(就)?是|门口|人行道/,
    ],
  },
  {
    hazard: "collapse",
    all: [
      /塌陷|塌了|陷下去|坍塌|塌方/,
      // Whoever went down with it ("一个服务员掉下去了"): any person word or staff title, not only 人.
      new RegExp(`(车|员|${PERSON.source})[^，。]{0,6}(掉入|掉进|掉下去|陷进|陷入|栽进)|掉入|陷进去`),
    ],
  },
  // Water over sockets or switchgear where people are, or sparking.
  {
    hazard: "electric",
    all: [
      /插座|插排|电闸|闸刀|配电柜|配电箱|电箱|电表箱|热水器|灯(里|罩|座|头|具)|吊灯|吸顶灯/,
      /漫过|淹(过|到|了)|泡(在)?水|浸水|进水|滴水|滴到|漏水|漏到|渗水|一滩水|积水|水[^，。]{0,3}(流|灌|漫|冲)(进|到)/,
      /打火|火花|冒烟|(还在|还|在)通电|(连|通)着电|带电|有人|人员|作业|不敢(进|碰|动)|孩子|老人|我妈|我爸|在里面|(在|一直|忽明忽暗)闪|滋滋|嗞嗞|噼啪|冒蓝光|蓝光/,
    ],
  },
  // A farewell and then silence: "说再见了…电话不接".
  {
    hazard: "self_harm",
    all: [
      /再见了|永别了|不用管(我|他|她)了|照顾好(自己|爸妈|孩子)|下辈子|(跟|和|向)[^，。]{0,4}(告别|道别|说再见|说拜拜)/,
      /电话不接|不接电话|关机|联系不上|打不通|不回(消息|信息|微信)/,
    ],
  },
  // "说他没用了拖累儿女，把绳子拿出来了": feeling a burden, with the means at hand.
  {
    hazard: "self_harm",
    all: [
      /没用了|是个?(废物|累赘)|拖累(儿女|孩子|子女|家里|家人|大家|你们|他们)|给[^，。]{0,4}添麻烦了/,
      /绳子|绳|安眠药|农药|老鼠药|刀|药[^，。]{0,3}(准备|备|攒)|楼顶|天台|河边|窗台/,
    ],
  },
  // "拿着绳子进了屋，把门反锁了": a rope taken behind a locked door, and no answer.
  {
    hazard: "self_harm",
    all: [
      /(拿|带|找|提)(着|了|上)?[^，。]{0,2}(绳子|麻绳|绳)/,
      /(反)?锁(了|上|住)|关(上|了)门|喊[^，。]{0,3}不(应|答应)|叫[^，。]{0,3}不(应|答应)|不(开|给开)门|没(有)?动静/,
    ],
    none: /晾|捆|绑(东西|行李|箱子)|搬家|跳绳/,
  },
  // "我扛不住了，我现在在学校楼顶": despair said from a height, now.
  {
    hazard: "self_harm",
    all: [
      /扛不住了|撑不住了|熬不下去了|坚持不下去了|想解脱|(只是|只)想(让)?有人知道/,
      /(在|到|上了?)[^，。]{0,6}(天台|楼顶|顶楼|桥上|河边|江边|窗台|护栏)/,
    ],
  },
  // "我已经站在顶楼了，不用找我": at a height, saying goodbye or not to be looked for.
  {
    hazard: "self_harm",
    all: [
      /(站|坐|爬|蹲)(在|到|上)[^，。]{0,4}(顶楼|天台|楼顶|桥上|窗台|楼沿)/,
      /不用找|别找|再见|最后|不想|跳|别管|对不起|别劝|不要靠近|别过来/,
    ],
  },
  /*
   * "谢谢这些年的帮助，东西都整理好了，钥匙放门垫下面，以后不麻烦你们了": thanks and a promise to be no
   * more trouble, with the affairs settled or the key left for whoever comes: a farewell, not a move.
   */
  {
    hazard: "self_harm",
    all: [
      /(以后|再也|从此|不会再|不用再)不?(用|会)?(麻烦|打扰|拖累)(你们|大家|您|社区|谁)|谢谢[^，。]{0,6}(这些年|这么多年|一直以来|多年)/,
      /(东西|后事|身后事|存折|遗物|衣服|房子)[^，。]{0,3}(都|已经)?(整理|安排|收拾|交代|准备|处理)好了|钥匙(放|留|搁|压)(在)?[^，。]{0,6}(门垫|地垫|脚垫|花盆|鞋柜|信箱|窗台|门口|门框)/,
    ],
    none: /搬(家|走|过去)|退租|回老家|出国|住院|养老院|旅游|出差|换房|卖房|出远门|去(外地|儿子|女儿)/,
  },
  // "我把煤气打开了 让我走吧": the gas opened to end a life.
  {
    hazard: "self_harm",
    all: [
      /(把|将)?(煤气|燃气|天然气|液化气)[^，。]{0,3}(打开|放开|开着|开了)|开(了|着)?(煤气|燃气|天然气)(?!灶|费|卡)/,
      /让我走|不想活|别救我|别找我|别管我|再见|永别|对不起|解脱|去死|一起死|死了/,
    ],
  },
  // "今天是最后一天" posted from a rooftop's edge.
  {
    hazard: "self_harm",
    all: [
      /最后一天|最后一面|最后一次|(讲|说)[^，。]{0,2}(拜拜|再见)|告别/,
      /天台|楼顶|顶楼|边上|桥上|河边|江边|窗台|护栏/,
    ],
  },
  /*
   * "打完针五分钟就浑身起红疙瘩，嘴唇肿了，喘气费劲": a body swelling after an injection, a sting or a
   * bite of something, and breathing hard: an allergic shock until shown otherwise.
   */
  {
    hazard: "injury",
    all: [
      /(嘴唇|嘴巴|嘴|脸|眼皮|舌头|嗓子|喉咙|喉头)[^，。]{0,3}(肿|发紧)|起(了)?(一身|满身)?(红)?(疙瘩|疹子|风团)|(浑身|全身)[^，。]{0,3}(红|痒|起)/,
      // "喉咙像被捏住了，说话都费劲": the throat closing told by what it feels like.
      /喘(气)?[^，。]{0,2}(费劲|困难|不上|不过|不动)|呼吸[^，。]{0,2}(困难|费劲|急促|不上)|憋(气|得慌)|透不过气|说不出话|说话(都|也)?(费劲|困难|吃力)|(嗓子|喉咙)[^，。]{0,3}(紧|堵)|(嗓子|喉咙)[^，。]{0,3}(被|让)[^，。]{0,2}(捏|掐|卡|堵)住/,
    ],
    none: /以前|上次|每次|一直|经常|老是|过敏原|检测|医保|报销|湿疹|哮喘(病|史)/,
  },
  /*
   * "防盗门打不开，家里煤气灶上炖着东西，孩子在里面，我在外面": the writer is locked out, but a child is
   * shut in with a pot on the flame.
   */
  {
    hazard: "trapped",
    all: [
      /打不开|开不了|开不开|推不开|反锁|锁(住|上|坏)了|门[^，。]{0,4}(关上|带上)了/,
      /(孩子|小孩|宝宝|婴儿|娃|老人)[^，。]{0,8}(里面|里头|屋里|家里)|(里面|里头|屋里)[^，。]{0,4}(孩子|小孩|宝宝|婴儿|老人)/,
      /(灶|锅)[^，。]{0,6}(炖|煮|烧|熬|开着)|(炖|煮|熬)着|烧着(水|东西|饭)|开着(火|煤气|燃气)/,
    ],
  },
  // A head or a hand stuck where it cannot be pulled out.
  {
    hazard: "trapped",
    all: [/(头|手|脚|腿|胳膊|手指|脑袋)[^。]{0,12}(拔|抽|拿|拽|拉|扯|弄)不(出来|回来|开)/],
    none: /(手套|鞋|袜|钥匙|戒指)[^，。]{0,2}(拔|抽|拿|拽|拉|扯|弄)不/,
  },
  // Self-harm: intent said aloud, a person at an edge, or the means at hand.
  {
    hazard: "self_harm",
    all: [
      /要跳|往下跳|跳楼|跳河|跳桥|轻生|自杀|寻死|不想活|活着[^，。]{0,4}没(什么|啥)?意思|(今晚|今天|马上|这就)就?从[^，。]{0,6}(天台|楼顶|顶楼|桥上|窗户)(走|下去)|活不下去|死了算了|活着太累|活够了|对不起大家|永别|遗言|割腕|(发|留)了?[^，。]{0,4}告别|告别(信|短信|微信|视频|语音)|遗书|(?<!也|都|一直|常年)烧炭(?!火锅|盆|[^，。]{0,2}取暖)|安眠药|(?<![楼往从向])上吊(?![下起着])|绳子.{0,4}(准备|备|挂)好|(坐|站|爬)(在|到).{0,6}(边上|边缘|栏杆外|外面|楼顶)|(翻|跨|爬)(到|出|过)[^，。]{0,6}(栏杆|护栏|围栏|女儿墙|窗台)|(栏杆|护栏|围栏|窗台|女儿墙)(外面|外边|外头|上)[^，。]{0,4}(站|坐|蹲|挂)|坐在女儿墙|(坐|站|蹲)在(天台|楼顶|窗台|阳台|桥)(边|沿|外)|不想再(活|生存)|腿[^，。]{0,4}悬在外|不想撑了|不想再?撑(下去)?了?|撑不下去了|(药|安眠药)[^，。]{0,4}攒(好|够|了)|攒了[^，。]{0,4}药|一了百了|结束(自己|生命)|最后一次(和|跟)大家|(跟|和)这(个)?世界[^，。]{0,3}(再见|拜拜|告别)|不想拖累|不拖累(他们|家里|你们|孩子)|活腻了|划自己|割自己|(就|要|想|准备)去死|(药|安眠药)[^，。]{0,4}(准备|备)好|(身上|全身|自己)[^，。]{0,3}(浇|泼|淋)(了|上)?(汽油|柴油|油)|(要|想|说|准备)[^，。]{0,3}(喝药|服毒|喝农药)|喝药自杀|(今晚|今天|马上|今夜)就?(结束|了结)(了|自己|一切)?|结束这一切|(就|要)?从[^，。]{0,4}(窗户|楼上|阳台|楼顶|桥上)跳下去|(就|想好了|决定|打算)[^，。]{0,6}从[^，。]{0,4}(楼上|窗户|阳台|楼顶|天台|桥上)(跳)?下去|绳子[^，。]{0,4}(绑|系|挂)在[^，。]{0,4}(门框|房梁|梁上|窗|暖气|脖子)/,
    ],
    // "笑到想跳楼", "吵得我想跳楼": laughter or a nuisance, not despair.
    none: /(笑|吵|烦|气|逼|累|忙|热|冷|饿|愁|闹|晒)(得|到|死)[^，。]{0,4}(想|要)?(跳楼|跳河|去死|死)/,
  },
  /*
   * A goodbye, passed on by whoever received it ("刚发我个地址说以后别找了…楼顶", "把他家狗托付给我…我
   * 觉得不对劲", a post captioned "都结束了" with the phone unanswered) or written from the edge ("我撑
   * 不住了…楼顶风好大", "就是想有人知道"): the words of a farewell, with an edge or water named, the
   * phone gone silent or the writer uneasy. An office that says "别找我们了"
   * is a complaint, not this.
   */
  {
    hazard: "self_harm",
    all: [
      /[“"「『][^”"」』]{0,12}(不活了|不想活了|活不下去了|去死)[”"」』]|以后(别|不要|不用)(再)?(找|等|管|联系)|别(再)?找(我|他|她)了|[“"「『](都|一切都?)结束了[”"」』]|托付给(我|你)|交代(了)?后事|最后(一条|一次|一个)(消息|电话|微信|朋友圈)|(就|只)是想(让)?(有人|你们|大家|有个人)知道|(我|真的)撑不住了/,
      /楼顶|天台|顶楼|桥|河边|江边|湖边|海边|水库|台阶|(电话|手机)[^，。]{0,4}(没人接|打不通|关机|不接|不回)|没人接|不对劲|别问/,
    ],
    none: /物业|客服|中介|房东|商家|店家|开玩笑|说着玩/,
  },
  /*
   * "我要去见太奶了…我在桥上…这个年过不下去了": slang for dying, said by someone at a bridge or a roof
   * edge. The slang alone is a common joke; the writer at the edge is not.
   */
  {
    hazard: "self_harm",
    all: [
      /去见(太奶|太姥|太爷|阎王|马克思|祖宗|列祖列宗)|(日子|这个?年|这辈子)[^，。]{0,2}过不下去了/,
      /我[^，。]{0,3}(在|站在|坐在|到了)[^，。]{0,8}(桥上|桥边|楼顶|天台|顶楼|窗台|河边|江边|湖边|海边|栏杆)/,
    ],
  },
  {
    hazard: "poison",
    all: [
      /(?<!绿)化工|化学|毒气|刺鼻|(味|气味|味道)[^，。]{0,3}刺(?!激)|黄烟|黄色的烟|怪烟|刺激性气体|混错了?(药|药剂)|混着用|(黄绿|白)色?的?(气|烟)|漏氯/,
      /呛|眼睛|咳|喘|晕|吐|流泪|熏倒|嗓子|喉咙|(胸口|心口)[^，。]{0,2}(疼|痛|闷)/,
    ],
    none: /污染|环保|排放|长期|常年|多年|整天|每天|天天|危害|影响了?[^，。]{0,6}(生活|健康)|喷漆|油漆|汽修|排出|闻久/,
  },
  // A worker down a septic tank, a well or a vat who does not come up: gas there kills rescuers too.
  {
    hazard: "poison",
    all: [
      /化粪池|粪池|窨井|污水井|下水井|检查井|沼气池|地窖|菜窖|储罐|罐子里|罐里|井下|井里|发酵池|污水池|下水道|污水管|管道井|阴沟|涵洞/,
      // A call down the shaft unanswered ("呼叫不回") or the gas meter above sounding is the same silence.
      /没上来|没出来|上不来|没(了)?(声|声音|动静)|晕(倒|过去|在)|倒(在)?(下面|里面|底下)|叫不应|不应声|(呼叫|对讲|喊话)[^，。]{0,3}(不回|没(有)?(人)?(回|应))|(检测仪|报警仪|气体报警)[^，。]{0,8}(响|报警|红灯|叫)/,
      /下去|掉(进|下|到)|工人|师傅|(?<!没|无|没有)人(?!员)/,
    ],
  },
  // Wild mushrooms, fruit or puffer fish, then the body goes wrong.
  {
    hazard: "poison",
    all: [
      /蘑菇|菌子|野果|河豚|野菜|曼陀罗|草乌|川乌|乌头|附子|药酒|自酿|散装酒/,
      /重影|发抖|抽搐|呕吐|吐|昏|晕|嘴麻|舌头麻|(手|脚|手脚|嘴)[^，。]{0,2}发?麻|心慌|幻觉|看东西|看不清|说胡话/,
    ],
    none: /不新鲜|烂了|退货|退款|没有不舒服|价格|贵/,
  },
  /*
   * A cleaning product made to look like sweets or sold as a liquid for drains ("把洗衣凝珠咬破了",
   * "喝了通水管的药水"): swallowed or bitten open, it burns the mouth and throat.
   */
  {
    hazard: "poison",
    all: [
      /(吃|喝|吞|咬|舔|含)(了|下|破|开)?[^，。]{0,6}(凝珠|洗衣球|洗衣片|清洗块|洗碗块|洗碗片|洁厕块|蓝泡泡|干燥剂|樟脑丸|卫生球|疏通剂|通(下水道|水管|管道)的?(药|药水|药剂)|(洗衣|洗碗)[^，。]{0,3}(块|珠|球|片|粉))|(凝珠|洗衣球|洗衣片|清洗块|洗碗块|洗碗片|洁厕块|蓝泡泡|干燥剂|樟脑丸|卫生球|疏通剂)[^，。]{0,6}(吃|喝|吞|咬|舔)(了|下|破|进去)/,
    ],
    none: /(猫|狗|宠物)[^，。]{0,4}(误|错)?(吃|喝|吞|咬)|(能不能|会不会|是不是|可以)[^，。]{0,4}(吃|喝)/,
  },
  /*
   * Something swallowed "as a drink" or "as a biscuit" ("以为是饮料", "当成饼干吃了"): whatever it
   * was, it was not one, and a child or a worker has it inside now.
   */
  {
    hazard: "poison",
    all: [
      /(以为是|当成?|当作)[^，。]{0,2}(饮料|饮品|汽水|可乐|果汁|矿泉水|糖|糖果|零食|饼干|奶)/,
      /吃|喝|吞|咽|舔/,
    ],
    none: /(猫|狗|宠物)[猫狗]?(又|还|竟然|居然)?(把|以为)|(以为|当)[^，。]{0,3}是?(饮料|零食)[^，。]{0,4}(买|卖|送|点|拿)|(水|饭|菜)当(饮料|零食)|(没|没有)(吃|喝|吞|咽)|是不是|会不会|能不能|可不可以|虚惊|(医生|大夫|药师|120)[^，。]{0,6}(没关系|没事|不要紧|问题不大|不碍事)|维生素|钙片|益生菌/,
  },
  // Something swallowed that is not food, or food that made a group ill at once.
  {
    hazard: "poison",
    all: [
      /(误|错)(喝|吃|服|食)|(喝|吃|吞)(了|下)?[^，。]{0,6}(农药|洗衣液|洗洁精|消毒|84|洁厕|老鼠药|鼠药|百草枯|敌敌畏|药片|一板|一整瓶|一瓶|安眠药|降压药|电池|防冻液|玻璃水|汽油|柴油|煤油|甲醇|工业酒精|除草剂|杀虫剂)|把.{0,8}(药|洗衣液|消毒液|洁厕灵|电池|干燥剂).{0,3}(吃|喝|吞)了|老鼠药|毒鼠强|洁厕灵.{0,4}84|84.{0,4}洁厕灵/,
    ],
    // "84和洁厕灵是不是不能一起用", "放在一个柜子里，没混过": a question or storage, nothing mixed.
    none: /(84|洁厕灵)[^。]{0,12}(是不是|会不会|能不能|能否|可不可以|可以|不能)[^。]{0,4}(一起|混|同时)|没(有)?混(过|在一起|着用)?|分开放|放在(同)?一(个|起)|(猫|狗|宠物)[^，。]{0,4}(误|错)?(吃|喝|吞)|(想|要)(放|买|用)[^，。]{0,3}(老鼠药|鼠药)|灭鼠|(领|发放?|投放|买)[^，。]{0,3}(老鼠药|鼠药)|(老鼠药|鼠药)[^，。]{0,8}(领|发|投放|买|哪里有|在哪)|老鼠(太|很|特别|好)?多/,
  },
  {
    hazard: "poison",
    all: [
      /蘑菇|菌子|食堂|盒饭|吃完|吃了|喝了|[午晚早]餐|[午晚早]饭|饭后|餐后|用餐|聚餐|酒席|喜宴|外卖/,
      /上吐下泻|都在吐|(多名|多人|好多|好几个|几个|十几个|一群|全班|不少)[^，。]{0,10}(呕吐|腹痛|腹泻|拉肚子|肚子疼|抽搐)|抽搐|(好多|好几个|几个).{0,6}(吐|疼|倒|晕)|(都|全)(吐|拉|晕|倒)|(半个|整个|全)(年级|班|学校)[^，。]{0,4}(都)?(在)?(呕吐|吐|腹泻|拉肚子|肚子疼)|(至少|有)[^，。]{0,2}[\d一二两三四五六七八九十几]+(多)?(名|个)[^，。]{0,6}(出现|在)?(呕吐|腹泻|腹痛|拉肚子|肚子疼)/,
    ],
  },
  /*
   * An ambulance held up on its way to a patient ("救护车堵在门口…病人在12栋"): the patient is waiting
   * now. Not a fear of it one day ("万一救护车进不来"): that is a parking complaint.
   */
  {
    hazard: "injury",
    all: [
      /(救护车|急救车|120的?车)[^，。]{0,4}(堵在|被堵|堵住|进不来|进不去|开不进|过不去|卡在|被挡)/,
      /病人|患者|伤者|伤员|老人|抽(了|搐|筋)|昏|晕|在等|等着/,
    ],
    none: /万一|如果|要是|假如|怕|担心|上次|以前|之前/,
  },
  { hazard: "collapse", all: [/(楼|房子|房屋|墙).{0,2}(在)?(晃|摇|倾斜|下沉)|拆承重墙/] },
  // Rocks coming down a slope onto a road or houses.
  {
    hazard: "collapse",
    all: [
      /(石头|石块|山石|碎石)[^，。]{0,6}(往下(滚|掉|落)|滚下来|掉下来|砸下来|滚到)|落石|滑坡|泥石流/,
      /车|人|路|房|屋/,
    ],
  },
  // Someone living alone who has not been seen for days and does not answer the door. Days of
  // silence show in other ways too: no power or water used, the daily call not answered two days
  // running, flies at a closed window, nobody coming downstairs.
  {
    hazard: "missing",
    all: [UNSEEN_ANYHOW, FRAIL_OR_ALONE],
    none: SILENCE_EXPLAINED,
  },
  // "赵老先生今年87岁，独自居住。自前天晚上起未见其出门…敲门、打电话均无回应": who lives alone or is
  // frail is told in one sentence, the days of silence in another.
  {
    hazard: "missing",
    all: [UNSEEN_ANYHOW],
    inMessage: FRAIL_OR_ALONE_ELSEWHERE,
    none: SILENCE_EXPLAINED,
  },
  /*
   * A device in a frail person's home that reports no life or a fall ("智能水表提醒说家里水一天都没动了",
   * "手环报了跌倒"), and the phone or the door unanswered now: someone must go and look.
   */
  {
    hazard: "missing",
    all: [
      /(水表|电表|燃气表|气表|手环|手表|摄像头|监控|传感器|智能[^，。]{0,4})[^，。]{0,12}(提醒|报警|提示|显示|通知|报)[^，。]{0,10}(没动|没用|没走|不动|跌倒|摔倒|心率)|(水|电|气)[^，。]{0,3}(一|两|三|几|好几|\d+)(整)?天(都)?没(动|用|走)/,
      /(打|拨)[^，。]{0,8}(没人接|都不接|也不接|不接|打不通|无人接听|关机)|敲门[^，。]{0,6}(没人应|不应|没反应|没人开)|联系不上/,
    ],
    inMessage: FRAIL_OR_ALONE_ELSEWHERE,
    none: SILENCE_EXPLAINED,
  },
  /*
   * A frail or lone parent who does not answer today's calls, never the case before ("今天打了十几个都
   * 没人接…以前从来没这样过"): the change is the alarm. Not an office or a landlord out of reach.
   */
  {
    hazard: "missing",
    all: [/(打|拨)[^，。]{0,10}(没人接|都不接|也不接|打不通|无人接听)/, /今天|今晚|今早|刚才|刚刚|现在|一直/],
    inMessage: new RegExp(
      `^(?=[^]*(${FRAIL_OR_ALONE_ELSEWHERE.source}))(?=[^]*((以前|之前|平时|从来)(从来|从)?(都)?(没|没有|不)(有)?(这样|这么|出现)过?|从不(这样|不接)))`,
    ),
    none: /物业|客服|热线|公司|中心|部门|房东|中介|师傅|商家|店|单位|医院|银行/,
  },
  // Days unseen and flies at the window or a smell from the flat: whoever the neighbour is, someone
  // must open the door now.
  {
    hazard: "missing",
    all: [UNSEEN_ANYHOW, /苍蝇|臭味|(一股|有股)[^，。]{0,4}味/],
    none: SILENCE_EXPLAINED,
  },
  // Missing people: a child or a dependant adult and an absence.
  {
    hazard: "missing",
    all: [
      DEPENDANT,
      new RegExp(
        `(找不到|找不着|没有?找到)${NOT_A_THING_SOUGHT}|(?<![看听])不见了|说没(去|来|到)(?!过)|不见人影|人影都没|没影|走散|没有?回来|没有?回家|还没有?回|失联|未返|没见着|没见到|联系不上|(出门|出去|去[^，。]{0,8}|离开|走的)[，,]?(到现在|至今)(都|还)?没(有)?(消息|音讯|信儿)|根本没(来|去|到)过?|(孩子|小孩|娃|人|老人)丢了|(孩子|小孩|娃)(就|突然|一下)?没了(?=$|[，。！\\s三四五六七八九十两\\d])|走丢|走失|失踪|跑出去|跑丢|没到家|没回|未归|离家出走|人没了|转身.{0,3}(没|不见)|该到.{0,8}没到|未回|(楼下|楼上|院子|院里|外面|附近|学校|同学家|小区)(里)?(也|都)(没有|没见|找不到|找不着|不在)|(未|没有?)(到|来)(校|学校|幼儿园)(?!报到)|(放学|下课)(以后|后|之后)?[^，。]{0,4}没(下楼|出来|出校门)|点名[^，。]{0,4}(少|缺|差)了?[一两几\\d]个|(丢|落|忘)在[^，。]{0,6}(服务区|半路|路上|景区|车站)`,
      ),
    ],
    none: NOT_AN_ABSENCE,
  },
  // A confused old person or child found alone, who cannot say where home is.
  {
    hazard: "missing",
    all: [
      DEPENDANT,
      /(说不(清|出|上来)|不记得|记不(清|得|起来)|不知道|想不起来?)[^，。]{0,4}(家在|家住|住(在)?哪|地址|回家的路|(自己)?叫什么)|(家在|家住|住(在)?哪|地址)[^，。]{0,4}(说不(清|出|上来)|不记得|记不(清|得|起来)|想不起来)|地址[^，。]{0,8}(不存在|不对|没有这个|找不到)|找不到家|不认得回家/,
    ],
    none: NOT_AN_ABSENCE,
  },
  // A child or a dependant taken away by a stranger.
  {
    hazard: "missing",
    all: [
      DEPENDANT,
      /陌生|不认识的?|不明身份|外地口音|人贩子|不是(我们|我|咱)家的?人|家里(没|没有)(人)?(去)?接|没(让|叫|委托)[^，。]{0,3}接|(家|家里)[^，。]{0,3}(根本)?(没|没有)人(去)?接|说是[^，。]{0,6}(亲戚|家里人|家长|爸爸|妈妈|叔叔|阿姨|朋友)/,
      /带走|抱走|拐走|拽走|拉走|领走|骗走|抢走|拖走|接走|(拉|抱|拽|塞)(上|进).{0,4}车/,
    ],
  },
  /*
   * "本人母亲…患有认知障碍。自昨日下午起手机关机，…其昨晚九点独自出小区后未归": the person is named in
   * an earlier sentence and this one says only 其 or 独自; going out alone and not back, with the
   * phone off or the hours counted, is the absence whoever it is.
   */
  {
    hazard: "missing",
    all: [
      /(其|独自|一个人|自己)[^，。]{0,10}(出|离开|走)[^，。]{0,8}[，,]?(未归|未回|没回|再没回|一直没回|至今未)/,
      // Longer than a walk: the phone off, a night, hours counted.
      /关机|打不通|联系不上|一(夜|晚|宿)|彻夜|至今|到现在|天黑|([两三四五六七八九十\d]+|几|好几)个?多?(小时|钟头)/,
    ],
    none: new RegExp(`${PLANNED_AWAY.source}|${CALLBACK_INSTRUCTION.source}`),
  },
  // Any adult gone far longer than planned and unreachable.
  {
    hazard: "missing",
    all: [PERSON, /没有?回|未归|未返|不见|找不到|没有?找到|联系不上|失联|没到|根本没(来|去)/, LONG_ABSENCE],
    none: new RegExp(`${PLANNED_AWAY.source}|${CALLBACK_INSTRUCTION.source}|${ONLY_A_SHORT_WHILE.source}`),
  },
  {
    hazard: "missing",
    all: [
      /痴呆|失智|阿尔茨海默|认不得人|认不出人|不认人了|老糊涂|糊涂|犯迷糊|记性不好|自闭|不认路|迷路|不记得路|精神(不太?好|有问题|病|分裂)/,
      // "爷爷丢了 痴呆": the person himself lost, as people say of a confused old man.
      /出门|出去|跑|走|没回|不见|(爷爷|奶奶|姥姥|姥爷|外公|外婆|老人|老爷子|老太太|老头|老伴|我爸|我妈|父亲|母亲)(又)?(走)?丢了/,
    ],
    none: NOT_GONE_YET,
  },
  // Someone hurt: signs strong enough on their own, and weaker ones next to a person.
  {
    hazard: "injury",
    all: [
      /流血|出血|血流|是血(?!压|糖|脂|型|常规|检|液检)|头破血流|(突然|一下子?)[^，。]{0,3}(面色|脸色|脸|嘴唇|嘴巴)[^，。]{0,2}(发紫|青紫|发绀)|昏迷|晕过去|晕倒|昏(了)?过去|昏倒|叫不醒|不省人事|口吐白沫|抽搐|没呼吸|没有呼吸|没了呼吸|没心跳|休克|说不出话|口齿不清|(?<!压得|累得|忙得|逼得)喘不(上|过)气|噎住|卡住喉咙|喊不醒|中风(?![，,、]?(偏瘫|心梗|脑梗|患者|病人|后遗症|之后|以后|后|多年|几年|好几年|瘫|在床|卧床|躺|了?([两三四五六七八九十]|\d+)(多)?年))|骨折|腿断|摔断|(腿|胳膊|手臂|脚踝|手腕)(好像|像是|可能)?(骨头)?折了|(躺|倒|趴)在?地上[^，。]{0,4}(不动|起不来|没反应|不省人事)|砸到人|砸中|砸伤|压在下面|压在底下|撞了人|撞倒了?人|被压(?![坏垮烂断弯碎裂])|受伤|伤得|血止不住|好多血|很多血|一地血|满(头|脸|身)是血|大口子|吞了|卡住了|噎着|半边身子|心口疼|胸口疼|嘴歪|嘴[^，。]{0,4}歪(着|了)|口眼歪斜|说话.{0,3}不清|扎穿|扎进|(手|指|腿|脚)[^，。]{0,3}切(掉|断)|切(掉|断)了?(手|指)|烫(伤|了一大片)|(?<![器座线池机管壳板箱片])烫得|(?<![墙漆地树书])皮都起|血一直流|血流不止|(?<![栏杆牌树墙门柱灯箱桩车])被(车)?撞|车祸|飞出去|(一|满)地的?血|抽筋|惊厥|羊水破|(?<![年月底])要生了|大出血|(怀孕|孕妇|怀着)[^。]{0,20}见红|见红了|哮喘(犯|发作)|(心脏病|癫痫|羊癫疯)(犯|发作)了|犯了(心脏病|癫痫|羊癫疯|羊角风)|犯(心脏病|癫痫|羊癫疯|羊角风)了|浑身(抽|发抖抽)|牙关[^，。]{0,4}(紧|咬)|口(里|吐)?.{0,3}(白)?沫|(轧|碾)(到|了|过)[^，。]{0,4}(腿|脚|人|头)|(卷|拖|拽|轧|碾)(到|进|在)(了)?[^，。]{0,2}车(底|轮)(下)?|血[^，。]{0,2}(哗哗|直流|往外冒|止不住)|(头|后脑|脑袋|脸)(部|勺)?(先)?(着地|磕地|撞地)|(耳朵|鼻子|嘴|头|脑袋)[^，。]{0,3}(有|是|冒|淌|往外)血/,
    ],
    // "被撞的阿姨没大事": the harm played down by the one who saw it.
    none: new RegExp(
      `${CLAIM.source}|(狗|猫|鸟|鸡|鸭|羊|牛|动物)[^，。]{0,3}被(车)?(撞|轧|碾)|没(什么)?大(事|碍)`,
    ),
  },
  // A parking lift, a roller shutter or a machine closing on someone.
  {
    hazard: "injury",
    all: [
      /(车位|卷帘门|卷闸门|机器|机械|设备|升降|车库门|闸门|电动门|自动门|压力机|传送带)[^。]{0,12}(夹|压|卷)(住|在|着|到|进)|(夹|压|卷)(住|在|着|到|进)[^，。]{0,4}(腿|手|脚|胳膊|身子|头|一个人|人)/,
      PERSON,
    ],
    none: /无恙|(夹|压)(在)?中间(为难|受气)/,
  },
  // "往后一倒，眼睛睁着，不说话，手一直抖": a sudden fall, then no words or a fit.
  {
    hazard: "injury",
    all: [
      /(往后|往前|突然|一下子?|直接)(一)?(倒|栽)|倒下|栽倒/,
      /不说话|说不了话|不吭声|(一直|不停|直)(抖|抽|哆嗦)|没反应|不应/,
    ],
  },
  // The ground at the edge of a dig giving way now ("基坑边的路面开裂下沉，围挡已经倒进坑里一截了").
  {
    hazard: "collapse",
    all: [
      /基坑|沟槽|(挖|开挖)的(大|深)?坑/,
      /开裂|下沉|塌|坍|垮|滑坡/,
      /(倒|掉|滑|塌|陷)进|越来越|正在|还在|一直在|已经/,
    ],
    none: /(没|未|还没)有?(塌|倒|掉|下沉|垮)|担心|怕|监测|希望|建议|会不会/,
  },
  /*
   * A stroke told by its signs ("他嘴歪了，说不出话"): two together are an ambulance, even when the
   * caller rang about a claim and broke off ("我想问下报销的事……哎等一下，这个大爷怎么倒了").
   */
  {
    hazard: "injury",
    all: [
      /嘴歪|嘴[^，。]{0,4}歪(着|了)|口眼歪斜|口角歪斜/,
      /说不(出|清)话|说话[^，。]{0,3}(不清|含糊)|倒(了|下|地)|(半边|一边)(身子|身体|脸)|(手|胳膊|腿)[^，。]{0,3}(没劲|抬不起来|发麻|拿不住)/,
    ],
    none: /后遗症|面瘫|多年|(中风|脑梗)(后|以后|之后)/,
  },
  /*
   * Breathing that has stopped, told in a parent's words ("宝宝不呼吸了", "睡着的时候呼吸停了一下…又停"):
   * no hazard word, but nothing is more urgent. Not snoring that pauses (a clinic question), a breath
   * held for a game or a sport, a fish or a pet.
   */
  {
    hazard: "injury",
    all: [
      /不(会)?(呼吸|喘气)了|(呼吸(?![机器])|喘气)[^，。]{0,3}(停|断)(了|住)|停止(了)?呼吸|没(有)?(了)?(气息|鼻息)/,
      FRAME_WHO,
    ],
    none: /打呼|打鼾|呼噜|鼾|暂停综合征|憋气|闭气|潜水|游泳|瑜伽|练习|鱼|乌龟|龟|仓鼠|兔|鸟/,
  },
  // Someone slumped over a car's wheel who does not answer a knock on the window: collapsed at the wheel.
  // So is a driver slumped at a green light, passengers shaking him ("司机趴着 车上乘客在拍他"), or one
  // slumped all night with the engine running and the windows misted (exhaust in a closed car).
  {
    hazard: "injury",
    all: [
      /(趴|歪|倒|靠|瘫)(在)?[^，。]{0,2}(方向盘|驾驶座|座位)上|(司机|驾驶员|开车的)[^，。]{0,2}(趴|歪|瘫)(着|在|下)/,
      /(敲|拍|叫|喊)[^，。]{0,6}(不应|不理|没反应|没回应|不动)|一动不动|没(动|反应)|脸色[^，。]{0,2}(发)?(白|青|紫)|(乘客|人)[^，。]{0,4}(在)?(拍|摇|推|叫|喊)(他|她)|绿灯[^，。]{0,6}不(走|动)|(发动机|引擎)[^，。]{0,2}(一直|还)?(开着|没熄|没关|在响|响着)|没熄火|车窗[^，。]{0,4}(雾气|起雾|全是雾)/,
    ],
    none: /睡觉|睡着了|打呼|玩手机|休息/,
  },
  // People knocked down in a crowd that still pushes ("前面有个小孩被挤倒了，好多人踩过去").
  {
    hazard: "injury",
    all: [/挤倒|踩踏|(好多|很多|不少|一群|后面的)人[^，。]{0,4}踩(过去|上去|着|在)/, PERSON],
    none: /责任|赔|建议|新闻|报道|预防|防止|防范|(怕|担心)[^，。]{0,6}(挤|踩)|有时候|每天|经常|演练/,
  },
  // The caller's next turn: "眼睛睁着，不说话，手一直抖" — no words and a limb shaking is a fit or a stroke.
  { hazard: "injury", all: [/不说话|说不了话|不吭声|叫不应/, /(一直|不停|直)(抖|抽|哆嗦)|抽搐/] },
  /*
   * A fit told in lay words that will not stop or shows its signs ("癫痫又犯了，抽了快十分钟还不停",
   * "孩子抽风了 眼睛上翻", "羊角风犯了，一直抽"): a fit past five minutes, or with the eyes rolled up or
   * the jaw clenched, needs an ambulance, whatever the history. Not a leg cramp (抽筋), nor a
   * certificate, a prescription or a fit that has stopped.
   */
  {
    hazard: "injury",
    all: [
      /癫痫|羊(角|癫)风|羊癫疯|抽风|(浑身|全身|手脚|四肢|身子)[^，。]{0,3}(抽|抖)(?![烟血水屉奖空查签])/,
      /(还|一直|不停地?|停不下来|没停)[^，。]{0,3}抽|抽[^，。]{0,8}(不停|停不下|没停|还在抽|还没停)|抽了[^，。]{0,3}([五六七八九十]|[1-9]\d|\d{2})[^，。]{0,2}分钟|发作[^，。]{0,6}(不停|停不下|[五六七八九十][^，。]{0,2}分钟|好几分钟)|眼睛?[^，。]{0,3}(上翻|往上翻|翻上去)|牙关紧|咬(到|着|破)?舌头/,
    ],
    none: /抽筋|残疾|证明|补贴|报销|开药|买药|复查|复诊|(已经|后来|现在)[^，。]{0,3}(停|好)了|停下来了|缓过来了/,
  },
  // A fever fit said without 搐 ("孩子一直在发烧抽", "高烧一直抽"): the emergency model alone caught these
  // and, reading 烧, called them a fire, so the resident got fire advice. Not 抽血, 抽空, 抽时间.
  {
    hazard: "injury",
    all: [
      /(发烧|高烧|发热|烧到[0-9一二三四]+度?)[^，。]{0,4}(一直|还在|不停地?|直)?抽(?![了烟血水屉奖空查签风成出时个])/,
    ],
  },
  // Seeing double with vomiting or a headache: the brain is affected (a stroke, fumes, a blow).
  {
    hazard: "injury",
    all: [
      /(看东西|看人|看什么|眼前|视物|眼睛)[^，。]{0,3}(重影|双影|模糊|看不清)|重影/,
      FRAME_WHO,
      /吐|呕|头(疼|痛|晕)|抽/,
    ],
    // A screen or glasses, or a standing complaint about a factory's emissions, is no emergency.
    none: /电视|屏幕|显示器|投影|眼镜|近视|老花|配镜|验光|手机|长期|常年|多年|好几年|每天|天天|污染|环保|排污|排放|排出|闻久/,
  },
  // Soaked through in the cold and barely answering: hypothermia.
  {
    hazard: "injury",
    all: [/(浑身|全身|衣服)(都)?湿透|冻(得|僵|坏)/, /(在|直|一直|不停)(抖|哆嗦)|哼|叫不|不应|趴|躺/],
    none: /衣服.{0,4}(晾|洗)|下雨.{0,6}(没带伞|淋)/,
  },
  // A cry for help, unless it is an exclamation about a bill, a price or a noise ("救命啊，物业费又涨了").
  {
    hazard: "injury",
    all: [/喊救命|救命啊|救救我|(?<!一键)(有人|在|听到|听见)[^，。]{0,3}呼救(?!器|按钮|铃|系统|装置|设备)/],
    none: new RegExp(`${EXCLAMATION_TOPIC.source}|帮帮(我|我们)|困难|学费|生活费|这一家|全家吧`),
  },
  /*
   * "脸是青的，摸着有点凉": a face said to be blue, as 脸发青 says, with a body cold to the touch. A
   * rule of its own, so the concept the model reads stays as trained.
   */
  {
    hazard: "injury",
    all: [
      /脸(色)?(是|都是|已经是?|有点)(青|紫)(的|了)?/,
      /摸着[^，。]{0,3}(凉|冰)|(浑身|身上|手脚)(都|有点)?(冰)?凉/,
    ],
  },
  // "刷卡没反应", "投诉了没反应": a device or an office that does not respond is no casualty.
  {
    hazard: "injury",
    all: [UNRESPONSIVE],
    none: new RegExp(
      `${DEVICE_UNRESPONSIVE.source}|(气|烦|吵|累|忙|愁|饿)得[^，。]{0,6}(晕|昏)|把[^，。]{0,3}(气|烦|吵|累|饿)(晕|昏)|叫(天|地)(天|地)?不(灵|应)`,
    ),
  },
  {
    hazard: "injury",
    all: [
      PERSON,
      /掉进|掉到|掉下去|掉下来了|掉井|栽进|栽下|摔下来|摔下去|摔进|摔倒|摔了|滑倒|跌倒|(?<!反)倒在|倒地|倒下了|躺在.{0,8}(不动|起不来)|不动了|不会动|一动不动|(身子|腿|手|人)动不了|起不来|爬不起来|爬不上来|喊疼|被咬|动弹不了|倒起了|倒在地|压住|压到|夹住|卡住|不能动|动弹不得|站不起来|无法站立|站不住|撞倒|撞飞/,
    ],
    // "倒在空地上，没碰到人": the harm is denied in the same sentence. A wish for a bath chair, or
    // "好多人滑倒" / "好几个老人滑倒了" on an icy road, asks for an aid or grit, not an ambulance,
    // unless one of them is still down (急刹车，好几个老人摔倒了，有个起不来).
    // A watch that reports falls by mistake ("手表一直误报跌倒") tells of the device, not of a fall.
    none: /无恙|想要|申请|帮(她|他|我)写|误报(跌倒|摔倒)|(跌倒|摔倒)[^，。]{0,4}误报|^(?!.*(起不来|爬不起来|动不了|不动|流血|出血|骨折|昏|晕|急刹|踩踏)).*((好多|很多|不少|好几个|经常有?|总有|老有)(个)?(老|老年|路|行)?人|(好多|很多|不少|好几个|几个)(孩子|小孩|学生|居民|业主))[^，。]{0,4}(滑倒|摔倒|摔跤|绊倒)|(车|车子|电动车|自行车)[^，。]{0,2}被(人)?(撞|刮|蹭|追尾)|(手机|东西|碗|盘子|杯子|电话|花瓶)[^，。]{0,2}摔(了|坏|碎|烂)|摔(了|坏|碎|烂)?(我|他|她)?的?(手机|东西|碗|盘子|杯子|花瓶)/,
  },
  {
    hazard: "violence",
    all: [
      /砍人|被砍(?!了?[\d一二两三四五六七八九十几]+个|掉|价|预算)|持刀|拿刀|动刀|捅人|被捅|杀人(?!凶手|犯|案|罪|偿命)|打起来.{0,10}(伤|血|刀)|砍伤|刺伤|行凶|持械|持凶器|拿凶器|挟持|劫持(?!机)|追着.{0,4}砍|菜刀|砍刀|被.{0,2}捅|刀捅|砸(头|脑袋|人头)|(踢|踹|跺)(头|脑袋|肚子)|(两|几)(伙|拨|帮)人.{0,4}打(起来|成一团)|打群架|(拖|拉|拽)(到|进)[^，。]{0,6}(打|揍)|(拿|拎|抄|举|提)(着|起)?.{0,3}(棍子|棒子|木棍|铁棍|钢管|酒瓶|砖头|板砖|石头).{0,8}(打(?!闹|扫|电话)|追|砸|抡|冲|干(起来|架)|乱挥|挥舞)/,
    ],
    none: /(简直|真是|就是)(是)?(杀人|抢劫)|(跟|像|好像)[^，。]{0,3}打群架(似的|一样)|(菜刀|砍刀)[^，。]{0,8}(卖|贵|便宜|价|买|质量|钝|磨|商店|超市)/,
  },
  // Violence going on now: someone being beaten, threatened or broken in on.
  {
    hazard: "violence",
    all: [
      /家暴|(?<!越)打人|打我(?![^，。]{0,6}(手机|电话))|被打(?!招呼|回|压|击|折|入|上|卡|包|印|开|扫|分|扰|电话|针|疫苗)|挨打|殴打|斗殴|打架|互殴|群殴|暴打|拳打脚踢|往死里打|揍(我|他|她|人|孩子)|被揍|扇[^，。]{0,6}耳光|(踹|踢)(门|开|倒|人|我|他|她)|被推(到|倒)|推到地上|(皮带|棍子|衣架|鞭子)[^，。]{0,3}抽|干仗|揪着[^，。]{0,6}(撞|打)|(抡|拎|拿|攥|抄|操|举)(着|起了?)?[^，。]{0,4}(钢管|铁锹|铁棍|剪刀|斧头|锄头|扳手|板凳|凳子)|(?<!自己|亲自|不敢|没|不|要|快|想|准备)动(起)?手(了|来)|砸门|撬(我家)?门|(在|正在)撬[^，。]{0,6}(门|锁)|撬锁|抢劫|抢包|抢钱|推倒|弄死|杀了|要杀|见人就(打|砍|捅|砸|踢|咬)|要我好看|拿.{0,2}(刀|斧)|拿.{0,3}(棍|棒)[^，。]{0,6}(打(?!闹)|追|砸|抡)|追(着)?人|掐(?!断|尖|指|算|灭|点)|尾随|砸人|惨叫|(在|又在|正在)打(他|她)?的?(老婆|媳妇|孩子|老人|我妈|老公)|打(老婆|媳妇)|猥亵|性侵|强奸|骚扰.{0,4}(女|孩)|拽.{0,3}头发|翻进|闯进|破门|躲在.{0,4}(卧室|厕所|房间|柜|床)|别打了|不要打了|别打我|住手|(泼|浇|拿|提|端|拎|扔)[^，。]{0,4}硫酸|硫酸[^，。]{0,4}(泼|浇)|泼汽油|浇汽油|泼(我|人|她|他)/,
    ],
    // "杀了我吧，作业一道都不会": an exclamation. "听说有人撬门": hearsay about burglaries, not one seen.
    // "吵着要打架，最后也没打起来": a fight that ended before it began.
    none: /杀了我吧|(简直|真是|就是)(是)?(杀人|抢劫)|(听说|据说|传言|传说)[^，。]{0,8}(撬门|撬锁|入室|小偷|闯进)|(杀|打|弄死|毒死)[”"’]?(了)?(我家|他家|她家|你家|我们家)?的?(狗|猫|鸡|鸭|鸟|宠物)|打架子鼓|(跟|像|好像)[^，。]{0,3}打架(似的|一样)|打人的事.{0,4}(处理|解决)|(跟|和|与|简直|无异于|等于|就是)[^，。]{0,6}抢劫|(最后|后来|结果|终究)[^，。]{0,3}(也|还是)?(没|没有)(打起来|打成|动手)|(最后|后来|结果|终究)[^，。]{0,3}(也|还是)?无恙/,
  },
  {
    hazard: "poison",
    all: [
      /(?<!酸|游戏|网络|手机|玩)中毒|毒气|有毒气体|危险化学品|刺鼻|氯气|氨气|农药|杀虫剂|烧炭|炭火|蜂窝煤|煤炉|煤球|炭盆/,
      /头晕|头痛得|咳嗽|呕吐|恶心|想吐|喘不上气|昏|(?<!推|打|卖|压|颠)倒(?!闭|卖|霉)|(?<!酸|食物)中毒了|泄漏|泄露|打晃|重影/,
    ],
    // Chronic pollution told as a standing complaint: a matter for the inspectors, not an ambulance.
    none: /污染|环保(?!部门)|排放|长期|常年|多年|整天|每天|天天|危害|影响了?[^，。]{0,6}(生活|健康)|喷漆|油漆|汽修|排出|闻久/,
  },
  // An animal attacking one person after another: it goes on until someone catches it. Last, so a
  // bite the rules above already read keeps the hazard (and the owner) it had.
  {
    hazard: "injury",
    all: [
      /狗|猴|蛇|野猪|熊|牛|狼|马蜂|蜂/,
      /(咬|抓|撞|顶|蛰|蜇)(伤|倒)?了?(两|三|几|好几|[\d一二三四五六七八九十])个(人|小孩|孩子|老人|学生)|(在|还在|见人就|追着)[^，。]{0,2}(咬|抓|撞|顶)人/,
    ],
  },
  // Not where they were expected and not at home either: a dependant gone ("今天没来…家里也没人").
  {
    hazard: "missing",
    all: [DEPENDANT, /没(有)?(来|去|到)[^，。]{0,10}[，,]?[^，。]{0,4}(家里|家中|家|屋里)(也|都)没(有)?人/],
    none: NOT_AN_ABSENCE,
  },
  // A beating of one's own child or parent, told by who is beaten.
  {
    hazard: "violence",
    all: [/(打|揍|踹|踢)(他|她)[^，。]{0,4}(儿子|女儿|孩子|闺女|老婆|媳妇|老人|老娘|妈|爸)/],
    none: /打(他|她)[^，。]{0,4}电话|打(他|她)[^，。]{0,4}(儿子|女儿|孩子)的(电话|手机)/,
  },
  // Current in water or ground people stand on, told by what it does to them.
  {
    hazard: "electric",
    all: [
      /(水|积水|地|地面|地上|水洼|水坑)[^，。]{0,2}有电|(积水|水洼|水坑|水里)[^。]{0,8}(碰|踩|沾|蹚|踏)[^，。]{0,6}(麻|电)(?!将|辣|烦|醉)/,
    ],
  },
  // A driver running people down on purpose ("开车撞人，故意的"): an attack, for the police first.
  {
    hazard: "violence",
    all: [
      /(开车|驾车|开着车|开着?[^，。]{0,3}车)[^，。]{0,6}(撞|轧|碾|冲)(人|向人|行人|路人|人群)|(故意|专门|追着|见人就)[^，。]{0,3}(撞|轧|碾)(人|行人|路人)/,
    ],
  },
  /*
   * Someone hanging outside a building on a rope that broke or slipped ("安全绳断了，人挂在外墙上"):
   * a fall is seconds away; the fire brigade brings the ladder.
   */
  {
    hazard: "trapped",
    all: [
      /(安全绳|保险绳|吊绳|绳子|绳索|安全带|吊篮)[^，。]{0,4}(断|松|脱|滑|卡住|歪)|(人|工人|师傅|他|她)[^，。]{0,3}(挂|吊|悬)(在)?[^，。]{0,6}(外墙|墙外|窗外|楼外|外面|半空|空中)/,
      /(挂|吊|悬)(在)?[^，。]{0,6}(外墙|墙外|窗外|楼外|外面|半空|空中)|半空|外墙|窗外|楼外|吊篮[^。]{0,12}(人|师傅|工人)/,
    ],
    none: /广告|横幅|衣服|被子|空调|灯笼|招牌|牌子/,
  },
  // Held by debt collectors or a gang who will not let the person leave: unlawful detention now.
  {
    hazard: "violence",
    all: [
      /要债|讨债|催债|催收|要钱|一伙人|一帮人|几个人|好几个人|一群人|几个男的/,
      /不(让|准|许|放)(我|他|她|我们|人|我爸|我妈)[^，。]{0,2}(出门|走|离开|出去|回家)|(把|将)(我|他|她|人|我爸|我妈|我老公|我儿子)[^，。]{0,4}(关|锁|扣)(在|起来|住)|扣(着|住)(我|他|她|人)不放|被(他们|人)?(关|锁|扣)(在|起来|住)[^，。]{0,6}(出不去|不让)/,
    ],
    none: /不让(我|他|她|我们)?(出门|走|离开)[^，。]{0,4}(停车|车|施工|装修)|疫情|封控|隔离/,
  },
  // A vehicle that runs over or knocks down a person, whoever drives it ("倒车压倒一个小孩").
  {
    hazard: "injury",
    all: [
      new RegExp(
        `(车|三轮|摩托|叉车|铲车|挖掘机|拖拉机)[^，。]{0,8}(撞|压|轧|碾|刮)(倒|到|伤|住|着|翻|飞)?了?(一|两|几)?(个|位|名)?(${PERSON.source})`,
      ),
    ],
    // A near miss, an animal hit, an accident referred to as news, or the harm played down.
    none: /无恙|差点|险些|(狗|猫|鸡|鸭|羊|牛)|(撞|压|轧|碾)人的(事|事情|新闻|视频)|没(什么)?大(事|碍)/,
  },
  // A vehicle out of control driving into a crowd, a stall or a shop: people are where it went.
  {
    hazard: "injury",
    all: [
      /(车|卡车|货车|公交|大巴|面包车|轿车|三轮)[^。]{0,14}(冲进|冲上|冲向|撞进|开进|冲到)[^，。]{0,10}(人群|人堆|摊|店|人行道|路边|学校|幼儿园|广场|菜市场|院子|屋里|家里)/,
    ],
    none: /停车|倒车入库|开进(小区|车库|停车)/,
  },
  // Roofing, boards or a signboard torn off by the wind and flying: it comes down on whoever is below.
  {
    hazard: "collapse",
    all: [
      /(铁皮|彩钢|瓦|广告牌|招牌|板子|木板|顶棚|雨棚|棚子|玻璃|围挡|防尘网)[^。]{0,14}(乱飞|满天飞|在(空中|天上)[^，。]{0,2}(飞|飘|转)|吹飞|刮飞|(飞|吹|刮)(到|上)(了)?(天上|空中|半空))/,
    ],
  },
  // Water over a road deep enough to float vehicles, people in it or trying to cross.
  {
    hazard: "flood",
    all: [
      /(变|成)(成)?(了)?(一条)?河|(车|电动车|汽车|三轮)[^，。]{0,3}(漂|浮)起来/,
      /人|孩子|小孩|学生|老人/,
    ],
  },
  // A manhole lid washed open under flood water: whoever walks there falls in.
  {
    hazard: "flood",
    all: [/井盖[^，。]{0,4}(冲开|冲走|冲跑|顶开|掀开)/, /水|看不见|看不到|人|孩子|学生/],
  },
  // A baby left outside with nobody: cold and exposure kill within hours; the police find the parents.
  {
    hazard: "missing",
    all: [
      /婴儿|弃婴|新生儿|刚出生|襁褓|小被子包着/,
      /没人管|没人要|没(有)?大人|(被)?(人)?(扔|丢|遗弃|放)(在|到)[^，。]{0,6}(路边|门口|垃圾|草丛|楼道|旁边)|垃圾(站|桶|箱)旁边/,
    ],
    none: /婴儿(车|床|用品|奶粉|衣服|湿巾)|纸尿裤/,
  },
  // A vehicle nobody holds rolling towards people: where it stops, someone is hurt.
  {
    hazard: "injury",
    all: [
      /溜坡|溜车|刹车(失灵|坏了|不灵)|(车|车子|货车|卡车)[^，。]{0,4}(失控|自己(在)?(动|走|滑|溜))/,
      /(往|朝|冲(向)?)[^，。]{0,10}(人群|人堆|人行道|行人|学校|幼儿园|菜市场|广场|摊|人)[^，。]{0,4}(那边|这边)?(滑|溜|冲|撞|开|跑)|撞(向|到)?[^，。]{0,4}(人群|行人)/,
    ],
  },
  // A column, a slab or a wall cracking with a sound as it goes: it is giving way now.
  {
    hazard: "collapse",
    all: [
      /(柱子|承重墙|承重柱|梁|楼板|顶板|天花板|屋顶|墙)[^，。]{0,6}裂/,
      /咔咔|咔嚓|嘎吱|咯吱|噼啪|(裂|断)[^，。]{0,2}的?(声|响)|(还有|有|在|一直)[^，。]{0,3}(响|声音)/,
    ],
    none: /好几年|几年了|多年|没(变|再)(大|宽|长)|不着急|不急/,
  },
  // Blood sugar very low, with sweat or shaking: a diabetic collapses within the hour.
  {
    hazard: "injury",
    all: [
      /低血糖|血糖[^，。]{0,3}(低到|只有|才|掉到)[\d一二三]/,
      /冷汗|手抖|发抖|哆嗦|晕|迷糊|没力气|叫不|说不/,
    ],
  },
  // A diabetic sweating and shaking now, with the heart racing, the sight or the speech going: low
  // blood sugar, told by its signs rather than by name ("打完胰岛素忘了吃饭，现在全身湿透在发抖").
  {
    hazard: "injury",
    all: [
      /糖尿病|胰岛素/,
      /汗|湿透|(发|手|在|直|一直)抖|哆嗦/,
      /心慌|心跳|说胡话|胡言乱语|乱七八糟|颠三倒四|看不(清|情)|眼前发黑|迷糊|糊涂|反应(慢|迟钝)|说不(出|清)|叫不|站不(起|住)/,
    ],
    none: /每次|有时候?|一般|(吃|喝)(了)?[^，。]{0,3}糖(水)?就好|好了|测血糖|血糖仪/,
  },
  // A cry for mercy or help next door, then silence: whoever cried may be hurt now.
  {
    hazard: "violence",
    all: [
      /(喊|叫|尖叫|哭喊|大喊)[^，。]{0,6}(别砍|别杀|杀人了?|救命|别打了?|饶命)/,
      /(然后|接着|突然|后来|再)[^，。]{0,3}(就)?(没|没有)(了)?(声音|动静|声)|(然后|接着|突然)[^，。]{0,3}不出声/,
    ],
  },
  /*
   * A vehicle driven against the traffic at speed or on a fast road ("有辆车逆行，开得很快", "高架上逆向
   * 行驶"): a head-on crash is seconds away. Not a car parked the wrong way, nor wrong-way riding the
   * resident complains of as a habit or asks the police to fine, nor many riders at a school run
   * with a traffic officer asked to stand there.
   */
  {
    hazard: "injury",
    all: [
      /逆行(?!者|停|的?车位)|逆向(行驶|驶|开|冲)|逆着(车流)?(开|跑|冲|过来|驶)|反(方向|着)(开|冲)过来/,
      /车|司机|开/,
      /快|飞速|速度|高速|高架|快速路|环路|主路|横冲直撞|冲过来|往[^，。]{0,8}(方向|那边)|提醒/,
    ],
    none: /经常|每天|天天|总是|总有|老是|一直有|没人管|罚款|罚单|扣分|监控|摄像头|抓拍|查处|建议|标志|标线|指示牌|单行|隔离|停车|停放|(有|有那么)?(好多|很多|不少)[^，。]{0,6}(外卖)?(电动车|车|骑手)|(能不能|可以|请)派[^，。]{0,3}(交警|警察)[^，。]{0,4}(站|管|值守)/,
  },
  /*
   * Someone lying in the roadway ("一个醉汉躺在路中间…车开过来根本看不见"): the next car runs them
   * over, whether drink, a fall or an illness put them there.
   */
  {
    hazard: "injury",
    all: [
      new RegExp(
        `(${PERSON.source}|醉汉|酒鬼)[^，。]{0,4}(躺|倒|趴|睡)(在|到)?[^，。]{0,6}(路中间|马路(中间|当中|上|中央)|路当中|路面上|车道(上|里|中间)|快车道|机动车道)`,
      ),
    ],
    none: /躺平|拍照|拍视频|表演|碰瓷|(?<![醉])睡觉的?地方/,
  },
  /*
   * A man holding a gas cylinder or petrol and threatening to light it ("抱着煤气罐…说不赔钱就点火，
   * 手里拿着打火机"): the blast would take whoever stands near. A demand of money said with it does
   * not make it a dispute.
   */
  {
    hazard: "violence",
    all: [
      /(抱|拿|提|扛|拎|搬|举|守)着?[^，。]{0,6}(煤气罐|液化气罐|燃气罐|气罐|钢瓶|煤气瓶|液化气瓶|汽油|油桶|一桶油)|(浇|泼|洒)[^，。]{0,4}汽油/,
      /(要|就|扬言|威胁|说)[^，。]{0,4}(点火|点着|点了|引爆|炸了|烧了|放火)|同归于尽|(手里|手上)[^，。]{0,3}(拿|攥|握|举|捏)着?[^，。]{0,2}(打火机|火机|火柴)/,
    ],
    none: /如果|万一|假如|开玩笑|吓唬/,
  },
  // Someone dragged along by a car ("被司机开车拖行了好几米"): hurt now, whatever the quarrel was about.
  {
    hazard: "injury",
    all: [
      /被[^，。]{0,12}拖行|(车|司机)[^，。]{0,8}把[^，。]{0,6}拖行|拖行了?[^，。]{0,3}(好几|几|[一二两三四五六七八九十\d]+)(米|十米)/,
    ],
    none: /拖车|拖走|违停|清障|救援车|(车|电动车|自行车)被拖/,
  },
  // A bus or a car hanging over a drop with people in it ("大巴撞破护栏悬在崖边，车上全是…").
  {
    hazard: "trapped",
    all: [/(悬|挂|卡|吊)在[^，。]{0,4}(崖边|悬崖|山崖|桥边|桥外|护栏外|河边|坡边)/, /车|大巴|客车|巴士/],
  },
  /*
   * A child fetched by someone who claimed to be family and is not ("被一个说是他舅舅的人接走了 我们家
   * 没有舅舅"): an abduction under way, however calmly the school let it happen.
   */
  {
    hazard: "missing",
    all: [
      /(孩子|小孩|儿子|女儿|宝宝|娃|孙子|孙女)[^，。]{0,6}被[^，。]{0,14}(接走|带走|领走|抱走)/,
      /(家|家里)(根本)?(没有|没)(什么)?(舅舅|叔叔|阿姨|姑姑|姨|亲戚|这个人)|(不认识|根本不是|不是)(他|她|我们)?(的)?(舅舅|叔叔|阿姨|姑姑|姨|亲戚|家人)|冒充|自称/,
    ],
  },
  // A stranger with a blade close by: whoever writes from hiding is in danger now.
  {
    hazard: "violence",
    all: [/(手里|手上|身上|腰里)[^，。]{0,4}(有|拿着?|握着?|攥着?|提着?|揣着?)[^，。]{0,2}(刀|斧|匕首)/],
    none: /切菜|削|做饭|厨师|菜刀(店|铺)|(卖|买)[^，。]{0,2}刀/,
  },
  /*
   * Scenes read last, after every specific rule, so a rule that names the situation keeps its hazard
   * when both fire: a ceiling hot over a burning smell, a way out of smoke asked, switchgear arcing
   * beside children, a child out on a bracket high up.
   */
  /*
   * A ceiling, a wall or a door hot to the touch with a burning smell ("楼上不知道什么在烧，焦味很重，
   * 天花板烫手"): a fire on the other side, whatever else the message lists. Not underfloor heating,
   * a radiator or the sun on a west wall.
   */
  {
    hazard: "fire",
    all: [
      /(天花板|屋顶|房顶|墙|墙面|墙壁|门|门板|门把手|地板|楼板)[^，。]{0,3}(烫手|发烫|滚烫|烫得)/,
      /焦|糊|烟|在烧|烧着|着火|火/,
    ],
    none: /地暖|暖气|晒|太阳|夏天|热水管|烟囱|炕/,
  },
  /*
   * Smoke and a question how to get out ("酒店 烟 走廊全是 看不见 806 怎么跑"): someone inside a building
   * asking the way out of the smoke, however few the words.
   */
  {
    hazard: "fire",
    all: [/烟[^。]{0,20}(怎么跑|往哪(里|儿|边)?跑|怎么逃|往哪(里|儿|边)?逃|逃不出|跑不出|怎么出去)/],
    none: /抽烟|吸烟|油烟|烧烤|烟头|烟花|鞭炮|香烟|烟酒|烟草|演练|演习|(如果|万一|要是|假如)[^，。]{0,8}(着火|火灾|起火)|消防(知识|培训|演练)/,
  },
  /*
   * Switchgear or a cable crackling and glowing blue with children playing beside it ("配电房门口一直在
   * 噼啪响，冒蓝光，有小孩在旁边玩"): an arc, even told after a long complaint about the supply. Not
   * welding or a repair crew's work.
   */
  {
    hazard: "electric",
    all: [
      /(配电房|配电室|配电柜|配电箱|电箱|电表箱|变压器|电线|电缆|电线杆|插座|开关)[^，。]{0,6}(噼啪|噼里啪啦|冒蓝光|蓝光|冒火星|打火|滋滋|嗞嗞)/,
      /(孩子|小孩|小朋友|学生|老人|行人|人)[^，。]{0,3}(在)?(旁边|边上|附近|跟前|门口|底下|下面)[^，。]{0,2}(玩|走|站|蹲|坐|过|经过|路过|等)/,
    ],
    none: /电焊|焊接|切割|维修中|检修|施工队|在修/,
  },
  /*
   * A child out on an air-conditioner bracket or a sill outside a window high up ("一个小孩骑在四楼窗外
   * 的空调架上"): one slip from a fall, and nobody inside to pull them back. Not a fear or a grille
   * asked for.
   */
  {
    hazard: "injury",
    all: [
      /(孩子|小孩|宝宝|娃|幼儿|小朋友|儿童|男孩|女孩)[^，。]{0,4}(骑|坐|站|爬|趴|蹲|挂|吊)(在|到|上|出)[^，。]{0,8}(窗外|窗户外|窗台外|空调(外机|架|机架|支架)|外机上|阳台外|栏杆外|护栏外|防盗窗外|楼顶边|雨棚上)/,
    ],
    none: /怕|万一|担心|如果|要是|防护|加装|安装|视频|新闻|梦/,
  },
  /*
   * A railing or a guard at a height that has come loose or broken, with people sitting, leaning or
   * standing on it now ("天台围栏松了，一群学生坐在上面拍照，下面是马路"): the next lean takes them over.
   * Not a railing asked to be fixed with nobody on it, a fear, or someone who leant on it before.
   */
  {
    hazard: "injury",
    all: [
      /(围栏|护栏|栏杆|栏板|扶栏|围挡)[^，。]{0,4}(松(了|动|脱)|断(了|开)|坏了|晃(了|得|动)|脱落|掉了|倒了)/,
      new RegExp(
        `(${PERSON.source}|[初高中小]中?生|一群|好几个|几个)[^，。]{0,6}(坐|靠|趴|倚|站|骑|挤|压|爬)(在)?[^，。]{0,3}(上面|上头|上边|栏杆上|护栏上|围栏上)`,
      ),
    ],
    inMessage: /楼|天台|楼顶|露台|阳台|[\d一二三四五六七八九十]+层|下面是|底下是|桥|悬崖|高/,
    none: /怕|万一|担心|如果|要是|以前|之前|上次|差点|经常|老是|总是|老(在|趴|坐|靠|站|爬)|喜欢|爱(在|趴|坐|靠|站)|视频|新闻/,
  },
  /*
   * A small child or a dependant who locked the door from inside, with a stove or water on or too
   * young to open it ("孙子把自己反锁在屋里了，才两岁，灶上还烧着水，我在门外进不去"): the one outside
   * who cannot get in is the danger itself, not an access door that keeps people out.
   */
  {
    hazard: "trapped",
    all: [/把自己(反)?锁在|自己(把门)?反锁|(反)?锁在(屋|家|房|卫生间|厕所|浴室|车)(里|里面|里头|头)/],
    inMessage: new RegExp(
      `(${DEPENDANT.source})[^。]{0,30}(灶|火|烧着|煮|炖|燃气|煤气|热水|浴缸|放水|哭|不会开|打不开|开不了)|(灶|火|烧着|煮|炖|燃气|煤气|浴缸|放水)[^。]{0,30}(${DEPENDANT.source})`,
    ),
    none: /门禁|刷卡|(?<!不)怕|万一|如果|以前|上次|后来|已经(打开|开了|出来)|开了门|出来了/,
  },
  /*
   * A face, lips or throat swelling with breath going short after a jab, a food or a sting
   * ("打完疫苗回来一直喘，全身起红疹，脸肿起来了"): an allergic reaction closing the airway.
   */
  {
    hazard: "injury",
    all: [
      /(脸|嘴唇|嘴巴|嘴|眼睛|眼皮|喉咙|嗓子|舌头)[^，。]{0,3}肿/,
      /(一直|直|呼呼)喘|喘(气|得|不)|呼吸(困难|急|不上|不过|费劲|不行)|(喉咙|嗓子)[^，。]{0,2}(发)?紧/,
    ],
    none: /以前|上次|每次|如果|万一|怕|担心/,
  },
  /*
   * Breath failing told plainly ("学生在教室哮喘，很严重，呼吸不行", "喘 不行 了"): whoever it is, the
   * airway, not the air of a room or a smell complained about.
   */
  {
    hazard: "injury",
    all: [/(呼吸|喘气|喘)\s*(很|都|快|已经)?\s*不行(了)?/],
    inMessage: new RegExp(`${PERSON.source}|哮喘|心脏`),
    none: /空气|雾霾|油烟|烟味|味道|闷|热|天气|粉尘|灰尘|吵|噪音|以前|上次|如果|万一|怕/,
  },
  /*
   * A pot or a boiler boiled dry and glowing red with nobody at it ("蒸笼锅炉里的水烧干了，锅炉发红，
   * 老板不在"): the metal sets fire to what is round it, and a boiler may burst.
   */
  {
    hazard: "fire",
    all: [/(锅炉|蒸笼|锅|壶|水箱)[^，。]{0,6}(烧干|干烧)/],
    inMessage: /(发|烧|通)红|冒烟|焦|糊|不在|没人|走了|出门/,
    none: /以前|上次|差点|如果|万一|怕|关(了|掉)火/,
  },
  /*
   * Cattle or other livestock loose on a road with traffic ("牛跑到马路上了 车都在绕", "路上有牛，好几头，
   * 跑到环城公路上去了…车都急刹"): the next car that comes fast or in the dark hits them. Not animals
   * grazing by the road as a standing complaint, nor ones already led away.
   */
  {
    hazard: "injury",
    all: [
      /(牛|羊|马|猪|骆驼)(群)?[^，。]{0,8}(跑|冲|窜|闯|躺|站|乱走|乱冲|挣脱)[^，。]{0,6}(公路|马路|国道|省道|高速|路中间|路上|车道)|(公路|马路|国道|省道|高速|路中间|路)上[^，。]{0,3}有[^，。]{0,3}(牛|羊|马|猪)|(牛|羊|马|猪)跑得满路|(躺|站|卧)在(公路|马路|国道|路中间|路上)[^，。]{0,3}的(牛|羊|马|猪)/,
    ],
    inMessage: /车|撞|追尾|急刹|天黑/,
    none: /每天|经常|总(是|把)?|老是|迟早|没事|牵(回|走)|赶(回|走)|已经(被|走)|早就|宣传片|拍|牛年|昨天/,
  },
  /*
   * Shut in with smoke or a burning smell ("店里断电 门锁死了 烟味", "门打不开了，闻到焦味"): a fire
   * somewhere and no way out, whatever locked the door. Not a smoker or a grill named as the smell.
   */
  {
    hazard: "fire",
    all: [
      /锁死|门[^，。]{0,4}(打不开|开不了|开不开|推不开|拉不开|坏了)|出不去|出不来/,
      /烟味|焦味|糊味|冒烟|浓烟|有烟|烟(越来越)?大/,
    ],
    none: /抽烟|吸烟|烟头|烧烤|烤串|油烟|做饭|炒菜|以前|上次|如果|万一|怕|担心/,
  },
  /*
   * A cry for help cut off ("屋里能听到有人喊“救……”声音很小"): someone inside calling with what
   * breath is left, however the word ends.
   */
  {
    hazard: "injury",
    all: [/(喊|叫|呼)[^，。]{0,2}[“"「‘]救(命)?(\.{2,}|…|—|-)/],
  },
  /*
   * A newborn or a baby not feeding and limp or barely crying ("一天没吃奶，软绵绵的哭声很小"): a sick
   * infant goes downhill in hours, whatever the hospital said the day before.
   */
  {
    hazard: "injury",
    all: [
      /(一天|半天|一整天|一上午|一下午|一晚上|好久)(都)?(没|不)(吃|喝)(奶|东西)|不吃奶|吃不进(奶|东西)/,
      /软绵绵|软塌塌|蔫|哭声(很|特别|越来越)?(小|弱)|哭不出|没(有)?精神|叫不醒|睡不醒|(越来越)黄|呼吸(急|快)|发紫|发青/,
    ],
    inMessage: /新生儿|婴儿|宝宝|刚出生|满月|月子|[一二两三四五六七八九十\d]+(天|个月)大/,
    none: /以前|上次|如果|万一|怕|担心|怎么(喂|办)才/,
  },
  /*
   * Gas with the damage or the concentration told as a report would ("燃气管线被破坏，现场燃气浓度极高"):
   * the words of an inspector or a site, not of a nose.
   */
  {
    hazard: "gas",
    all: [GAS_SUBSTANCE, /(被|遭)[^，。]{0,4}破坏|浓度[^，。]{0,3}(极|很|特别|非常)?(高|大|超标)/],
    none: /以前|上次|如果|万一|检测|正常|合格|没有?超/,
  },
  /*
   * A heating main or a hot-water pipe burst where people pass ("暖气管爆了路上全是蒸汽看不见人",
   * "热力管爆开，蒸汽喷到马路上，车都看不见路了", "热水漫到马路上，冒白气"): the steam hides the road
   * from drivers and walkers, and the water scalds. A burst indoor with nobody hurt or hemmed in is
   * the heating company's urgent repair, not this; nor a standing plume over a manhole or works fenced off.
   */
  {
    hazard: "injury",
    all: [
      /(暖气|热力|供热|供暖|热水|蒸汽)(总|立|主)?(管|管道|管线|管沟|管子|立管)[^，。]{0,10}(爆|裂|破|泄漏|喷)/,
      /看不见|看不清|看不到|遮住|笼罩|(被)?烫(伤|到|着)|塌|坑|隆起|往上拱|出不来|出不去|下不来|下不去|马路|人行道/,
    ],
    inMessage: /蒸汽|热气|白气|白汽|开水|热水|滚烫|烫/,
    none: /上周|昨天|以前|上次|修好|已经关|关了阀|没漏|以为|担心|怕|万一|如果|一直冒|都这样|每年|围挡/,
  },
  /*
   * A platform, a stand or a slide breaking or tilting with people still on it ("滑梯立柱断裂，平台倾斜…
   * 仍有幼儿在平台上不敢下来"): the next movement brings it down with them.
   */
  {
    hazard: "collapse",
    all: [
      /断裂|折断|断了|倾斜|歪了|塌了一?(半|截|角|块)/,
      /(在|困在)[^，。]{0,8}上(面|边)?[^，。]{0,2}(不敢下|下不来|下不去)/,
    ],
    none: /以前|上次|如果|万一|差点|演练/,
  },
  /*
   * A chemical spilt in a laboratory or a classroom with people coughing or their eyes streaming
   * ("溴水还是什么东西洒了，孩子们都在咳"): whatever the bottle held, the room must be cleared now.
   */
  {
    hazard: "poison",
    all: [
      /(试剂|药品|药水|溴|酸|碱|氯|氨水|福尔马林|甲醛|化学品|什么东西)[^，。]{0,6}(洒|打翻|泼|漏|摔碎|碎)了?/,
      /咳|呛|流泪|睁不开|喘不上|头晕|呕吐|吐了/,
    ],
    inMessage: /实验|化学|试剂|药品|教室|学校|课/,
    none: /以前|上次|如果|万一|怕|担心|演示|没事了|已经好了/,
  },
  /*
   * A load shed on a road with traffic ("拉钢管的车…钢管散了一地", "钢管掉了一路 横在路中间 车速很快"):
   * the next car runs into it. Not a tree down for days, nor soil or sand spilt.
   */
  {
    hazard: "injury",
    all: [
      /(钢管|钢筋|钢卷|钢板|钢材|管材|圆木|木材|石材|石块|货物)[^，。]{0,6}(散了一地|散落|掉了一路|撒了一路|掉(在|到)(路上|马路|路中间)|横在路|滚(到|落)(路上|马路|路中间)|滑出来)/,
    ],
    inMessage: /车/,
    none: /昨天|前天|已经(清|拉|收|搬)|清理(完|好|了)|没人扫|每天|经常|以前|上次|如果|万一|怕/,
  },
  /*
   * Something torn half loose and swinging or hanging over the only way out or a school gate ("外机
   * 已经往下歪了一半，就挂在一根螺丝上，楼下是小区唯一的出口", "保温层被风掀开了，一半挂着在甩，底下就是
   * 小区大门", "钢管已经松动悬空，正对学校东门"): it falls on whoever passes next. Not a loose tile
   * feared, nor a frame fenced off.
   */
  {
    hazard: "collapse",
    all: [
      /(歪|掀开|翻开|松动|脱落|吹开|撕开)[^，。]{0,3}(了)?(一半|悬空)|(挂|吊)在一根|(一半|半截)[^，。]{0,2}(挂|吊|悬)着|松动悬空|悬空(着|了)/,
    ],
    inMessage: /(底下|下面|楼下|下边|正对)(就)?是?[^，。]{0,8}(大门|出口|门口|通道|人行道|校门|[东西南北]门)/,
    none: /以前|上次|如果|已经(拆|固定|修|加固)|围(起来|挡)|警戒线|差点/,
  },
  /*
   * Headache, a dark blur or vomiting in a home heated by a coal or charcoal stove whose flue is
   * broken or which burnt in the room ("烟筒昨天被风吹掉了一节 他还没接上…眼前发黑"): the fumes are
   * poisoning them now, whenever the flue fell. The flue or the stove is told as yesterday's, so it
   * is looked for in the whole message.
   */
  {
    hazard: "gas",
    all: [/头痛|头疼|头晕|眼前发黑|发黑|恶心|想吐|呕吐|吐了|就吐|胸口闷|心跳[^，。]{0,3}快|叫不醒/],
    inMessage:
      /(烟囱|烟筒|烟道)[^，。]{0,10}(掉|断|脱|坏|堵|吹)|(屋里|卧室|房间|宿舍|集装箱|板房)[^，。]{0,4}(烧|生|点)[^，。]{0,3}(炭|煤|炉)/,
    none: /以前|上次|如果|万一|怕|担心|没事了|好了/,
  },
  /*
   * The danger frame: someone (anyone the person lists know) in a state of harm or helplessness,
   * with a word that it is happening now. Each state alone is too weak for the rules above ("反应
   * 慢", "冷汗", "打不开"), and each rule above names one situation; together with a person and
   * "now" they read dangers told in words no rule lists. Last, so a specific rule keeps its hazard.
   */
  ...FRAME_STATES.map(([hazard, state]): Rule => ({
    hazard,
    all: [state, FRAME_WHO, FRAME_NOW],
    none: FRAME_NOT,
    frame: true,
  })),
  /*
   * A message typed in a hurry may say the danger with an emoji and nothing else: "🔥🔥🔥 5栋 快",
   * "🆘 孩子在窗台上", "🚑🚑 车翻了". 🆘 and 🚑 call for a rescue or an ambulance; 🔥 also means
   * popular ("火锅店太火了🔥"), so it needs the hurry with it and no praise of a shop.
   */
  {
    hazard: "fire",
    all: [/🔥/, /快|救|赶紧|赶快/],
    none: /太火|真火|好火|火爆|爆火|火锅|开业|打折|优惠|排队|排了|好吃|人气|网红|推荐|生意|👍|😂|哈哈/,
  },
  {
    hazard: "injury",
    all: [/🆘|🚑/],
    none: /😂|🤣|哈哈|笑死|笑(得|到)|演练|演习|参观|玩具|游戏/,
  },
];

export const UNSURE = new RegExp(
  [
    `(${GAS_SUBSTANCE.source}).{0,12}(味|响|声|怪|不对劲|报警|晕|疼)`,
    "(冒烟|烟雾|焦味|焦糊|烧焦|火星|火苗|起烟).{0,8}(味|冒|呛|大|不对劲)?",
    "(人|老人|孩子|小孩).{0,10}(倒地|晕|摔|流血|被困|锁在|掉进|不见|没回|吐)",
    // A call for help or a body in trouble, whatever the situation the rules failed to read.
    "救命|快来人|快派人|快救|赶紧来人|报警(?!器|[^，。]{0,4}(经济|民事|合同)纠纷)|打(了)?(110|119|120)|血|烧伤|烫伤|骨折|不动了|拔不出|喘不|冒冷汗|冷汗|晕|抽筋|火往|往下看|跳下",
  ].join("|"),
);
// Everyday smoke that the unsure check must not mistake for a fire.
export const EVERYDAY_SMOKE = /油烟|烧垃圾|烧烤|抽烟|烟囱|烟头|烧纸|秸秆|烧(树叶|落叶|柴)|烧荒/;

/*
 * "我家猫被困在树上下不来", "有人把狗锁在车里": a pet in trouble is for the owner, the property
 * manager or an animal rescue, not the emergency services. Only the pet's own trouble is masked, so
 * a person trapped or hurt in the same sentence still counts.
 */
const PET_TROUBLE =
  /(猫|狗|宠物|猫咪|狗狗|小狗|小猫|鹦鹉|兔子|金毛|泰迪|柯基|仓鼠)[^，。人]{0,3}(被困|困在|困住|卡在|锁在|关在)|(猫|狗|宠物|猫咪|狗狗|小狗|小猫|鹦鹉|兔子|金毛|泰迪|柯基|仓鼠)(又|也)?(走丢|丢了|跑丢|不见了|跑没了|找不到了|掉(进|到|下)|被[^，。人]{0,4}(电|撞|轧|压))|(把|将)[^，。]{0,4}(猫|狗|宠物|猫咪|狗狗|小狗|小猫)[^，。]{0,3}(锁|关|困)在|(猫|狗|宠物|猫咪|狗狗|小狗|小猫|鹦鹉|兔子|金毛|泰迪|柯基|仓鼠)(又|也)?(不小心)?(吞了|误食|误吃|从[^，。人]{0,4}掉(下|进|到))|受伤的(鸽子|小鸟|鸟|野猫|流浪猫|流浪狗)|(猫|狗|宠物|猫咪|狗狗|小狗|小猫|鹦鹉|兔子|金毛|泰迪|柯基|仓鼠|哈士奇)[^，。人我他她]{0,12}(卡住了?|卡在|出不来|下不来|飞出去|冻得)/g;
// The owner speaking of the pet ("我家", "我们自己想办法") is no person in trouble.
const PET_OWNER = /(邻居|他|她|朋友|同事|楼上|楼下|对门)家的?|我家|我们家|我们|我的|它/g;
const PET_HARMS: readonly Hazard[] = ["missing", "injury", "electric", "trapped", "poison"];
/*
 * "超市的人说要拆板子", "保安用网兜捞上来了", "我钥匙锁在里面了": those who help or own the pet are
 * named as they act, not as anyone in trouble.
 */
const PET_HELPERS =
  /[^，。\s]{0,4}的人(说|讲|帮|来|用|在找)|保安(大哥|师傅)?|(开锁|维修)?师傅|物业|消防(员)?|志愿者|我的?钥匙|找人(帮忙|来)?/g;
// A pet's trouble told in one clause goes on in the next ("猫卡在空调外机后面了 三天了出不来").
const PET_GOES_ON_HARMS: readonly Hazard[] = ["trapped", "injury", "collapse"];
/*
 * "狗被车撞了，腿流血，在路边叫": once the pet's trouble is masked, the bleeding or the limp left in the
 * sentence is the pet's when no person is named there (the owner aside).
 */
function onlyThePet(masked: string): boolean {
  const rest = masked.replace(PET_HELPERS, "□").replace(PET_OWNER, "□");
  return !PERSON.test(rest) && !/我|他|她|咱|俺/.test(rest);
}
/*
 * "墙有裂缝了 还没塌", "目前未倒塌，担心雨季倒塌伤人", "还没人被砸": something threatening to fall that
 * has not, with nobody under it, is a repair to send today (every such line of the read sets is a
 * near miss); someone pinned or hit under it is the danger whatever the rest says.
 */
// fa38: "下面好像空了，不过没塌", "被风刮歪了 没倒 已经有工人在加固": said after what was seen.
export const NOT_FALLEN_YET =
  /(还|暂时|目前|现在还|尚|暂|不过|但是?|倒是?)(没|未)有?(倒塌|塌|倒|垮|掉下来|塌下来)|未倒塌/;
/*
 * "还没人被砸", "还没烫到人", "还没伤到孩子": nobody hurt yet by a standing hazard (a loose slide, an
 * exposed hot pipe, a hornets' nest) is the repair every read set labels it; a fire or a leak "that
 * has not reached anyone yet" is still burning, so this is read for injuries, wires and collapses only.
 */
export const NOT_YET_HARMED =
  /还没(有)?(人)?(被)?(砸|烫|电|伤|撞|压|碰|蜇|蛰|划|割|咬)(到|着|伤)?(人|孩子|小孩|老人|行人)|还没(有)?人(受伤|被(砸|烫|电|伤|撞|压|碰|蜇|蛰|划|割|咬)|碰到)|(?<![有是])没(有)?(伤|砸|碰)(着|到)(人|孩子|小孩|老人|行人)(?![^，。]{0,2}(吧|吗|么|没))/;
export const NOT_YET_HARMABLE: readonly Hazard[] = ["collapse", "injury", "electric"];
// "别砸到人", "免得砸着人": a harm warded off names nobody under it.
export const SOMEONE_UNDER =
  /(有|个)人[^，。]{0,4}(被)?(压|砸|埋|困)|(?<!(别|免得|以免|怕|防止|避免|不要|别让)[^，。]{0,2})(压|砸|埋)(住|着|到|伤)了?[^，。]{0,2}(人|孩子|老人|小孩)|在里面|住着人|里面有人/;
/*
 * "彩钢瓦掀开了一块还挂着，下面没人", "车棚快压塌了，现在没人，已经跟大家说别进去了", "围挡看着要倒，现在没人
 * 走": a structure threatening to fall, said to have nobody under or in it, is the repair every read set
 * labels it (a collapse only: a car rolling driverless towards a crowd, "里面没人", is another danger).
 */
const NOBODY_BELOW =
  /(下面|底下|里面|里头)(现在|目前|暂时|也|还)?(没|没有)人|(现在|目前|暂时)(没|没有)人(在(里面|里头|下面|底下))?(?!管|来|理|修|处理|应|接)|没人在(里面|里头|下面|底下)/;
const CROWD_BELOW = /(下面|底下)(全|都)?是[^，。]{0,3}(人(?!行)|家长|孩子|学生|老人)|人群|人来人往|人多/;
const NOBODY_BELOWS = new RegExp(NOBODY_BELOW.source, "g");
/*
 * "吊篮斜挂着，里面没人…下面是人行道": nobody in the hanging thing is not nobody under it, where the
 * writer names a public way below.
 */
const PUBLIC_WAY_BELOW =
  /(下面|底下|下方)(就)?是[^，。]{0,4}(人行道|马路|路口|大门|门口|出入口|通道|公交站|学校|幼儿园|广场)/;
const NOBODY_UNDER =
  /(下面|底下)(现在|目前|暂时|也|还)?(没|没有)人|没人在(下面|底下)|(现在|目前|暂时)(没|没有)人/;
function nobodyBelow(simple: string): boolean {
  if (!NOBODY_BELOW.test(simple)) return false;
  if (PUBLIC_WAY_BELOW.test(simple) && !NOBODY_UNDER.test(simple)) return false;
  const rest = simple.replace(NOBODY_BELOWS, "□");
  return !SOMEONE_UNDER.test(rest) && !CROWD_BELOW.test(rest);
}
// "请物业早点敲掉，别砸到人": the harm the writer wards off is no harm done (said to an attacker, "别打了", it is).
const WARDED_OFF = /(别|免得|以免|防止|避免|不要|别让|省得)[^，。]{0,2}$/;
const FALLING_HARM = /^(砸|掉|压)/;
// "物业来了把我们放出来了", "已经弄出来了": the people trapped are out.
const RESCUED =
  /(把|将)(我们|我|人|他们|她们|他|她|孩子|小孩|老人)[^，。]{0,3}(放|救|弄|拉|抬|抱|拽)出来了|(已经|都)(被)?(放|救|弄|拉|抬|抱|拽)出来了|(已经|人是|人也|都已经)出来了/;
// "不是现在，是之前的事", a question asked for a safety lesson: no danger happening now. (A danger
// during a lesson, "上安全课的时候有个孩子晕倒了", still counts.)
const NOT_NOW =
  /(我)?想了解(一下)?(?![^。]{0,20}(现在|正在|刚刚|刚才|还在))|不是现在[^，。]{0,3}[，,\s]*(是)?(之前|以前|过去|上次|去年|上个月)|(是|都是)(之前|以前|过去)的事|(不是现在[^，。,]{0,4}[，,\s]*(就是|只是)?(提前|先)(说|问|讲|反映|了解)|(有没有|想(学|报|找|上))[^，。,]{0,12}(急救|安全|溺水|游泳|消防|救生)[^，。,]{0,3}(课|培训|讲座|班))(?![^。]{0,20}(现在|正在|刚刚|刚才|还在))|安全课用|(讲|上)安全课(要)?用|做(个)?科普|科普(一下|用)/;
// "按钮试了一下 没被困", "nobody was trapped this time": a test or a breakdown with nobody shut in.
const NOBODY_INSIDE =
  /(里面|里头|屋里)没(有)?人|没(有)?人在(里面|里头|屋里)|(?<!还)没(有)?(人)?被困(?!住?的)/;
// "不是漏气", "没漏": the resident rules out the very leak the gas rules look for.
// "是不是漏气", "有没有漏" ask rather than deny.
// Purging a main the crew is working on, behind their cordon, is their procedure, not a leak.
// "燃气管道改造什么时候完工啊，挖了一个多月了": works asked about, not a main broken.
const GAS_CREW_AT_WORK =
  /放空|余气|置换|(?<!没人|没有人|没|未|不)拉(了)?警戒|改造[^，。]{0,6}(什么时候|啥时候|何时|多久)[^，。]{0,3}(完工|结束|弄完|修完|完)/;
/*
 * "挖掘机把燃气管道挖断了…工人在拉警戒": a main broken by a digger or a drill escapes whoever cordons it
 * off; the cordon is the crew's procedure only where nothing was broken.
 */
const GAS_MAIN_BROKEN = /(挖|铲|钻|撞|碰)(断|破|穿|裂)|断口/;
function gasCrewAtWork(live: string): boolean {
  return GAS_CREW_AT_WORK.test(live) && !GAS_MAIN_BROKEN.test(live);
}
// "工人说是正常放散", "说是在换管子，故意放的气": the crew's own venting, unless it makes anyone ill.
const GAS_CREW_VENTING = /放散|故意放(的)?气/;
const GAS_HARMING = /越来越|头晕|头疼|头痛|恶心|想吐|晕倒|难受|着火|爆/;
// A smoke alarm chirping for its battery.
const CARRIED_ESCAPE =
  /漏气|嘶嘶|呲呲|哧哧|(表箱|表|管|阀|灶|罐|瓶)[^，。]{0,6}(味|味道|气味)[^，。]{0,4}(加重|越来越(大|浓|重|冲)|更(大|浓|重|冲))/;
// The signs of a leak strong enough to stand after a bill or an inspection named the gas.
const LEAK_TOLD_AFTER_TOPIC =
  /(肥皂水|洗洁精水?|泡沫)[^。]{0,10}(冒泡|起泡|鼓泡)|(味|味道)[^。]{0,10}不敢(开|按|打|点)[^，。]{0,2}(灯|电|火|开关|油烟机)(?![^，。]{0,6}(省|电费))|(味|味道)[^。]{0,10}(灯|开关|火)(都|也)?不敢(开|按|打|点)(?![^，。]{0,6}(省|电费))|(味|味道)[^。]{0,12}(特别|很|好|太|越来越)(冲|浓|大|重|呛)[^。]{0,40}(头疼|头痛|头晕|恶心|想吐|难受)/;
// Air escaping from something that holds no gas, or a leak asked or taught about.
const NOT_GAS_ESCAPING =
  /怎么|如何|学会|知识|(?<!没|没有)检查|轮胎|车胎|胎|气球|充气|打气|自行车|电动车|篮球|足球|气垫|床垫|暖气|空调|高压锅|水管/;
const ALARM_BATTERY = /(烟感|报警器)[^。]{0,16}(没电|电池|低电)/;
export const DENIED_LEAK =
  /((?<!是)不是|(?<!有)没有?|并没有?|(?<![是有漏])不|(?<![并])无)(在)?(漏气|泄漏|泄露|漏)/;
// Every denial at once, to read what is left; `replace` starts a global pattern afresh each call.
const DENIED_LEAKS = new RegExp(DENIED_LEAK.source, "g");
// "没闻到味" and "不是煤气味" deny the very sign the gas rules look for.
export const DENIED_SIGN =
  /(没|没有|不|并不|并没)(闻到|有)?(什么|啥)?(异|怪)?(燃气|煤气)?(味|气味|臭)(?!.{0,3}(大|重|浓|冲|呛))|闻不到(什么|啥)?(异|怪)?(燃气|煤气)?(味|气味|臭)(?!.{0,3}(大|重|浓|冲|呛))|不是(燃气|煤气|天然气)/;

/*
 * "燃气灶火苗变黄了 是不是有问题": a cooker's flame colour asked about is a service question, not a
 * fire; a flame that leaps out, smokes or comes with a smell or someone unwell still is one.
 */
const FLAME_COLOUR = /火苗[^，。]{0,4}(黄|红|颜色)/;
const FLAME_OUT_OF_PLACE = /窜|蹿|冒|着了|着火|烧着|烧起|烟|呛|爆|漏|晕|头疼|头痛|难受|胸口|站不稳|味|臭/;
const DENIED_SIGNS = new RegExp(DENIED_SIGN.source, "g");
function flameColourAsked(live: string): boolean {
  return FLAME_COLOUR.test(live) && !FLAME_OUT_OF_PLACE.test(live.replace(DENIED_SIGNS, ""));
}
/*
 * "我爸中风后遗症，说话不清楚，想申请残疾证": a lasting condition told for a certificate, a device or
 * rehabilitation, not a stroke happening now. A sudden change on top of it still counts.
 */
const LASTING_CONDITION = /后遗症|(中风|脑梗|脑出血|偏瘫)(以?后|后遗)|残疾证|做康复/;
const SUDDEN_CHANGE =
  /突然|刚才|刚刚|今天|今早|今晚|倒了|倒在|摔|叫不醒|昏|抽搐|白沫|(说不出|动不了|起不来)(话)?了|不见|没回|出门|走丢|走失/;
/*
 * "她现在住在娘家，人是安全的", "刚才联系上他了 在老家 安全的": the person the danger was about is said to be
 * safe; what is asked is a procedure. Not when something is said to go on ("还在砸门").
 */
const SAID_SAFE =
  /(?:人|她|他|我们?|孩子|都|现在|目前|已经|[，,\s：:])(是|都|很|已经)?安全(的|了)?(?![吗吧么呢?？])(?=[，。！!,\s]|$)/;
const SAFE_BUT = /还在|正在|又(来|打|砸)|砸门|追|威胁|不安全/;
const SAID_SAFE_HARMS: readonly Hazard[] = ["violence", "missing", "trapped"];
/*
 * "哭了一会儿就好了，能吃能玩", "哭了两声又笑了": a child seen well again after a tumble, asked about
 * for reassurance. A worrying sign (vomiting, drowsiness) or a harmful thing swallowed still counts.
 */
const WELL_AGAIN = /能吃能玩|又笑了|(现在|已经|又)在玩|活蹦乱跳|又跑又跳/;
// A button battery, a magnet or medicine swallowed harms hours later, however well the child looks.
const WORRYING_SIGN =
  /吐|抽搐|抽筋|昏|叫不醒|嗜睡|没精神|喘不|发紫|流血不止|肿得|电池|磁|药|洗衣|消毒|清洁剂|老鼠/;
const WELL_AGAIN_HARMS: readonly Hazard[] = ["injury"];
function saidSafe(simple: string): boolean {
  return SAID_SAFE.test(simple) && !SAFE_BUT.test(simple);
}
function wellAgain(simple: string): boolean {
  return WELL_AGAIN.test(simple) && !WORRYING_SIGN.test(simple);
}

/*
 * "我敲门她开了，说感冒了在睡觉": the neighbour not seen for a while answered the door; what is asked
 * is a visit, not a search. Not when the one who opened is found unwell ("开了门就倒在地上").
 */
const ANSWERED_THE_DOOR = /敲门[^。]{0,8}(?<![没不未])开(门)?了/;
const FOUND_UNWELL =
  /倒(在|地|下)|摔|叫不醒|说不(出|清)|起不来|站不起|爬不起|血|昏|晕|抽|喘不|迷糊|不认人|不对劲/;
const ANSWERED_HARMS: readonly Hazard[] = ["missing", "injury"];
function answeredTheDoor(simple: string): boolean {
  return ANSWERED_THE_DOOR.test(simple) && !FOUND_UNWELL.test(simple);
}
/*
 * "我刚要报警他就回来了", "后来打电话知道老人去女儿家了", "现在她回消息了说在跳广场舞": the one who could not
 * be reached turned up or was accounted for; what is asked is a visit, a wristband or an apology. Only
 * when nothing told after that says someone is still gone or in harm ("上次找回来了，这次又不见了").
 */
const ABSENCE_ENDED = new RegExp(
  [
    "(他|她|人|老人|孩子)(自己|就|已经|又)?(回来|回家|到家)了",
    "(找|送|接|领|带)(回来|回家)(了|的)",
    "(?<![不没未])回(了)?(消息|信息|微信|电话)(了|说)",
    "原来(他|她|老人|人)",
    "(?<![没不])(去|在|接去|接到)(她|他)?(女儿|儿子|亲戚|朋友|同学|闺女|她|他)(家|那里|那儿|那边)(住|睡|玩|过年)?(了|的|呢)",
    "虚惊|白担心|一场误会",
    "(?<![没未不])联系上了",
    "结果(他|她|人)(在|是)",
    // "问了他儿子，说老头住院了", "说接去北京过年了": someone who knows where the person is said so.
    "(说|原来|才知道)[^，。]{0,8}(住院了|接去[^，。]{0,6}了)",
    // "五分钟后又广播找到了", "两分钟后妈妈就来了", "半小时就回来了": found, or back within the hour.
    "(人|孩子|小孩|老人|他|她|广播|说|已经|又|终于|后来)找到了(?=[,，。\\s！!]|$|在)",
    // "她儿子找过来了": the family came for the one who was lost.
    "(妈妈|爸爸|家长|大人|家里人|家人|儿子|女儿|闺女|老伴)(就|已经|很快|后来)?(来|回来|找来|找过来|赶来|来接)了",
    "(分钟|小时|一会儿?)(就|又)?回来了",
    // fa38: "妈妈就在对面超市，已经领回去了": a child's parent came and took the child home.
    "(已经|就|被)?(领|接|带)回(去|家)了",
  ].join("|"),
  "g",
);
// "…说接去过年了，可是她儿子说没接她": a turn after the all-clear undoes it.
// 血压 / 血糖 ("量个血压", "测血糖") are a check asked for, not blood; 救生员 a lifeguard, not a plea.
const STILL_GONE_OR_HARMED =
  /可是|但是|却|(没|未)(有)?(回|到|来|找到|联系上|消息|接)|不见|走丢|走失(?!(老人|人口|儿童)?的?(登记|信息|手环|卡))|失联|联系不上|打不通|关机|没人接|不接|不回|又(跑|出|走)|跳(楼|河|江|湖|桥|海|下)|自杀|轻生|想死|不想活|活着|没意思|再见|告别|遗书|打(我|人|了)|掐|踹|揍|威胁|砸|刀|血(?!压|糖|脂|型|常规)|昏|晕|倒|摔|伤|疼|痛|救(?!生员|生圈|生衣)/;
// The rules' absences and the model's reading of a frightened caller ("急得不行", "差点报警").
const ABSENCE_ENDED_HARMS: readonly Hazard[] = ["missing"];
const ABSENCE_ENDED_MODEL_HARMS: readonly Hazard[] = ["missing", "violence", "self_harm"];
function absenceEnded(simple: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of simple.matchAll(ABSENCE_ENDED)) last = m;
  return last !== null && !STILL_GONE_OR_HARMED.test(simple.slice(last.index + last[0].length));
}
/*
 * "小区电线被雪压得快垂到地上了，建议供电公司来看看": a suggestion about a standing hazard, with no word
 * of the moment, asks for a repair. Every readable danger that makes a suggestion also says what
 * happens now or just happened ("就在刚才", "今天早上", "我刚路过"); absences and threats are left out.
 */
const SUGGESTION = /建议/;
const MOMENT = /刚才|刚刚|刚路过|就在|今天|今早|今晚|今晨|正在|还在|马上|快来|救命|赶紧|赶快|立即|立刻/;
const SUGGESTION_HARMS: readonly Hazard[] = [
  "fire",
  "gas",
  "electric",
  "flood",
  "collapse",
  "injury",
  "poison",
  "trapped",
];
function suggestionOnly(simple: string): boolean {
  return SUGGESTION.test(simple) && !MOMENT.test(simple);
}
/*
 * "我妈每天吃安眠药，医生说可以吃，我就是担心", "安眠药一般医院一次能开多少": the pills named as a
 * prescription, a habit or a worry. The word alone is the self-harm rule's means at hand; it counts
 * only with something taken, a quantity, a farewell or someone not responding.
 */
const PILLS_TAKEN =
  /吃了|吞了|服了|喝了|吃下|一整|一瓶|一板|半板|好多|很多|都吃了|全吃了|都倒|倒出来|攒|几颗|几片|叫不醒|不醒|含糊|昏|迷糊|不想活|再见|告别|对不起|说说话|联系不上|不接|不回|不说话|不应|chi ?le|tun ?le|hen ?duo|hao ?duo|yi ?(zheng|ping|ban)|jiao ?bu ?xing/i;
// "一直吃安眠药" is the habit as well: the poisoning rule's swallowing verb with no 了 after it.
const PILL_HARMS: readonly Hazard[] = ["self_harm", "poison"];
function pillsNamedOnly(simple: string, hit: string): boolean {
  return (hit === "安眠药" || hit === "吃安眠药") && !PILLS_TAKEN.test(simple);
}
/*
 * "说什么‘不想活了’是网上的梗", "她的口头禅是‘考砸了我就去跳河’", "老师说是网络挑战": the words of despair
 * named as a catchphrase, a meme or an online challenge; the worry is about the habit. Not when this
 * time is said to be different or someone is at an edge or has taken something.
 */
const CATCHPHRASE = /口头禅|(网上|网络)的?梗|是个梗|(网络|网路)挑战/;
const CATCHPHRASE_BUT =
  /这次|这回|真的要|不像|已经(在|站|爬|坐)|站在|坐在|爬到|爬上|翻到|翻过|吃了|吞了|割|刀|绳|联系不上|不接|不回/;
function catchphraseOnly(simple: string): boolean {
  return CATCHPHRASE.test(simple) && !CATCHPHRASE_BUT.test(simple);
}
/*
 * "过去一问在睡觉", "问了店员说是保温", "我问她她说只是心情不好", "刚刚回了 说手机静音了 人挺好的": the
 * resident went and asked, and was told the scare is harmless. Only an explicit all-clear counts, not
 * any answer ("问他家在哪他说不知道" is a confused elder), and only when nothing after it says someone
 * is still gone or in harm. A fire or a gas smell goes on whatever someone was told ("燃气味很重，打过去
 * 燃气公司说正常"), and the all-clear may be about something else ("着火了！问了物业说消防通道正常").
 */
// "打了中毒咨询电话说量很少没事", "打了药店电话，他们说一片没关系": the advice line or the pharmacy asked.
const CHECKED_FINE =
  /(一问|问了|问过|问(他|她|店员|店家|对方|人家|药店|医生)|过去看|出去看|打过去|回了|(打|拨)(了)?(中毒|咨询|药店|医生|医院|急救)[^，。,]{0,4}电话)[^。]{0,12}?(没事|正常|挺好|很好|好好的|好着|没(什么|啥)?问题|说(是)?只是|(是|在)(睡觉|睡着|休息|拍照|洗澡|闹着玩|开玩笑)|静音|保温|误会|没关系|无毒|不要紧|问题不大)/g;
/*
 * "我过去问，他在晒太阳", "下去看是几个小孩在玩捉迷藏", "敲门她嫌我烦，说在敷面膜", "赶紧打电话，她说在做
 * 瑜伽", "网格员去看了，说他手机被孙子玩坏了", "他接了，他去钓鱼了": someone went, called or knocked and
 * found the person at something ordinary. Only an ordinary pastime counts, never the person's own "没事"
 * or "歇会就好" (what someone in trouble says: "我们喊她她说没事", "他说歇会就好").
 */
const FOUND_AT_EASE = new RegExp(
  [
    "(一问|问了|问过|问(他|她)|过去看|出去看|打过去|回了|过去问|(下|上)去(看|问|敲门)|(跑|走|赶)?过去一看",
    "|敲(了)?门|(叫|喊)(了)?(他|她)|(打|拨)(了)?电话|去看了|(他|她)接了)",
    "[^。]{0,12}?",
    "((他|她|说|是|在)(在|去)?(晒太阳|睡午觉|午睡|做瑜伽|敷面膜|织毛衣|钓鱼|看电视|跳广场舞|打太极)",
    "|是(几个|一群|两个)?(小孩|孩子)(在)?(玩|闹)|手机(被[^，,。]{0,4})?(坏|没电|静音|放|落|丢))",
  ].join(""),
  "g",
);
const HARM_AFTER_CHECK = new RegExp(
  `${STILL_GONE_OR_HARMED.source}|但|可是|却|又|还在|着火|起火|冒烟|漏|吐|不醒|不动|喘|掉(进|下|到)`,
);
const CHECKED_FINE_HARMS: readonly Hazard[] = HAZARDS.filter((h) => h !== "fire" && h !== "gas");
/*
 * Between the check and the all-clear: nobody answered ("敲门不应，怕她在洗澡时出事"), a question ("叫她也
 * 迷糊，是不是休息一下就好了"), a sign of harm or something taken; then the all-clear is not one.
 */
const CHECK_UNANSWERED =
  /不应|没人?应|没人?接|不接|没反应|没动静|不开|没人?开|打不通|是不是|会不会|迷糊|发紫|不醒|吃了|吞了|喝了|疼|痛|闷|晕|喘|胸口/;
// "在洗澡时出事": the activity names when the harm came, not that the person is well.
const ACTIVITY_OF_HARM = /^(时|的时候|中|出事)/;
function checkedFine(simple: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of [...simple.matchAll(CHECKED_FINE), ...simple.matchAll(FOUND_AT_EASE)].sort(
    (a, b) => a.index - b.index,
  ))
    if (!CHECK_UNANSWERED.test(m[0]) && !ACTIVITY_OF_HARM.test(simple.slice(m.index + m[0].length))) last = m;
  return last !== null && !HARM_AFTER_CHECK.test(simple.slice(last.index + last[0].length));
}
/*
 * "听见砰砰几声像爆炸，出去看是隔壁婚礼放的礼炮", "楼下小孩喊救命，下去一看是在玩捉迷藏", "以为是燃气，
 * 结果是有人提了一袋榴莲", "不是着火，是他们家装修打磨墙面", "物业说是热水器的排气口": the resident went to
 * look, or was told, and found the scare's cause to be harmless — a celebration, a game, a film shoot,
 * cooking, winter swimmers, steam, a smell with an ordinary source, a worker at a job. Only a cause on
 * this list counts (never "一看是着火了"), for every hazard, fire and gas included (the source was found,
 * not an all-clear given over a smell that goes on), rules and model, unless the caller's words after it
 * tell harm (the operator's questions are not the caller's words).
 */
const FOUND_HARMLESS = new RegExp(
  [
    "(一看|出(去|门)看|下去看|上去看|过去看|(下|上)楼(去)?看(了|一下|了一下)|(一层一层|挨家|一家一家)(地)?(闻|找|看)(过去)?|走近|敲(了)?(车)?窗|找了一圈|结果|原来|才知道|后来发现|开门的是|说是|问了|(上|下|过)?去敲(了)?门|(电话|打)通了|找到原因(了)?|",
    "不是[^，。,]{0,4}[，,]?(而)?是)",
    "(?<gap>[^。！？!?]{0,16}?)",
    "(礼炮|鞭炮|烟花|摔炮|放炮|爆米花|玩(?!火|打火机|电|水|刀)|捉迷藏|游戏|拍(短)?视频|拍照|拍戏|拍摄|演戏|表演|演员|排练|彩排|",
    "熏腊肉|熏肉|烧烤|烤肉|做饭|炒菜|冬泳|水汽|白汽|蒸汽|排气口|减压阀|排气阀|泄压阀|榴莲|烧香|地漏|存水弯|返味|",
    "开锁|锁匠|装修|打磨|试水|调解|等(朋友|人|车)|",
    // fa53: someone lying in a station found resting ("走近看是流浪歌手在休息"), a sleeper in a car who
    // answered the knock on the window ("敲窗他说在等人").
    "在(休息|睡觉|午睡|打盹)|",
    // fa38: medicine simmered dry, a repairman at work or roped on, weights dropped, homework at a
    // friend's, a chat ("里面的人一直在敲门 维修的说还要一小时" is no cause found: a worker at work only).
    "熬(中)?药|煎药|(熬|炖|煮)糊|维修工在|修理工在|在(维修|修理)|(做|刷)防水|安全绳|练(哑铃|琴|功)|健身|写作业|聊天|下棋|打牌|打麻将|",
    // Wedding photos on a roof, fertiliser spread, a rotten egg, a fuel cap left open, an old quilt.
    "拍[^，。]{0,3}照|施肥|(撒|上)(化)?肥|臭(了的)?鸡蛋|油箱盖|(旧)?棉被|旧被子|",
    // fa41: a smell from a neighbour's cooking or a roasting shop, moxibustion smoke, a smoker on the
    // stairs, a drunk singing the cry heard at night.
    "煮饭|烧饭|做菜|炒(栗子|货|瓜子|花生|辣椒)|烤串|撸串|艾灸|(在)?(抽|吸)烟|唱歌|唱戏|",
    // A controlled burn the forest or field crew says is planned (烧防火隔离带, 是计划的).
    "烧(防火)?隔离带|(是)?(有)?计划(内|好)?的)",
  ].join(""),
  "g",
);
// A cooker's flame put out by the pot (浇灭) leaves the gas flowing, whatever was being cooked.
const HARM_AFTER_HARMLESS = new RegExp(
  `(浇|扑|潽)灭(?![^。]*(${GAS_SHUT_AFTER.source}))|` +
    String.raw`(没|未)(有)?(回来|回家|找到|联系上)|未归|不见|走丢|走失|联系不上|跳(楼|河|江|湖|桥|海|下)|自杀|掐|踹|揍|威胁|刀|血(?!压|糖|脂|型|常规)|昏|晕|倒(了|在|地|下)|摔|伤(?!心)|疼|痛|救命|着火|起火|冒烟|烧着|点着|着了|烧(起来|到|了)|漏|吐|不醒|不动|喘|掉(进|下|到)|炸(到|伤)|砸(到|伤)|(?<!就)还在(?!旁边|看|笑|玩)|又|可是|却|越来越|浓烟|烟(越|更)|烟[^，。]{0,6}冒|火(光|苗)|电(到|着|击)|触电|断(了|开)|困|压(住|到|在|着)|卡(住|在)|带走|拐`,
);
// The operator's turns in a hotline export ("目前没有人员受伤或起火对吗？") are questions, not harm.
const OPERATOR_TURN = /(坐席|话务员|接线员)[：:][^：:]*?(?=(来电人|市民|群众)[：:]|$)/g;
// "闻了说是煤气味，他还在屋里做饭": a danger told between the look and the cause is what was found.
// "结果拍到他家阳台着了，人还在里面拍照": so is a thing that caught, and "不是抽烟的烟，是电线烧的那种，
// 里面还有老人在打牌": a burning named as the cause, the pastime after it only who is inside.
const DANGER_BEFORE_CAUSE =
  /煤气|燃气|天然气|瓦斯|火|烟|血|倒|晕|摔|伤|漏|困|刀|掉|砸|塌|(?<!睡)着了|烧(起来|着|的|了)|燃(了|起来)/;
function foundHarmless(simple: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of simple.matchAll(FOUND_HARMLESS))
    if (
      !DANGER_BEFORE_CAUSE.test(m.groups?.gap ?? "") &&
      // "敲门没人应，怕她在打麻将时出事": nobody answered, and the pastime names when harm came.
      !CHECK_UNANSWERED.test(m.groups?.gap ?? "") &&
      !ACTIVITY_OF_HARM.test(simple.slice(m.index + m[0].length))
    )
      last = m;
  if (last === null) return false;
  // "…是楼上在用艾灸，不是着火", "没人受伤": a harm denied after the cause is no harm told.
  const after = simple
    .slice(last.index + last[0].length)
    .replace(OPERATOR_TURN, "")
    .replace(DENIED_HARM, "□");
  return !HARM_AFTER_HARMLESS.test(after);
}
/*
 * "这噪音逼得人发疯，我都想跳楼了", "房租贵得让人想跳河", "加班加到想跳河", "热死了，简直不想活了": the
 * writer's own despair told of a nuisance (noise, homework, overtime, prices, the weather) is a figure
 * of speech, for self-harm, rules and model — not when a place or a means is named (楼顶, 窗台, 药, 刀,
 * 绳 …), something is already done (已经, 爬, 喝了 …), or a quarrel precedes it (吵了架…不想活了 is how
 * runaways are told). "我真的想去死", "我不想活了" are read as meant, whatever the nuisance.
 */
const DESPAIR_FIGURE =
  /(我(都|也|简直)|让人|逼得人|(?<!不)到|得)(想|要)(去)?(跳楼|跳河|跳江)|跳楼了?我|简直不想活了/;
export const NUISANCE =
  /噪音|(?<!争|打)吵(?!架|了一?架)|装修|作业|数学|题|加班|上班|老板|报表|房价|房租|工资|社保|天气|热死|冷死|热得|广场舞|堵车|考试|排队|物业费|停车费/;
export const DESPAIR_MEANS =
  /楼顶|天台|窗台|窗户|阳台|栏杆|桥|河边|江边|湖边|药|刀|绳|遗书|再见|告别|站在|爬|已经|割|血|烧炭|煤气|喝了|吃了|吞|联系不上|关机|不见|找不到/;
function despairFigure(simple: string): boolean {
  return DESPAIR_FIGURE.test(simple) && NUISANCE.test(simple) && !DESPAIR_MEANS.test(simple);
}
/*
 * "孩子的头卡在栏杆里，已经拿出来了，孩子没事", "摔了一跤，起来了没事", "晕倒了，扶起来喝了点糖水好了",
 * "拍了片子没骨折", "爬起来拍拍灰又骑走了": the scare is told as over, with the person said to be well
 * now; what is asked is a repair or advice. Only when nothing told after it says harm, someone still
 * in trouble or a question ("是不是休息一下就好了" is a danger asked about). The caller's own "我没事"
 * is not read: it is what someone says while another is in trouble ("我没事，我老公掉河里了").
 * Fire, gas, violence and self-harm are left out (a fire or a knife goes on whoever is fine; pills
 * taken are a danger however well someone looks), and a swallowed thing counts only as not swallowed
 * or taken out ("没吞下去"), never as a child who seems well (a button battery harms hours later).
 */
const WELL_NOW = new RegExp(
  [
    "(?:(孩子|人|老人|小孩|脚|手|伤口|他|她)(也|都)?(一点)?|[了来]，?)(没|没有)(什么|啥)?事(儿)?(了)?(?![故吧吗么])",
    "(没|没有)(什么|啥)事(了|儿)?(?![故吧吗么])",
    "(喝|涂|擦|抹|吃|贴|歇|休息|坐)[^，。,]{0,8}(就|又)?好了(?![吗吧么])",
    "(不|没)(再)?流血了|止住血了|血止住了",
    "没(有)?骨折",
    // "摔了一下，没伤着", "跌了一跤，没摔伤": the fall did no harm.
    "(没|没有)(受|摔|碰|磕)?伤(着|到)?(?![吗吧么人心])",
    "(爬|站)起来[^，。,]{0,6}(走|骑)(了|开|远)",
    "(呼吸|精神)(挺|很|还挺)好",
    "一拉就出来了|(已经|马上)(拿|拉|抱|救|弄)出来了|(捞|拉|救)(上来|起来)了",
  ].join("|"),
  "g",
);
/*
 * "孩子没事还接着上课，但我想建议多配一个救生员": a "but" that turns to a wish or a suggestion
 * tells no harm. Only the turn itself is masked; whatever it wishes is still read.
 */
const WISH_AFTER_WELL = /(但|可|不过)(是)?(我)?(想|希望|建议)/g;
// "没吞下去吗" asks; the veto made the self-harm the model reads in it excludable, so a question stays one.
const NOT_SWALLOWED = /(没|没有)(吞|咽)下去(?![吗么呢吧？?])|(医院|医生)(已经)?(取|拿)出来了/g;
// Asked, not told: "是不是休息一下就好了", "会不会没事".
const ASKED_BEFORE_WELL = /(是不是|会不会|能不能|要不要|怎么)[^，。]{0,6}$/;
const HARM_AFTER_WELL = new RegExp(
  `${HARM_AFTER_CHECK.source}|不说话|在地上|起不来|没(有)?(呼吸|反应|意识|醒|出来)|出不来|还有人|被(困|压|埋|捅)|抽|发紫|发青|发白|脸色|冰凉|骨折|肿|送医|医院|抢救|急诊|120|急救`,
);
const WELL_NOW_HARMS: readonly Hazard[] = ["injury", "trapped", "flood", "collapse", "electric", "missing"];
/*
 * "孩子把纽扣放嘴里，我抠出来了，没吞下去": a small child's mouthful taken out is no self-harm
 * either (the model reads 吞 and 嘴 as pills); only while nothing in the message tells despair or a
 * means taken on purpose.
 */
const NOT_SWALLOWED_HARMS: readonly Hazard[] = ["poison", "injury", "trapped", "self_harm"];
const SELF_HARM_MEANT = /自杀|轻生|寻死|想不开|不想活|活着没意思|安眠药|农药|老鼠药|割腕|跳楼|遗书|故意/;
// "需要去医院吗", "想问下要不要去医院看看": asking whether to see a doctor tells no harm.
const HOSPITAL_ASKED =
  /(要不要|需要|需不需要|用不用|用得着|该不该|有没有必要)(去|上|带(他|她|孩子|宝宝)?去)?(医院|看医生|就医)(看看|检查(一下)?|查查)?(吗|么|呢)?/g;
function toldWellAfter(simple: string, told: RegExp): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of simple.matchAll(told)) last = m;
  return (
    last !== null &&
    !ASKED_BEFORE_WELL.test(simple.slice(Math.max(0, last.index - 8), last.index)) &&
    !HARM_AFTER_WELL.test(
      simple
        .slice(last.index + last[0].length)
        .replace(WISH_AFTER_WELL, "□")
        .replace(HOSPITAL_ASKED, "□"),
    )
  );
}
function notSwallowedHarms(simple: string): readonly Hazard[] {
  if (!toldWellAfter(simple, NOT_SWALLOWED)) return [];
  return SELF_HARM_MEANT.test(simple)
    ? NOT_SWALLOWED_HARMS.filter((h) => h !== "self_harm")
    : NOT_SWALLOWED_HARMS;
}
function wellNow(simple: string, hazard: Hazard): boolean {
  return (
    (WELL_NOW_HARMS.includes(hazard) && toldWellAfter(simple, WELL_NOW)) ||
    (NOT_SWALLOWED_HARMS.includes(hazard) && notSwallowedHarms(simple).includes(hazard))
  );
}
// The hazards a message told as over and well excludes, for the model's reading too.
function wellNowHarms(simple: string): readonly Hazard[] {
  return [...(toldWellAfter(simple, WELL_NOW) ? WELL_NOW_HARMS : []), ...notSwallowedHarms(simple)];
}
/*
 * "电线乱拉…碰着就冒火星，还没出过事", "再不修迟早出事": a standing hazard reported as a worry; the
 * writer says nothing has happened. No readable danger says so; a sentence of the moment still counts.
 */
const NOTHING_HAPPENED_YET =
  /(还|目前|暂时|现在|虽然|一直)(还)?没(有)?出(过)?(事|事故)|迟早(会|要)?出(大)?事|早晚(会|要)?出(大)?事/;
function nothingHappenedYet(simple: string): boolean {
  return NOTHING_HAPPENED_YET.test(simple) && !MOMENT.test(simple);
}
/*
 * "油锅着火了应该怎么灭 先问一下", "老师让我们问一下闻到煤气味应该先做什么", "电线掉下来要打哪个电话，先记起来":
 * what to do if it ever happens, asked ahead of time. Not when the same sentence says it is now.
 */
const ASKED_AHEAD =
  /正确(的)?(做法|处理方法)|大家(存|收藏)(一下)?|先问(一下|问)|先记(起来|下来|一下)|提前(问|了解|知道)|老师(让|叫)(我们)?问|布置的作业/;
function askedAhead(live: string): boolean {
  return ASKED_AHEAD.test(live) && !MOMENT.test(live);
}
/*
 * "听说隔壁区有一家烤箱起火了，想提前查一下", "新闻上说有一家三口烧炭取暖中毒了": a danger heard of
 * elsewhere is the reason for a question or a precaution. A rule that fires only in the hearsay
 * clause stays quiet; one that also fires in the resident's own clauses ("看到新闻说电暖器容易着火，
 * 结果我家的真着了") still counts.
 */
// fa38: "抖音上看到有个城市路面塌了", "抖音上有人说…会淹死人": a short-video app is the news too.
const HEARSAY = /新闻|听说|电视(里|上)说|网上(看到|说)|视频里|抖音|快手|刷到/;
/*
 * "心脏都要跳出来了", "着火一样急", "群里吵得快着火了": a figure of speech with a danger's word in it. Only
 * the figure's words are masked: a danger told beside it ("急得像着火，楼下真的冒烟了") still fires.
 */
// "切割机的声音跟要杀人一样", "灰从窗户往外冒，跟冒烟似的": a likeness, not the thing.
// "大厅里人都要挤炸了", "整个办公室都要炸了", "炸了炸了，下水道又堵了", "\"炸了炸了\"是说生意
// 太火爆": a crowd, a temper or a blocked drain said to burst.
const SPEECH_FIGURE =
  /心(脏)?(都)?(要|快)?跳出来|着火(一样|似的|般)|(急|吵|气)得?(快|要)?(像|跟)?着火|(气|急)(得|到)(快|要|快要)?冒烟|(跟|像|和)(要)?(杀人|冒烟|爆炸|打仗)(一样|似的|般)|(挤|吵|气|忙|闹)得?(都)?(要|快)?炸(了|锅)|(办公室|群里?|脑子|脑袋|头)(都)?(要|快)炸了|炸了炸了(?=["”」']?(是说|[，,\s]*[^，。]{0,8}(堵|生意|火爆|排队|人太多|忙)))/;
const SPEECH_FIGURES = new RegExp(SPEECH_FIGURE.source, "g");
/*
 * "最近好多年轻人上去拍照，坐在边上…物业能不能上把锁": sightseers at a roof's edge, and a lock asked
 * for, is a standing hazard. Not when anything tells despair, a slip or someone who will not come down.
 */
const SIGHTSEERS = /拍照|自拍|拍视频|打卡|看风景|看日落|看夜景/;
const SECURING_ASKED = /(?<!没)锁(上|住)|上(把|个)?锁|加锁|围栏|护栏|封(上|起来)/;
const EDGE_DESPAIR =
  /哭|跳(下|楼)|要跳|想不开|不想活|轻生|自杀|遗书|劝|不(肯|愿)?下来|喝(了|酒|多)|吵架|失恋|掉|摔|滑|站了(很久|半天|好久)/;
function sightseersAtEdge(simple: string): boolean {
  return SIGHTSEERS.test(simple) && SECURING_ASKED.test(simple) && !EDGE_DESPAIR.test(simple);
}
/*
 * "楼上往下扔烟头，把晾的被子烫了好几个窟窿，没着起来", "电焊的火星子溅到车上，车漆烫出小白点",
 * "对面阳台在熏腊肉，一直冒烟，衣服都是烟味", "楼下在院子里用炭炉烤串，烟太大": a cigarette end or a
 * welder's sparks that marked something, or smoke from someone's smoking, grilling or burning outdoors
 * reaching the washing or the window, is a nuisance to stop, not a fire. Not when anything says a fire
 * took hold or spread (着了, 烧起来, 火苗窜, 蔓延, 引燃 …; a fire denied, "没着起来", is masked first), or
 * someone is harmed by the smoke or the sparks (an eye, a burn, a shock). Smoke said only to drift
 * into a home or through a window is not vetoed: whoever is inside may be breathing it (a blind set
 * lost a danger to the wider form at integration, see docs/history/intake-rounds.md).
 */
const BURN_MARKS =
  /烟头[^。]{0,20}(烫|烧)[^，。]{0,8}(洞|窟窿|印|点)|(电焊|焊|角磨机|切割|打磨|切铁)[^。]{0,8}(火星|火花)[^。]{0,10}(溅|四溅|乱飞)|(火星|火花)[^。]{0,4}(溅|四溅|乱飞)[^。]{0,12}(电焊|焊|角磨机|切割|打磨)/;
const OUTDOOR_SMOKE =
  /(熏腊肉|腊肉[^，。]{0,4}熏|熏肉|烤串|烤红薯|烧烤|烧落叶|烧树叶|烧秸秆|烧稻草|烧麦秆|烧轮胎|炭炉|炭盆)[^。]{0,30}(烟|味)[^。]{0,16}(衣服|被子|晾|晒)/;
const FIRE_DENIED =
  /(没|没有|未)(有)?(着|烧)(起来|火|了)|不是(着火|失火|起火)|(没|没有)火苗|(没|没有)(烫)?伤(人|着|到)?/g;
const FIRE_TOOK_HOLD =
  /着了|着火|起火|失火|烧着|烧起来|着起来|点着|引燃|蔓延|窜|火苗|火势|明火|烧到|烧过来|爆|浓烟|黑烟滚滚|屋里|晕|喘不|呛得|倒|昏|烫伤|伤|电(到|着|击|倒)|触电|麻|眼|疼|痛|打滚|哭|脸|皮肤|身上|手上/;
const NUISANCE_BURN_HARMS: readonly Hazard[] = ["fire", "electric"];
function nuisanceBurn(simple: string): boolean {
  return (
    (BURN_MARKS.test(simple) || OUTDOOR_SMOKE.test(simple)) &&
    !FIRE_TOOK_HOLD.test(simple.replace(FIRE_DENIED, "□").replace(/守着火/g, "□"))
  );
}
/*
 * "停水三天，我都不想活了（开玩笑）", "喘不上气，被熊孩子气的，哈哈，开个玩笑": the writer marks the
 * danger's words as a joke. Not "以为是开玩笑", "不是开玩笑", "没开玩笑", "开玩笑吧", nor a joke followed by
 * what was really done ("开玩笑说要喝农药，结果真喝了").
 */
const OWN_JOKE =
  /^\s*笑死(了|我了|人了)?[，,\s!！。]|[（(]开玩笑[）)]|开(个|了个)玩笑|(哈哈|我)[^，。]{0,2}开玩笑(的|呢|啦)/;
const JOKE_DENIED =
  /以为|不是(在)?开|没(有)?(在)?开|不像|开玩笑(吧|吗|么)|真(的)?(喝|吃|跳|割|站|去|爬|拿|动手|打|着|烧|冒|起火|在)|结果/;
function ownJoke(simple: string): boolean {
  return OWN_JOKE.test(simple) && !JOKE_DENIED.test(simple);
}
/*
 * "救命啊，社保卡密码忘了", "救命啊这网速": 救命 as an exclamation over a password, the
 * internet or homework. Only when, with the cry masked, the rules read no danger in the message.
 */
const CRY_WORD = /救命|救救我/;
const CRY = new RegExp(CRY_WORD.source, "g");
const TRIFLE =
  /网速|网络|断网|网卡|wifi|信号|密码|社保卡|银行卡|医保卡|退休金|养老金|作业|报表|快递|外卖|物业费|房租|工资|排队/i;
function cryOverTrifle(simple: string): boolean {
  if (!TRIFLE.test(simple)) return false;
  const without = simple.replace(CRY, "□");
  return without !== simple && detectUrgencyByRules(without).urgency !== "emergency";
}
/*
 * "昨天车上一个大爷晕倒，司机做了心肺复苏，今天听说已经脱离危险了。想表扬这位司机",
 * "上回出过车祸 现在装了红绿灯了 谢谢交警": praise or thanks for help given in an event told as past
 * is a letter of thanks, for every hazard, rules and model. Not when anything says the danger is back
 * or goes on (现在还, 又…, 正在, 快来, but …).
 */
const PRAISE =
  /表扬|锦旗|(感谢|谢谢)[^，。]{0,4}(师傅|司机|民警|警察|保安|交警|医生|护士|消防|志愿者|村委|物业|社区|老师|他们)/;
const PAST_HELP =
  /昨天|昨晚|前天|上周|上个?星期|上个?礼拜|上次|上回|那天|前几天|脱离(了)?危险|出院|(已经|已)[^，。]{0,6}(修好|封上|处理|救|送|灭|抓|装)/;
const DANGER_AGAIN =
  /现在(?!(已经|都|也)?(装|好|来电|来水|通|没事|正常|回家|出院|修好|脱离|康复))|还在(?!干活|忙)|正在|刚才|刚刚|又(着|冒|倒|晕|漏|塌|掉|发作|不见|被)|救命|快来|赶紧|马上|越来越|但是|可是|不过/;
function praiseForPast(simple: string): boolean {
  return PRAISE.test(simple) && PAST_HELP.test(simple) && !DANGER_AGAIN.test(simple);
}
/*
 * "湖边在冬泳，好多老人下水": winter swimmers at their pastime, told with nobody in trouble,
 * are no drowning; the model reads 下水 and 湖 as one. Not when anything tells a struggle, a call
 * for help, someone not come up, ice giving way, a cramp, the cold taking hold or any harm. (The
 * first form also took anglers, boats and pools, and lost seven readable dangers told in words the
 * guard did not list: water rising round anglers, a swimmer who did not come up again.)
 */
const WATER_PASTIME = /冬泳|晨泳/;
const WATER_TROUBLE =
  /救|喊|叫|沉|不见|没(有|再)?(上来|出来|露头|浮|回来)|(起|上|爬|出)不(来|去|上|出)|不上来|抽筋|呛|淹|漂|扑腾|冲|掉|落|滑|翻|进了?[^，。]{0,3}(水|河|湖|库|江|海|塘|冰)|裂|塌|陷|涨|漫|围|困|泡|深水|不会水|晕|倒|昏|不动|喘|溺|拉|拽|捞|急|血|伤|疼|痛|人呢|找不到|半天|一直没|还没|冻(僵|坏)|发紫|抖|抽搐|危险|小孩|孩子|喝(了|酒|多)|醉|电|雷/;
const WATER_PASTIME_HARMS: readonly Hazard[] = ["flood", "injury", "self_harm"];
function waterPastimeOnly(simple: string): boolean {
  return WATER_PASTIME.test(simple) && !WATER_TROUBLE.test(simple);
}
/*
 * "插线板冒了一下火花就灭了，已经拔掉不用了，现在没味也没烟，要不要请电工看看", "热水器洗澡时
 * 有点麻手，已经关掉了，叫师傅明天来": an appliance or a socket that sparked, scorched or tingled once,
 * unplugged or switched off since, with a repair asked, is no fire or shock now (fire and electric,
 * rules and model). Not when anything says smoke, a burn, heat, water, someone shocked or unwell, or
 * that it goes on ("拔了插头还是冒烟", "关了还在冒", "被电了…心跳好快"); a denial ("没味也没烟") is
 * masked first.
 */
const APPLIANCE =
  /插座|插线板|插排|插头|电器|微波炉|电饭锅|洗衣机|冰箱|热水器|空调|取暖器|小太阳|电暖器|电磁炉|充电器|开关|电热毯|烤箱/;
const SPARKED = /火花|火星|打火|麻|漏电|跳闸|电了?一下|烤焦/;
const SWITCHED_OFF = /拔(掉|了)|关(掉|了)|断(了)?电|拉(了)?闸|不(敢)?(再)?用了|不敢(用|开)|(拿|取)出来了/;
const SMOKE_DENIED = /(没|没有|不)(冒)?(味道?|烟|火|焦味)(了)?(也(没|没有)(冒)?(味道?|烟|火)(了)?)?/g;
const SPARK_GOES_ON =
  /烟|烧|黑|着(了|火|起来)|火苗|明火|还在|还是?(冒|烫|响|麻|有|在|不停)|又(冒|响|着|跳)|烫|(?<!热|开|烧)水(?!器|壶|费)|雨|淋|滋滋|噼里啪啦|砰|炸|爆|被电|电(到|着|倒|伤)|触电|心(跳|慌)|胸|脸|晕|倒|昏|伤|疼|痛|抽|不醒|孩子|突然|一直|不停|越来越|马上派|快来|赶紧/;
const SPARK_HARMS: readonly Hazard[] = ["fire", "electric"];
function sparkMadeSafe(simple: string): boolean {
  return (
    APPLIANCE.test(simple) &&
    SPARKED.test(simple) &&
    SWITCHED_OFF.test(simple) &&
    !SPARK_GOES_ON.test(simple.replace(SMOKE_DENIED, "□"))
  );
}
/*
 * "冷库门从里面推不开的问题…想问多久检查一次", "冷库门里面的把手坏了，进去得留个人在外面守着": a
 * cold-store door that will not open from inside is a fault to fix while nobody is shut in. Not when
 * anyone is said to be inside, shut in or calling out.
 */
const COLD_STORE_DOOR =
  /冷库[^。]{0,12}((里面|从里|内侧)[^。]{0,6}(打不开|推不开|开不了|打不了)|把手[^，。]{0,3}坏|门[^，。]{0,3}坏)/;
// "已被困约三十五分钟", "手指僵硬": shut in and already cold.
const SOMEONE_SHUT_IN =
  /(被|人|他|她|工人|员工|同事|师傅)[^，。]{0,4}(关|锁|困)(在|住)|被困|困了|体温下降|(手|手指|手脚)[^，。]{0,2}(僵|麻木)|在(冷库)?里(面|头|边)|在冷库|里面(还)?有人|出不来|关上|扣上|锁门|锁上|敲门|喊|好冷|冻(僵|晕|得|坏)|呼救|进去[^，。]{0,6}(半|[几一二三四五六七八九十两\d]+)个?多?(分钟|小时|钟头)|(没|还没)(有)?出来/;
function coldStoreDoorFault(simple: string): boolean {
  return COLD_STORE_DOOR.test(simple) && !SOMEONE_SHUT_IN.test(simple);
}
/*
 * "乘客晕车呕吐，已清理，精神正常", "公交车上有人晕车吐了，她说没事": travel sickness is no injury, gas
 * or poisoning. Not when anyone fainted or worse, or a fuel or gas is smelt.
 */
const TRAVEL_SICK = /晕车|晕船|晕机/;
const TRAVEL_SICK_WORSE =
  /晕倒|晕过去|昏|不醒|抽|没(有)?(反应|意识|呼吸)|倒(在|地)|脸色|发紫|燃气|煤气|天然气|液化气|瓦斯|一氧化碳|汽油|柴油|烟/;
function travelSickOnly(simple: string): boolean {
  return TRAVEL_SICK.test(simple) && !TRAVEL_SICK_WORSE.test(simple);
}
const TRAVEL_SICK_HARMS: readonly Hazard[] = ["injury", "gas", "poison"];
/*
 * "几个人在楼下打牌", "喝多了回来倒头就睡，呼噜打得震天响": the model's violence reads 打 in a game,
 * a snore, a phone call or a jab. Narrowing its concept and rebuilding it cost more false alarms
 * elsewhere (lead30); here the model alone may not say violence when, with those words masked, the
 * message names no blow, weapon, threat, quarrel, injury or fear, nor any other harm ("打麻将的屋里生着煤炉
 * 子…两个人软在地上了" is carbon monoxide the model reads as violence: it stays).
 */
const EVERYDAY_DA =
  /打(牌|麻将|扑克|掼蛋|球|篮球|羽毛球|乒乓球?|太极|游戏|电话|扫|车|卡|针|疫苗|工|印|包|折|水|饭|招呼)|(打|扯)呼噜?|呼噜(声)?[^，。]{0,2}打/g;
const VIOLENCE_LEFT =
  /打|刀|棍|血|伤|砍|揍|踹|掐|抢|推|骂|吵|闹|动手|威胁|救命|哭|喊|叫|砸|摔|吓|怕|躲(?!清静)|追|跑|凶|疯|醉|酒|警|架|欺负|骗|地上|软在|煤|炉|烟|火|晕|昏|吐(?!个?槽)|喘|呼吸|不醒|不动|疼|痛|掉|困|毒/;
function everydayDaOnly(simple: string): boolean {
  const masked = simple.replace(EVERYDAY_DA, "□");
  return masked !== simple && !VIOLENCE_LEFT.test(masked);
}
function withoutHearsay(live: string): string {
  return live
    .split(/[，,]/)
    .filter((clause) => !HEARSAY.test(clause))
    .join("，");
}

/*
 * "水库坝上的救生圈箱被人撬了，救生衣少了几件", "楼下的灭火箱被人拿来放杂物，灭火器不见了": safety kit
 * stolen, broken or missing is a thing to replace (model: the n-grams of 救生 and 消防 read flood or
 * fire). Not when anything but the kit names trouble: someone in the water, a fire, a cry, a harm.
 */
const SAFETY_KIT = /救生圈|救生衣|救生绳|灭火器|灭火箱|消防栓|消防箱|消防水带|水带|急救箱/g;
const KIT_GONE = /不见|没了|少了|丢了|被(人)?[^，。]{0,4}(拿|撬|偷|砸|搬|拆)|空的|空着|缺/;
const KIT_TROUBLE =
  /掉|落水|溺|沉|救命|喊|呼救|扑腾|冲走|漂|火|烟|冒|烧|炸|困|伤|血|晕|倒|昏|不动|不醒|疼|痛|快来|赶紧|马上/;
function safetyKitGone(simple: string): boolean {
  const masked = simple.replace(SAFETY_KIT, "□");
  return masked !== simple && KIT_GONE.test(masked) && !KIT_TROUBLE.test(masked);
}
// A machine someone breathes or lives by at home, stopped by a power cut now (not one announced).
const LONE_WEAPON = /^\s*(刀|刀子|菜刀|有刀)[!！。.…\s]*$/;
/*
 * A message that is nothing but a cry for help, at most with where ("救命", "救我 某某街三号"): whoever
 * types only that cannot type more. "救命啊，物业费又涨了" says what it is about and is left to the rules.
 */
const LONE_CRY =
  /^\s*(救命|救我|救救我?|快救我)(啊|呀|哪)?[!！。.…，,\s]*([^\s，,。.！!…?？]{1,12}(街|路|巷|号|栋|楼|小区|区|院|单元|室|幢|村)[\d一二三四五六七八九十]*[!！。.…，,\s]*)?$/;
// "呼吸器突然没电，备用电池也坏了": the machine's own power gone, told without 了, is a cut too.
const POWER_OUT_NOW = /停电|断电|没电了|没有电了|跳闸|(机|器|电池)[^，。]{0,4}没电(?!费)/;
const POWER_CUT_AHEAD =
  /计划|检修|通知|下周|明天|后天|听说|提前|能不能|能否|可不可以|想问|咨询|要是|如果|万一|登记|报销|申请|(已经|正好|又)来电了|恢复供电/;
const LIFE_SUPPORT = /制氧机|呼吸机|呼吸器|透析|吸痰器|氧气机|输液泵/;
const LIFE_SUPPORT_FAILING =
  /(机器|机子|制氧机|呼吸机|呼吸器|透析机|设备)[^，。]{0,4}(停了|断了|不转了|报警|没法用|用不了|关了|不工作)|电池[^，。]{0,6}(只能|还能|就能)?(撑|坚持|顶|用)[^，。]{0,4}(半|[\d一二两三四五六七八九十几]+)(个)?(小时|分钟|钟头)|(只|就|还)剩[^，。]{0,3}(半|[\d一二两三四五六七八九十几]+)(个)?多?(小时|分钟|钟头)|喘得[^，。]{0,3}(厉害|凶|急|快)|喘不|呼吸[^，。]{0,3}(困难|费劲|不上|急促)|憋|发抖|(脸|嘴唇)[^，。]{0,2}(发)?(紫|青)/;

/**
 * Reads a resident's text (any script: traditional characters are simplified first) and decides
 * whether life or safety is at risk now (emergency), daily life has stopped (urgent), or neither.
 */
/*
 * Readings for the rules alone (the emergency model's features read the message as it was written,
 * so its training is untouched). A tutoring school or a training centre (培训机构, 培训学校) is a place
 * children are in, not the safety training `PAST` drops ("培训机构厨房着火了，楼上的孩子在午睡").
 * "发了遗书一样的话" is words like a farewell, not a condition ("…的话" drops a clause).
 */
const TRAINING_SCHOOL = /培训(机构|学校)/g;
const WORDS_LIKE_A_FAREWELL = /(遗书|遗言|诀别)([^，。]{0,3})的话/g;
export function detectUrgencyByRules(text: string, options: { emergencies?: boolean } = {}): UrgencyFinding {
  const simple = withoutTakenBackLaugh(
    readHazardPinyinForRules(readHazardEnglishForRules(normaliseUrgencyText(text)))
      .replace(TRADITIONAL_ZHE, "着")
      .replace(HARM_ASKED, "□")
      .replace(TRAINING_SCHOOL, "补习$1")
      .replace(WORDS_LIKE_A_FAREWELL, "$1$2的留言"),
  );
  const excluded = new Set<Hazard>();
  const lives = options.emergencies === false ? [] : liveSentences(simple);
  // Each sentence with a pet's trouble masked, once: the rules read it, and so do the pet checks.
  const masked = lives.map((s) => s.replace(PET_TROUBLE, "□"));
  const petInTrouble = masked.some((m, i) => m !== lives[i]);
  for (const [i, sentence] of lives.entries()) {
    const live = masked[i]!;
    for (const rule of RULES) {
      const first = rule.all[0]!.exec(live);
      if (!first || !rule.all.slice(1).every((re) => re.test(live))) continue;
      if (rule.inMessage && !rule.inMessage.test(simple)) continue;
      if (
        rule.none?.test(live) ||
        (rule.hazard === "gas" &&
          (gasCrewAtWork(live) ||
            (GAS_CREW_VENTING.test(live) && !GAS_HARMING.test(live)) ||
            ((DENIED_SIGN.test(live) || DENIED_LEAK.test(live)) &&
              !/漏|泄|呲|嘶/.test(live.replace(DENIED_LEAKS, ""))))) ||
        (rule.hazard === "missing" &&
          ((NOT_A_PERSON_GONE.test(live.replace(THING_FOUND, "□")) &&
            (!DEPENDANT.test(live.replace(PET_AGE, "")) || onlyAThingLost(live))) ||
            RECORD_LOST.test(live) ||
            THING_MEANT.test(live) ||
            (MISSPOKE.test(simple) && RECORD_LOST.test(simple)))) ||
        ((rule.hazard === "trapped" || /救命|救救/.test(first[0])) && STUCK_IN_PAPERWORK.test(simple)) ||
        (rule.hazard === "trapped" && STUCK_BY_ACCESS.test(live) && !/水|火|烟|塌/.test(live)) ||
        (rule.hazard === "trapped" && RESCUED.test(live) && !/还有|还在|仍/.test(live)) ||
        (rule.hazard === "collapse" && NOT_FALLEN_YET.test(live) && !SOMEONE_UNDER.test(live)) ||
        (rule.hazard === "collapse" && nobodyBelow(simple)) ||
        (FALLING_HARM.test(first[0]) && WARDED_OFF.test(live.slice(0, first.index))) ||
        (rule.hazard === "collapse" &&
          /^裂.{0,4}缝$/.test(first[0]) &&
          standingCrack(live, simple, rule.all[0]!)) ||
        (PET_HARMS.includes(rule.hazard) && live !== sentence && onlyThePet(live)) ||
        (PET_GOES_ON_HARMS.includes(rule.hazard) && petInTrouble && onlyThePet(live)) ||
        (rule.hazard === "gas" &&
          ALARM_EXPLAINED.test(simple) &&
          !GAS_SIGN.test(live.replace(ALARM_SOUNDS, "□"))) ||
        (NOT_YET_HARMABLE.includes(rule.hazard) && NOT_YET_HARMED.test(live) && !SOMEONE_UNDER.test(live)) ||
        NOT_NOW.test(live) ||
        (rule.hazard === "fire" && flameColourAsked(live)) ||
        (rule.hazard === "injury" && LASTING_CONDITION.test(simple) && !SUDDEN_CHANGE.test(simple)) ||
        (SAID_SAFE_HARMS.includes(rule.hazard) && saidSafe(simple)) ||
        (WELL_AGAIN_HARMS.includes(rule.hazard) && wellAgain(simple)) ||
        (ANSWERED_HARMS.includes(rule.hazard) && answeredTheDoor(simple)) ||
        (ABSENCE_ENDED_HARMS.includes(rule.hazard) && absenceEnded(simple)) ||
        (SUGGESTION_HARMS.includes(rule.hazard) && suggestionOnly(simple)) ||
        askedAhead(live) ||
        (PILL_HARMS.includes(rule.hazard) && pillsNamedOnly(simple, first[0])) ||
        (rule.hazard === "self_harm" && catchphraseOnly(simple)) ||
        (rule.hazard === "self_harm" && despairFigure(simple)) ||
        (CHECKED_FINE_HARMS.includes(rule.hazard) && checkedFine(simple)) ||
        foundHarmless(simple) ||
        nothingHappenedYet(simple) ||
        wellNow(simple, rule.hazard) ||
        (HEARSAY.test(live) && !rule.all.every((re) => re.test(withoutHearsay(live)))) ||
        (SPEECH_FIGURE.test(live) && !rule.all.every((re) => re.test(live.replace(SPEECH_FIGURES, "□")))) ||
        (rule.hazard === "self_harm" && sightseersAtEdge(simple)) ||
        (NUISANCE_BURN_HARMS.includes(rule.hazard) && nuisanceBurn(simple)) ||
        (rule.hazard === "trapped" && coldStoreDoorFault(simple)) ||
        (TRAVEL_SICK_HARMS.includes(rule.hazard) && travelSickOnly(simple)) ||
        ownJoke(simple) ||
        (CRY_WORD.test(first[0]) && cryOverTrifle(simple)) ||
        praiseForPast(simple) ||
        (WATER_PASTIME_HARMS.includes(rule.hazard) && waterPastimeOnly(simple)) ||
        (SPARK_HARMS.includes(rule.hazard) && sparkMadeSafe(simple)) ||
        (rule.hazard === "missing" && STAYS_WITH_FAMILY.test(live)) ||
        (rule.hazard === "injury" && WALKED_OFF.test(simple) && !HARM_AFTER_WALKING_OFF.test(simple)) ||
        (rule.hazard === "gas" && gasShutByWriter(simple)) ||
        (rule.hazard === "self_harm" && settledNow(simple))
      ) {
        // The frame is weak evidence either way: its exclusions do not bind the model.
        if (!rule.frame) excluded.add(rule.hazard);
        continue;
      }
      return {
        urgency: "emergency",
        reason: first[0],
        hazard: rule.hazard,
        sentence: live,
        ...(rule.frame ? { frame: true } : {}),
      };
    }
  }
  /*
   * "停电了！我妈在家用制氧机，现在机器停了，她呼吸很困难": the power cut is told in one sentence, the
   * machine a life depends on stopping (or its battery running out) in another.
   */
  if (lives.length > 0 && POWER_OUT_NOW.test(simple) && !POWER_CUT_AHEAD.test(simple)) {
    const now = lives.find((s) => LIFE_SUPPORT.test(s) && LIFE_SUPPORT_FAILING.test(s));
    if (now)
      return { urgency: "emergency", reason: LIFE_SUPPORT.exec(now)![0], hazard: "electric", sentence: now };
  }
  /*
   * "上周燃气公司来换表…今天下午味道明显加重，表箱旁边能听见漏气声": the gas is named where the story
   * opens, told as past; the escape heard now is in a later sentence that names no substance.
   */
  if (!excluded.has("gas") && GAS_SUBSTANCE.test(simple.replace(GAS_MONEY, "□"))) {
    const now = lives.find(
      (s) =>
        CARRIED_ESCAPE.test(s) &&
        !NOT_GAS_ESCAPING.test(s) &&
        !gasCrewAtWork(s) &&
        !DENIED_SIGN.test(s) &&
        !DENIED_LEAK.test(s),
    );
    if (now)
      return { urgency: "emergency", reason: CARRIED_ESCAPE.exec(now)![0], hazard: "gas", sentence: now };
  }
  /*
   * "想咨询燃气费怎么缴。还有个事…表那里一直有股味，肥皂水抹上去在冒泡": the gas is named only as the
   * bill or the inspection the message opens with; what follows is the test a leak fails (soap
   * bubbling), a smell that keeps the resident from a switch, or a smell grown strong enough to make
   * someone ill.
   */
  if (!excluded.has("gas") && GAS_SUBSTANCE.test(simple) && lives.length > 0) {
    // Clause by clause: "燃气费怎么交" asks about the bill, not about the smell told after it.
    const told = lives
      .flatMap((s) => s.split("，"))
      .filter((c) => !NOT_GAS_ESCAPING.test(c) && !DENIED_SIGN.test(c) && !DENIED_LEAK.test(c))
      .join("，");
    const sign = LEAK_TOLD_AFTER_TOPIC.exec(told);
    if (sign)
      return {
        urgency: "emergency",
        reason: sign[0],
        hazard: "gas",
        sentence: lives.find((s) => s.includes(sign[0].slice(0, 2))) ?? lives[0]!,
      };
  }
  /*
   * "我母亲患阿尔茨海默症…。今天下午三点在卫生站取药后未归": the person is named in an earlier
   * sentence, and the one that tells the absence names nobody.
   */
  if (!excluded.has("missing") && DEPENDANT.test(simple) && !SILENCE_EXPLAINED.test(simple)) {
    const gone = lives.find((s) => GONE_AFTER_AN_ERRAND.test(s) && !NOT_A_PERSON.test(s));
    if (gone)
      return {
        urgency: "emergency",
        reason: GONE_AFTER_AN_ERRAND.exec(gone)![0],
        hazard: "missing",
        sentence: gone,
      };
  }
  const fraud = fraudUnderWay(simple);
  if (fraud) return { urgency: "emergency", reason: fraud.reason, hazard: "fraud", sentence: fraud.sentence };
  // A message that is nothing but "刀": someone who cannot write more than the weapon they see.
  if (LONE_WEAPON.test(simple))
    return { urgency: "emergency", reason: simple.trim(), hazard: "violence", sentence: simple };
  if (options.emergencies !== false && LONE_CRY.test(simple))
    return { urgency: "emergency", reason: simple.trim(), hazard: "injury", sentence: simple };
  if (ALARM_BATTERY.test(simple) && !/浓烟|冒烟|焦|糊|着火|起火|火苗/.test(simple)) excluded.add("fire");
  // "门打不开，我在外面，里面没人": a door to mend, nobody shut behind it, whatever the model reads.
  if (NOBODY_INSIDE.test(simple)) excluded.add("trapped");
  // Said safe or seen well again: the model's n-grams of the story must not raise it either.
  if (saidSafe(simple)) for (const hazard of SAID_SAFE_HARMS) excluded.add(hazard);
  if (wellAgain(simple)) for (const hazard of WELL_AGAIN_HARMS) excluded.add(hazard);
  if (answeredTheDoor(simple)) for (const hazard of ANSWERED_HARMS) excluded.add(hazard);
  if (absenceEnded(simple)) for (const hazard of ABSENCE_ENDED_MODEL_HARMS) excluded.add(hazard);
  if (catchphraseOnly(simple)) excluded.add("self_harm");
  if (despairFigure(simple)) excluded.add("self_harm");
  if (sightseersAtEdge(simple)) excluded.add("self_harm");
  // A welder's sparks are no electrical fault either (the model reads 电焊 and 火花 as one).
  if (nuisanceBurn(simple)) for (const hazard of NUISANCE_BURN_HARMS) excluded.add(hazard);
  if (coldStoreDoorFault(simple)) excluded.add("trapped");
  if (everydayDaOnly(simple)) excluded.add("violence");
  if (travelSickOnly(simple)) for (const hazard of TRAVEL_SICK_HARMS) excluded.add(hazard);
  if (ownJoke(simple)) for (const hazard of HAZARDS) excluded.add(hazard);
  if (praiseForPast(simple)) for (const hazard of HAZARDS) excluded.add(hazard);
  if (waterPastimeOnly(simple)) for (const hazard of WATER_PASTIME_HARMS) excluded.add(hazard);
  if (sparkMadeSafe(simple)) for (const hazard of SPARK_HARMS) excluded.add(hazard);
  if (safetyKitGone(simple)) for (const hazard of HAZARDS) excluded.add(hazard);
  if (checkedFine(simple)) for (const hazard of CHECKED_FINE_HARMS) excluded.add(hazard);
  if (foundHarmless(simple)) for (const hazard of HAZARDS) excluded.add(hazard);
  if (nobodyBelow(simple)) excluded.add("collapse");
  if (nothingHappenedYet(simple)) for (const hazard of HAZARDS) excluded.add(hazard);
  for (const hazard of wellNowHarms(simple)) excluded.add(hazard);
  if (suggestionOnly(simple)) for (const hazard of SUGGESTION_HARMS) excluded.add(hazard);
  /*
   * A pet in trouble and no person in it ("我家鹦鹉被电线电了一下，现在不动了", "狗被车撞了"): the model's
   * n-grams for harm and absence read it as a person's; nothing a rule could read says so.
   */
  if (
    masked.some((m, i) => m !== lives[i] && !PERSON.test(m.replace(PET_HELPERS, "□").replace(PET_OWNER, "□")))
  )
    for (const hazard of [...PET_HARMS, ...PET_GOES_ON_HARMS]) excluded.add(hazard);
  // A leak ruled out in so many words ("不是漏气哈，就是打不着") is not for the model to assert either.
  if (DENIED_LEAK.test(simple) && !/漏|泄|呲|嘶/.test(simple.replace(DENIED_LEAKS, ""))) excluded.add("gas");
  /*
   * "一家三口早上起来都头晕恶心，昨晚烧了煤炉子取暖": the symptoms are now, the stove is told as last
   * night's; together they are carbon monoxide, whichever sentence each sits in.
   */
  if (!excluded.has("gas") && CO_SOURCE.test(simple)) {
    const now = lives.find((s) => GROUP_SYMPTOMS.test(s));
    if (now)
      return { urgency: "emergency", reason: GROUP_SYMPTOMS.exec(now)![0], hazard: "gas", sentence: now };
  }
  if (
    options.emergencies !== false &&
    !excluded.has("poison") &&
    WILD_MUSHROOM.test(simple) &&
    POISONED_NOW.test(simple.replace(WILD_MUSHROOM, "□")) &&
    !MEAL_LONG_AGO.test(simple) &&
    !MADE_SAFE.test(simple) &&
    !HYPOTHETICAL.test(simple)
  )
    return {
      urgency: "emergency",
      reason: WILD_MUSHROOM.exec(simple)![0],
      hazard: "poison",
      sentence: simple,
    };
  if (
    options.emergencies !== false &&
    !excluded.has("injury") &&
    KNOCK_SEEMED_NOTHING.test(simple) &&
    LATER_HEAD_SIGN.test(simple.slice(KNOCK_SEEMED_NOTHING.exec(simple)!.index)) &&
    !HEAD_SIGN_PASSED.test(simple) &&
    !HYPOTHETICAL.test(simple)
  )
    return {
      urgency: "emergency",
      reason: LATER_HEAD_SIGN.exec(simple)![0],
      hazard: "injury",
      sentence: simple,
    };
  const rest = ruleOutUrgent(simple);
  return excluded.size ? { ...rest, excluded: [...excluded] } : rest;
}

function ruleOutUrgent(simple: string): UrgencyFinding {
  /*
   * Unsure is not normal: a gas, fire or person-in-danger word together with any sign of trouble
   * that no rule above could combine still gets the shortest deadline short of an emergency.
   */
  const unsure = UNSURE.exec(maskRoutineLookalikes(simple));
  const exclamation = unsure && /^救命$/.test(unsure[0]) && EXCLAMATION_TOPIC.test(simple);
  /*
   * "闻到一点煤气味，原来是邻居在煮饭，没事了": a scare whose harmless cause was found is not unsure
   * either (the emergency rules already pass it over, see foundHarmless).
   */
  if (
    unsure &&
    !exclamation &&
    !foundHarmless(simple) &&
    !PAST.test(simple) &&
    !HYPOTHETICAL.test(simple) &&
    !EVERYDAY_SMOKE.test(simple)
  ) {
    return { urgency: "urgent", reason: unsure[0], hazard: null };
  }
  // Daily life stopped now (no water, power, heating, gas to cook, sewage in homes...): see urgent-cues.ts.
  const cue = readUrgentCue(simple);
  return cue
    ? { urgency: "urgent", reason: cue.reason, hazard: null }
    : { urgency: "normal", reason: null, hazard: null };
}

/*
 * Words that only name a danger: a song or film title (《不想活了》), a sale slogan (跳楼价), a
 * metaphor in quotation marks ("第一次见面就“触电”了"), words quoted from a song ("一直在唱“着火了”"),
 * words a voice input misheard and the writer corrects ("刚才那条“煤气漏了”是“没气了”").
 */
const NAMES_NO_DANGER =
  /[“"「][^”"」]{1,12}[”"」](?=(其实|应该|本来)?是[“"「])|(?<=(唱|歌词|歌里)[^，。]{0,8})[“"「][^”"」]{1,12}[”"」]|(?<=(叫|名叫|名为|称为|取名|起名|名字是|学了?|学会了?)[^，。“"「]{0,2})[“"「][^”"」]{1,12}[”"」]|[“"‘'「]\s*(炸|烧|火|死|杀)\s*[”"’'」]|《[^》]{1,30}》|跳楼(价|大甩卖|甩卖|清仓|大减价|大拍卖)|[“"‘'「]\s*(触电|中毒|炸了|爆了|爆炸|着火|上瘾)\s*[”"’'」]/g;

// "被电到了！这首歌太好听了": smitten by a song, a voice or a face, not by current.
const SMITTEN =
  /被电(到|了)了?(?=[！!，,。\s~～]*[^。]{0,12}(歌|好听|帅|颜值|眼神|心动|好看|声音|一见钟情|偶像))/g;

// "着伙了", "失活啦", "着或了": a typed or dictated 火 after 着/失, where only a fire makes sense.
// "孩纸" is how young people type 孩子.
const SLANG = /孩纸/g;
// Feelings told as a disaster: "心态塌了", "眼泪都快淹了", "心都碎了"; a mess (一塌糊涂) is no collapse.
const FIGURE =
  /(现在)?想起来(还|都)?(后怕|害怕|心有余悸)|(像|跟|好像)(在)?打仗(一样|似的)|(老板|领导|老师|他|她|爸|妈)[^，。]{0,3}发(了)?(大|好大的)?火|心里[^，。]{0,3}(一团|一股|一肚子)?火|火冒三丈|恼火|气得[^，。]{0,2}(冒烟|冒火|要炸|炸了)|(真是|真的|我)[^，。]{0,2}火大|心态(都|也)?(崩塌|崩|塌)了?|(人生|生活|世界|精神)(都|也)?(要|快)?(崩塌|塌)了?|(头|脑袋|脑子|脑壳|脑仁)(都|也)?(要|快)?(炸|爆炸)了|简直(就)?是?(抢钱|抢劫|明抢)|(费|价|租金|房租)[^，。]{0,6}(抢钱|抢劫)|被[^，。]{0,8}(费|价|房租|物业)抢劫了?|笑(塌|疯|翻|炸)了|心(都|也)?(碎|塌)了|(眼泪|泪水)[^，。]{0,4}(淹|决堤)|(要|想)?(跳楼|跳河|去死|死|杀人)的心都有了|笑得[^，。]{0,3}(喘不(上|过)气|肚子疼|岔气)|(我|人)(都|真的?|快)?要(被)?(气)?炸了|气(到|得)[^，。]{0,4}心脏病(都)?(要)?(发作|犯)了?|(走|爬|跑|站)(到|得)腿(都|快)?(要)?断了?|一塌糊涂/g;
/*
 * "打我儿子的电话": calling someone is not hitting them. Written as 拨, so neither the rules nor the
 * model read a beating in a callback request.
 */
const CALL_SOMEONE =
  /打(?=(我|他|她|你)?(家)?(的)?(儿子|女儿|闺女|孩子|老伴|爱人|老公|媳妇|老婆|妈|爸|哥|姐|弟|妹|孙子|孙女|邻居|朋友|同事)?(的)?(电话|手机|座机|号码))/g;
/*
 * 著 is the traditional form of 着 ("點著了", "燒著了", "被子著了"), and the converter leaves it, since
 * 著 is also a simplified character of its own. Mainland writing keeps it only in a few words (著名,
 * 著作, 显著, 土著…); everywhere else the rules read it as 着, so those written with 着 see the fire.
 * Only the rules: the model's features keep 著 as trained (55 trained lines have it).
 */
/*
 * "孩子才三个月，一直在我妈家住着没回来": a child staying with the family is away, not missing.
 */
const STAYS_WITH_FAMILY =
  /在[^，。]{0,4}(我妈|我爸|姥姥|奶奶|外婆|爷爷|姥爷|外公|亲戚|爸妈|父母|公婆)家(里)?(住|待|呆)/;
/*
 * "有人摔倒了，过去一看，人已经自己起来走了": the one who fell walked away; what is left is the ice.
 */
const WALKED_OFF = /(自己|他|她|人)(又)?(爬|站|坐)?起来(走了|走开了|离开了)/;
const HARM_AFTER_WALKING_OFF = /但|可是|却|又(倒|摔|晕)|流血|出血|起不来|不动|昏|晕|救护车|120/;
/*
 * "闻到一点燃气味，检查了一下是灶台没关紧，已经关好了，开窗通风了": the writer found the tap left open
 * and shut it; only a smell that stays or someone ill keeps the leak.
 */
const GAS_SHUT_BY_WRITER =
  /(是|原来是|发现)[^，。]{0,6}(灶|阀|开关|旋钮|火)[^，。]{0,4}没(关紧|关好|关)[^。]{0,8}(已经|现在|马上)?(关好|关上|关紧|拧紧|关掉)了/;
const GAS_STAYS =
  /还(有|是|在)|越来越|头(晕|疼|痛)|恶心|想吐|迷糊|晕|不舒服|难受|味(道)?(很|特别|好|太)(大|重|浓|冲)/;
function gasShutByWriter(simple: string): boolean {
  const m = GAS_SHUT_BY_WRITER.exec(simple);
  return m !== null && !GAS_STAYS.test(simple.slice(m.index));
}
/*
 * "同学在群里说不想活了…老师跟家长沟通了，孩子现在在家，情绪稳定了": the words were heard and seen to;
 * unless something after the calm says it broke again.
 */
const SETTLED = /(?<!不)(情绪|心情)(已经|也|都)?(稳定|平复|缓和)(下来)?了/;
const UNSETTLED_AGAIN = /可是|但是|却|又|还在|刀|药|楼顶|天台|桥|窗台|不见|联系不上/;
function settledNow(simple: string): boolean {
  const m = SETTLED.exec(simple);
  return m !== null && !UNSETTLED_AGAIN.test(simple.slice(m.index + m[0].length));
}
/*
 * "哈哈哈今年的年夜饭有点火 笑不出来了 油锅起火盖不住了", "哈哈 这句不是段子 我在桥上": a nervous laugh the
 * writer takes back at once. The laugh closes nothing then; the rules read the message without it
 * (the model's features are left as they are).
 */
const LAUGH_TAKEN_BACK = /笑不出来|不是段子|(不是|没|没有)(在)?(开)?玩笑|不是闹着玩/;
const LAUGHS = /哈哈+|笑死(了|我了|人了)?|😂|🤣/g;
function withoutTakenBackLaugh(simple: string): string {
  return LAUGH_TAKEN_BACK.test(simple) ? simple.replace(LAUGHS, "") : simple;
}
/*
 * "快来看看有没有人受伤": a harm asked about, which the denial reader would take for "没有人受伤" and
 * so close the collapse told before it. Only the rules read it masked: the model's features keep
 * the words as trained.
 */
const HARM_ASKED = /(有没有|有无)(人|人员)?(受伤|伤亡|伤到|被困|被砸|被压)/g;
const TRADITIONAL_ZHE = /(?<![显土卓原名巨编论专昭])著(?![名作称述录书])/g;
const FIRE_TYPO = /(着|失)(伙|活|货|祸|或)(?=了|啦|啊|呀|快|[!！，,。\s]|$)/g;
/*
 * Smoke typed by its sound ("冒黑严了", "楼道全是眼"): 烟 after 冒 or after an amount of it. Holes
 * drilled ("打了好多眼"), eyes, tears and glasses stay what they are.
 */
const SMOKE_TYPO =
  /(?<=冒(黑|白|浓|青)?|(?<!(打|钻|凿|扎|戳|开)了?)(全是|都是|好多|好大的?|满屋子?|满楼道)(黑|白|浓|青)?)[眼严言演盐](?!睛|镜|泪|屎|科|神|光|色|球|皮|看|前|里|肃|格|重|厉|寒|冬|禁|峻|词|语|论|出|员|唱|讲|巴)/g;
// "我在电t里": a lift half typed before the input method caught up.
const LIFT_TYPO = /电t(?=[里内中卡坏停]|[\s，,。!！]|$)/gi;

/*
 * The rules, the model, the veto and the live-hazard check each read the same text, and the veto
 * reads single sentences in between; converting a text (opencc, pinyin) is the costly part. A few
 * recent conversions are kept, so a sentence read in between does not push the message out.
 */
// A message, a sentence or two the veto reads on their own, the dialogue's own reading.
const RECENT = 8;
const recentNormalised = new RecentResults<string>(RECENT);

/**
 * Traditional characters simplified, hazard words typed in English or pinyin written in characters, Cantonese
 * function words in their Mandarin form, and sound-alike spellings of gas substances repaired.
 */
export function normaliseUrgencyText(text: string): string {
  let out = recentNormalised.get(text);
  if (out === undefined) {
    out = normaliseGasHomophones(readDialect(readHazardPinyin(readHazardEnglish(simplify(text)))))
      .replace(FIRE_TYPO, "$1火")
      .replace(SMOKE_TYPO, "烟")
      .replace(LIFT_TYPO, "电梯")
      .replace(CALL_SOMEONE, "拨")
      .replace(NAMES_NO_DANGER, "□")
      .replace(SMITTEN, "□")
      .replace(FIGURE, "□")
      .replace(SLANG, "孩子");
    recentNormalised.set(text, out);
  }
  return out;
}

/*
 * A time anchor in the past ("上个月", "去年十月", "那天") governs the clauses after it in its sentence
 * ("上个月我妈在门口摔倒，腿骨折了，住了半个月医院") until a clause brings the story back to now.
 */
export const PAST_ANCHOR =
  /(19|20)\d\d年|\d{1,2}月(初|上旬|中旬|下旬|底|\d{1,2}[日号])|\d{1,2}[日号](上午|下午|晚上|凌晨|早上|中午)|某天|(?<!(生完|生了|产后|术后|手术|剖腹产|月子)[^，。]{0,4})第[二三四五]天|次日|去年|前年|(^|就是|是|那|像)上一?回(?![家来去到复应])|上一?回那(个|次|场)|^(之前|以前|前阵子|前一阵子?)|小时候|(爷爷|奶奶|姥姥|姥爷|外公|外婆|父母|爸妈|老人|祖辈|父辈)那(一)?辈|以前那会儿|年轻(的)?时候|上个?月|上个?周|上个?星期|上个?礼拜|前(两|几|一)个?(礼拜|星期|周)|(两|几|三)个?(礼拜|星期|周|月)前|上次|那天|那次|当时|前段时间|前些天|前几天|前(两|三)天|(几|[一二两三四五六七八九十\d]+)个?(天|周|月|星期|礼拜)(以)?前|昨天|昨晚|前天/;
/*
 * "小时候…", "我爷爷那辈…": a childhood or a generation back is a memory; what "至今" or "现在还" says
 * after it is a feeling about it, not a danger going on since.
 */
const LONG_AGO = /小时候|那(一)?辈|以前那会儿|年轻(的)?时候/;
// "昨晚聚会到三点，早上发现室友怎么叫都不醒": what the morning finds is now, not last night's story.
const BACK_TO_NOW =
  /(?<!(昨|前|那)天?)(早上|早晨|一早|醒来|起床|起来)[^，。]{0,3}(发现|看到|一看)|现在|正在|此刻|刚刚|刚才|今天|今晚|今早|今晨|今日|这会儿|眼下|目前|又|还在|仍在|马上|赶紧|快来/;
/*
 * A danger already made safe: the fire put out, the child found, the smell gone. Said in a sentence,
 * it closes that sentence and the story told before it, unless the danger is said to go on. The one
 * who was missing is back ("我刚要报警他就回来了", "现在联系上了", "回来了回来了", "村干部把他接回来了");
 * "同学回来了他没回来" names someone else; "电动车在路口找到了，人不见了" found a thing, not the person
 * (the thing named before 找到 or after it). Someone on a ledge who was talked down (劝下来了) is safe.
 * A close call told as averted is safe too: a thing held in the mouth spat or taken out and not
 * swallowed, pills counted with none missing, "还好没碰嘴", a load lowered that landed safely, a child
 * pulled back, "差点把…当成…", well the next day (今天一切正常, 能吃能玩), treated at a clinic, a cook
 * back at work. A jab already had is safe ("已经打完疫苗了"), but not what came after it ("打完疫苗回来一直喘").
 *
 * A look-behind is written after the character it guards ("火(?<!灶的?火)", not "(?<!灶的?)火"): the
 * same matches, but an alternative that opens with a look-behind keeps the engine from skipping
 * ahead to the alternatives' first characters, and this pattern, run on every sentence, was the
 * costliest in the engine.
 */
export const MADE_SAFE =
  /没事了|(现在|目前)(人|孩子|小孩|老人|大家|他|她|我们)?(都|也)?没事(?![吧吗么呢啊])|火(?<!(?:灶上?的?|炉子?的?|灶台的?)火)(已经|早就?|都)?(被)?(灭|扑灭)了(?!一半)|都没事|没大碍|无大碍|脱险|人(?<!(?:(层|楼|单元|楼道|院)的?|我)人)(已经|都)出来了|没有?(危险|味道?|烟|火)了|(还好|幸好|好在|幸亏)(人)?没(事|受伤|停电|伤着|砸到|碰到|出事)|(味道?|烟)(已经|都|也|早)?(散|没)了|(?<!灯|灯光|屏幕?)(已经|已|都|早)(被)?(扑灭|灭了|修好|处理好|处理完|排除|救出|找到|回来|回家|送医|送到医院|出院)|被救出|被?救(回来|过来|活)了|(已经|已|都)被救了|(被|是)[^，。]{0,10}(送|接|领)回来(了|的)|(自己|他|她)(又)?(爬|站|坐)?起来了|(后来|最后|终于)[^，。]{0,8}(放|救|拉|抬|弄)出来了|把人(放|救|弄|拉|抬)出来了|(已经|都)结束了(?![”"」』])|(已经|都)?(被)?抓(到|住)了|(现在|目前)(都|已经)?好了|没事(?<=[，,\s]没事)(?=[，,。\s]|$)|(已|已经)被[^，。]{0,8}(送|接|领|找)回(?!来?[^，。]{0,2}(又|再))|(现|现在|目前)(已|已经)?(康复|痊愈)|(刚刚?|终于|总算|现在|已经)(打通|接通|联系上)了|(他|她|人)(就|已经)回来了|回来了[，,\s]*回来了|好着呢|能(?<![不没]能)(自己)?(站|爬|坐)起来|自己能(站|爬|走)|开玩笑(说|讲)的|玩笑话|(医生|医院|大夫|120)[^，。]{0,6}说(问题不大|没(啥|什么)?大?(事|问题)|不严重)|(打完|打过|已经打了?)(狂犬)?疫苗(?!回来|以后|之后|后)|(还好|幸好|好在|幸亏)[^，。]{0,6}(被)?(发现|救(出来|上来)|拉(出来|上来)|捞(上来|出来))了|(已经|已|都)(被)?(接|领|送|带)(回来|回家)|平安(回|到|了)|找(?<!(?:没|没有|未|没能)找)(到|回来)了(?<!(?:自行车|电动车|电瓶车|车子|鞋|衣服|外套|帽子|书包|手机|钥匙|鱼竿|拖鞋)[^，。]{0,12}找(?:到|回来)了)(?!(他|她)?们?的?(自行车|电动车|车子|鞋|衣服|外套|帽子|书包|手机|钥匙|鱼竿|拖鞋))|灭掉了|(?<!(平时|平常|平日|往常|一向|本来|原来|以前|之前)[^，。]{0,2})(他|她|人|孩子|儿子|女儿|老人)(都|也)?好好的(?!.{0,4}(突然|怎么|就|一下))|虚惊一场|不是真(的)?(冒烟|着火|起火|烧|炸|爆|冒火)|(?<!是)不是漏电(?![^。]{0,3}(吗|吧|呢|么))(?![^。]{0,16}(火|烟|烧|焦|冒|麻|电到|触电|打人))|(物业|师傅|保安)已经[^，。]{0,3}(摇|拉|抬|打|弄)(上去|起来|开)了|是(?<!不是)(个|场)?误会|误会一场|乌龙|是(?<!不是)(在)?开玩笑|原来是说|好(得)?差不多了|从医院回来|烧完了|(在家)?养着|养伤|疗伤|幸好[^，。]{0,8}灭了|擦破(了)?(点|一点)?皮|(老师|医生|保安|物业)已经处理了?|(已经|已)(更换|修复|维修|检修)(处理)?(好|完)?了?|(爬|站)(?<![没不].)起来了|(现在|目前|人)(已经|都)?没事(了)?(?![吧吗呢])|气话(?<!丧气话)|说说而已|笑死(了|我了|人了)|(我|我们)?(撤回|撤销)(一下)?(这个)?(诉求|报警|反映|工单)?|嘴上说说|随口说说|哈哈|😂|🤣|开玩笑的|开个玩笑|(原来|其实|结果|后来才知道(他|她|人家|对方)?|后来(才)?(发现|知道)|后来(一)?问(了)?[^，。]{0,6}[，,])(就)?是(?![^，。]{0,12}(漏|泄|着|火|烧|烟|燃气|煤气|天然气|液化气|电(?!视|影|脑|话)|人|孩子|老人|锁|困|摔|倒|伤|血|不见|跑|掉|药|毒|吐|晕|昏|疼|痛|炸|塌|裂|水|蛇))|(味|味道|味儿)是[^，。]{0,6}在(腌|煮|炖|烤|炒|做|熬|蒸|煎|晒)|能吃能喝|活蹦乱跳|(缓|醒)(?<!(?:没|没有|不|未).)过来了|自己醒返|(已经|现在)好多了|(被|给)[^，。]{0,4}(劝|拉)开了|(人|大家)?(已经|都)散了|在(跑着|到处)?玩(呢|着)|(老师|医生|大夫)说不严重|说是(在)?(玩|游戏|闹着玩|捉迷藏)|说正经的|(就|只)是(随便)?问问|随便问问|就是好奇|放心了|什么事都没有|啥事(都)?没有|(一看|原来|结果|说)是[^，。]{0,12}(烤(红薯|地瓜|串|肉|鱼|玉米)|烧(秸秆|稻草|麦秆)|烧烤(?![^，。]{0,6}(着火|起火|失火|烧起来|炸|爆))|熏(腊肉|肉|腊肠|香肠|鱼)|做饭|炒菜|烧水|烧纸|看球|放电影|演习|演练|装修|表演)|(味|味道)[^，。]{0,6}就?没了|不喷了|(把)?总阀(门)?关了|(自己|后来)[^，。]{0,4}(踹开|打开|弄开|撬开|爬出来|(?<!溜)出来)了|(物业|社区|保安|警察|民警|消防)(已经)?处理(好|完)?了|(120|救护车)[^，。]{0,4}(拉走|接走|送走|来过)|现在不哭了|(旅游|走亲戚|出差)(去)?了[，,]?\s*没事|(家人|家里人|家属|民警|警察|保安)[^，。]{0,3}(把(他|她|人))?(接|领|带)走了|(后来|已经)醒(过来)?了(?![^，。]{0,6}(但|可|又|还|却))|好得很|没事[^，。]{0,4}(自己)?(骑车|开车)?(走|回家)了|(用|拿)[^，。]{0,6}(水|灭火器|沙子?|湿)[^，。]{0,4}(浇|泼|喷|扑)灭了|(是)?我误会了|劝下来了|(把|将)[^，。]{0,6}接回(来|家)了|(到了|来了|在处理|在修)[^。]{0,24}不用(再)?(派人|派车|报)了?|(还好|幸好|好在|幸亏)(没|没有)(碰嘴|进嘴|入口|吃|吞|咽|喝)|(含|放|塞)(在|进)?嘴里[^。]{0,20}(吐|抠|掏)出来了|(抠|吐|掏|取)出来了[^。]{0,24}没(吞|咽)|(一颗|一粒|一片|一个)(都)?不少|能吃能(玩|睡)|(今天|现在|目前)一切正常|(安全|平安)落地|(已经|已)[^，。]{0,8}医院[^，。]{0,3}(处理|取出来)(好|完|过)?了|(继续|接着)(炒菜|干活|上班|工作|做饭)了|(一把|及时|赶紧|马上)(拽|拉|抱|拖|揪)(回来|下来)了|差点(把|就)?[^，。]{0,10}当成/;
// "燃气费涨了", "燃气开户费": a bill names the gas, not gas in the room.
const GAS_MONEY = /(燃气|煤气|天然气|液化气)(费|开户费|缴费|账单|卡|营业厅|价格|价)/g;
const COMPLAINT_GOES_ON =
  /热线|占线|物业|社区|部门|政府|公司|单位|领导|没人管|说法|答复|回复|解决|处理|赔|整改|修|恢复|通(气|电|水)|供(气|电|水)|来(气|电|水)/;
// "过期了还在卖" is the shop going on, not the danger.
// "还是停着", "还是不太放心": the service still out or the writer still uneasy, not the danger.
// A weapon being waved now ("有个人拿刀在楼下乱挥，路人都没事"): that nobody is hurt yet ends nothing,
// unless the sentence goes on to the man caught, disarmed or gone.
// "医生说没事让她躺着，已经半个小时了，脸色很差": an all-clear the writer doubts, the face still bad after so long.
const STILL =
  /(分钟|小时|钟头)了?[^。]{0,6}(脸色|嘴唇|脸)[^，。]{0,3}(很|太|还是|越来越|更)?(差|白|发白|苍白|发青|发紫|发灰|难看)|(拿|持|举|提|抡)着?(把|一把)?(菜刀|砍刀|刀子|刀|斧头|斧子|铁棍|棍子|钢管)[^，。]{0,6}(乱挥|挥舞|乱砍|乱舞|追着?|比划|乱晃)(?![^。]*(抓|带走|制服|控制住|夺下|放下|劝走|走了|跑了))|还(在|有|没)(?!卖|营业|用|收|开门)|还是(?!停|坏|不|没|老样子|要|想|希望|觉得|担心|有点|谢谢|感谢)|还开着|没关|(一直)?开着(的)?阀|仍|又(?!要|得)|越来越|一直(在|响|冒|开着)|再次|还(是)?(很|挺|特别|那么)?(大|浓|重|冲|呛)/;
// "没人受伤", "无人被困": a harm denied is no harm.
const DENIED_HARM =
  /不是(火灾|着火|失火|起火)|不是(要|想)?(跳楼|跳河|自杀|轻生|寻死)|(没有?|无|未|并没有?)(任何|一个)?(人|人员|孩子|小孩|老人|学生|居民|行人)?(员)?(受伤|伤亡|伤到|被困|流血|中毒|出事|骨折|掉下去|掉进去|摔倒|摔伤)|(没有?|未|并没有?)(被)?(砸|撞|伤|碰|压|烫|电|困)(过|到|着|住)?(人|过人)|(没有?|不想|不会|不敢|没敢|(?<![要就会])不)(动手|打架|打起来|打人)|(没|未)(听到|听见|看到|看见|见)(有人)?(打人|打架|动手|受伤|流血|呼救|求救|喊救命)|(里面|里头)没(有)?人|没(有)?人在(里面|里头)|不是(打人|打架)|(没|没有|未|并未)(看见|看到|发现|出现|有)(明显的?)?(裂缝|裂纹|冒烟|打火|火花|明火)|(没|没有|未|并未)(起火|着火|冒烟|冒火|冒火花|打火|明火|火花)|(没有?|无|并没有?)人(被)?困(住|在)|(没有?|未|并没有?)(被)?困住|(没|没有|未|并没有?)(出血|流血|见血|着起来|烧起来)|不冒烟/g;

/*
 * The caller's answer to "is it happening now?": "不是现在，是前天的大雨", "是上周", "上礼拜的事了",
 * "早就散了", "早出来了". It dates the story told before it, as a danger made safe closes it.
 */
const TOLD_AS_OVER =
  /不是(现在)?[，,\s]*(是)?(昨天|前天|上周|上礼拜|上星期|前几天|前两天|上个?月|之前|以前)(?![^，。]{0,12}(到现在|至今|一直|还))|(是|都是)?(昨天|前天|上周|上礼拜|上星期|前几天|前两天|上个?月)的事(了|儿)?|早(就)?(散|没|出来)了/;
// "跟上次…闻到的一个样", "和以前那次一样的味": something sensed now, measured against the past.
const COMPARED_TO_PAST =
  /(跟|和|同|像)(上次|上回|以前|之前|那次|那回|小时候)[^，。]{0,16}(一样|一个样|似的|差不多|那种|那样)/;
// A child hooked on games ("玩游戏中毒了", "把自己关屋里打游戏"): a worry for the school, not a rescue.
const GAMING = /游戏中毒|玩游戏|打游戏|网瘾|沉迷(游戏|手机|网络)/;
// "大家还戴着耳机打游戏", "还有很多人在打游戏不知道": others still playing, unaware of what the writer sees.
const STILL_AT_GAME = /(还|仍)[^，,。]{0,8}(打|玩)游戏/;
/*
 * "在家打游戏突然闻到好大的燃气味", "昨晚说去同学家打游戏，今天中午还没回来，手机也关机了": the game is
 * where the writer was when something else happened, or the errand a child gave before going
 * missing; the rest of the sentence is read.
 */
const GAME_INTERRUPTED = /突然|忽然|还没(回来|回家|到家)|(没|未)(回来|回家|归)|关机|联系不上/;
const CAME_BACK = /(?<!没|没有|未|不)(回来|回家|到家)了/;
// A clause of the game is dropped, but for what it says came suddenly ("打游戏突然闻到…").
function afterTheGame(clause: string): string {
  if (!GAMING.test(clause)) return clause;
  const turn = /突然|忽然/.exec(clause);
  return turn && turn.index > GAMING.exec(clause)!.index ? clause.slice(turn.index) : "";
}
// A phone call asking for money for a relative's accident is a fraud to report, not an accident.
const SCAM = /骗子|诈骗|骗局|骗钱|转钱|转账|汇款|打款/;
/*
 * "我女儿不见了。…不是不是，我说错了，是我女儿的学籍不见了": a later sentence takes the loss back and
 * names a record; "有人被困了。…被困在那个审批里面出不来": the trap is red tape.
 */
const MISSPOKE = /说错了|搞错了|弄错了|口误/;
const STUCK_IN_PAPERWORK =
  /(困|卡)在[^，。]{0,6}(审批|流程|手续|系统|程序|制度|循环|部门之间|报表|表格|作业|会议|考试|加班)|被[^，。]{0,2}(作业|工作|报表|考试|琐事)困住/;
/*
 * "被困在这个小区了 出门只有一个门", "公交太少": a place hard to get out of by its gates or its buses,
 * a complaint about access, not anyone shut in.
 */
const STUCK_BY_ACCESS =
  /被困在这个(小区|村|城市|地方|鬼地方)了?(?=[^。]{0,16}(出门|公交|打车|线路|侧门|绕|班车|地铁))/;
// A rumour the writer asks about ("群里说工地要塌，有没有这回事") describes no danger they see.
// "群里转的…是假的": a rumour is forwarded as often as it is told.
// "网上那个公交车冒烟的视频是外地的": a clip passed round online is a rumour too.
const RUMOUR =
  /(群|群里|网上|朋友圈|抖音|帖子|视频|微博|有人)[^，。]{0,4}(说|传|转)|听说|传言|谣言|据说|(网上|群里|朋友圈|抖音|快手)[^，。]{0,12}视频/;
// "大家别瞎传", "是三年前的旧新闻，大家别转了": the resident passes the rumour on to stop it.
// "我问了…根本没这回事", "哪有什么塌房子", "其实没有", "燃气公司说是外地的视频": the
// rumour checked and found false. Only the rumour's own sentence is dropped (see readLiveSentences);
// "根本没人管" is a complaint, not a denial.
const RUMOUR_DOUBTED =
  /有没有这回事|没有?这回事|是谣言|别(再)?(瞎|乱)?(传|转)了?|不要(再)?(瞎|乱)?(传|转)了?|旧新闻|谣言吗|是(真|假)的吗|是不是真的|是不是谣言|辟谣|真的假的|真假|辟个谣|是假的|哪有(什么|这回事|这事)|根本没(有)?(这事|事|人(?!管|理|来|修|接|问|处理))|其实(并)?没有(?![^，。]{0,2}人(管|理|来))|(是|都是)外地的|这种谣言|假消息/;
/*
 * In a hotline transcript the operator asks about dangers ("现在有人受伤吗？"); a question the caller
 * answers with no ("来电人：现在没有") asserts nothing.
 */
const OPERATOR_QUESTION = /(吗|么|吧|没有|是不是)\s*$|有没有[^，。]{0,12}$/;
// "现在水涨了没有": a yes-or-no question asserts nothing.
const YES_NO_QUESTION = /(了没有?|了吗|了么)$/;
const CALLER_DENIES = /^\s*(来电人|来电者|市民|居民)[：:]\s*(现在|目前|暂时|那倒|倒)?(还)?(没有|没|不是|不)/;

/**
 * The sentences of a (normalised) text with clauses about the past dropped and fears or precautions
 * cut at their marker: what is left describes the present. Each sentence is read on its own, so one
 * present danger in a long letter stands whatever the background around it says.
 */
export function liveSentences(simple: string): readonly string[] {
  // The rules, the model's features, the veto and the live-hazard check read one message's
  // sentences up to four times; each caller only reads the array.
  let out = recentLive.get(simple);
  if (out === undefined) recentLive.set(simple, (out = readLiveSentences(simple)));
  return out;
}

const recentLive = new RecentResults<readonly string[]>(RECENT);

function readLiveSentences(simple: string): string[] {
  const out: string[] = [];
  const told = simple.replace(GAS_MONEY, "□");
  const all = sentences(told);
  const doubted = RUMOUR_DOUBTED.test(simple);
  for (const [i, sentence] of all.entries()) {
    if (FICTION.test(sentence) || SCAM.test(sentence) || gameVenueOnly(sentence, told)) continue;
    if (ON_SCREEN.test(sentence) && !NOTICED_MEANWHILE.test(sentence)) continue;
    if (GAMING.test(sentence) && !UNRESPONSIVE.test(sentence)) {
      // "网吧后面的纸箱着了…里面还有很多人在打游戏": people still at their games beside a danger are the
      // ones at risk; only the clause of the game is dropped, and the rest of the sentence is read.
      // Not when the rest is about the game too ("还在玩游戏，说游戏里着火了").
      const kept =
        STILL_AT_GAME.test(sentence) || (GAME_INTERRUPTED.test(sentence) && !CAME_BACK.test(sentence))
          ? sentence
              .split(/[，,]/)
              .map(afterTheGame)
              .filter((c) => c)
              .join("，")
          : "";
      const rest = /游戏/.test(kept) ? "" : kept;
      const live = rest ? readClauses(rest) : "";
      if (live) out.push(live);
      continue;
    }
    if (doubted && RUMOUR.test(sentence)) {
      // Only the rumour and its denial are dropped; what the resident says after them in the
      // same sentence ("群里说的是外地的，我们这边刚才真的有人掉河里了") is read as before.
      const rest = afterRumour(sentence);
      const live = rest ? readClauses(rest) : "";
      if (live) out.push(live);
      continue;
    }
    if (OPERATOR_QUESTION.test(sentence) && CALLER_DENIES.test(all[i + 1] ?? "")) continue;
    if (TOLD_AS_OVER.test(sentence) && !STILL.test(sentence) && !STILL_GOING.test(sentence)) {
      // The story up to here is over.
      out.length = 0;
      continue;
    }
    const safe = MADE_SAFE.exec(sentence);
    if (
      safe &&
      !STILL.test(sentence) &&
      !askingBeforeDanger(sentence) &&
      !toldYouSo(told, sentence, safe) &&
      !worseAfterClose(sentence, safe)
    ) {
      // The story up to here is over, but for someone the sentence goes on to say does not respond.
      out.length = 0;
      const rest = stillUnresponsive(sentence, safe);
      if (rest) out.push(rest);
      continue;
    }
    const live = readClauses(sentence);
    if (live) out.push(live);
  }
  return out;
}

// The clauses of a sentence after the last one that passes on or doubts a rumour.
function afterRumour(sentence: string): string {
  const clauses = sentence.split(/[，,]/);
  let last = -1;
  clauses.forEach((c, i) => {
    if (RUMOUR.test(c) || RUMOUR_DOUBTED.test(c)) last = i;
  });
  return clauses.slice(last + 1).join("，");
}

/*
 * "就我醒过来了 其他几个叫不醒", "他现在不哭了就是一直睡叫也叫不醒": residents rarely end a sentence
 * where one person is safe; someone the rest of it says does not respond is a danger now, whoever
 * was fine before. Anything else said after the close ("刚才那个走失的单子可以撤了", "就是吓了一跳")
 * refers back to the story that is over.
 */
function stillUnresponsive(sentence: string, safe: RegExpExecArray): string {
  // A laugh or "just joking" takes back the whole sentence, not one person's danger.
  if (JOKE.test(safe[0])) return "";
  const rest = sentence.slice(safe.index + safe[0].length);
  const again = MADE_SAFE.exec(rest);
  if (again) return stillUnresponsive(rest, again);
  const gone = ONE_STILL_GONE.test(rest) && !GONE_EXPLAINED.test(rest) && WILD_PLACE.test(sentence);
  return UNRESPONSIVE.test(rest) || gone ? readClauses(rest.replace(/^[，,、\s]+/, "")) : "";
}
/*
 * "同学都回来了就他没回来": the others are back, one is not; the close is theirs, the absence his.
 * Only where the group went somewhere a person can be lost (water, a mountain, the ice); not one late
 * for a meal or kept at work ("就他没回来吃饭，说在加班").
 */
const WILD_PLACE = /水库|河|江|湖|海|游泳|水塘|池塘|鱼塘|冰面|山|野外|树林|林子|洞/;
const ONE_STILL_GONE =
  /^了?[，,、\s]*(就|只有|唯独|但是?|可是?|就是|除了)[^，。]{0,6}(没(有)?(回来|上来|出来|回家|找到)(了)?(?=[，,。.！!？?\s]|$)|不见了|找不到)/;
const GONE_EXPLAINED = /加班|有事|晚点|晚些|一会|待会|说(他|她)?(在|去|要)|在(路上|公司|单位|学校)/;

const JOKE = /哈哈|😂|🤣|玩笑|气话|说说|笑死/;

/*
 * "说是玩 然后就倒了 人抽了", "现在好了 电梯从五楼直接掉到一楼 …腿断了": the words of a close open the
 * sentence, and it goes on to a new danger. When the rest of the sentence turns (然后, 结果, 突然 …)
 * or the close is a bare "现在好了" — said bitterly, never to end a sentence that goes on to harm —
 * and the rules read a danger in that rest on its own, the sentence is the present, not a story
 * over. A retelling after the close ("火灭了，刚才烧得好大") has no turn, and a laugh takes it all back.
 */
const TURN_AFTER_CLOSE = /^[，,、\s]*(然后|接着|结果|突然|一下子|没过多久|没一会儿?|谁知道?|哪知道?|紧接着)/;
const BARE_NOW_FINE = /^(现在|目前)(都|已经)?好了$/;
/*
 * "原来是楼下在炒菜，油锅起火了，火好大", "原来是隔壁在吵架，现在打起来了，有人头破血流": a cause found
 * explains the smell or the noise that raised the alarm, not what the sentence goes on to report.
 * Smoke or a smell after it is the cause's own ("原来是楼下烧烤，烟好大", "一看是烤红薯摊，铁桶在冒烟");
 * a fire, a wound or a fight is new.
 */
const CAUSE_FOUND = /^(一看|原来|其实|结果)(就)?是|^(味|味道|味儿)是/;
function worseAfterClose(sentence: string, safe: RegExpExecArray): boolean {
  if (JOKE.test(sentence)) return false;
  const rest = sentence.slice(safe.index + safe[0].length);
  const causeFound = CAUSE_FOUND.test(safe[0]);
  if (!TURN_AFTER_CLOSE.test(rest) && !BARE_NOW_FINE.test(safe[0]) && !causeFound) return false;
  if (MADE_SAFE.test(rest)) return false;
  const after = detectUrgencyByRules(rest);
  return after.urgency === "emergency" && !(causeFound && /烟|味/.test(after.reason ?? ""));
}

/*
 * "我说了多少次了。现在好了，楼道纸箱子烧起来了", "你们不听 现在好了 水漫进平房": after a warning
 * nobody heeded, "now it's fine" is said bitterly, and what follows is the danger itself.
 */
const WARNED_BEFORE =
  /说了(多少|好几|几|很多|无数)(次|回|遍)|(你们|物业|社区|他们)(就是)?不(听|管)|早(就)?该/;
function toldYouSo(simple: string, sentence: string, safe: RegExpExecArray): boolean {
  if (!/^(现在|目前)(都|已经)?好了$/.test(safe[0])) return false;
  const at = simple.indexOf(sentence);
  return WARNED_BEFORE.test(simple.slice(0, Math.max(0, at)) + sentence.slice(0, safe.index));
}

/*
 * "昨晚上烧的炉子今早上都起不来": yesterday is the cause, and the clause turns to now before its
 * end. Residents rarely punctuate; from the word of now on, the clause is the present.
 */
// "昨天和今天都没接" is a span of days, not a turn to now.
const TURNS_TO_NOW = /(?<![和到至跟及、])(现在|此刻|今天|今早|今晚|今晨|今日|这会儿|眼下)/;
function fromNowOn(clause: string): string {
  const past = PAST_ANCHOR.exec(clause) ?? RECENT_PAST.exec(clause);
  if (!past) return clause;
  const after = clause.slice(past.index + past[0].length);
  const now = TURNS_TO_NOW.exec(after);
  return now ? after.slice(now.index) : clause;
}

// One sentence's present: its clauses about the past dropped, fears and conditions cut.
function readClauses(sentence: string): string {
  const said = sentence.replace(DENIED_HARM, "无恙").split(/[，,、 ]+/);
  /*
   * "昨晚离家出走 到现在联系不上": what goes on anywhere in the sentence keeps yesterday's clause;
   * "物业到现在也没个说法" is the complaint going on, not the danger.
   */
  const goesOn = said.some((c) => STILL_GOING.test(c) && !COMPLAINT_GOES_ON.test(c));
  const clauses = goesOn ? said : said.map(fromNowOn);
  let past = false;
  let habitual = false;
  const live = clauses
    .filter((clause) => {
      if (!clause || EVENT_KIND.test(clause) || YES_NO_QUESTION.test(clause)) return false;
      if (HABITUAL_OPEN.test(clause)) habitual = !GOING_ON_NOW.test(sentence);
      if ((habitual || HABITUAL.test(clause)) && !GOING_ON_NOW.test(sentence) && !GAS_ESCAPING.test(clause))
        return false;
      // "跟上次燃气公司检修时闻到的一个样": the past is the yardstick for what is sensed now.
      if (COMPARED_TO_PAST.test(clause)) return true;
      if (PAST_ANCHOR.test(clause) && !BACK_TO_NOW.test(clause)) past = !goesOn || LONG_AGO.test(clause);
      else if (BACK_TO_NOW.test(clause)) past = false;
      // "电梯困人的话应该打哪个电话": a condition asserts nothing.
      return (
        !past &&
        (!PAST.test(clause) || nearMissGoesOn(clause, clauses)) &&
        !/的话/.test(clause) &&
        (goesOn || !RECENT_PAST.test(clause))
      );
    })
    .map((clause) => {
      const m = HYPOTHETICAL.exec(clause);
      return m ? clause.slice(0, m.index) : clause;
    })
    .filter((clause) => clause)
    .join("，");
  return live;
}

/*
 * "不好意思，我就是问问，我被困在电梯里快一个钟了，现在有点喘不上来": an apologetic opener, not a
 * question taken back. "Just asking" closes a story told before it; told before a danger counted in
 * minutes or said to be now, it is politeness.
 */
const ASKING_ONLY = /(就|只)是(随便)?问问|随便问问|就是好奇|说正经的/;
const MOMENT_AFTER =
  /现在|正在|还在|此刻|刚刚|刚才|这会儿|(半|[一二三四五六七八九十两几\d]+)个?多?(分钟|小时|钟头|钟)了/;
function askingBeforeDanger(sentence: string): boolean {
  const m = ASKING_ONLY.exec(sentence);
  if (!m) return false;
  const before = sentence.slice(0, m.index);
  const after = sentence.slice(m.index + m[0].length);
  return !MADE_SAFE.test(before) && !MADE_SAFE.test(after) && MOMENT_AFTER.test(after);
}

/*
 * "瓷砖一片一片往下掉，刚才差点砸到人": a near miss is over when the danger is, but here it says who is
 * below a danger still going on, so the clause is kept.
 */
const NEAR_MISS = /差点|差一点|险些/g;
const HAZARD_GOES_ON =
  /一(片|块|根|个|层)(一|接一)(片|块|根|个|层)|还在|不停|一直|继续|接着|越来越|(又|还)(在)?(掉|落|塌|晃)|已经(掉|落|塌)[^，。]{0,3}(了)?(一|两|几|好几)(片|块|根|个)|(往下|在)(掉|落)/;
function nearMissGoesOn(clause: string, clauses: readonly string[]): boolean {
  return (
    !PAST.test(clause.replace(NEAR_MISS, "")) &&
    clauses.some((c) => c !== clause && HAZARD_GOES_ON.test(c) && !PAST.test(c))
  );
}

// A sentence keeps the subject with its predicate ("电线断了，掉在积水里"); a whole letter would not.
export function sentences(text: string): string[] {
  return text.split(/[。！？!?；;\n]+/).filter((s) => s.trim().length > 0);
}
