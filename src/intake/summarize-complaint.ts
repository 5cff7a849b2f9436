import { addressOnly } from "./address-only.js";
import { afterPostedNotice, formBody } from "./form-fields.js";
import { hanCount } from "./han-count.js";
import { withNoiseNamed } from "./noise-named.js";

/*
 * Punctuation, or a run of spaces between Chinese words (SMS and chat use them for commas). A space
 * next to a Latin letter only separates words of the same clause ("电梯又 down 了", "有个 manhole cover
 * 不见了"): split there, the English word is cut off the fault or the thing it names.
 */
const CLAUSE_BREAK = /[，,。；;！!？?、：:\n]+|(?<![A-Za-z])[^\S\n]+(?![A-Za-z])|\s*\n\s*/;
/*
 * Whole clauses of pleading or exasperation ("求求了，拜托了", "我真的服了", "气死我了") are also filler: they
 * say how the resident feels and crowd out the fault told after them.
 */
const FILLER =
  /^(求求(你们|您|你)?(了)?|拜托(你们|您|你)?(了)?|(我)?(真的|真是|实在是?|简直)?(服了|受不了了?|崩溃了?|气死(我)?了|气哭了|无语了?|(要|快)疯了)|您好|你好|哈喽|嗨|喂+|在吗|在不在|请讲|嗯+|啊+|呃+|对+|是的|好的|谢谢|麻烦了?|快点+|我想(反映|投诉|说)(一下|个事)?|我(要)?反映(一下|个事)?(情况)?|我(要)?投诉(一下)?|我有个事|有个事(情)?想?(反映|说)(一下)?|(来电人|市民|来电市民|群众)(来电)?(反映|称|表示|诉求)?|(市民|群众)来电|(我)?(想|要)?(跟|给|向)?(你们)?(反映|说|问)(一下|下)?(个|一个|点)?(事|事情|情况)(儿)?|(这|这里|你们这)?(是不是|是)(12345|热线)(吗|啊|吧)?|首先.{0,16}(感谢|谢谢).*|(我)?(想|要)?(咨询|举报)(一下|下)?|(能不能|可不可以|能否|请|麻烦|赶紧|快)?(你们|您)?(帮忙)?(给)?(管管|管一管|管一下|处理一下|处理处理))[啊呀吧吗]*$/;
const LEAD =
  /^(但是?|可是?|不过)?(问题|毛病)(就|主要)?(是|在于|出在)(?=[^，,]{4})|^(这次|这回)?(就是)?(我想|我要|想)?(反映|投诉|说(?![了过他她]))(?!的)(一下|个)?|^(我)?(想|要)?问(一下|下)|^(我)?(跟|和|给)(你|您)(们)?说(一下|下|个事)?|^(就是说?|那个|这个(?![月星礼季])|我们这个|我们那个|我们家的|我们的|我家的|我的|我们家|我们|我家|我|你好|您好|喂|嗯|啊|呃|另外|还有就是|还有(?![个一两几人股])|对了|主要是|而是|可是|但是|但|不过|而且|并且|然而|然后|结果|所以)+|^(昨天|今天|前天|刚才|刚刚|昨晚|今早|前几天|最近|这几天|这两天|上周(?!末|[一二三四五六日天](?![块个根张条位名辆只次处片]))|今天早上|昨天晚上|现在是|目前)+/;
/*
 * Someone close passing the report on ("我姐打电话跟我说", "邻居老李说，…", "孩子回来说食堂的饭是凉
 * 的"): who told the resident is no part of the problem, and the words it takes crowd the fault out
 * of 30 characters. A clause that says only that is dropped; at a clause's start it is stripped. Not
 * the parties of the matter ("物业说…", "店家说…"): what they say is a side remark (SIDE_CLAUSE).
 */
const RELAY_WHO =
  "(我|我们)?(家)?(的)?(老爸|老妈|爸爸|妈妈|爸|妈|父亲|母亲|爷爷|奶奶|姥姥|姥爷|外公|外婆|老伴|爱人|老公|媳妇|妻子|丈夫|儿子|女儿|孩子|闺女|姐姐|哥哥|弟弟|妹妹|表姐|表哥|表弟|表妹|姐|哥|弟|妹|姑姑|姨妈|舅舅|叔叔|婶婶|婆婆|公公|邻居|朋友|同事|同学|隔壁)[^，,。说讲]{0,4}?(打电话|回来|过来)?((跟|和|对|告诉)(我|我们))?(说|讲)";
const RELAY = new RegExp(`^${RELAY_WHO}(的)?$`);
const RELAY_LEAD = new RegExp(`^${RELAY_WHO}(?![是了过话])`);
/*
 * A vehicle or a thing left standing ("停了快两年了", "停那三年了", "扔在门口一个多月"): how long is the
 * fault (abandoned, not parked), so the span stays. Not a supply cut off (停电两天了).
 */
const LEFT_STANDING = /((?<![消暂])停(?![电水气运用摆暖业产课])|扔|搁|锁)[^，,]{0,10}$/;
// "这个月", "这个星期" say when, not "that one".
const INNER_FILLER = /那个|这个(?![月星礼季])|就是说/g;
const TRAILING_DURATION =
  /(已经)?(有)?(快|将近|差不多|大概|都|至少|足足|整整)?(好|这)?([0-9一二三四五六七八九十两]*几|[0-9一二三四五六七八九十两]+多?)(个)?(天|星期|礼拜|月|年|小时)(了|多了)?$|好久了$|很久了$|一直(这样)?$/;

/*
 * A caller's announcement of what kind of call this is ("你好我要反映个情况", "想给社区提个小建议",
 * "请问个事", "是那个热线吗", "同志你好"): nothing the unit can act on, whatever words surround it.
 */
const OPENING =
  /^((同志|师傅|老师|领导|大姐|大哥|阿姨|叔叔)?(你好|您好)|喂)*(((我)?(就|就是)?(想|要|是想)?(跟|给|向)?(你们|社区|政府|街道|领导)?(提|反映|说|问|请问|许|打听)(一|两)?(个|一个|下|一下|点|几个)?(小)?(事|事情|情况|建议|意见|愿望|心愿|问题)(儿)?)|(这|这里|你们这)?(是不是|是)(那个|这个)?(12345|热线|市民热线)(吗|啊|吧)?|(同志|师傅|老师|领导)?(你好|您好))[啊呀吧]*$/;

/*
 * A letter's or a chat's courtesy to the official it is addressed to ("刘主任", "尊敬的李书记", "各位好", "网格员小张你好",
 * "打扰了🙏", "冒昧打扰您", "麻烦你跟上面反映一下"): nothing the unit can act on.
 */
const COURTESY =
  /^(各位(领导|老师|邻居)?(好|你好|您好)?|(尊敬的)?.{0,4}(领导|书记|主任|局长|科长|处长|所长|站长|网格员|主席|区长|市长|镇长|村长|经理|社工)(小.)?(你好|您好|好)?|(冒昧)?打扰(了|您|一下|您了)?|(麻烦|劳驾|请)(你|您)(们)?(帮我|帮忙)?(跟|向|给)?(上面|领导|上级|社区|有关部门)?(反映|转达|说)(一下|下)?)[^\p{Script=Han}\p{L}\p{N}]*$/u;

/*
 * What someone else said or did about the problem ("物业说不归他们管", "打了好几次电话") is context for
 * the dispatcher, not the problem: a summary built on it sends the unit the wrong message.
 */
const SIDE_CLAUSE =
  /(说|讲|称|表示)(这|是|不(?![出清上定])|没|让|要|等|过)|说了(也|都|还|没|不|好|几|多|[0-9一二两三四五六七八九十]+次)|不归.{0,4}管|管不了|推来推去|踢皮球|打了.{0,8}电话|电话.{0,6}(没人接|打不通)|找过|找了.{0,6}(没用|不管|几次)|反映过|投诉过|都没用|也没用|没人理|不给(处理|解决|赔)|不赔|不管不问|(物业|店家|商家|店方|厂家|公司|老板|对方|房东|开发商|施工方|他们)(公司|经理|客服|负责人|工作人员|前台)?(也|就|都|均|又|一直|还|仅|只|只是|仅仅)?(说|称|表示|回复|答复|以.{0,24}为由)|协商.{0,6}(无果|未果|不成|拒绝|被拒|没(有)?结果)|(反映|询问|交涉|沟通).{0,2}未果|曾向.{0,8}(反映|投诉)|(已|已经|曾|多次|先后)(于)?.{0,10}向.{0,8}(反映|投诉|提出|报修|求助)|(再次|又一次|多次|先后)(找到?|联系|致电)(了)?(物业|社区|街道|开发商|施工方|对方|老板|房东)|指出过|报修过|报过(一|两|几|多|[0-9一二三四五六七八九十]+)次/;

/*
 * What became of an earlier report of the same problem ("上次反映的问题你们说已经办结了", "系统显示"处理中"",
 * "回访电话问我满不满意", "接线员把地址记成了…", "派单派错了", "两个礼拜了没一个人联系我"): the reason the
 * resident writes again, not the problem the unit is sent to. Told before the problem, it took the
 * summary's room; the problem is told after it, often announced again ("再说一遍：…").
 */
const HANDLED =
  /办结|回访(电话|时|的时候)|(系统|工单|单子|平台|网上)(里|上)?(还)?(显示|写着|是)|派单派错|派错(了|单)|记成了?|转交|处理中|没(有)?(一个)?人(联系|回复|回电|答复)(我|过)/;

/*
 * That nobody acts, or the question whether anyone will ("物业也不管", "已经三天了没人管", "你们管不管
 * 啊"), said after the problem: the reason to call the hotline, naming neither the object nor the
 * fault. Only the whole clause: "垃圾没人收" names both.
 */
/*
 * Why nobody looks after the place ("由于原物业公司撤场后无人接管", "小区由于没有物业", "物业撤场后"): the
 * background of the fault the next clauses tell ("路灯大部分不亮了"), not the fault to dispatch. Only
 * the management's absence: "因为井盖丢了，…" tells the fault itself.
 */
const UNMANAGED_CAUSE =
  /(由于|因为).{0,12}(物业|撤场|撤走|撤离|接管|改制|移交)|物业(公司)?.{0,3}(撤场|撤走|撤离)(后|以后|之后)/;
const NEGLECT =
  /^(但是?|可是?|然而)?(物业|社区|街道|城管|开发商|施工方|对方|他们|有关部门|相关部门)(公司)?(均|都|也)?(至今|到现在|一直|仍然?|始终|迟迟)(未|没有?|不)(安排|处理|解决|答复|回复|落实|维修|整改|施工|派人|来人|动工)[^，,]{0,6}$|^(物业|社区|街道|城管|交警|民警|警察|保安|工作人员|维修工|师傅|人)(也|都|还|一直|根本)?(没|不|没有)(来|到场|出现|来过|来修|来看)[了啊呀吗呢过]*$|(至今|到现在|一直)?未见(处理|回复|答复|解决|整改|落实)|^(至今|到现在|一直)(仍)?(没有|没|未|未有)(任何|什么)?(改进|改善|进展|变化|回复|答复|结果)[了啊呀]*$|^(已经|都|也|还|一直|根本|至今|到现在|好几天|[0-9一二三四五六七八九十两几]+(个)?(天|星期|礼拜|月|年)(了)?|物业|社区|街道|城管|部门|有关部门|相关部门|他们|你们|政府|领导)*((没(有)?人|不|没|管不)(管|理|问|过问|处理)(不管|管)?|不作为)[了啊呀吗呢]*$/;

/*
 * What the resident grants before the point ("噪音倒还好", "医生看病没问题", "跳舞挺好的", "白天我们管
 * 不着", "这个我们理解", "我不是投诉广场舞", "不求它关门"), and the part that works beside the one that
 * does not ("划线区是好的", "摄像头都在", "机动车道的灯都正常", "旁边的路灯倒是挺亮的", "垃圾桶挺干净的",
 * "我说的不是邻居吵架"; not "亮着": a lamp
 * lit by day is the complaint): said so the unit does not act on it, so such a clause is no part of
 * the problem, whatever words of the category it carries.
 */
const CONCEDED =
  /(倒是?|都|也)?(挺|很|还|蛮)(亮|干净|正常|新|宽|好用|准时|安静|及时)(的)?$|(倒|也|都)还好$|(也|都|倒)?没(什么|啥)(事|事儿)$|(倒是?|都)?没(什么|啥)?(问题|意见)$|(挺|很|都)好(的)?$|管不着|^(我|我们)?(也|都)?(能)?理解$|(我|我们)(也|都)?(能)?理解|(也|都)忍了|^(我|我们)?(不是|并不是|没)(要)?(投诉|反对|说)|^(我|我们)?(不|并不)(求|要求|是要|想要|图)|[^不没](是|都|也|倒)?(好好?的|正常(的)?|没事|通着)$|[^不没](都|也)在$|^(我|本人)?(说|讲|反映|要说|想说)的(并)?(不是|非)|^(问题|事情)(并)?(不是|非)/;

/*
 * The speaker takes back what they just said ("楼顶那个水箱……不，水箱没事，是女儿墙", "恒汇……不是，恒汇大
 * 厦是我上班的地方", "…哦发错了", "电梯，哦不是电梯，是扶手掉了", "不，说错了"): the clause broken off and
 * the words taking it back are no part of the problem; what follows is. RETRACTING is a clause that
 * only takes back the one before it, which is then void too.
 */
