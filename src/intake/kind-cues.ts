import type { Kind } from "../domain/taxonomy.schema.js";

/** "如果能…就更好了": an improvement wished for, which thanks before it do not turn into praise. */
export const CONDITIONAL_IMPROVEMENT =
  /(如果|要是|若是?|假如)[^。！？!?]{0,6}(能|可以|再)[^。！？!?]{0,30}就(更|太)?(好|方便)了/;

export interface KindCue {
  /** Stable name, used as a model feature. */
  id: string;
  kind: Kind;
  pattern: RegExp;
  weight: number;
}

/**
 * Cues for each kind with a weight: how strongly the wording says "this is what the resident
 * wants". Every cue counts once, so a long letter does not win by repeating itself; the
 * kind with the most evidence wins. Politeness (谢谢, 您好, 麻烦) is deliberately absent.
 */
/**
 * Who did the helping, when "帮我" follows them with no request word before: a unit's staff, the
 * community, or "还" adding one more good deed to an account.
 */
const NARRATED_HELPER =
  "(?<!(请|麻烦|希望|求|让|叫|能不能|能否|可否|可不可以|谁)[^。！？!?]{0,6})" +
  "(师傅|网格员|社区|社工|工作人员|保安|大哥|大姐|志愿者|医生|大夫|护士|民警|警察|书记|主任|她|他)[^。！？!?]{0,8}|还";

// The resident's own inability to pay, and the aid that is asked for because of it.
const CANNOT_PAY =
  "(买不起|交不起|付不起|负担不起|承担不起|无力(支付|承担)|无法承担|看不起病|(实在|家里|身上|手里)[^，。]{0,2}没钱|拿不出|揭不开锅|生活(非常|很|特别|十分|比较)?(困难|艰难))";
const AID = "(补助|救助|补贴|减免|资助|救济)";

