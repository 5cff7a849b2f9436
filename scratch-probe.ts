// scratch: how the engine files a few phrasings (copy into a worktree root as scratch-probe.ts)
import { OfflineEngine } from "./src/intake/offline-engine.js";
import { loadDomainConfig } from "./src/runtime/load-domain-config.js";
const engine = await OfflineEngine.create(await loadDomainConfig("config"), {});
const texts = process.argv.length > 2 ? process.argv.slice(2) : [
  "楼道里有很大的煤气味", "闻到很重的燃气味", "家里一股臭鸡蛋味，燃气表还在走", "孩子一直在发烧抽，怕出事", "工地塔吊一直在晃",
  "问了物业说正常，但是楼道里烟越来越大", "我妈摔倒了起不来", "电梯里关着人已经半小时了", "六岁的孩子找不到半个小时了",
  "有人掉进没盖的井里了，头在流血", "老太太在家摔倒了门锁着进不去", "学校旁边挖断了燃气管", "我爸喝了农药", "隔壁在吵架说要砍人",
  "樓道裡煤氣味很重", "楼下电线掉下来了还在冒火花", "河里有人落水了", "家里着火了", "邻居家一直冒黑烟敲门没人应",
  "上周楼道着过火，已经处理好了，建议加装灭火器", "消防演习的烟别担心吧？", "我气炸了，物业一直不修路灯", "昨天燃气公司来检查说没问题",
  "电视里说煤气泄漏很危险，怎么预防", "路灯不亮，另外垃圾没人清运", "小区里的狗一直叫，吵得睡不着",
];
for (const text of texts) {
  const c = engine.extractSync({ text, channel: "wechat" });
  console.log(`${c.urgency.padEnd(9)} ${String(c.category).padEnd(18)} ${text}`);
}