const RETRACTED =
  /(…|\.\.\.)+\s*(不是?|唔[系係]|哦|不对)$|(…|\.\.\.)+\s*(哦|噢)?(说错了|讲错了?|講錯了?|发错了|發錯了)/;
const RETRACTING =
  /^(哦|噢|呃|哎|不)?(那)?(我)?(说错了|讲错了?|講錯了?|发错了|發錯了|打错字?了|不对)$|^(哦|噢)不是.{0,6}$|^唔[系係]$/;

/*
 * Thanks, or a matter already put right ("谢谢上次帮我们修好了路灯", "上个月的暖气问题解决了", "施工围挡已
 * 经拆除"), told before the resident turns to a new problem ("不过…电梯又坏了", "但目前…", "现在是…"):
 * settled, so no part of what the unit is asked to do now. Praise with no such turn is the message.
 */
const SETTLED =
  /谢谢|感谢|感謝|多谢|多謝|(?<![没沒未不还])((已经?|都)(解决|修好|处理好|弄好|搞好|拆除|清走|清理干净)|(解决|修好|处理好|弄好|搞好|拆除|清走|清理干净)了(?![吗没不]))/;
const NEXT_MATTER = /^(不过|但是?|可是?|只是|现在|目前|这次|这回|但目前)/;

/*
 * The courtesies a resident wraps the report in ("实在不好意思这么晚还打扰大家", "我知道你们工作也很辛苦",
 * "平日甚少麻烦政府", "写得不好请见谅") and what they say of the writing itself ("冒昧
 * 来信", "今日提笔", "思来想去还是写几句"): nothing the unit is sent to, though "打扰" shares its 扰 with
 * 扰民 and the classifier reads 晚, 邻居 or 态度 in them. Such a clause is an aside when the message
 * states a fault elsewhere and its words, courtesy taken out, say nothing wrong. Not thanks or praise:
 * praise of a worker for what they did is the message (thanks before a new matter is SETTLED).
 */
const POLITE =
  /抱歉|不好意思|冒昧|见谅|介意|打扰(?!(我们|我|居民|大家|孩子|老人)?(的)?(休息|睡觉|生活|学习|正常))(了|您|你们|大家|一下|打扰)?|辛苦|辛劳|百忙|宝贵的?时间|不得已|(不想|不该|甚少|很少|又来|不愿)麻烦(你们|您|组织|政府|大家|各位|领导)?|麻烦(你们|您|组织|政府|各位|领导)|来信|提笔|写(了|几句|这些)|如实反映|相信组织|(都|很|非常|挺)?(说好|满意)|态度(特别|很|非常|挺)?好/g;

/*
 * Who the resident is ("我是残疾人", "本人属于低保户", "本人于今年三月购入…临街商铺一间", "现经营奶茶
 * 店") explains the request; the unit needs the request itself ("房租的滞纳金能不能免掉"), so such a
 * clause ranks with the side remarks.
 */
const SELF_DESCRIPTION =
  /^(我|我们|我家|本人|我们家)(是|系|属于|家是|本身是)|^(我|我们|本人)(于)?[^，,]{0,8}(购入|购买|买下|租下|承租|入住)[^，,]*(商铺|门面|店铺|房子|住房|房屋|一间|一套)|^(现|目前|现在)(经营|开着|开了)|^(其|我|本人|来电人)(本人)?(家)?(居住|住)(在|于)|^(我|我们|本人)?家(就)?在|^(其|我|本人|来电人)家住(?!的)/;

/*
 * Where the resident's child goes to school ("孩子在海边街小学就读"): who is writing, like SELF_DESCRIPTION,
 * once the place is known; without one, the school may be the only place the message names.
 */
const SCHOOL_CHILD =
  /^(我|我们|我家|本人|我们家)?(的)?(孩子|小孩|女儿|儿子|孙子|孙女|外孙|外孙女)(在|于)[^，,]{2,14}(就读|上学|读书|念书|读[一二三四五六七八九]年级|上[一二三四五六]年级)$/;

/*
 * A staff record opens with who called and what they did before the problem ("其于本月在某店购买手机",
 * "其为某公司员工"): background the unit reads in the description. Only without a problem word: "来电人在
 * 小区门口被狗咬伤" is the problem itself.
 */
const RECORD_BACKGROUND =
  /^(其|来电人)(本人|母亲|父亲|家人|孩子|子女|儿子|女儿|家)?(就读|工作|任职)?(系|为|是|于|在)/;

/*
 * What the resident asks an authority to do ("恳请领导责成施工方返修", "来电人要求退款", "请派人疏通")
 * closes most letters and staff records; the unit is asked to act on the fault the letter states
 * before it, so such a clause ranks below a clause that states the fault.
 */
const REQUEST =
  /^(来电人|家长|居民|业主|市民|群众|我们|大家)?(强烈)?(请求|要求|恳请|恳求|希望|请(?!问)|盼望|望)(.{0,8})(相关|有关|领导|社区|街道|政府|部门|交警|城管|派出所|学校|尽快|派人|出面|督办|督促|介入|调查|查处|处理|整改|调解|解决|核实|协调|依法|退款|赔偿)/;

/*
 * A request for help to a person ("希望社区帮助申请防走失手环", "联系志愿者上门陪聊") names what is
 * asked for, the problem of a wish; a request that an authority act on a fault does not.
 */
const ASSISTANCE = /帮助|帮忙|申请|上门|看望|照顾|陪|救助|志愿者|补贴|低保/;

/*
 * A clause that opens with an adverb, a modal or a bare verb ("又把人困在里面了", "每天晚上唱到凌晨",
 * "能不能在手机上交") leaves its subject in the clause before it ("电梯隔三岔五就停", "楼下新开了一家KTV",
 * "取暖费什么时候开始交"): a summary of it alone names no object the unit could act on. So does one that
 * opens with a time before its adverb ("周末早上七点就…") or with someone unnamed acting on the thing
 * ("有人天天喂" after "流浪猫越来越多"), with a part of it ("有一块已经掉下去" after "化粪池盖板裂开了", "有一处
 * 已能看见下方车流"), with "这回 / 这次" before its adverb ("这回被撞倒了一整排"), or with "一…就"
 * ("一扶就往外倒", "一刮风就冒火花"; not "一个月就…", a time), with how many of the things the fault
 * has ("好几个都没盖子了" after "这一排垃圾桶"), or with the fault's verb in a chat of single words ("铸铁
 * 井盖 碎成三块掉下去了", "有根大树杈子断了一半").
 */
const SUBJECTLESS =
  /^(他|她|它)(?![们家])|^有(一|两|几|[0-9]+)?(块|处|根|段|片|盏|条|扇|节|边|角)|^(其中)?(有)?(好几|好多|[0-9一二三四五六七八九十两几]+)(个|盏|台|根|块|处|张|扇)(都|全|已经|也|还|被|没|不)|^一(?![个天年月周次点晚夜])[\u4e00-\u9fff]{1,2}就|^(这回|这次)(又|也|还|就|都|被|全)|^已(?![有是在])|^(有一次|有一回|差点|差一点|险些)|^(每到|一到|每逢)?(周末|每周[一二三四五六日天]|礼拜[一二三四五六日天])?(早上|晚上|上午|下午|中午|夜里|半夜|凌晨|今早|今晚)?([0-9一二三四五六七八九十两]+点(多|半)?)?(能不能|可不可以|能否|可否|是否|能|可以|又|也|还|就|都|总是|经常|老是|一直|天天|每天|每晚|每到|一到|一下雨|隔三岔五|动不动|根本|完全|已经|早已|早就|到现在|有人|把|被|让|给|唱|吵|响|漏|堵|坏|锈|碎|裂|断|塌|掉|歪|破|停|不|没)/;

/*
 * "电话没人接" is a side remark about an office that does not answer, except when the person who does
 * not answer is the one the report is about (a missing or unreachable relative).
 */
const UNANSWERED = /电话.{0,8}(没人接|打不通|不接|关机)|打.{0,6}电话.{0,8}(没人接|打不通|不接|关机)/;

/*
 * What the fault might do or how it feels ("谁掉下去不得出人命啊", "掉下来就砸死人", "十分危险", "沿街住户
 * 苦不堪言", and the harm it has already done: "这周已经滑倒了三个人", "前天还有个老人摔了", "早上看到两个
 * 人滑倒", "下雨滑倒一个大姐"; not 夹: "旋转门转得那么快，夹了个老人" tells the fault by its harm): the
 * resident's reason to call, not what the unit is sent to fix. Such a clause leads only
 * when no clause states a fault, and the danger it tells is the danger of the fault before it.
 */
const CONSEQUENCE =
  /万一|随时(都)?(要|会|可能|有可能)|一旦|不堪设想|(真|就|生|最)怕|^快(要)?(倒|塌|掉|砸|断)(下来|下去)?了|要是.{0,12}(就|怎么办|咋办)|(咋|怎么)(跑|逃)(出去)?[啊呀呢]*$|不得(出|砸|摔|淹|烧|掉|伤)|迟早|早晚(得|会|要)|真.{1,8}(了|的话)(就|跑|可|不|得)|出了事|出事(了)?谁|差点|险些|出人命|(砸|摔|淹|烧|压|电)(死|着人|到人|伤人)|跑不出来|(十分|非常|很|太|特别|多)危险|吓人|害怕|很怕|担心|提心吊胆|不踏实|苦不堪言|受不了|气死|令人担忧|不堪其扰|(已经|都|还|又)(有)?(摔|滑倒|绊倒|伤|撞|砸)(了|过|伤|倒)?.{0,2}[0-9一二三四五六七八九十两几好]+(个|位|名|回|次)|(已经|前天|昨天|上周|前几天|还|又)有(个)?(人|老人|孩子|小孩).{0,8}(摔|滑倒|绊倒|受伤|撞|砸|掉(进|下))|(已|曾)有(个|[0-9一二三四五六七八九十两几好多]+(个|位|名))?[^，,]{0,10}(摔倒|摔伤|滑倒|绊倒|受伤)|[0-9一二三四五六七八九十两几好]+(个|位|名)(人|老人|孩子|小孩|大姐|大爷|阿姨|老太太)(滑倒|摔|绊倒|受伤)|(滑倒|摔倒|绊倒|砸|烫|撞)(伤|了|过)?(一个|一位|个|好几个|[0-9一二三四五六七八九十两几好]+个)(人|老人|孩子|小孩|大姐|大爷|阿姨|老太太)/;

/*
 * What the fault does to the people it reaches, told with them as the subject ("孩子滑倒两个", "十八楼
 * 的老太太三天没下楼", "几十个人的快递锁在里面取不出来", "业主车辆经常无法识别"): the reason to call, like a
 * consequence; the fault the unit is sent to is told of the thing.
 */
const AFFECTED =
  /^(前天|昨天|今天|今早|昨晚|前天晚上|昨天晚上|晚上|早上|白天|夜里|平时|每天|天天|(放学|上学|上下学)(的)?(时候|时))?(我们|咱们|我)?([^，,]{0,6}的)?(孩子|小孩|学生|老人|老太太|老头|老大爷|老爷子|老奶奶|大爷|大妈|爱人|老伴|居民|业主|住户|大家|人们|行人|路人|车主|谁都|([0-9一二三四五六七八九十几]+|好多|好几|很多|不少)(个|位|名)?(人|户))(?![在从今去])/;

/*
 * What the fault does to the residents' daily round, told without naming them ("晚上下楼倒垃圾都要摸黑",
 * "进出都得绕路"): like AFFECTED, the reason to call, after a clause that tells the fault.
 */
const EVERYDAY =
  /^(晚上|夜里|早上|白天|平时|每天|天天)?(我们|大家|居民)?(下楼|上楼|上下楼|回家|出门|进出|出入|走路)[^，,]{0,6}(都|只能|还得|得)/;

/*
 * What someone found or was told about the thing ("验了说是镀金的", "接种点说没有苗了"): a side remark
 * by its words, but after a setting that says nothing wrong it is where the fault is told. Attempts
 * to get it handled ("协商过几次没结果", "打了三次电话") are not.
 */
const REPORTED = /说(是|要|没|这|不)/;

/**
 * Words that say something is wrong (or asked, or proposed): the clause that names the problem has one.
 * Besides broken things: a person's conduct (态度差, 吼, 推了), a degree beyond the bearable (特别快,
 * 太贵), what is still not done (没到账, 迟迟, 还没办), noise (叫, 喊), animals kept (养了一只大鹅), what
 * is wrong (标错, 配错了; not 不错), shakes or fumes (震, 熏, 呛), fails (失灵, 不准, 不转) or closed down (跑路),
 * what sticks up (翘起来; not 翘首), a cover missing (没盖子),
 * and a thing that cannot do its job, said with a verb's negative complement (抬不起来, 锁不上, 看不见);
 * rust (锈死了, 生锈), graffiti (涂鸦, 写满; not 糊涂), an engine left running (不熄火), a lamp that flickers
 * (黄灯闪, 一闪一闪; not 闪电), moved off its spot (被…挪到, 被…拔起), gone (靠背不见了), sunk or standing proud (比地面低了五公分), heaved up by
 * roots (拱起) or sawn off (锯掉), or is out (灯全灭了; not 灭火器), a door kept locked (锁着, 长期锁门), a lift that stops at will (必停, 老停), a green light too short
 * ("绿灯只有十秒"), and how few of them still work ("十一盏只有两盏是亮的", "仅有三盏可正常照明").
 */
