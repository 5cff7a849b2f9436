/**
 * Dangers every false-alarm veto must leave as emergencies: the phrasings a tuning brief checks by
 * hand (an earlier veto for "standing hazards" made the first two normal and was reverted).
 */
export const BRIEF_DANGER_PROBES: [string, string][] = [
  ["孩子一直在发烧抽，怕出事", "convulsions"],
  ["工地塔吊一直在晃", "a crane swaying"],
  ["楼道里有很大的煤气味", "gas"],
  ["问了物业说正常，但是楼道里烟越来越大", "smoke growing"],
  ["我妈摔倒了起不来", "a fall"],
  ["电梯里关着人已经半小时了", "shut in a lift"],
  ["有个人拿刀在楼下乱挥，路人都没事", "a knife waved"],
  ["冰面裂了有个小孩掉下去了", "through the ice"],
];
