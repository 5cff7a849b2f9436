/*
 * Residents tell noise by what makes it and when ("KTV每天晚上唱到两三点", "凌晨四点就有大喇叭循环卖豆腐
 * 脑", "排风机声音太大，整夜嗡嗡的"), seldom by the word a work order files it under. A title that names
 * only the source and the hour does not say what is wrong with it: "噪音扰民" says it, as the unit's
 * own list does.
 */

/*
 * What makes the noise: voices and music, loudspeakers, machines and tools. Not 装修 alone: "装修的渣
 * 土" is what is dumped, the tool (电钻, 冲击钻) says the works are heard.
 */
const SOUND_SOURCE =
  /喇叭|音响|音箱|广播|唱歌|唱到|唱[^，,]{0,4}点|KTV|ktv|K歌|卡拉OK|电钻|电锯|冲击钻|切割机|电镐|剁|划拳|鼓风机|排风机|风机|提示音|嗡嗡|叫卖|吆喝|放音乐|放歌|跳舞|广场舞|敲打|鸣笛|打桩/;
/** When or how long: what turns a sound into a nuisance. */
const NUISANCE_TIME =
  /凌晨|半夜|深夜|夜里|夜间|整夜|通宵|晚上|早上|清早|一大早|中午|午休|[0-9一二三四五六七八九十两]+点|整天|天天|每天|不停|一直|循环|没完/;
/** The line already says it is noise. */
const NOISE_SAID = /吵|噪|扰|擾/;
/*
 * Or says something else is wrong: a loudspeaker that is broken, works that block the road or leave
 * dust, a stall's rubbish. The noise term would stand beside the fault the line already tells.
 */
const OTHER_FAULT =
  /坏|不响|没声|没有声音|故障|(?<!装)修|掉|漏|堵|占|挡(?!不住)|脏|臭|味|烟|尘|灰|危险|隐患|收费|钱|骗|违|私自|坑|倒(?!车)|断|不亮|灭|闪|塌|裂|砸/;

/** Another fault, or what the noise's makers block: the line says more than a noise. */
const KEPT = new RegExp(`${OTHER_FAULT.source}|撞|摆到|过不去|马路中间`);

const FILED = ["噪音扰民", "扰民"] as const;

/**
 * The line with the work-order term for noise after it, when the line tells a nuisance sound without
 * saying it is one nor any other fault ("桌子摆到了马路中间", "上周又撞了两辆" keep the line as it is).
 * Trailing clauses leave to make room, but never the one that names the source or the place (`place`,
 * the resolver's name).
 */
export function withNoiseNamed(line: string, max: number, place?: string | null): string {
  if (!SOUND_SOURCE.test(line) || !NUISANCE_TIME.test(line) || NOISE_SAID.test(line) || KEPT.test(line))
    return line;
  const clauses = line.split("，");
  for (const term of FILED)
    for (let keep = clauses.length; keep >= 1; keep--) {
      const dropped = clauses[keep];
      if (dropped !== undefined && place && dropped.includes(place)) break;
      const head = clauses.slice(0, keep).join("，");
      if (!SOUND_SOURCE.test(head)) break;
      const titled = `${head}，${term}`;
      if ([...titled].length <= max) return titled;
    }
  return line;
}