// Ice and slipperiness are winter's faults ("路面结冰了，好滑", "冻成了溜冰场", "房檐挂着冰溜子").
const PROBLEM =
  /坏|比[^，,]{1,6}(低|高)(了|出)|被[^，,]{0,6}(挪|搬|移|拔|拆)(到|走|掉|开|起)|(?<![看听瞧])不见(了|踪影)|拱(起|坏|裂)|锯(掉|断)|结冰|冰溜子|冰凌|冰柱|冻成|冰场|等不(来|到|着)|挪(走|掉)|(站|站点|站牌)(被)?(撤|拆)|(全|都)死(了|光)|死光|枯死|枯萎|光秃秃|(没|不|未)开门|(?<!天还?)没亮|打滑|路滑|(好|很|真|贼|挺)滑|锈|(?<![消])灭(?![火蚊鼠蟑])|锁(着|门|死)|涂鸦|(乱|被)涂|(写|喷|涂)满|不熄火|(?<![闪])闪(?![电])|(必|老|总|常|经常|动不动就?)停|(只有|只|才|仅)(有)?[0-9一二两三四五六七八九十几]+秒|(只有|仅有|仅|就|才)[0-9一二两三四五六七八九十几]+(盏|个|台|部|根|处|只)?(是|还)?(亮|好|能用|正常|可(以)?(正常)?(照明|使用|用))|不亮|不热|不通|不出水|堵|漏|渗|破|碎|裂|塌|陷|砸|掉|脱落|没了|积水|淹|臭|味|吵|噪|响|闹|占|挡|堆|乱|脏|没人(清|管|收|修|扫|处理)|不(清|收|修|管|处理)|停(水|电|气|暖|了|运|用)|欠.{0,10}(工资|工钱|钱|款)|没(有)?(水|热水|电|气|暖|信号|网|盖|路灯)|拖欠|欠薪|不发|收费|违(章|建|规|法)|私自|私搭|乱搭|乱建|偷|骗|扰|油烟|烟|施工|挖|损|缺|丢|坑|歪|倒|断|冒|溢|超|过期|不合格|不达标|危险|隐患|困难|请问|咨询|建议|希望|能不能|可不可以|怎么|红绿灯|信号灯|撞|没有|不能|无法|太(大|多|高|吵|脏|臭|慢)|凉|冷|找不着|找不到|走失|受伤|流血|困|着火|漏气|半夜|深夜|凌晨|返|污水|脏水|粪|鸽|噪音|油烟|瘫|残疾|独居|生病|需要|申请|帮忙|想要|限电|跳闸|打桩|工地|装修|广场舞|音响|态度.{0,3}(差|恶劣|不好|蛮横)|骂|吼|打人|动手|推了|拦|刁难|(太|特别|非常|过于|老是)(快|贵|差|滑|亮|刺眼|黑|暗|窄|挤|难|久|晚|早|响|少)|聚集|群租|没(开|办)成|(没|未)(能)?解决|(不|没)(给)?(开|办)(这个|那个|证明|手续)|显示异常|来回跑|跑了.{0,4}趟|推诿|踢皮球|推来推去|拒绝|被拒|不予|办不了|(照明|亮度|光线|水压|温度|供暖|暖气|车位|座位)不足|(没|未)到账|(没|未)(有)?(发放|发过|批下来|答复|回复|音讯|下文)|未获(答复|回复|批准|通知)|被拆|拆(了|掉)|飞快|迟迟|至今(没|未|仍)|还没(有)?(到|下来|出|办|修|退|回|给)|不退|不给|拖着|叫(?!什么|做|作)|喊|养(了)?.{0,4}(鸡|鸭|鹅|狗|鸽|猫)|咬|(没|不)拴|(?<![不没])错(?!过)|震|熏|呛|失灵|失败|不准|跑路|关门|拉肚子|吞(钱|卡|币|硬币)|不出货|(早就|早|已经|全|都)挂了|(岗亭|值班室|门卫室)里睡觉|(上班|值班|上岗)(时间|时候)?(在)?睡觉|睡岗|弹开|夹(人|伤|到|了)|翘(?!首)|不转|长期停放|停(放|靠)?(了|在|那|这)?[^，,]{0,10}?(至少|快|将近|已经|已|有|都)?[0-9一二两三四五六七八九十半几]+(多)?(个)?(多)?(年|月|礼拜|星期)|僵尸车|废弃|闲置|(无|没有?)(号牌|牌照|车牌)|瘪|蜇|蛰|死(了)?的?(猫|狗|犬|鸡|鸭|鹅|鱼|老鼠|鼠|鸟|羊|猪|鸽)|尸体|追(着|人|咬|车)|扑(人|过来|上来)|马蜂窝|蜂窝|蜂巢|(疯|乱)长|长疯|(未|没|没有|不)修剪|枯(了|树)|柳絮|繁殖|丛生|过量|泛滥|锁在(?!外|门外|家|屋|里)|围着(人|车|我|孩子|小孩|老人)|(长|伸)(到|进)(了)?[^，,]{0,6}(路|道|中间|窗|屋|家|墙|电线|楼)|[看打关锁鎖开抬点冲沖下进走用推拉拔刷转修退取停拿洗烧爬挤联系浇]不(了(?!解)|开|动|起来|着(?!急)|上|进|见|出(来|去)|下(来|去))/;

/*
 * A question or a wish ("能不能去窗口办", "这水能喝吗") is not the fault a message opens with: the
 * fault it asks about is.
 */
const ASKING = /请问|咨询|建议|希望|能不能|可不可以|能否|可否|怎么|需要|申请|帮忙|想要|吗|呢/;

/*
 * The proposal or question of a suggestion or a consultation ("建议在巷口装个凸面镜吧", "请问公交卡的学生
 * 优惠怎么办", "可以申请助学贷款吗"): what the unit is asked to answer; the reasons that follow ("那是个
 * 直角弯，两边都看不见") are not.
 */
const ASK_CLAUSE =
  /^(我)?(想|就想)?(建议|提议|请问|问一下|问下|想问|咨询|能不能|可不可以|可否|能否|是否可以)|[吗呢]$|怎么(办|交|弄|申请|处理|收费)/;

/*
 * Where a message turns to another matter ("这个找谁——算了先不说了，刚下楼看见…", "哎等一下，电梯里有人
 * 在喊", "另外…"): a danger told after it is its own, never the danger of the complaint before it.
 */
const TURN = /算了|(先|就)?不说了|等一下|等等|另外|对了|还有(一|个)|顺便/;

/*
 * A fault the resident denies ("不是电梯坏了，是物业把电梯停了", "不是不亮，是白天也亮着") is not the
 * message's statement of its problem: what follows is.
 */
const DENIED = /^(并)?不是/;

/** The way the resident was going ("从文庙正门往庙前街方向走", "下雨天在柳巷路上走"): where, not what. */
const ROUTE = /往.{1,10}(方向)?走|在.{1,10}[上里]走|路过|经过|从.{1,10}(右转|左转|拐|掉头)/;

/** Where someone lives, told as the setting ("她一个人在文庙巷住", "住在西盛家园"). */
const LIVES = /住$|住在|居住/;

/** A sum of money told as a clause of its own ("办了年卡，3980，…"). */
const AMOUNT = /^[0-9]+(\.[0-9]+)?(元|块|块钱)?$/;

/** What a resident applied for or paid, as told before what became of it. */
const APPLIED = /(?<!不能|无法|没法|不让|不给)申请(了)?/g;

/** Words operators file a fault in that residents seldom use ("卷帘门故障", "支架锈蚀有坠落风险"). */
const FILED_FAULT = /故障|松动|坠落|锈蚀|垂落|下垂/;
/** A detail the operator checks ("就是只有车厢是吧？"), not the appeal restated. */
const DETAIL_ONLY = /^(就是|也就是|只有|光有|只是)/;
/** A risk said without what carries it ("有倒下的危险", "有倒伏风险"). */
const RISK_ONLY = /^(有|存在)[^，,]{0,6}(危险|风险|隐患)$/;

/** Where the resident got on or off ("车是从路西小区那站上的", "我在西盛花园站下的车"): only where. */
const BOARDED = /^(车|我)?(是)?(从|在)[^，,]{2,12}(站|那站|那一站|站台)(上|下)(的|车|的车)?$/;
/** A bus route by its number ("27路", "101路公交"); not a crossing ("3路口"). */
const BUS_ROUTE = /(?<![0-9])[0-9]{1,3}路(?!口)/;
/** What used to be, told before what became of it (see `nowAt`). */
// Not "根本来不及", "跨过去", "过去30天".
const FORMER =
  /以前|原来|原先|原本|(?<![跨走开冲跑爬跳飞绕扔拿送递看回])过去(?![0-9一二三四五六七八九十几两的了])|从前|早先|(?<!根)本来|原(有|设|是)/;
/** What a question whether someone should see to the thing wraps it in (see `askedAt`). */
const ASK_OPENING = /^(请问|想问|问)(一下|下|问)?|^(我)?想问(一下|下|问)?/;
const SEE_TO =
  /^(?<before>[^，,]*?)(是不是|是否)(该|应该|应当|需要|得)(有人|派人)?(来)?(管管|管一管|管一下|处理一下|处理处理|修一下|修修|修理一下|清理一下|清一清|整治一下|整治整治|剪一剪|修剪一下)?(?<after>[^，,]*?)(了)?$/;
/** A clause that only says the resident looked or found out; what they found is in the next one. */
const DISCOVERY =
  /^[^，,]{0,6}(才|这才|结果|后来|回来|进去|上去|仔细)(一)?(发现|看)(了)?$|^[^，,]{0,4}(回头|上去|下去|进去|出去|过去|出门|仔细|抬头|低头|打开)?一看$/;
/** What the resident did to find a cause out, before "原来是…" tells it ("查了一下，原来是…"). */
const FOUND_OUT = /查|发现|一看|看了|才知道|才明白|打听|问了|问过|检修|师傅说/;
/** What a change took away or turned into ("取消了", "改成人脸识别了", "不让摆了", "没人了"). */
const CHANGE =
  /取消|改(成|为|走|线|道)|变成|不让|不再|没(有)?人了|(不|没)(停|开)了|撤(了|掉|销)|没(有)?了|拆(了|掉|除)/;
/** When the change came, opening the clause that tells it ("这个月开始…", "改造后…", "换了新物业以后…"). */
const CHANGED =
  /^(但是?|可是?|不过|结果)?(现在|如今|目前|后来|这个月|这学期|这周|今年|去年|前年|上个月|上月|本月|近期|最近|年初|[^，,]{1,8}(后|以后|之后|开始|起))/;
/** Where a letter's account of what was done turns to the problem as it stands. */
const NOW = /现在|如今|目前|直到今天|至今|到今天|眼下|^然而/;
/*
 * Where a message says its point is coming after what it tells of the writer or of the past ("这回要说
 * 的是小区门口那根路灯杆", "我想反映的是…", "今天写这个，是因为…", "别的都能忍，就一件事：…", "唯一烦心的，是…",
 * "本来一切都还行，直到上个月…", "上次的事处理好了，这回是…"): the problem is the clause it opens, or the
 * next one when it stands alone. POINT_LEAD is what the summary need not repeat of it.
 */
const POINT =
  /(要说|想说|想反映|要反映|主要反映|主要说)的(具体)?(问题|事情|事)?(就|只|仅仅?)?是|^(具体)?(问题|情况|事情)(如下|是这样的?)$|^(现在|目前|如今)(的|最大的|主要的)?(问题|情况)(就)?是|最(急迫|紧急|要紧|严重|危险|要命|糟糕|头疼|急)的(一件事|一个问题|事情|事)$|^(我)?(再|重新)(说|讲|描述|反映)(一遍|一次|一下)(问题)?(吧)?$|^(问题|情况)$|最(急迫|紧急|要紧|严重|危险|要命|糟糕|头疼|急)的(就)?是|^(这回|这次)(是|要说)|^是(因为|想反映|要反映)|^(就|只有)一件事$|^唯一.{0,6}的$|^(之所以|今天|这次)?(写信|来信|写这(个|封信))(也)?(是因为|是想|是|想|主要)?(反映|说)?(一(个|件))?(具体|主要)?(的)?(需求|问题|事情|事|情况)?$|^直到(上|前|去|这)/;
const POINT_LEAD =
  /^(不过|但是?|可是?)?(我)?(这回|这次)?(写信)?(所)?(要说|想说|想反映|要反映|主要反映|主要说|说|反映|讲)的(具体)?(问题|事情|事)?(就|只|仅仅?)?是|^(现在|目前|如今)(的|最大的|主要的)?(问题|情况)(就)?是|^(其中)?(最)?(急迫|紧急|要紧|严重|危险|要命|糟糕|头疼|急)的(就)?是|^是(因为|想反映|要反映)|^直到/;
/*
 * Where a resident, after the background they felt they had to tell, turns to the point in a clause
 * of its own ("说了这么多，就是想反映：…", "说回正事：…", "我就直说吧，…", "这些我都忍了，今天实在忍不了
 * 的是：…", "这个先不提，现在是…", "今天想反映的不是改造，是…"): what follows is the problem, what came
 * before is the story.
 */
