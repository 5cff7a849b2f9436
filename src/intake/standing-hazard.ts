/*
 * A standing condition with no present harm: a hazard that has been there a while or a habit that
 * worries the writer ("货架一直往一边歪…我很怕", "天台门没锁 小孩老上去玩 要锁上", "电线杆有点斜，现在还没倒
 * …看着不放心"), told with a worry or a request to fix it, nobody said to be hurt, trapped or ill, and
 * no word of the moment. The model's n-grams for 歪, 电线, 天台 call these dangers; the rules, which
 * name dangers by concept, already leave them alone, so this reading only holds back the model's
 * lone vote (see `combineUrgency`).
 */

// Words of the moment: something is happening now. "现在还没倒" says the opposite, so it is let through.
const MOMENT =
  /刚才|刚刚|刚路过|就在|今天|今早|今晚|今晨|正在|还在(?!那)|马上|快来|救命|赶紧|赶快|立即|立刻|现在(?!还?没)/;
// It has been so a while, or keeps happening, and nobody acts on it.
const STANDING =
  /一直|老是|老在|老往|老去|老上|总是|总往|总在|经常|天天|长期|好久|几个月|常年|堆着|没人管|没人理|没人清|不理|不修|不听|劝不动/;
// "没人被蛰", "没倒", "暂时没", "下面没人": the harm is named only to say it has not come.
const NOT_HARMED_YET = /没(有)?人(被)?(砸|伤|蛰|摔)|没(倒|掉|断|冒火|火花|溢)|暂时没|还没倒|下面没人|还好/;
// A worry, or a request to fix or prevent: the writer asks for a repair, not a rescue.
const WORRY_OR_REPAIR =
  /怕|担心|不放心|危险|心惊|吓人|提心吊胆|请[^，。 ]{0,8}(修|处理|加固|封|锁|扶正|补|来看|检查|管)|麻烦[^，。 ]{0,8}(修|处理|来看|补)|帮忙[^，。 ]{0,4}(封|修|处理)|(要|应该)[^，。 ]{0,4}锁上|谁来管|管一管|想找人|检修|绕着走/;
// Someone hurt, trapped, ill or missing, or a fire, smoke or shock: then it is no standing condition.
const SOMEONE_HARMED =
  /受伤|流血|出血|晕倒|昏|不醒|被困|困在|卡住|卡在|失踪|找不到|联系不上|呼吸|喘|救命|救人|抽搐|骨折|砸到|砸伤|烧伤|触电|电到|着火|起火|冒烟|火苗|明火|掉下去|掉进|摔倒|倒地|不动了|吐|疼|痛/;

/** Whether a normalised message tells a standing condition with no present harm. */
export function standingWithoutHarm(simple: string): boolean {
  return (
    WORRY_OR_REPAIR.test(simple) &&
    (STANDING.test(simple) || NOT_HARMED_YET.test(simple)) &&
    !MOMENT.test(simple) &&
    !SOMEONE_HARMED.test(simple)
  );
}
