/*
 * A fraud going on now: someone on the line with a fake policeman or "customer service", about to
 * move money. The sentence rules drop every sentence that mentions a scam (a call about a relative's
 * "accident" is a fraud to report, not an accident), so this reads the whole message. Minutes decide
 * whether the bank can still stop the transfer; a fraud already done ("被骗了五万，怎么追回") or a call
 * hung up is a police report in normal time, not an alarm.
 */

/*
 * Besides a fraud named, the writer doubts a title by quoting it ("有个“客服”说账号被冻结了", "说是给
 * “公安局的专案组”"), someone acts on a voice on the phone ("按电话里的人指示操作"), or the script is
 * a fraud's own (a fee to unfreeze an account, a suspicion of money laundering).
 */
const SCAMMER =
  /骗子|诈骗|骗局|冒充|假(警察|公安|客服|民警)|自称(是)?[^，。！？]{0,6}(警察|公安|民警|检察|法院|法官|客服|银行|领导|医保|社保)|安全账户|(共享|分享)屏幕|屏幕共享|刷单|[“"「『][^”"」』。]{0,8}(警察|公安|民警|检察|法院|法官|客服|银行|领导|医保|社保|海关|专案组)[^”"」』。]{0,10}[”"」』]|按(照)?电话(里|那头|那边)的?人?(的)?(指示|指挥|说的|要求)|解冻费|涉嫌洗钱/;
/*
 * Money about to move: told with a word of the moment (the place between may be long: "正在某街某行
 * 自助厅ATM前按…操作转账"), a transfer made while on the phone, a large sum asked for at the counter,
 * a code being typed in, the fraudster's call still open.
 */
const MONEY_MOVING_NOW =
  /(正在|正|还在|马上|准备|要去|非要|执意|硬要)[^，。！？]{0,24}(转账|转钱|汇款|打钱|取钱|取款|取现|付款|买卡|充值|贷款)|(拦|劝)(都|也)?(拦|劝)?不住|不听劝|还在(跟|和)?[^，。！？]{0,8}(通话|打电话|视频|操作|转)|(现在|正|人)(就)?在(银行|柜台|ATM|取款机)|一边(打|接|听)(着)?电话[^，。！？]{0,2}一边[^，。！？]{0,4}(转|汇|取|按|操作)|(要|想|准备)取[^，。！？]{0,6}(万|现金)|在(按|输|填)[^，。！？]{0,4}验证码|电话(还)?(没|没有)挂/;
// Already over, warded off, heard of, or a question about prevention.
const NOT_NOW =
  /已经挂|挂(了|断|掉)|没(有)?(转|上当|理他|理它|理会)|识破|听说|据说|提醒|宣传|讲座|防骗|反诈(宣传|知识|App|APP|app)|以前|上次|去年|上个?月|差点|追回|报案|立案|被骗(了|走)[\d一二两三四五六七八九十几百千万]/;

/*
 * Someone else being taken in: a writer who names the caller a fraud is not about to pay, but a parent
 * on the phone with "the police" cannot be talked out of it. The writer as the victim is a report.
 */
const SOMEONE_ELSE =
  /(爸|妈|父亲|母亲|奶奶|爷爷|姥姥|姥爷|外婆|外公|老人|小孩|孙子|孙女|老太太|老太|大爷|大妈|阿姨|老头|婆婆|公公|岳父|岳母|老伴|老公|老婆|媳妇|爱人|儿子|女儿|孩子|邻居|同事|(一个|有个|一位)[^，。！？]{0,4}(老|大|女|男))/;

// "要我马上转钱，我觉得是骗子": the writer is the one asked, and has seen through it.
const WRITER_ASKED = /(要|让|叫|逼)我[^，。！？]{0,8}(转|汇|打钱|取钱|付|充)/;

export interface FraudFinding {
  reason: string;
  sentence: string;
}

/** The sentence (or the whole message, when it is one run-on line) telling a fraud under way. */
export function fraudUnderWay(simple: string): FraudFinding | null {
  if (!SCAMMER.test(simple) || NOT_NOW.test(simple) || !SOMEONE_ELSE.test(simple)) return null;
  if (WRITER_ASKED.test(simple)) return null;
  const money = MONEY_MOVING_NOW.exec(simple);
  if (!money) return null;
  const sentence = simple.split(/(?<=[。！？!?])/).find((s) => s.includes(money[0])) ?? simple;
  return { reason: money[0], sentence };
}