const PIVOT =
  /^(但是?|不过|可是?|今天|我|然后|再)*((说|讲|反映)(个|一个|一件|点)?(别的|另外的?|其他的?)(事|事情|问题)(儿)?|(这次|这回)(还是|又是)(那个|那件|上次的?)(事|事情|问题)|说了这么多|啰嗦了?这么多|扯远了|言归正传|说回正事|说正事|(我)?(就)?直说(了|吧)|(这些|这个|那些|别的|其他的?)(事)?(我)?(都|就|也)?(先)?不(提|说)了?|(实在|最)?(忍不了|受不了|看不下去)的(就)?是|有(一)?(件|个)事(情)?(?![故务件实])[^，,]{0,10}|(就是|就|是|今天是|不得不|只好|只能|主要)?((向|跟|给)(您|你们|你))?(想|要)?(说|反映|讲)(一下)?(的是)?|.{0,4}(想|要)?(反映|说)的(并)?不是.{1,8}|(这次|这回|现在|如今)(我们)?(是)?(实在|真的)?(是)?(没(有)?办法了|受不了了?|忍不了了?|忍无可忍(了)?)|(这次|这回|现在)(的)?情况(比较|更|更加|非常|十分|特别|很)?(严重|紧急|危急|糟糕)(了)?|(现在|目前)?(最大的|主要的)?问题(其实|倒)?(并)?不是.{1,8}|(是因为)?(现在|最近|如今)?(又)?出现了(一个)?(更加?|新的)?(严重|大)?的?(问题|情况))$/;
/*
 * A letter's announcement of its topic without its fault ("想反映柳巷路上公交车站的问题"): the thing the
 * fault told next is of, and the next clauses name it again with the fault: an announcement like "想反映
 * 的是"; one that names the fault ("想反映楼顶漏水的问题") is the fault itself.
 */
// Also a web letter's opening line that names its topic ("反映海西苑小区消防通道问题：…", "投诉…自助报到机问题").
const TOPIC = /^(我)?(?:(?:想|要)反映(一下)?|(反映|投诉|举报))([^，,]{2,20}?)(的)?问题$/;
const topicOnly = (clause: string): boolean => {
  const topic = TOPIC.exec(clause);
  return !!topic && !PROBLEM.test(topic[4]!.replace(BRACKETED, ""));
};
/** A clause that only announces the point ("就一件事", "今天写这个"): no part of the problem. */
const pointOnly = (clause: string): boolean =>
  PIVOT.test(clause) ||
  topicOnly(clause) ||
  (POINT.test(clause) && hanCount(clause.replace(POINT_LEAD, "").replace(POINT, "")) < 4);
/** A line's opening copula, not "是不是", "是否", "是谁", "是个…". */
const OPENING_IS = /^(而)?是(?![不否谁个])(?=\S{4})/;
/** Sentences from which a message is a letter with a history rather than a report. */
const LETTER_SENTENCES = 4;

/** A short aside in brackets, full-width or not. */
const BRACKETED = /（[^（）]{1,20}）|\([^()]{1,20}\)/g;

/*
 * An aside in brackets with clauses of its own ("（受理编号：2024…）", "（店名：简衣坊）", "（之前有人反映过
 * 广场舞，那个已经好了）", "（另：我家猫走丢了，…此条非诉求。）"): split at its commas it gave clauses
 * that start or end inside the brackets, and it is never the problem.
 */
const BRACKETED_CLAUSES = /（[^（）]{1,32}）|\([^()]{1,32}\)/g;
const INNER_BREAK = /[，,：:；;。！!？?]/;

/*
 * A label that says the next words are the address ("地址：双塔小区5号楼楼顶", "位置：…") closes many chat
 * and SMS reports: the label and what it labels only say where, which the summary names in front.
 */
const ADDRESS_LABEL = /^(反映|具体|详细|所在)?(地址|位置|地点)$/;
/*
 * The address an app gave a courier or a driver, quoted ("导航定位“西盛家园-东门(快递柜旁)”", "美团地址写的是
 * “海西苑南区11栋”"): where, like an address label, however many words the quote holds.
 */
const APP_ADDRESS =
  /^[^，,“”"]{0,8}(导航|定位|地址|位置|收货地址|订单地址)[^，,“”"]{0,6}[“"「][^”"」]{2,24}[”"」]$/;
const BRACKETED_ADDRESS = /^(\s*)【((?:反映|具体|详细|所在)?(?:地址|位置|地点))】/;
/*
 * A web form's or a letter's labels ("主题：西盛花园儿童游乐区地垫破损", "内容：…"): the label is no part of
 * the problem, and the subject line after "主题" is the writer's own title of it.
 */
const FORM_LABEL = /^(主题|标题|事由|内容|正文|诉求内容|反映内容)$/;
const TITLE_LABEL = /^(主题|标题|事由)$/;
/*
 * A letter's own title ("关于机具厂家属院屋顶违建的反映", "关于海边街夜市占道的问题"): when it names a
 * fault it is the writer's summary of the letter; "关于" and "…的反映" are no part of it, nor a request's
 * "…的意见建议", "…的求助", "…之反映" (a letter in the older style).
 */
const TITLE_KIND =
  "(再次|情况)?(反映|投诉|举报|说明|情况说明|补充说明|问题|意见建议|意见|建议|报告|求助|咨询与诉求|诉求|请求)";
const LETTER_TITLE = new RegExp(`^关于(.{4,24}?)(问题)?[的之]${TITLE_KIND}$`);
const TITLE_WRAP = new RegExp(`^关于(.{2,24}?)(问题)?[的之]${TITLE_KIND}(?=$|[，,])|^关于`);
/** A letter's sign-off ("此致", "敬礼", the signature after them) is no part of its problem. */
const SIGN_OFF = /^此致/;

/** A sub-district and / or community named right before a place: "骑马山街道西盛社区". */
const ADMIN_CHAIN = /^(?:(?![我们是的在住于置址点了到从及和与])[\u4e00-\u9fff]{2,3}(?:街道|社区))+$/;

/*
 * How many, how far or when, told between the thing and its fault ("一溜的路灯，从2号楼到9号楼，一共十一
 * 盏，只有两盏是亮的", "电梯 每天早上七点到八点 必停", "石凳，十几个，被人拿红漆写满了"): the extent of the
 * problem for the unit's description, but it took the summary's room and pushed the fault out of the
 * window. Only a clause that says nothing else: a count, a span "从…到…", a time of day.
 */
const COUNT = "[0-9一二三四五六七八九十两几百]+(多|来)?";
const EXTENT = new RegExp(
  [
    // "现在有六七只" after "那群流浪狗又多了": how many, before what they do.
    `^(现在|目前|已经)?(一共|总共|共计|共|大概|大约|约|差不多)?(有)?${COUNT}(个|盏|台|根|处|块|张|家|辆|棵|条|座|扇|户|间|部|米|公里|只|头|群|窝)(路口)?(左右)?$`,
    "^从[^，,从到至]{1,10}(到|至)[^，,从到至]{1,10}$",
    // Which of a row ("从门口数第二根和第三根", "第三盏").
    `^(从[^，,从到至数]{1,8}数(起)?)?(的)?第${COUNT}(个|盏|台|根|处|块|棵|座|扇|间|部)?((和|跟|与|、|到)第?${COUNT}(个|盏|台|根|处|块|棵|座|扇|间|部))?$`,
    `^(每天|天天|每晚|平时|工作日)?(早上|晚上|上午|下午|中午|夜里|半夜|凌晨)?(${COUNT}点(多|半)?((到|至)${COUNT}点(多|半)?)?)?((上学|放学|上班|下班|高峰)(的)?(时候|时))?$`,
  ].join("|"),
);

/** An adverb said alone, stuttered in a chat of single words ("井盖 又 又 又 没了🙄"). */
/** A clause that only says again what the one before named ("也就是西盛花园北门那排门面"). */
const RESTATED = /^(也就是|也即|即)(?!使|便)/;
const STUTTER = /^(又|也|还|就|都|再)$/;
/** A list's number ("1.早上放出来是黄的 2.有股霉味", "（3）"): no word of the item. */
const LIST_NUMBER = /^([（(][0-9一二三四五六七八九十]{1,2}[）)]|[0-9]{1,2}[.．、)）](?![0-9]))\s*/;

const LEADING_SYMBOLS = /^[^\p{Script=Han}\p{L}\p{N}]+/u;

export interface SummaryInput {
  /** The resident's facts, normalised. */
  facts: string;
  /** Canonical place name and what the resident actually wrote, when resolved. */
  place: { name: string; surface: string } | null;
  /** How strongly a clause speaks for the chosen category (higher is better). */
  score: (clause: string) => number;
  /**
   * For an emergency, how plainly a clause tells the danger the detector found (0: not at all; more
   * is plainer): the unit and the duty officer must read the gas smell, not the parking complaint
   * the message opened with.
   */
  danger?: ((clause: string) => number) | null;
  /**
   * For someone missing, whether a clause names the person. A chosen clause that says only that
   * they are gone ("到现在还没回来") takes the nearest clause before it that says who ("我爸有老年痴呆").
   */
  subject?: ((clause: string) => boolean) | null;
  /**
   * A hotline operator's restatement of the appeal ("好的，桃南二区11号楼暖气不热"): the summary when
   * the call tells no danger (a danger's summary is the caller's clause that tells it).
   */
  recap?: string | null;
  /** The message is a consultation or a suggestion: its question or proposal is the problem. */
  asks?: boolean;
  /**
   * The text without the district's place names: a clause that only says where ("西盛花园", "三号楼",
   * a caller's answer to "在哪里") is no part of the problem, and the summary names the place itself.
   */
  placeless?: ((text: string) => string) | null;
  /**
   * A hotline caller's answers to the operator's "where?" (see `placeAnswers`): once the caller has
   * stated the problem, their clauses are asides like a clause that only says where.
   */
  answers?: readonly string[] | null;
  /**
   * The thing a hotline caller named alone before its fault ("路灯。" … "白天亮，晚上黑。", see
   * `callerThing`): a summary that does not name it gets it after the place.
   */
  thing?: string | null;
}

/** Clauses a summary may join: object, fault and one more ("路灯，黑了半个月了，晚上看不见"). */
const WINDOW = 3;
/*
 * Weight of a problem word against the category evidence of the words themselves: the clause that
 * names the object the unit handles ("7号楼那个路灯") outranks a consequence with a problem word in
 * it ("晚上下楼倒垃圾都看不见") unless its evidence is much weaker. Chosen on summary-fresh2.
 */
const PROBLEM_WEIGHT = 4;
/**
 * What a request costs a candidate: the fault it asks about wins unless the request's own evidence is
 * much stronger (a question or a proposal has no other clause). 4 and 8 tried on summary-fresh2.
 */
const REQUEST_WEIGHT = 8;
/**
 * What holding the message's own statement of its problem (see `anchor`) adds to a candidate. 8 and
 * 16 tried on summary-fresh3 and summary-fresh2 (equal on fresh2, 8 one better on fresh3).
 */
const ANCHOR_WEIGHT = 8;
/**
 * Or this share of the window's own evidence, when more: the category's words in a window run from
 * about -20 to 70, so a fixed 8 decides little next to an effect that scores 40 more. 0.2, 0.3 and
 * 0.45 tried on summary-fresh1 to fresh4; from 0.3 fresh1 and fresh4 lose while fresh2 gains.
 */
const ANCHOR_SHARE = 0.2;

/**
 * A dispatcher-ready line of at most `max` characters naming what is wrong and where, e.g.
 * "西盛家园暖气不热". The clauses chosen (one, or up to WINDOW neighbours that fit) are those that tell the
 * danger, if any, are not a side remark about who refused what, and speak most for the category,
 * a problem word counting for them.
 */