export const KIND_CUES: readonly KindCue[] = [
  // Complaint: something is wrong and someone should act.
  // "投诉电话" / "举报渠道" name a channel, not the act of complaining; a complaint made before
  // ("上个月投诉了…，三天就处理好了", "投诉的那个烧烤店…现在没味道了") is the story that thanks tell,
  // and other cues read a lasting fault.
  {
    id: "complaint1",
    kind: "complaint",
    pattern:
      /(?<!不是|不是来|不是要|不想|并非|不为|哪|哪里|哪儿|找谁|上次|之前|前几天|前些天|上个月|上周|前段时间)(投诉|举报)(?!电话|热线|渠道|箱|平台|方式|途径|过?的(那|这))/,
    weight: 3,
  },
  {
    id: "complaint2",
    kind: "complaint",
    pattern: /不满|太差|太脏|太吵|吵死|受不了|忍无可忍|臭气|扰民/,
    weight: 1.5,
  },
  {
    id: "complaint3",
    kind: "complaint",
    pattern:
      /没人管|没人修|无人(管|问|处理|理会|维修)|不管|不修|不处理|不作为|推诿|互相推|置之不理|不予处理|没有(进展|答复|回音)/,
    weight: 1.5,
  },
  {
    id: "complaint4",
    kind: "complaint",
    pattern: /乱收费|拖欠|克扣|不退|不给退|(没有?|未|不)发|拒不|违法|违规|擅自|私自|侵占|霸占|哄抬/,
    weight: 1.5,
  },
  {
    id: "complaint5",
    kind: "complaint",
    pattern: /恳请.{0,14}(查处|督促|调查|核查|整治|处理|解决|责令|介入|依法)/,
    weight: 2,
  },
  // A rhetorical question is an accusation, not a question.
  {
    id: "complaint6",
    kind: "complaint",
    pattern:
      /(合理|合法|正常)吗|是否(合理|合法|合规|违法|违规)|不是.{1,10}吗|(为何|为什么|怎么)(一直|迟迟|至今|还)?(不|没|无)|凭什么|难道|还让不让|有没有人管|(老人|老年人|孩子|我们|居民|行人|大家|病人)[^。！？!?，,]{0,4}怎么(办|过|走|弄|活)[？?]|就?没(有)?人(看见|看到|发现|管)吗|非(得|要)等|了个啥|有(什么|啥)用[？?]|这也(要|得|让)(我|我们)/,
    weight: 1.5,
  },
  // "到底什么时候来水？", "到底谁来修？": a question pressed with 到底 after a wait is a grievance (25 of
  // 31 such messages in the read sets complain).
  { id: "complaint10", kind: "complaint", pattern: /到底[^。！!？?]{0,12}[？?]/, weight: 2.5 },
  {
    id: "complaint7",
    kind: "complaint",
    pattern: /坏了|不亮|不热|停水|停电|没水|没电|漏水|堵了|占道|乱停|乱扔|乱倒|偷排|半夜|凌晨/,
    weight: 1,
  },
  {
    id: "complaint8",
    kind: "complaint",
    pattern: /[！!]{2,}|(还是|仍然|依然|至今|一直)(没|不|未)/,
    weight: 0.8,
  },
  // "建议你们赶紧管管": the proposal is to act against someone, which is a complaint's request. So is
  // a sarcastic one, that those in charge come and live with the problem ("建议领导亲自来住一晚",
  // "建议你们来闻闻"): it proposes nothing, it says nobody in charge has suffered it.
  {
    id: "complaint9",
    kind: "complaint",
    pattern:
      /建议.{0,10}(赶紧|尽快|马上|立即|立刻|抓紧|好好|严格|从严)?(处理|查处|管管|管一管|管一下|整治|整顿|取缔|处罚|查一查|查查|制止|罚款|拆除|严查|严惩|追责|问责|执法)|建议[^。！？!?，,]{0,12}(领导|局长|负责人|你们|工作人员|干部|主任|经理)[^。！？!?，,]{0,6}(亲自|自己|也)?[^。！？!?，,]{0,3}(来|去|到|搬)[^。！？!?]{0,10}(住|体验|感受|体会|试试|尝尝|闻闻|听听|冻)/,
    weight: 3,
  },

  // Help: the resident (or someone they know) needs assistance, not a culprit punished.
  {
    id: "help1",
    kind: "help",
    pattern: /求助|求救|帮帮|救助|救急|救命|(恳请|请求|需要)帮助|求(帮|你|您|政府|社区|领导)|求求/,
    weight: 2.5,
  },
  // "帮我" told of someone who already did it ("师傅帮我把暖气片调好", "网格员小孙帮我家孩子办了残疾证",
  // "还帮我调药") narrates help given, which is how praise is told: it asks for nothing unless a
  // request word stands before the helper ("能不能让社区帮我").
  {
    id: "help2",
    kind: "help",
    pattern: new RegExp(
      `帮忙|帮一下|帮着|(?<!${NARRATED_HELPER})帮我|帮助我|能帮|给予帮助|伸出援手|派(个)?人来|来个人`,
    ),
    weight: 1.5,
  },
  // "能不能帮忙联系一下" at the end of a report asks for a hand, not for a culprit to be punished.
  {
    id: "help5",
    kind: "help",
    pattern:
      /(能不能|能否|可不可以|可否|麻烦)[^。！？?]{0,10}(帮忙|帮我|帮着|派(个)?人|送点|来个人|来看看|联系一下)/,
    weight: 1.5,
  },
  // A resident stuck with something they cannot handle themselves ("总阀拧不动", "她不会换电池",
  // "锁在门外了", "谁能去帮个忙"): a hand is wanted, not a culprit. A lift stuck with people in it
  // and "快来人" over a burst pipe stay complaints: the owner of the thing must act.
  {
    id: "help6",
    kind: "help",
    pattern:
      /(弄|处理|修|搬|抬|抱|拧|扛)不(了|动|住)|搞不定|不会(换|修)|锁在(屋里|车里|门外|家里|外面)|谁能(来|去)?(帮|看)/,
    weight: 1.5,
  },
  // The resident cannot pay for something and names the aid for it ("房租交不起了，能申请补贴吗",
  // "药钱实在拿不出，有没有救济"): a request for help, though put as a question about a scheme.
  {
    id: "help7",
    kind: "help",
    pattern: new RegExp(`${CANNOT_PAY}[^。？?]{0,40}${AID}|${AID}[^。？?]{0,30}${CANNOT_PAY}`),
    weight: 2.5,
  },
  // Someone in danger or lost needs help before anyone is blamed: an old person who cannot find home
  // or get up, a child through the ice, a family overcome by coal smoke.
  {
    id: "help3",
    kind: "help",
    pattern:
      /走丢|走失|找不到了|找不到家|迷路|摔倒|倒在|掉进|冰窟窿|落水|被困|困在|受伤|流血|晕倒|(都|人|全)晕(了|过去)|昏迷|(煤气|燃气|一氧化碳)中毒|(爬|站)?起不来|不省人事|叫.{0,3}不应/,
    weight: 2,
  },
  {
    id: "help4",
    kind: "help",
    pattern:
      /困难|无力|负担不起|没人照顾|无人照顾|孤寡|独居|一个人住|瘫痪|残疾|行动不便|腿脚不(好|便)|够不着/,
    weight: 1,
  },

  // Dispute: two parties at odds, mediation wanted.
  // A quarrel already settled ("调解好了") is thanks for the mediation, not a dispute.
  { id: "dispute1", kind: "dispute", pattern: /(?<!协)调解(?!好|成功|完)|纠纷/, weight: 2.5 },
  {
    id: "dispute2",
    kind: "dispute",
    pattern: /协商(不成|未果|无果|不了|了几次|过)|谈不拢|闹矛盾|闹僵|闹得很僵|不认账|扯皮/,
    weight: 2,
  },
  {
    id: "dispute3",
    kind: "dispute",
    pattern: /吵架|吵起来|吵了一架|(跟|和|与)(我|他|她|我们|他们|老板|邻居)吵|打起来|动手|骂人|理论/,
    weight: 1.5,
  },
  {
    id: "dispute4",
    kind: "dispute",
    pattern: /(邻居|对门|楼上|楼下|房东|隔壁|住户).{0,20}(不肯|不愿|拒不|不认|不赔|不听|不让|不修|骂|说我)/,
    weight: 1.5,
  },
  // A quarrel with a named party ("跟物业闹起来了", "吵了一下午"), or a landlord or neighbour who
  // keeps the deposit and blames the resident: two sides at odds, whatever the subject.
  {
    id: "dispute5",
    kind: "dispute",
    pattern:
      /(跟|和|与)(楼上|楼下|隔壁|对门|房东|物业|店里|店家|商家|老板|邻居)[^。，,！!？?]{0,8}(吵|闹)|吵了(一|半|好|几)|(房东|邻居|对门|楼上|楼下|隔壁)[^。？?]{0,20}(不退|还说我|非说|嫌我)/,
    weight: 1.5,
  },

  // A neighbour the resident went to, who refused or answered back ("跟他说他说装哪是他的自由", "跟他家说了
  // 几次 他说不关他事"): two households at odds, for a mediator. A bare "说了也不听" closes many noise
  // complaints and is left to them.
  {
    id: "dispute11",
    kind: "dispute",
    pattern:
      /(楼上|楼下|隔壁|邻居|对门|那家|那户|他家)[^。！？!?]{0,50}(跟|找|和)(他|她|他们)(家)?说(了)?[^。！？!?]{0,8}(他|她)?(还|就|也|都)?(说|不|骂|挪)/,
    weight: 2,
  },
  // The other side's answer reported ("老板说是我自己不小心", "他说他家没漏", "还说是我家堵的"), or who
  // bears a loss asked: two parties at odds over who is to blame, which a mediator can settle.
  {
    id: "dispute6",
    kind: "dispute",
    pattern:
      /(他|她|他们|对方|老板|商家|店家|厂家|厂方|厂子|物业|房东|公司|店主|家长|开发商|施工方|机构)[^。，,！!？?\s]{0,6}(说|称|推说|却说|非说|咬定)([^。！!？?]{0,12}(是我|我家|我自己|不用我|不赔|不认|不算|没事|违约|天灾|不小心|个人)|(是)?我)|还说(是)?我/,
    weight: 1.5,
  },
  // A neighbour, a landlord or an animal's owner answered ("楼下那户说水不是他家漏的", "房东说押金不退
  // 了", "主人说狗不咬人"): another household's word against the resident's, which a mediator weighs.
  // Hearsay ("听邻居说"), an answer nobody could give ("问他家在哪说不清") and a business ("那家快递站说")
  // are not that.
  {
    id: "dispute16",
    kind: "dispute",
    pattern:
      /(?<![听问])((楼上|楼下|邻居|隔壁|对门|房东|主人|住户)[^。！？!?，,]{0,4}|(那家|那户|他家)(的?人|家长|大人)?)(就|却|还|又|反而|非|都)?(说|称)(?!(话|不清|不出|不上|明))/,
    weight: 1.5,
  },
  // The resident denies what the other side claims ("说我欠停车费 我那个月根本没停"): two accounts
  // of one matter, for a mediator to weigh.
  {
    id: "dispute7",
    kind: "dispute",
    pattern: /(说|称)(是)?(我|他|她)[^。！!？?]{0,20}(根本|从来|明明|压根|其实)(就)?(没|不|未)/,
    weight: 1.5,
  },
  // The resident answers the other side's claim about them ("说我试用期不合格 可我都干了十个月了",
  // "说我刮坏了要赔五百 我骑之前就有划痕"): two accounts, for a mediator to weigh.
  {
    id: "dispute10",
    kind: "dispute",
    pattern: /说我[^。！？!?]{1,16}[\s，,]\s*(可|但|可是|但是|其实)?我/,
    weight: 1.5,
  },
  // The other side will not own the loss, pays part of it, or keeps out of reach after talks: who
  // bears the loss is what the parties disagree on ("他们不承认", "只给了二百块", "交涉无果").
  {
    id: "dispute8",
    kind: "dispute",
    pattern:
      /不承认|拒不(赔偿|承认|退)|拒绝(赔偿|退)|不肯赔|不给赔|(?<!还)只(给了|赔了|同意|肯|愿意|口头)|(交涉|协商|沟通)[^。！!？?]{0,4}(无果|未果)|(多次|几次|反复)[^。！!？?]{0,8}交涉|避而不见|以[^。！!？?，,]{1,12}为由/,
    weight: 1.5,
  },
  // A claim the other side turned down or met in part ("我要求退款他们不同意", "只退一半", "只给两百五"),
  // or a shared cost some households refuse ("其他几户不肯分摊", "两户死活不出"): the parties disagree on
  // who pays, which a mediator settles. On the read sets 12 of 19 such messages were disputes.
  {
    id: "dispute14",
    kind: "dispute",
    pattern:
      /要求[^。！？!?]{0,10}(退|赔|补偿)[^。！？!?]{0,12}(不同意|只退|只给|不给|拒绝|不肯)|只退了?(一半|\d|[一二两三四五六七八九十百千])|只给(一半|\d|[一二两三四五六七八九十百千])|不肯(分摊|出钱)|(死活|坚决)不(出|交|给)/,
    weight: 1.5,
  },
  // An ultimatum from the other side ("不给就不卸车", "不交不给卡", "不加就不给底片"): a price or a term
  // in disagreement, held over the resident until they pay.
  {
    id: "dispute15",
    kind: "dispute",
    pattern: /不(给|交|加|付)[^。，,！!？?\s]{0,4}就?不(给|让|卸|做|开)/,
    weight: 1.5,
  },
  // A quarrel told in a clerk's or a letter's words ("双方多次争吵", "因占地发生口角", "与物业僵持不下"):
  // two sides at odds, as the chat words of dispute3 say it.
  {
    id: "dispute12",
    kind: "dispute",
    pattern: /争吵|争执|口角|(发生|产生|引发|存在)[^。！!？?，,]{0,4}(矛盾|纠纷|冲突)|僵持|主持公道/,
    weight: 2,
  },
  // Someone asked to weigh two sides ("给协调一下", "帮我们评评理", "谁对谁错", "来说道说道"): the resident
  // wants a mediator between them and the other party, not a culprit fined.
  {
    id: "dispute13",
    kind: "dispute",
    pattern: /(给|帮忙|帮我们|帮着|来)协调|评(个|评)?理|谁对谁错|说道说道/,
    weight: 1.5,
  },
  // Asking a third party to bring two sides together ("恳请社区组织调解", "主持协调", "组织业主与开发商
  // 协商") is a request for mediation.
  {
    id: "dispute9",
    kind: "dispute",
    pattern:
      /(主持|组织|出面)[^。！!？?]{0,12}(协调|调解|协商)|(与|和|跟)[^。！!？?，,]{1,12}协商(?!不成|未果|无果)/,
    weight: 2,
  },

  // Consultation: a question about a rule or a procedure.
  // "请你过问一下" asks someone to look into a matter, not a question.
  {
    id: "consultation1",
    kind: "consultation",
    pattern: /请问|咨询|想问|(?<!过)问一下|(?<!过)问问|打听/,
    weight: 2,
  },
  {
    id: "consultation2",
    kind: "consultation",
    pattern:
      /(需要|要)(带|准备|提供|提交)?(什么|哪些)(材料|手续|证件|条件)|(在哪|哪)(里|儿)?(能|可以)?(办|补|打|交|查|换|申请|领|登记|挂失|充值)|怎么(办理|申请|补办|报名|预约|交|缴|算|计算|处理|办)|如何(办理|申请|补办|认定|计算)|(申请|办理)(条件|流程|程序)/,
    weight: 2,
  },
  {
    id: "consultation3",
    kind: "consultation",
    pattern: /是否|能否|可否.{0,8}[？?]|多长时间|多久|什么时候|几点|归谁管|找哪个部门|哪个部门/,
    weight: 1,
  },
  {
    id: "consultation4",
    kind: "consultation",
    pattern: /[吗呢么][？?]?(谢谢|[。，,]|\s|$)|[？?]/,
    weight: 1,
  },
  // A question word in the clause that the thanks close ("每天几点在岗啊，谢谢了") asks, with or without "？".
  {
    id: "consultation6",
    kind: "consultation",
    pattern:
      /(几点|几号|哪天|多少钱|多少|哪里|哪儿|在哪|什么时候|怎么|如何|能不能|可不可以|有没有)[^。！!？?，,]{0,14}[啊呀呢吗嘛]?[，,\s]*(谢谢|多谢|麻烦了|麻烦您)/,
    weight: 1.5,
  },
  // A chat line that ends on what it wants to know ("失业金怎么领啊", "划片是哪个学校"), without "？".
  {
    id: "consultation7",
    kind: "consultation",
    pattern:
      /(几号|几点|哪天|多少钱|多少|哪个|哪家|哪里|哪儿|在哪|找谁|怎么(领|转|办理|弄|交|缴|查|报名|申请)|咋(领|转|办理|弄|交|缴|查|报名|申请))[^。！!，,？?]{0,6}[啊呀呢嘛]?\s*$/,
    weight: 3,
  },
  {
    id: "consultation5",
    kind: "consultation",
    pattern: /什么意思|干什么的|是怎么.{0,4}的|怎么(划|定|规定|收费|算)/,
    weight: 1.5,
  },

  // Suggestion: an idea for improvement, usually with no fault alleged.
  { id: "suggestion1", kind: "suggestion", pattern: /建议|建义|提议|倡议|呼吁/, weight: 2.5 },
  {
    id: "suggestion2",
    kind: "suggestion",
    pattern:
      /希望.{0,16}(增设|增加|加装|安装|装一个|设置|开通|修建|建设|建一个|建个|多放|多加|推行|推广|出台|规范|限制|延长|调整|优化|画|种|配备|开设|提供)/,
    weight: 2,
  },
  {
    id: "suggestion3",
    kind: "suggestion",
    pattern: /望.{0,8}(采纳|研究|考虑)|予以考虑|研究考虑|考虑采纳/,
    weight: 2,
  },
  {
    id: "suggestion4",
    kind: "suggestion",
    pattern: /(能不能|可不可以|可否|能否)(在.{0,12})?(加|多加|增设|装|建|设|开通|多放|安排|延长)/,
    weight: 2,
  },
  // A letter asking that a rule, a route or a service be changed proposes; it accuses nobody.
  {
    id: "suggestion5",
    kind: "suggestion",
    pattern:
      /(请求|恳请|恳求|希望|能否|可否|应当?尽快)[^。！？!?]{0,15}(延长|增开|开通|增设|放宽|取消|改为|改回|纳入|联网|简化|下放|覆盖|提高[^。！？!?]{0,6}(待遇|工资|标准|补贴))/,
    weight: 2,
  },

  // Praise: thanks for something done, not the politeness at the end of a request.
  {
    id: "praise1",
    kind: "praise",
    pattern: /表扬|点赞|点个赞|赞一个|锦旗|好评|感谢信|特此(感谢|致谢)|好样的/,
    weight: 3,
  },
  // Thanks that open the message, or that follow a job done, are the message.
  { id: "praise2", kind: "praise", pattern: /^(非常|特别|十分|衷心)?(感谢|谢谢|多谢)/, weight: 2.5 },
  {
    id: "praise3",
    kind: "praise",
    pattern:
      /(修好|换了|弄好|处理了|解决了|来水了|来电了|找回|追回|就来|很快|及时|好用|很好|满意|负责).{0,20}(感谢|谢谢|多谢)/,
    weight: 2.5,
  },
  {
    id: "praise4",
    kind: "praise",
    pattern:
      /(修|通|好|换|装|清理|处理|解决|办|回复|帮|来)[^，。！？]{0,4}了[，,。！!\s]{0,2}.{0,4}(感谢|谢谢|多谢)/,
    weight: 2.5,
  },
  // A letter's formal thanks to a named party ("谨向抢修人员致以诚挚的谢意", "向民警同志表示感谢") is the
  // letter; thanks offered in advance for a request ("提前表示感谢") are politeness.
  {
    id: "praise8",
    kind: "praise",
    pattern:
      /(?<!提前|预先|先行|先)(向|对)[^。！？!?，,]{2,30}(表示|致以|致)[^。！？!?]{0,8}(感谢|谢意|敬意|谢忱)/,
    weight: 3,
  },
  // Thanks in a formal register, without a named party before them ("向抢修的师傅们致敬", "希望社区
  // 表彰一下", "特致电表示感谢", "谨表敬意", "他的做法值得我们学习", "这份情我们铭记在心"): the message
  // is the thanks.
  {
    id: "praise9",
    kind: "praise",
    pattern:
      /(?<!此)致敬|表彰|(?<!(提前|预先|先行|先)[^。！？!?，,]{0,8})表示(衷心的|诚挚的)?(感谢|谢意)|(特|专程|专门)(此)?(致电|来电|打电话)(表示)?(感谢|致谢)|敬意|值得[^，。！？!?]{0,4}(学习|表扬|称赞)|铭记在心/,
    weight: 3,
  },
  { id: "praise5", kind: "praise", pattern: /很负责|负责任|热心|耐心|尽职|周到/, weight: 1 },
  // Praise told without a word of thanks: the person who did the job judged good ("真是好医生",
  // "真是个好小伙", "好人啊", "施工队不错", "比亲闺女还亲", "服务太到位了", "好人！"). "你们真是好人" to the operator who has
  // just taken a call for help is politeness, not the message.
  {
    id: "praise10",
    kind: "praise",
    pattern:
      /(?<!你们?[^。！？!?，,]{0,2})(是|真是|真|都是|的)个?好(人|医生|大夫|社工|干部|师傅|警察|民警|老师|网格员|护士|小伙子?|姑娘|同志)(?![^。！？!?]{0,2}(吗|呢|？|\?))|好人[啊呀哪]?[！!]|好人[啊呀哪][。~～\s]*$|没得说|比亲[^。！？!?，,]{0,3}还亲|服务(太|真|特别|非常)?到位|太感动|(师傅|施工队|物业|经理|民警|医生|大夫|老师|网格员|社工|志愿者|保安|护士)们?(真|很|挺|特别|非常)?不错/,
    weight: 2.5,
  },
  // Praise told as a verdict on what was done, without thanks: "处理得很到位", "太方便了",
  // "比以前方便太多了". "太方便了吧" is sarcasm about a nuisance.
  {
    id: "praise11",
    kind: "praise",
    pattern:
      /(处理|办|做|安排|服务)得(也)?(很|真|太|特别|非常|挺)?到位|(太|真|特别|非常)(方便|给力|贴心|暖心|省心)了(?!吧)|比(以前|原来|过去)[^。！？!?，,]{0,4}(方便|好|快|干净|安静|省事)[^。！？!?，,]{0,2}多了/,
    weight: 2.5,
  },
  // Things got better, then thanks: "终于小声了，谢谢社区", "干净多了 谢谢城管".
  {
    id: "praise7",
    kind: "praise",
    pattern:
      /((终于|总算)[^。！？!?]{0,12}了|(好|干净|安全|方便|安静|整洁|亮堂|顺畅|暖和|平整|宽敞|清净|放心|安心|踏实|舒心)多了)[^。！？!?]{0,16}(感谢|谢谢|多谢|点赞)/,
    weight: 2.5,
  },
  {
    id: "praise6",
    kind: "praise",
    pattern:
      /(感谢|谢谢|多谢|感激).{0,16}(帮|解决|修好|及时|辛苦|热心|耐心|付出|负责|找回|上门|服务)|辛苦了|办得好|真负责/,
    weight: 2.5,
  },

  /*
   * An improvement asked for, not a fault to fix: "能不能多开一个窗口", "希望社区医院能开个夜间门诊",
   * "价格牌能不能统一一下". Fixing, handling and checking (修, 管, 处理, 查) are complaints.
   */
  {
    id: "suggestion6",
    kind: "suggestion",
    pattern:
      /(希望|能不能|可不可以|可否|能否|好不好|要是能)[^。！？!?，,]{0,12}(多开|开个|开一个|开设|加个|加一个|放个|放一个|设个|设一个|装个|建个|搞个|弄个|出个|换(个|只|一个)[^。！？!?，,]{0,3}(大|小|亮|新|好)|统一|多组织|组织[^。！？!?，,]{0,6}(活动|培训|讲座)|多安排|加[^。！？!?，,]{0,4}功能|改成|改为)/,
    weight: 4,
  },

  /*
   * An improvement put without 建议 or a modal ("公园多放几个长椅吧", "路口应该搞个红绿灯", "这段路缺个
   * 斑马线", "能不能定个规矩", "标识能不能写清楚点", "可以多加几个扶手吗"): something added or made
   * clearer, not a fault fixed.
   */
  {
    id: "suggestion7",
    kind: "suggestion",
    pattern:
      /多(放|加|设|装|建|开|种|配|摆)[^。！？!?，,\s]{0,2}(几|一些|些)[^。！？!?，,\s]{0,6}(吧|嗎|吗)|应该(搞|建|设|装|加|开|配|修)(个|一个|几个)|^[^。！？!?，,]{0,10}缺(个|一个|几个)|(能不能|可不可以|可否|能否|可以)[^。！？!?，,]{0,8}(定个|立个|(写|标|弄|做)(得)?(清楚|明显|醒目|大)(点|一点|些))|可以[^。！？!?，,]{0,6}多(加|放|设|装|开)/,
    weight: 3,
  },

  /*
   * "如果能再放两个垃圾桶就更好了", "要是能开到十点就好了": what would make it better is the message,
   * even after thanks for what was done (see detect-kind.ts).
   */
  {
    id: "suggestion8",
    kind: "suggestion",
    pattern: CONDITIONAL_IMPROVEMENT,
    weight: 5,
  },
  // A service's hours or notice changed ("能不能晚上也开一会", "能不能错开高峰", "能不能提前在群里通知"),
  // or a thing put in place as a closing "吧" ("路口装个红绿灯吧"): a proposal, not a fault.
  {
    id: "suggestion9",
    kind: "suggestion",
    pattern:
      /(能不能|能否|可不可以|可否|希望)[^。！？!?，,]{0,16}(延长|开到|开一会|错开|推迟|晚上也开|提前[^。！？!?，,]{0,10}通知)|(装|加|建|设|放|开|种|划)(个|一个|几个|些|一些)[^。！？!?，,\s]{0,8}吧[。！!~\s]*$/,
    weight: 3,
  },

  // A small wish posted for volunteers.
  { id: "wish1", kind: "wish", pattern: /微心愿|小心愿|心愿/, weight: 3 },
  {
    id: "wish2",
    kind: "wish",
    pattern: /爱心人士|好心人|有心人|认领|志愿者.{0,8}(帮|陪|教|辅导|上门)/,
    weight: 2.5,
  },
  {
    id: "wish3",
    kind: "wish",
    pattern: /想要.{0,15}(爱心|好心|志愿)|(爱心|好心).{0,12}(帮|认领|圆|送)/,
    weight: 1.5,
  },
  // A concrete small thing wanted (一根拐杖, 一台收音机) is the shape of a wish, and decides it
  // unless a stronger request for help stands against it; "想要个说法" wants an answer, not a thing.
  {
    id: "wish4",
    kind: "wish",
    pattern:
      /想(要|有)(一|两|个|台|套|床|根|张|本|件|双|副|盒|几|些|辆|部)(?![^，。！？]{0,3}(说法|答复|解释|交代|结果|公道|安静|环境|公平|办法))/,
    weight: 3,
  },
  // A companion, a haircut, a photo, a present asked for someone frail: a wish for a volunteer to
  // claim ("想有人陪我说说话", "想给老伴要一张护理床", "有没有会照相的志愿者").
  {
    id: "wish5",
    kind: "wish",
    pattern:
      /想给[^，。？?]{0,8}要(一|个|张|双|台|根|套|件|辆|部|些)|想(有|找)(个)?人[^，。？?]{0,4}(陪|帮我(理|剪|洗|带|拿|买|读|写)|教)|有没有(会[^，。？?]{0,6}的)?志愿者|想学[^。？?]{0,14}有没有人教|陪我(说说话|聊天|聊聊)|想(请|找)(个)?人[^，。？?]{0,4}(帮|陪|来)|(唯一的|最大的)?愿望(是|就是)|有没有(年轻人|大学生|人)[^，。？?]{0,4}(教|帮|陪)|希望有[^，。？?]{0,8}志愿者/,
    weight: 3,
  },
  // Someone wanted to do a thing for a person who cannot ("想有人每周推他出去", "能不能有个年轻人来教教我",
  // "想配一副假牙 有没有公益项目"): a wish for a volunteer to claim, not a request for a service.
  {
    id: "wish6",
    kind: "wish",
    pattern:
      /想有(个)?人[^，。？?\s]{0,6}(教|帮|陪|推|带|送|买)|(能不能|有没有)有?(个)?(年轻人|大学生|志愿者)[^，。？?\s]{0,6}(教|陪|推|带)|有没有公益|(希望|想)有(个)?人[^，。？?\s]{0,4}(捐|送|赠)/,
    weight: 3,
  },
  // "怎么" and a bare verb closing a clause ("名字写错了 怎么改", "家庭医生怎么签约 …") asks how, in a chat
  // line without "？"; "怎么回事", "怎么还不…", "怎么能…" reproach.
  // Something found (a wallet, papers) and where to hand it in ("捡到一个钱包…交给谁", "交到哪里"): the
  // finder asks a way, accuses nobody. A finder who asks for a hand to trace the owner (帮) asks for help.
  {
    id: "consultation9",
    kind: "consultation",
    pattern:
      /^(?![\s\S]*帮)[\s\S]*(捡到|拾到|撿到)[\s\S]{0,60}(交给谁|交給誰|交到哪|交哪|交给哪|送到哪|交派出所还是)/,
    weight: 4,
  },
  // Whether a paper or a record must be changed, redone or filed ("身份证地址要不要改", "社保卡需不需要重新办"),
  // asked without a question mark: on the read sets 14 of 15 such lines are questions.
  {
    id: "consultation10",
    kind: "consultation",
    pattern:
      /(要不要|需不需要|需要不需要|用不用|是不是要|是否需要|是不是得)(去|重新|再)?(改|换|补|办|变更|更改|迁|重办|登记|申报|备案)/,
    weight: 3,
  },
  // Spoken questions without 吗: "能V不" closing a clause ("外地户口能办不"), what to bring
  // ("要带啥"), and a choice between two offices ("在社区办还是在人社局办"). None accuses anyone.
  {
    id: "consultation11",
    kind: "consultation",
    pattern:
      /(能|可以)\p{Script=Han}{1,3}不(?=[\s，,。？?]|$)|(要|得|需要)(带|准备|交|拿|提供)(啥|什么|哪些)|(在|去|找)\p{Script=Han}{1,8}(办|交|领|申请|登记|审)还是/u,
    weight: 3,
  },
  {
    id: "consultation8",
    kind: "consultation",
    pattern:
      /怎么(?!(还|又|不|没|回事|搞|这么|那么|能|可以|会|样|办|算|说|看|想|讲))\p{Script=Han}{1,2}(?=[\s，,。？?]|$)/u,
    weight: 2,
  },
];