export function summarizeComplaint(given: SummaryInput, max = 30): string {
  // A report filled in as a form is read from its title and description (see `formBody`), a
  // message that copies a notice from the words after it (see `afterPostedNotice`).
  const form = formBody(given.facts);
  const own = form ? null : afterPostedNotice(given.facts);
  // "【位置】恒汇大厦(滨河商业街店)" opens a chat report as "位置：…" does: it only says where.
  const read = (form ?? own ?? given.facts).replace(BRACKETED_ADDRESS, "$1$2：");
  const input = read !== given.facts ? { ...given, facts: read } : given;
  // Each clause is stripped for every window it joins and every test of it: once per message does.
  const stripped = new Map<string, string>();
  /*
   * An aside in brackets that names no place of the district ("（就是那种抓拍的摄像头）", "（一楼商户装
   * 的）") takes the room of the fault after it: the line leaves it out, while the clause keeps it for
   * weighing ("雨水箅子（雨水口）" names the thing twice). A bracketed place ("西花（西盛花园）") stays.
   */
  const placeless = input.placeless;
  const unbracket = (text: string): string =>
    placeless ? text.replace(BRACKETED, (aside) => (placeless(aside) === aside ? "" : aside)) : text;
  const strip = (text: string): string => {
    let line = stripped.get(text);
    if (line === undefined) stripped.set(text, (line = stripText(unbracket(text))));
    return line;
  };
  const facts = placeless
    ? input.facts.replace(BRACKETED_CLAUSES, (aside) =>
        INNER_BREAK.test(aside) && placeless(aside) === aside ? "" : aside,
      )
    : input.facts;
  /*
   * The sub-district and community written before the place itself ("骑马山街道西盛社区西盛花园15栋…",
   * "骑马山街道西山路与路西一巷交叉口…"): the place says where, the chain before it takes the room of the
   * fault.
   */
  const surfaceAt = input.place ? facts.indexOf(input.place.surface) : -1;
  // Names, not the words before them ("我是文庙社区…" keeps its "我是").
  let chainAt = -1;
  if (surfaceAt > 0 && !ADMIN_CHAIN.test(input.place!.surface))
    for (let at = Math.max(0, surfaceAt - 12); at < surfaceAt - 2 && chainAt < 0; at++) {
      const chain = facts.slice(at, surfaceAt);
      if (ADMIN_CHAIN.test(chain)) chainAt = at;
    }
  const located = chainAt >= 0 ? facts.slice(0, chainAt) + facts.slice(surfaceAt) : facts;
  const told = located
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter(
      (c) =>
        c && !FILLER.test(c) && !OPENING.test(c) && !RELAY.test(c) && !COURTESY.test(c) && !STUTTER.test(c),
    )
    // An extent between the thing and the fault told right after it (after more extents, maybe).
    .filter((c, i, all) => {
      if (i === 0 || !EXTENT.test(c) || PROBLEM.test(c)) return true;
      const next = all.slice(i + 1).find((later) => !EXTENT.test(later));
      return !next || !PROBLEM.test(next);
    });
  const { clauses, affirmed } = correctDenials(told);
  if (!clauses.length) return [...input.facts.trim()].slice(0, max).join("");
  const side = (clause: string): boolean =>
    (SIDE_CLAUSE.test(clause) && !(input.subject && UNANSWERED.test(clause))) ||
    NEGLECT.test(clause) ||
    HANDLED.test(clause);
  /*
   * Ranked by [danger, not a side remark, score], earliest first among equals. The score (a
   * classifier reading the clauses, the costly part) is computed only for candidates the first two
   * cannot tell apart from the best so far.
   */
  let bestHead: [number, number] = [-Infinity, -Infinity];
  let bestScore: number | null = null;
  let bestText = clauses[0]!;
  let bestFrom = 0;
  let bestTo = 0;
  const room = max - (input.place ? [...input.place.name].length : 0);
  // A text that names the place itself needs no room for it in front ("新城公寓楼下新开了一家烧烤店，…").
  const fits = (text: string): boolean => {
    const length = [...strip(text)].length;
    const place = input.place;
    if (place && text.includes(place.surface))
      return length - [...place.surface].length + [...place.name].length <= max;
    return length <= room;
  };
  const answered = new Set(
    (input.answers ?? []).flatMap((turn) => turn.split(CLAUSE_BREAK).map((c) => c.trim())),
  );
  // The first clause of the caller's own account that states a fault, before any answer to "where?".
  const toldAt = clauses.findIndex((c) => !answered.has(c) && PROBLEM.test(c));
  // Only when the place is known: otherwise the answer is the only part that says where.
  const answers = new Set(
    input.place && toldAt >= 0 ? clauses.filter((c, i) => i > toldAt && answered.has(c)) : [],
  );
  const labelled = new Set(
    input.place ? clauses.filter((c, i) => i > 0 && ADDRESS_LABEL.test(clauses[i - 1]!)) : [],
  );
  const signedAt = clauses.findIndex((c, i) => i > 0 && SIGN_OFF.test(c));
  const signOff = new Set(signedAt > 0 ? clauses.slice(signedAt) : []);
  const where = (clause: string): boolean =>
    answers.has(clause) ||
    ADDRESS_LABEL.test(clause) ||
    labelled.has(clause) ||
    signOff.has(clause) ||
    APP_ADDRESS.test(clause) ||
    BOARDED.test(clause) ||
    (!!input.placeless && addressOnly(clause, input.placeless, 2));
  // A clause the speaker takes back right after it ("5号楼的电梯，哦不是电梯，…").
  /*
   * A caller's spoken correction: a bare "不是" between the word taken back and the right one ("那个
   * 路灯，不是，是那个监控"), or "不是…" / "我不是说…" repeating the word taken back ("停车的那个，不是停
   * 车，是那个卷帘门", "垃圾，不是，我不是说垃圾，我是说那个餐馆"). Not "不是一天两天了": the words
   * after 不是 must be in the clause before.
   */
  const takesBack = (c: string, i: number): boolean => {
    const before = clauses[i - 1];
    if (!before || i + 1 >= clauses.length) return false;
    if (c === "不是") return hanCount(before) <= 10 && !PROBLEM.test(before);
    const words = /^(我)?不是(说)?(那个)?([\u4e00-\u9fff]{1,6})$/.exec(c)?.[4];
    return !!words && (before.includes(words) || (clauses[i - 2] ?? "").includes(words));
  };
  const takenBack = clauses.map((c, i) => takesBack(c, i));
  const retracted = new Set(
    clauses.filter(
      (c, i) =>
        RETRACTING.test(clauses[i + 1] ?? "") ||
        takenBack[i + 1] ||
        takenBack[i] ||
        (takenBack[i + 2] && takenBack[i + 1]),
    ),
  );
  // Thanks for what was put right, before "不过…又坏了": settled, so no part of the new problem.
  const settled = new Set(
    clauses.filter(
      (c, i) => SETTLED.test(c) && clauses.slice(i + 1).some((later) => NEXT_MATTER.test(later)),
    ),
  );
  // Courtesy and remarks on the writing, when another clause states the fault (see POLITE).
  const politeAt = clauses.map((c) => {
    const bare = c.replace(POLITE, "");
    return bare !== c && !PROBLEM.test(bare);
  });
  const faultElsewhere = clauses.some((other, j) => !politeAt[j] && PROBLEM.test(other) && !side(other));
  const polite = new Set(clauses.filter((c, i) => politeAt[i] && faultElsewhere));
  // The management's absence before a clause that states the fault is its background.
  const unmanaged = new Set(
    clauses.filter(
      (c, i) =>
        UNMANAGED_CAUSE.test(c) &&
        clauses
          .slice(i + 1, i + 1 + WINDOW)
          .some((later) => PROBLEM.test(later) && !UNMANAGED_CAUSE.test(later)),
    ),
  );
  // Asked of each clause up to WINDOW + 3 times (alone, as the one before each later window, for
  // the anchor); the answer depends on the clause alone.
  const asides = new Map<string, boolean>();
  const aside = (clause: string): boolean => {
    let found = asides.get(clause);
    if (found === undefined) {
      found =
        side(clause) ||
        RETRACTED.test(clause) ||
        RETRACTING.test(clause) ||
        retracted.has(clause) ||
        settled.has(clause) ||
        polite.has(clause) ||
        CONCEDED.test(clause) ||
        where(clause) ||
        // "1.我家住桃南一区4号楼": a list's number does not hide where the resident lives.
        SELF_DESCRIPTION.test(clause.replace(LIST_NUMBER, "")) ||
        (!!input.place && SCHOOL_CHILD.test(clause)) ||
        RESTATED.test(clause) ||
        FORM_LABEL.test(clause) ||
        pointOnly(clause) ||
        (RECORD_BACKGROUND.test(clause) && !PROBLEM.test(clause)) ||
        unmanaged.has(clause);
      asides.set(clause, found);
    }
    return found;
  };
  // What the fault does to people is its consequence only after a clause that tells the fault.
  const toldFault = clauses.findIndex(
    (c) => PROBLEM.test(c) && !CONSEQUENCE.test(c) && !AFFECTED.test(c) && !side(c),
  );
  const affected = new Set(
    clauses.filter((c, i) => toldFault >= 0 && i > toldFault && (AFFECTED.test(c) || EVERYDAY.test(c))),
  );
  const consequence = (clause: string): boolean => CONSEQUENCE.test(clause) || affected.has(clause);
  // The point a message announces (POINT) is its problem as the now of a letter is.
  let nowAt = TITLE_LABEL.test(clauses[0]!) && clauses[1] && !aside(clauses[1]) ? 1 : -1;
  if (nowAt < 0 && PROBLEM.test(LETTER_TITLE.exec(clauses[0]!)?.[1] ?? "")) nowAt = 0;
  // "反映水泥罐车夜间噪音及撒漏问题：…": an opening line that names the fault is the writer's own summary.
  if (nowAt < 0 && PROBLEM.test((TOPIC.exec(clauses[0]!)?.[4] ?? "").replace(BRACKETED, ""))) nowAt = 0;
  /*
   * A form's description opens with what was found and what is wrong with it ("发现一只死猫，已腐烂
   * 发臭", "西门两侧绿篱长期未修剪"); what follows is its extent, its effect and the advice to the unit.
   */
  if (nowAt < 0 && form) {
    const at = clauses.indexOf("内容") + 1;
    if (at > 0 && clauses[at] && !aside(clauses[at])) nowAt = at;
  }
  for (let i = 1; i < clauses.length && nowAt < 0; i++) {
    const c = clauses[i]!;
    // What the resident found on looking ("搬进来才发现，…", "我回头一看，…"), when nothing before it
    // states a fault: the story before it is how they came to look.
    if (
      DISCOVERY.test(c) &&
      clauses[i + 1] &&
      PROBLEM.test(clauses[i + 1]!) &&
      !aside(clauses[i + 1]!) &&
      !clauses
        .slice(0, i)
        .some((b) => PROBLEM.test(b) && !aside(b) && !CONSEQUENCE.test(b) && !AFFECTED.test(b))
    ) {
      nowAt = i + 1;
      break;
    }
    if (!POINT.test(c) && !PIVOT.test(c) && !topicOnly(c)) continue;
    let at = pointOnly(c) ? i + 1 : i;
    // "说了这么多，就是想反映：…": one announcement after another; or a remark between ("然后说个别的事，
    // 也不知道归不归你们管：…"). Not a caller's "那个" after a bare "我说": a filler is no remark.
    const remark = (c: string): boolean => aside(c) && (polite.has(c) || side(c));
    while (at < clauses.length && (pointOnly(clauses[at]!) || (at > i && remark(clauses[at]!)))) at++;
    if (at < clauses.length && !aside(clauses[at]!)) nowAt = at;
  }
  // A window holding an announced point opens with it: what comes before is the writer's story.
  const pointAt = nowAt;
  /*
   * The danger of each clause; a consequence's goes to the nearest fault before it ("有个井盖没了，就
   * 一个大窟窿，谁掉下去不得出人命啊": the open manhole is the danger the unit is sent to).
   */
  const dangers = clauses.map((c) => input.danger?.(c) ?? 0);
  dangers.forEach((d, i) => {
    const clause = clauses[i]!;
    /*
     * An effect that states no fault itself ("冬天风呼呼灌进来" after "窗户玻璃碎了一个月没人换") is the
     * danger of the nearest fault before it. Not for someone missing: "一直没见着" is the fault.
     */
    const effect = !consequence(clause) && !PROBLEM.test(clause) && !input.subject;
    if (d <= 0 || !(consequence(clause) || effect)) return;
    // A consequence's is the earliest fault of the run before it: "支架锈断了，大风天晃得哐哐响，掉下来就砸死人".
    // The run may be long: "路灯杆底座锈断了，上个月报过一次，来人缠了几圈胶带就走了，现在风一吹就晃，随时要倒".
    let fault = -1;
    for (let j = i - 1; j >= Math.max(0, i - 2 * WINDOW); j--) {
      const before = clauses[j]!;
      // A remark on what was done about it ("上个月报过一次") stands inside the run.
      const done = SIDE_CLAUSE.test(before) || HANDLED.test(before);
      if (TURN.test(before) || (aside(before) && !done)) break;
      if (done) continue;
      if (!consequence(before) && PROBLEM.test(before)) {
        fault = j;
        if (effect) break;
      }
    }
    // A letter that announced its point: what is feared or suffered after it is the point's danger, not
    // that of a detail told between ("路面塌陷：…目前只有一个倒了的锥桶，…已有两名同事在那里摔倒").
    const point = clauses[pointAt];
    if (point && pointAt < i && PROBLEM.test(point) && !consequence(point)) fault = pointAt;
    if (fault < 0) return;
    dangers[fault] = Math.max(dangers[fault]!, d);
    dangers[i] = 0;
  });
  // Only a message that states a fault somewhere demotes its consequences and requests.
  const statesFault = clauses.some(
    (c) => PROBLEM.test(c) && !consequence(c) && !side(c) && !REQUEST.test(strip(c)),
  );
  /*
   * A clause is ranked alone and, when it fits, together with the clause before it: the object is
   * often named in one ("7号楼那个路灯") and what is wrong with it in the next ("黑了得有半个月了").
   */
  const candidates = clauses.flatMap((clause, i) => {
    const found = [{ text: clause, from: i, to: i }];
    if (aside(clause)) return found;
    let text = clause;
    for (let from = i - 1; from >= Math.max(0, i - WINDOW + 1); from--) {
      const before = clauses[from]!;
      if (aside(before)) break;
      text = `${before}，${strip(text)}`;
      if (!fits(text)) break;
      found.push({ text, from, to: i });
    }
    return found;
  });
  // "井盖没了，黑灯瞎火的，谁走过去不得摔个跟头": the fault is the summary, what it might do is not.
  // Or tells only what the fault does to people: "水管漏了，孩子滑倒两个" tells the fault too.
  const holdsConsequence = (from: number, to: number): boolean => {
    const window = clauses.slice(from, to + 1);
    return (
      window.some((c) => CONSEQUENCE.test(c)) ||
      (window.some((c) => affected.has(c)) && !window.some((c) => PROBLEM.test(c) && !consequence(c)))
    );
  };
  const asks = (from: number, to: number): boolean =>
    clauses.slice(from, to + 1).some((c) => REQUEST.test(strip(c)));
  // Asks an authority to act on the fault: ranks below the clauses that state the fault.
  const demands = (from: number, to: number): boolean =>
    clauses.slice(from, to + 1).some((c) => REQUEST.test(strip(c)) && !ASSISTANCE.test(c));
  /*
   * The message's own statement of its problem: the proposal or question of a suggestion or a
   * consultation, else the first clause that states a fault. Residents lead with it and go on with
   * what it does to them ("地下车库一直有水，漫到脚脖子了，车泡了"), and those effects carry more of the
   * category's words than the fault itself, so a window holding it gains ANCHOR_WEIGHT.
   */
  const askAt = input.asks
    ? clauses.findIndex((c) => {
        // Chat messages open with an emoji or a symbol ("💡能不能在门口增设…").
        const words = strip(c).replace(LEADING_SYMBOLS, "");
        return !aside(c) && ASK_CLAUSE.test(words) && hanCount(words.replace(ASK_CLAUSE, "")) >= 4;
      })
    : -1;
  /*
   * A letter that tells its history first ("六年里我给物业写过三封信…") states the problem as it stands
   * now ("现在全是污水", "直到今天…还是被占着"): its earlier faults are the history.
   */
  const sentences = input.facts.split(/[。！!？?\n]/).filter((t) => hanCount(t) >= 4).length;
  const states = (c: string | undefined): boolean => !!c && PROBLEM.test(c) && !aside(c) && !consequence(c);
  for (let i = 1; sentences >= LETTER_SENTENCES && i < clauses.length && nowAt < 0; i++) {
    const c = clauses[i]!;
    if (!NOW.test(c)) continue;
    if (states(c)) nowAt = i;
    // "现在的情况是：…", "直到今天，…": the lead-in's next clauses tell it.
    else if (hanCount(c) <= 6) nowAt = [i + 1, i + 2].find((j) => states(clauses[j])) ?? -1;
  }
  /*
   * What used to be ("8路车以前都停", "原来刷卡就能进", "以前有个直达的46路") is the setting of the change
   * the next clauses tell ("这个月开始直接不停了", "现在改成人脸识别了", "去年取消了", "这学期没人了"): the
   * change is the problem, whatever words it is told in, and the thing is named in the setting. Only
   * when nothing before states a fault: then the past is background.
   */
  let formerAt = -1;
  // "回来仔细查，原来是…雨水管断了": what the resident found out, not what used to be.
  const found = (j: number): boolean =>
    /原来是/.test(clauses[j]!) && FOUND_OUT.test(`${clauses[j - 1] ?? ""}，${clauses[j]!.split("原来")[0]}`);
  for (let i = 1; i < clauses.length && nowAt < 0; i++) {
    const c = clauses[i]!;
    // "从原来十分钟一班变成半小时一班": the clause tells both; its effects after it are no change.
    if (FORMER.test(c) && CHANGE.test(c)) break;
    const former = [i - 1, i - 2].find(
      (j) => j >= 0 && FORMER.test(clauses[j]!) && !aside(clauses[j]!) && !found(j),
    );
    if (former === undefined || FORMER.test(c) || aside(c) || consequence(c)) continue;
    // Told after the fault ("…被画成了收费车位，以前一直是免费的"), what used to be is its background.
    if (clauses.slice(0, former).some(states)) break;
    if ((CHANGED.test(c) || former === i - 1) && (PROBLEM.test(c) || CHANGE.test(c))) {
      nowAt = i;
      formerAt = former;
    }
  }
  const anchor =
    askAt >= 0
      ? askAt
      : nowAt >= 0
        ? nowAt
        : clauses.findIndex(
            (c) =>
              (PROBLEM.test(c) || affirmed.has(c)) &&
              !aside(c) &&
              !consequence(c) &&
              !REQUEST.test(strip(c)) &&
              !ASKING.test(c) &&
              !DENIED.test(strip(c)),
          );
  /*
   * Residents name the thing where they name the place ("南海街那段路中间的斑马线磨得看不见了", "恒汇大厦
   * 的保安"), and go on with what it does without naming it again ("车都不减速，老人过马路太危险"): the
   * first clause that names the place and is not a mere address weighs like the anchor, so the
   * window that holds it is not outranked by the effects after it.
   */
  const surface = input.place?.surface;
  const placedAt = surface ? clauses.findIndex((c) => c.includes(surface) && !aside(c)) : -1;
  /*
   * A bus route ("27路车的无障碍踏板坏了", "今天坐5路，车上刷卡机坏了") is where on the network the fault
   * is, as a stop or a street is on the map: the clause that names it weighs like the placed one, so the
   * stop the resident waited at ("我坐轮椅在柳巷路站等了三趟") does not take the summary alone.
   */
  const routeAt = clauses.findIndex((c) => BUS_ROUTE.test(c) && !aside(c));
  const rank = (c: string, from: number, to: number): number => {
    const evidence = input.score(c);
    const weight = Math.max(ANCHOR_WEIGHT, ANCHOR_SHARE * Math.abs(evidence));
    const anchored = from <= anchor && anchor <= to;
    const placed = (from <= placedAt && placedAt <= to) || (from <= routeAt && routeAt <= to);
    return (
      evidence +
      (PROBLEM.test(c) ? PROBLEM_WEIGHT : 0) -
      (asks(from, to) ? REQUEST_WEIGHT : 0) +
      (anchored ? weight : 0) +
      (placed ? weight : 0)
    );
  };
  candidates.forEach(({ text: clause, from, to: i }) => {
    const head: [number, number] = [
      // A window opens with its danger: the complaint a message opened with never leads it.
      dangers[from]!,
      aside(clause)
        ? 0
        : statesFault && (holdsConsequence(from, i) || demands(from, i))
          ? 1
          : // A suggestion or a consultation that opens with its proposal or question leads with it.
            askAt === 0 && from === 0
            ? 3
            : // A letter's problem as it stands now leads its history.
              from <= nowAt && nowAt <= i && (pointAt < 0 || from === pointAt)
              ? // A change told with what it changed, when both fit, rather than the change alone.
                from === formerAt
                ? 2.6
                : 2.5
              : /*
                 * A window that says nothing wrong, before the clause that states the fault and names
                 * the place ("端午快乐，也谢谢上次…" … "海边街小学后面的窨井盖没了", "跟邻居来往不多" … "庙前街口
                 * 那个广告牌歪了"), or an errand alone ("本人于…到…窗口办理…"), is the story before the
                 * point however much the classifier reads in it. Not every faultless window: one that
                 * names the thing leaves its fault to the clause after it (tried: 4,973 → 4,928).
                 */
                statesFault &&
                  !input.asks &&
                  anchor >= 0 &&
                  (anchor === placedAt || (from === i && visitedPlace(clause) !== null)) &&
                  i < anchor &&
                  !clauses.slice(from, i + 1).some((c) => PROBLEM.test(c.replace(APPLIED, "")))
                ? 1.75
                : 2,
    ];
    let wins = better(head, bestHead);
    let score: number | null = null;
    if (!wins && !better(bestHead, head)) {
      score = rank(clause, from, i);
      bestScore ??= rank(bestText, bestFrom, bestTo);
      wins = better([score], [bestScore]);
    }
    if (wins) {
      bestFrom = from;
      bestTo = i;
      bestText = clause;
      bestHead = head;
      bestScore = score;
    }
  });
  let best = bestText;
  const withSubject = (): boolean => {
    const names = input.subject;
    if (!names || names(best)) return false;
    for (let j = bestFrom - 1; j >= 0; j--) {
      if (!names(clauses[j]!)) continue;
      const joined = `${clauses[j]!}，${strip(best)}`;
      if (!fits(joined)) return false;
      best = joined;
      return true;
    }
    return false;
  };
  // "路灯，不亮了": a bare predicate needs the clause before it for its subject.
  const withTopic = (): boolean => {
    const before = clauses[bestFrom - 1];
    const bare = SUBJECTLESS.test(strip(best));
    /*
     * Or the window follows the clause that names the thing with the place ("双塔小区东门的ATM机吞卡",
     * "水库街小学旁边新开了一个棋牌室") and goes on without naming it ("吞了不吐", "门口天天有人抽烟打
     * 架"): that clause is the subject too. Cut short, the window must keep a fault word.
     */
    /*
     * One clause may stand between that goes on with the setting and says nothing wrong ("…报了水库街
     * 那家课外班，一次交了一万二，现在门口贴了张纸…", "…道闸是摆设吧，杆子天天抬着，外面车随便进"): the
     * placed clause is still the subject; the clause between joins only when everything fits.
     */
    const middle = clauses[bestFrom - 1];
    const skips =
      !bare &&
      placedAt >= 0 &&
      placedAt === bestFrom - 2 &&
      !!middle &&
      !PROBLEM.test(middle) &&
      // A sum paid ("3980") reads like a house number, but goes on with the setting.
      // So does what someone said of it ("去年说要修") between the thing and what it does now.
      (AMOUNT.test(middle) || !aside(middle) || side(middle)) &&
      !consequence(middle) &&
      !TURN.test(middle);
    const setting = skips ? clauses[placedAt] : before;
    const placed =
      !bare &&
      // Under a danger, only a setting that states no complaint of its own ("油烟很大" before "着火了").
      (bestHead[0] <= 0 || !PROBLEM.test(setting ?? "")) &&
      (placedAt === bestFrom - 1 || skips) &&
      !!surface &&
      !best.includes(surface) &&
      // The clause names something besides the place ("我住骑马山街道这边" does not).
      hanCount(
        strip(setting ?? "")
          .split(surface)
          .join(""),
      ) >= 4;
    // Or the clause before only brings the thing in ("地库入口旁边一辆黑色桑塔纳", "路口有一个邮筒").
    const brought =
      !bare &&
      !placed &&
      !skips &&
      !!before &&
      !PROBLEM.test(before) &&
      (introducedThing(before) ?? visitedPlace(before)) !== null;
    if (
      !setting ||
      !(bare || placed || brought) ||
      side(setting) ||
      polite.has(setting) ||
      pointOnly(setting) ||
      SELF_DESCRIPTION.test(setting) ||
      where(setting)
    )
      return false;
    // The subject and as much of the window's start as fits with it when the whole window does not:
    // "楼下开了个麻将馆，天天半夜两三点还在哗啦哗啦的" rather than the noise without the mahjong parlour.
    const starts = clauses.slice(bestFrom, bestTo).map((_, k) =>
      clauses
        .slice(bestFrom, bestTo - k)
        .map((c, n) => (n ? strip(c) : c))
        .join("，"),
    );
    // A setting too long to stand whole gives the thing it brings in ("…交口的人行道上有一个绿色通讯箱").
    const introduced = introducedThing(skips ? middle! : setting) ?? visitedPlace(skips ? middle! : setting);
    const subjects = [
      ...(skips ? [`${setting}，${strip(middle!)}`, setting] : [setting]),
      ...(introduced && (placed || bare || brought) ? [introduced] : []),
    ];
    for (const subject of subjects)
      for (const predicate of [best, ...starts]) {
        const joined = `${subject}，${strip(predicate)}`;
        if (!fits(joined)) continue;
        if ((placed || brought) && predicate !== best && !PROBLEM.test(predicate)) continue;
        best = joined;
        return true;
      }
    // The thing brought in, with the window's first clause that states a fault when no start fits.
    const stated = clauses.slice(bestFrom, bestTo + 1).find((c) => PROBLEM.test(c));
    if (introduced && stated && subjects.includes(introduced)) {
      const joined = `${introduced}，${strip(stated)}`;
      if (fits(joined)) {
        best = joined;
        return true;
      }
    }
    /*
     * Or the window's end, when its start only goes on with a story that says nothing wrong ("西山路加油站
     * 洗车卡充了500" … "现在说换老板了" … "卡不认了，钱也不退"). Not after a setting that only says where
     * along the street (a spot: the window's start names the thing there), nor past a fault.
     */
    // Nor after where someone lives ("她一个人在文庙巷住"), nor for an end that asks rather than tells.
    if (
      SPOT.test(setting) ||
      ROUTE.test(setting) ||
      LIVES.test(setting) ||
      consequence(setting) ||
      CONCEDED.test(setting)
    )
      return false;
    for (let k = bestFrom + 1; k <= bestTo; k++) {
      if (PROBLEM.test(clauses[k - 1]!) || asks(k, bestTo)) break;
      const end = clauses
        .slice(k, bestTo + 1)
        .map((c, n) => (n ? strip(c) : c))
        .join("，");
      if (!PROBLEM.test(end)) break;
      for (const subject of subjects) {
        const joined = `${subject}，${strip(end)}`;
        if (!fits(joined)) continue;
        best = joined;
        return true;
      }
    }
    return false;
  };
  /*
   * Residents name the thing with the place and then list what is wrong with it, clause by clause
   * ("海西苑3号楼的电梯，门关不严、上下晃、还有烧焦味", "小区里的监控：一半不亮、一半是花屏、还有两个对着
   * 天"): the window chosen from the list names none of it. The placed clause that names the thing and
   * nothing wrong is its subject when only the list's items stand between (faults, short items, or
   * one remark that says nothing wrong); the items join when they fit, else the window's start.
   */
  const withListTopic = (): boolean => {
    const topic = clauses[placedAt];
    if (!topic || !surface || placedAt >= bestFrom || bestFrom - placedAt > WINDOW) return false;
    if (best.includes(surface) || PROBLEM.test(topic) || aside(topic) || consequence(topic)) return false;
    // The clause ends on the thing ("…的电梯", "…门口那个水管"), placed by what stands before it; not the
    // resident's own setting ("本人住新城公寓", "在柳巷路一家物流公司当司机", "2019年在…买的房").
    const described = LISTED_THING.exec(topic);
    const thing = described ? topic.slice(described[0].length) : "";
    const length = [...thing].length;
    if (!described || !NAME.test(thing) || PREDICATE.test(thing) || length > 8) return false;
    if (RESIDENT_SETTING.test(described[0])) return false;
    const run = clauses.slice(placedAt + 1, bestFrom);
    const blocked = (c: string) =>
      aside(c) || TURN.test(c) || consequence(c) || REQUEST.test(strip(c)) || where(c);
    const item = (c: string) => PROBLEM.test(c) || SUBJECTLESS.test(strip(c)) || hanCount(c) <= 6;
    if (run.some(blocked) || run.filter((c) => !item(c)).length > 1) return false;
    const faults = run.filter(item);
    const starts = clauses.slice(bestFrom, bestTo + 1).map((_, k) => clauses.slice(bestFrom, bestTo + 1 - k));
    // The list's first items before the window's: the thing's faults as the resident listed them.
    const tries = [
      ...starts.map((window) => [topic, ...faults, ...window]),
      ...faults.map((_, k) => [topic, ...faults.slice(0, faults.length - k)]),
      ...starts.map((window) => [topic, ...window]),
    ];
    for (const parts of tries) {
      const joined = parts.map((c, k) => (k ? strip(c) : c)).join("，");
      if (!fits(joined) || !PROBLEM.test(parts.slice(1).join("，"))) continue;
      best = joined;
      return true;
    }
    return false;
  };
  /*
   * A window that names the thing but says nothing wrong with it ("孩子在那家培训班交了一年的学费",
   * "楼上的洗衣机每天半夜开始洗") leaves the fault to a later clause ("能不能退费", "震得地板嗡嗡响"):
   * the nearest one within WINDOW clauses joins it, with the clauses between when they fit too.
   * Asides and requests are passed over; a turn to another matter ends the search.
   */
  const withLaterFault = (kept: string): string => {
    const between: string[] = [];
    for (let j = bestTo + 1; j < clauses.length && j <= bestTo + WINDOW; j++) {
      const other = clauses[j]!;
      if (TURN.test(other)) break;
      if (aside(other) || REQUEST.test(strip(other)) || consequence(other)) continue;
      if (!PROBLEM.test(other)) {
        between.push(other);
        continue;
      }
      // Without a resolved place, the description is the only "where": kept whole.
      const thing = input.place
        ? (namedThing(kept) ??
          introducedThing(kept.split(CLAUSE_BREAK).at(-1)!) ??
          introducedThing(kept.split(CLAUSE_BREAK)[0]!))
        : null;
      // Or the window's last clause (or clauses), which names the thing, without the setting that
      // opens it ("货车停在门口卸货，卸着卸着，路边那个雨水井的盖子" … "被货车轮子一压，直接掉下去了").
      const tails = input.place
        ? clauses
            .slice(bestFrom + 1, bestTo + 1)
            .map((_, k) => clauses.slice(bestTo - k, bestTo + 1))
            .filter((tail) => endsOnThing(tail[0]!))
            .flatMap((tail) => [
              [...tail, ...between, other].map((c, k) => (k ? strip(c) : c)).join("，"),
              [...tail, other].map((c, k) => (k ? strip(c) : c)).join("，"),
            ])
        : [];
      /*
       * A window that says only the way the resident goes ("每次从西盛路右转进西盛花园那个口子") names no
       * thing: a clause between that ends on one ("广告牌后面种的一排紫叶李") is what the fault is of.
       */
      const named = ROUTE.test(kept) ? [...between].reverse().find(endsOnThing) : undefined;
      for (const joined of [
        [kept, ...between, other].map((c, k) => (k ? strip(c) : c)).join("，"),
        ...(named ? [`${named}，${strip(other)}`] : []),
        `${kept}，${strip(other)}`,
        ...tails,
        ...(thing ? [`${thing}，${strip(other)}`] : []),
      ])
        if (fits(joined)) return joined;
      break;
    }
    return kept;
  };
  let leadAt = bestFrom;
  if (hanCount(strip(best)) < 4 && bestFrom > 0) best = `${clauses[(leadAt = bestFrom - 1)]!}${best}`;
  else if (!withSubject() && !withListTopic() && !withTopic()) {
    // A neighbouring clause that also states the problem ("…养了几十只鸽子，楼道里也放了鸽子笼") is kept
    // when both fit: the unit reads the whole problem, not half of it.
    // A danger keeps what follows it ("电梯困人了，里面有个小孩在哭") and, before it, only more of the
    // danger ("有人掉进没盖的井里了，流了好多血"), never the complaint the message opened with.
    const danger = bestHead[0] > 0;
    for (const j of [bestTo + 1, bestFrom - 1]) {
      const other = clauses[j];
      if (
        !other ||
        side(other) ||
        polite.has(other) ||
        pointOnly(other) ||
        CONCEDED.test(other) ||
        REQUEST.test(strip(other))
      )
        continue;
      const more = danger && input.danger!(other) > 0;
      if (!more && (!PROBLEM.test(other) || (danger && j < bestFrom))) continue;
      // What a letter tells before the point it announces is its story ("但施工很粗糙。最严重的是…").
      if (j < bestFrom && bestFrom === pointAt) continue;
      const joined = j > bestTo ? `${best}，${strip(other)}` : `${other}，${strip(best)}`;
      // A bare fault joined before the window ("下水道 堵 一楼卫生间反水") brings the thing it is of.
      const subject = j < bestFrom && SUBJECTLESS.test(strip(other)) ? clauses[j - 1] : undefined;
      const named =
        subject && !aside(subject) && !PROBLEM.test(subject) && !consequence(subject)
          ? `${subject}，${strip(joined)}`
          : "";
      if (named && fits(named)) {
        best = named;
        break;
      }
      if (fits(joined)) {
        best = joined;
        break;
      }
      /*
       * A point announced as a spot ("最严重的是街中段一家药店门口") with the thing and its fault in the
       * next clause that does not fit with it: the thing and its fault, the place leads anyway.
       */
      if (
        j > bestTo &&
        bestFrom === pointAt &&
        bestTo === bestFrom &&
        !danger &&
        SPOT.test(best) &&
        !PROBLEM.test(best) &&
        !SUBJECTLESS.test(strip(other)) &&
        !consequence(other)
      ) {
        // The thing the spot ends on, when there is one ("…第二栋楼之间那棵大杨树").
        const thing = namedThing(best);
        const named = thing ? `${thing}，${strip(other)}` : "";
        if (named && fits(named)) best = named;
        else if (fits(other)) best = other;
        else continue;
        break;
      }
    }
  }

  /*
   * A danger told only by what it does ("冒火花", "滋滋响，还冒烟", "耷拉在地上") right after the clause
   * that names the thing, with the place ("庙前街32号门口有个电线被风刮断了", "…电线杆上的变压器") or
   * alone ("11号楼电梯里那个按钮，七楼的，按下去没反应"): the danger leads, but the unit needs what is
   * sparking. That clause joins in front, with as much of the danger as fits; not a window that names its
   * own thing (its first clause is short), nor past an aside, a second place or more than one clause that
   * goes on with the fault (a short one, "七楼的", does not count).
   */
  if (bestHead[0] > 0 && !(surface && best.includes(surface))) {
    const short = (c: string): boolean => hanCount(strip(c)) <= 3 && !PROBLEM.test(c);
    // The placed clause names something besides the place ("桃南二区7号楼" does not).
    const names = (at: number): boolean =>
      (at === placedAt && hanCount(strip(clauses[at]!).split(surface!).join("")) >= 4) ||
      (!PROBLEM.test(clauses[at]!) && endsOnThing(clauses[at]!));
    let subjectAt = leadAt - 1;
    let goesOn = 0;
    // Back over short extents and at most one clause that goes on with the fault ("垂在人行道上").
    while (subjectAt >= 0 && (short(clauses[subjectAt]!) || (!names(subjectAt) && !goesOn++))) subjectAt--;
    const subject = clauses[subjectAt];
    const between = clauses.slice(subjectAt + 1, leadAt);
    const told = clauses.slice(leadAt, bestTo + 1);
    if (
      subject &&
      // Not when the window already went with its subject (see `withTopic`).
      !best.includes(strip(subject)) &&
      // Nor when the clauses between were already joined to it ("楼梯栏杆…全松了，一靠就往外倒").
      !between.some((c) => !short(c) && best.includes(strip(c))) &&
      names(subjectAt) &&
      !aside(subject) &&
      between.every((c) => short(c) || (!aside(c) && !where(c))) &&
      hanCount(strip(told[0] ?? "")) <= 6
    ) {
      const joined = [
        best,
        ...told.slice(0, -1).map((_, k) =>
          told
            .slice(0, told.length - 1 - k)
            .map(strip)
            .join("，"),
        ),
      ]
        // A shorter part of the danger must still tell a fault or the danger.
        .filter((danger, k) => !k || PROBLEM.test(danger) || (input.danger?.(danger) ?? 0) > 0)
        .map((danger) => [subject, ...between.map(strip), strip(danger)].join("，"))
        .find(fits);
      if (joined) best = joined;
    }
  }

  /*
   * A report opened as a question whether someone should see to the thing ("…后面那棵大杨树是不是该修一下
   * 了？", "是不是该有人管管…楼顶那些鸽子笼了？"): the thing is in the question, what is wrong with it in
   * the clauses after, where the window was chosen. The thing leads the window, or the first clause after
   * the question that states a fault, and as much after it as fits.
   */
  const askedAt = clauses.findIndex((c) => !aside(c) && SEE_TO.test(c));
  if (askedAt >= 0 && askedAt <= 1 && askedAt <= bestFrom) {
    const thing = clauses[askedAt]!.replace(ASK_OPENING, "").replace(SEE_TO, "$<before>$<after>");
    // The question itself chosen ("…是不是该修剪一下了") says no more than the thing.
    const itself = bestFrom === askedAt && bestTo === askedAt;
    if (
      hanCount(thing.replace(input.place?.surface ?? "\u0000", "")) >= 2 &&
      (itself || !best.includes(thing))
    ) {
      const after = clauses.slice(askedAt + 1);
      const first = after.findIndex((c) => PROBLEM.test(c) && !aside(c));
      const runs =
        first < 0
          ? []
          : Array.from({ length: Math.min(WINDOW, after.length - first) }, (_, k) =>
              after.slice(first, Math.min(after.length, first + WINDOW) - k),
            );
      const tried = [
        // The window itself when it tells a fault, not only what it does to people ("孩子老咳嗽"), or
        // when nothing after the question does ("学校门口是个下坡，车开得都很快").
        ...(bestFrom > askedAt && (first < 0 || (PROBLEM.test(best) && !consequence(bestText)))
          ? [best]
          : []),
        ...runs.map((run) => run.map(strip).join("，")),
      ];
      const joined = tried.map((told) => `${thing}，${strip(told)}`).find(fits);
      if (joined) best = joined;
    }
  }

  /*
   * A window that still says nothing wrong is the setting of a story ("在商业街买的金项链", "那家卤肉店的
   * 后厨"), and residents tell its turn in the very next clause in words no list holds ("去别家验了说是
   * 镀金的", "从门缝能看见老鼠跑来跑去"), often as what someone said: that clause joins when it fits.
   */
  const withNextClause = (kept: string): string => {
    // "…那家洗车店，也就是北门那排门面，冬天洗车水泼一地": the restatement between tells nothing new.
    const other = clauses[RESTATED.test(clauses[bestTo + 1] ?? "") ? bestTo + 2 : bestTo + 1];
    if (
      !other ||
      TURN.test(other) ||
      where(other) ||
      // A form's next label ("内容") is no clause of the title before it.
      FORM_LABEL.test(other) ||
      CONCEDED.test(other) ||
      REQUEST.test(strip(other)) ||
      (side(other) && !REPORTED.test(other))
    )
      return kept;
    const joined = `${kept}，${strip(other)}`;
    if (fits(joined)) return joined;
    const thing = input.place ? namedThing(kept) : null;
    const shorter = thing ? `${thing}，${strip(other)}` : "";
    return thing && fits(shorter) ? shorter : kept;
  };
  /*
   * An application the resident made ("去年申请的残疾人两项补贴", "申请廉租房补贴") is the setting of what
   * became of it ("一分钱没到账", "一次没发过"), as a purchase is: it says nothing wrong by itself.
   */
  const saysWrong = (text: string): boolean => PROBLEM.test(text.replace(APPLIED, ""));
  // The change a window tells after what used to be is what is wrong, in whatever words (see `formerAt`).
  const changeHeld = formerAt >= 0 && bestFrom <= nowAt && nowAt <= bestTo;
  if (bestHead[0] <= 0 && !changeHeld && !saysWrong(best)) {
    best = withLaterFault(best);
    if (!saysWrong(best)) best = withNextClause(best);
  }

  /*
   * The operator's restatement files the problem in the dispatcher's words; under a danger too, the
   * caller's clause that tells it often names only what it does ("塌了一半，电动车都压在底下", "这要着
   * 火了可怎么办") and not the thing. Under a danger only a restatement that names a fault: one that
   * only confirms the thing ("小区里面的游乐设施是吧？") says less than the caller.
   */
  /*
   * Not a detail the operator checks that names no fault when the caller's words do ("就是只有车厢
   * 是吧？" after the trailer parked a week), nor one that names only the risk without its thing ("有倒下的
   * 危险是吧？" after "有棵老槐树…树干裂了一半"): the caller's clause says more.
   */
  const recapFault =
    !!input.recap &&
    (PROBLEM.test(input.recap) || FILED_FAULT.test(input.recap) || (input.danger?.(input.recap) ?? 0) > 0);
  const recapBare = !!input.recap && RISK_ONLY.test(input.recap);
  if (
    input.recap &&
    (bestHead[0] <= 0 || recapFault) &&
    (recapFault || !DETAIL_ONLY.test(input.recap) || !saysWrong(best)) &&
    !(recapBare && saysWrong(best))
  )
    best = input.recap;

  let line = best;
  if (input.place && input.place.surface !== input.place.name)
    line = line.split(input.place.surface).join(input.place.name);
  if (input.place && line.startsWith(input.place.name))
    line = `${input.place.name}${strip(line.slice(input.place.name.length))}`;
  else line = strip(line) || best;
  // "我在滨河商业街那家健身房办了年卡" loses its "我" to LEAD: the "在" left before the place goes too.
  if (input.place && line.startsWith(`在${input.place.name}`)) line = line.slice(1);
  // "（不是改造，）是2栋的消防栓碎了": the copula that answered a denial does not open a title.
  const name = input.place && line.startsWith(input.place.name) ? input.place.name : "";
  if (OPENING_IS.test(line.slice(name.length)))
    line = `${name}${line.slice(name.length).replace(OPENING_IS, "")}`;

  if (input.thing && !line.includes(input.thing)) {
    const name = input.place?.name ?? "";
    const told = name && line.startsWith(name) ? line.slice(name.length) : line;
    line = `${name}${input.thing}，${told}`;
  }
  if (input.place && !line.includes(input.place.name)) {
    // Room for the place first: "where" must survive the cut, the end of a long clause need not.
    const room = Math.max(0, max - [...input.place.name].length);
    line = `${input.place.name}${[...line].slice(0, room).join("")}`;
  }
  // "桃南二区" + "二区东门…", "恒汇大厦" + "大厦12层…": the place's last words are not said twice.
  const lead = input.place && line.startsWith(input.place.name) ? input.place.name : "";
  for (let k = [...lead].length - 1; k >= 2; k--) {
    const tail = [...lead].slice(-k).join("");
    if (!line.slice(lead.length).startsWith(tail)) continue;
    line = `${lead}${line.slice(lead.length + tail.length)}`;
    break;
  }
  // "海边街小学" + "学校食堂…": the place is the school the resident calls "学校".
  if (/(小学|中学|学校)$/.test(lead) && line.slice(lead.length).startsWith("学校"))
    line = `${lead}${line.slice(lead.length + 2)}`;
  // A danger's line tells the danger; a nuisance told by its source and hour gets the filed term.
  if (bestHead[0] <= 0) line = withNoiseNamed(line, max, input.place?.name);
  // "火苗特别小", "供水压力严重不足": how much is the resident's emphasis; the line files what is wrong.
  line = line.replace(DEGREE, "");
  return [...line].slice(0, max).join("");
}

/*
 * A degree adverb before the word it grades ("特别小", "严重不足", "非常危险"): left out, the fault reads
 * in the words a dispatcher files ("火苗小", "压力不足") and the line has room for more. Not 很 or 太, which
 * are often part of the fault ("积水太深", "很多"), nor 十分钟, a time, nor 特别是 and 相当于, which
 * introduce what follows rather than grade it ("特别是晚上", "相当于没修").
 */
const DEGREE = /(特别(?!是)|非常|十分(?!钟)|严重|极其|极为|相当(?!于))(?=[\u4e00-\u9fff])/g;

/*
 * Where a long clause ends on the thing it describes ("水库街小学对面文具店门口那个上个月刚装的不锈钢护栏",
 * "…停车场出入口的自动抬杆"): what comes after its last 的 or demonstrative is the thing itself.
 */
const DESCRIBED = /^.*(的|[那这](个|根|棵|块|片|段|座|条|台|盏|只|扇|家))/;
/** Where a clause that heads a list of faults ends on the thing they are of ("…那一排隔离桩"). */
const LISTED_THING = /^.*(的|[那这](一)?(个|根|棵|块|片|段|座|条|台|盏|只|扇|家|排|处|套|部))/;
/** What the resident did or where they live, not where a thing stands. */
const RESIDENT_SETTING = /我|本人|[在住买租]|[0-9]+年/;
/** A thing's name (护栏, 二次供水泵房); longer ones are a description. */
const THING_CHARS = [2, 6] as const;
/** A clause shorter than this fits with its fault as it is. */
const LONG_SETTING = 16;
const NAME = /^[\p{Script=Han}A-Za-z]+$/u;
// What says something of the thing rather than names it ("砖全翘起来了", "去年的日期" is a name).
const PREDICATE = /[了着过得不没很都全也就是在进出去来让把被给]/;
/** Words that place a thing by what is next to it (门口, 旁边, 东侧, 交口, 往北一百米). */
const SPOT =
  /门口|旁边|边上|对面|后面|前面|背后|附近|之间|交口|路口|拐角|[东西南北]侧|[东西南北]边|[东西南北]角|往[东西南北]|[东西南北]门|楼下|楼顶|里面|中间|入口|出口/;

/**
 * The thing a clause names at its end, when the fault told after it does not fit with the whole
 * clause: the dispatcher needs the thing and its fault more than where exactly along the street it
 * stands (the place leads the summary anyway). Null when the clause does not end on a short name.
 */
function namedThing(clause: string): string | null {
  // One clause, not a window of several ("暖气片摸着就是温的，屋里十四五度").
  if (CLAUSE_BREAK.test(clause) || [...clause].length < LONG_SETTING) return null;
  const thing = clause.replace(DESCRIBED, "");
  if (thing === clause || PROBLEM.test(thing) || !NAME.test(thing) || PREDICATE.test(thing)) return null;
  // The description says where the thing stands; one that says what someone did with it ("学校要求
  // 每个孩子必须买…的平板") is the complaint itself.
  if (!SPOT.test(clause.slice(0, clause.length - thing.length))) return null;
  const length = [...thing].length;
  return length >= THING_CHARS[0] && length <= THING_CHARS[1] ? thing : null;
}

/*
 * A clause that brings the thing in by saying it is there ("路口有一个绿色通讯箱", "台阶两侧原有铁栏杆",
 * "小区内环路上共有五条减速带", "原来有个公共报栏"): the fault follows in the next clauses, which do not
 * name it again. A count and its measure word after where it stands (or opening the clause), or "原 /
 * 原来 / 原本" before 有, mark it; a bare "有" is too common ("我有个问题", "锁车桩有四个底座松动").
 */
const INTRODUCED = new RegExp(
  `(?:(?:原来|原本|本来|原先|原)(?:设|装)?有(?:(?:${COUNT})?(?:个|块|根|座|条|台|盏|只|扇|排|处|套|部|张|棵|道|面|组|辆))?|(?:^|(?<=[上里边侧口处角前后旁间内外下中头]))(?:共|设|装|立着|立了)?有(?:一|两|几|好几|[0-9]+|[一二三四五六七八九十]+)?(?:个|块|根|座|条|台|盏|只|扇|排|处|套|部|张|棵|道|面|组|辆)|(?<=[上里边侧口处角前后旁间内外下中头])(?:一|两|几|[0-9]+|[一二三四五六七八九十]+)(?:辆|只|条|头|棵|台|座))(?<thing>[^，,]{2,14})$`,
);

/** The thing a clause brings in (see INTRODUCED), without its description ("老式的绿色邮筒" → "绿色邮筒"). */
function introducedThing(clause: string): string | null {
  const found = INTRODUCED.exec(clause);
  if (!found || /^(我|我们|本人)/.test(clause)) return null;
  const thing = found.groups!.thing!.replace(/^.*的/, "");
  const length = [...thing].length;
  if (!NAME.test(thing) || PREDICATE.test(thing) || PROBLEM.test(thing) || ASKING.test(thing)) return null;
  return length >= THING_CHARS[0] && length <= 8 ? thing : null;
}

/*
 * Where a resident went to get something done, told as the setting of what happened there ("本人于本周二
 * 到区政务服务中心不动产登记窗口办理房产过户", "上周去社区卫生站打疫苗"): the counter or office is the
 * thing the fault told after it is of ("窗口人员态度冷淡"), the errand is the resident's story.
 */
const VISIT =
  /^(我|本人|其|来电人)?(于|在)?[^，,到去在]{0,10}(到|去|在)(?<where>[^，,]{3,20}?(窗口|柜台|大厅|服务中心|服务站|营业厅|网点|卫生站|卫生院|医院|居委会|派出所|办事处))(办理|办|提交|申请|取|缴|交|咨询|打|开|领)/;
function visitedPlace(clause: string): string | null {
  const where = VISIT.exec(clause)?.groups?.where;
  return where && !PROBLEM.test(clause.replace(APPLIED, "")) ? where.replace(/^区/, "") : null;
}

/** A clause that ends on the thing it describes ("路边那个雨水井的盖子", "这一周的自来水"). */
function endsOnThing(clause: string): boolean {
  const described = LISTED_THING.exec(clause);
  if (!described || SUBJECTLESS.test(clause)) return false;
  const thing = clause.slice(described[0].length);
  return NAME.test(thing) && !PREDICATE.test(thing) && !PROBLEM.test(thing) && [...thing].length <= 8;
}

/*
 * A thing named and then its fault denied, the real fault after it ("那排路灯不是灯坏了，灯泡都是新换的，
 * 是定时器有问题", "公交站牌没坏，是上面的时刻表…", "护栏本身还在，但…螺丝全都松了", "井盖没丢 在那呢 就是
 * 翻过来了"). The denial and what backs it up ("灯泡都是新换的", "燃气公司的人来看过了") are no fault; the
 * thing named before the denial is the one the fault belongs to.
 */
const DENIAL_AFTER_THING =
  /^(?<thing>[^，,]*?[\u4e00-\u9fff][^，,]*?)(?<!是|还|也|都|并|可|倒)(并)?(不是|没(有)?(坏|问题|丢)|本身(还在|没坏))(?!不是)(?<denied>.*)$/;
/** The clause that says what is wrong instead: "是…", "而是…", "就是…", "但…", "问题在…". */
const AFFIRMED =
  /^(而|就|只|只不过|其实|实际上)?是(?![不否谁])(?=\S{3})|^(但|但是|可|可是|只是|不过)(?![是])(?=\S{3})|^问题(是|在|出在)/;
/** How far (in clauses) the real fault may follow its denial. */
const DENIAL_REACH = 3;

/*
 * ("老式吊扇没事，是空调不制冷": a thing said to be fine is another thing, left to CONCEDED.) Returns the
 * clauses and the affirmations, which state the fault whatever words they use ("但是每到六楼就会咯噔一下").
 */
function correctDenials(clauses: readonly string[]): { clauses: string[]; affirmed: Set<string> } {
  const out: string[] = [];
  const affirmed = new Set<string>();
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const denial = DENIAL_AFTER_THING.exec(c);
    const at = denial
      ? clauses.slice(i + 1, i + 1 + DENIAL_REACH).findIndex((later) => AFFIRMED.test(later))
      : -1;
    // "不是特别浓但天天都有": a denial of degree inside a clause is no denial of the fault.
    if (
      !denial ||
      at < 0 ||
      hanCount(denial.groups!.thing!) < 2 ||
      /^(特别|很|太|非常)/.test(denial.groups!.denied!) ||
      // Who says whose it is ("物业说不是他们的管子，是自来水公司的"), or what the writer does not
      // mean to do ("这次写信不是投诉人，而是想说一件事情"): no thing and no fault of it.
      /(说|说的|讲的|写信|来电|打电话|反映的|投诉的|我|我们)$/.test(denial.groups!.thing!) ||
      /^(要|想|为了)?(投诉|反映|举报|说|要求|找|怪|告)/.test(denial.groups!.denied!)
    ) {
      out.push(c);
      continue;
    }
    // The clauses between back the denial up; the affirmation is the fault, its copula or "但是" no
    // word of it, told of the thing as one clause ("那排路灯定时器有问题", "井盖翻过来了").
    i += at + 1;
    const fault =
      denial.groups!.thing!.replace(/[的，,\s]+$/, "") +
      clauses[i]!.replace(/^(而|就|只|只不过|其实|实际上)?是(?![不否谁])|^(但是|但|可是|可|只是|不过)/, "");
    out.push(fault);
    affirmed.add(fault);
  }
  return { clauses: out, affirmed };
}

function stripText(text: string): string {
  let line = text.replace(INNER_FILLER, "");
  let prev = "";
  while (prev !== line) {
    prev = line;
    // A lead-in cut off a joined pair of clauses leaves the pair's comma in front ("说一下，水库街…").
    line = line
      .replace(TITLE_WRAP, "$1")
      .replace(LEAD, "")
      .replace(POINT_LEAD, "")
      .replace(TRAILING_DURATION, (span, at: number) => (LEFT_STANDING.test(line.slice(0, at)) ? span : ""))
      .replace(LIST_NUMBER, "")
      .replace(/^[，,。；;、：:\s]+/, "")
      // A joined clause that was only a duration ("，已经十几天了") leaves its comma at the end.
      .replace(/[，,；;、：:\s]+$/, "")
      .trim();
    line = line.replace(RELAY_LEAD, "");
  }
  return line;
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! > b[i]! + 1e-9) return true;
    if (a[i]! < b[i]! - 1e-9) return false;
  }
  return false;
}
