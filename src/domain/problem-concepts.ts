import { simplify } from "./text-simplify.js";

/*
 * The words residents use for the things that go wrong in a neighbourhood, folded to one concept
 * each: "挡板", "施工围栏" and "围起来" are all the hoarding (围挡). Two reports about different
 * things (a lift and a stairwell light) are different problems however alike the rest reads; two
 * about the same thing with different faults (a radiator that is cold, one that leaks) too.
 * Order matters: a longer, more specific phrase is taken (and blanked) before a shorter one inside it.
 */
const OBJECTS: readonly [string, RegExp][] = [
  // Work at night is its own problem (the hours), not the hoarding or the dust of the same site.
  [
    "夜间施工",
    /(夜间|夜里|半夜|晚上|每晚|凌晨|深夜)[^，。,.!！?？;；\s]{0,10}?(施工|干活|打桩|打钻|(?<![写做][^，。,.!！?？;；\s]{0,3})作业|开工|浇筑|[浇打]混凝土)|连夜施工|(?:干|干活|施工|作业|打桩)到(?:后?半夜|凌晨|深夜|夜里)|(?<!(?:下午|白天|中午|上午)[^，。,.!！?？;；\s]{0,8})(?:工地|施工)(?:(?!下午|白天|中午|上午)[^，。,.!！?？;；\s]){0,6}?(?:干|干活|施工|作业)到(?:[零一二两三四]|[0-4](?!\d))点(?![^，。,.!！?？;；\s]{0,4}(?:下午|白天))/g,
  ],
  // Pesticide sprayed where people are (a smell, a mist on washing, children coughing): the spraying
  // is the matter. Asked for ("安排打药", "谁负责打药") it is the remedy of a pest, not a complaint.
  [
    "打药",
    /(?<!安排|负责|请|该|需要|要|来|尽快|及时|赶紧)(?:打[了完过]?(?:农)?药|喷[了完过]?(?:杀虫)?药)|农药|杀虫药|药雾|药味|(?:用|打|喷)的(?:啥|什么)药/g,
  ],
  ["焚烧", /烧垃圾|烧树叶|烧秸秆|焚烧|烧东西|烧塑料|烧电线|烧轮胎|烧纸/g],
  // A lorry's refrigeration left running at night: what makes the noise, like a loudspeaker.
  ["冷藏车", /冷藏车|冷链车|冷机|制冷机/g],
  // Live poultry sold or slaughtered at a door: its smell, blood and mess are one matter.
  ["活禽", /活禽|活鸡|杀鸡|宰鸡|宰杀/g],
  // A lawn or flower bed dug up for vegetables: a use of the green, not the green itself.
  ["种菜", /种菜|菜地|毁绿/g],
  // Paint on a wall (sprayed words, drawings) and paper stuck on it are two jobs for two crews: the
  // one is painted over, the other scraped off (`OTHER_MARKS`). Both are told with the wall.
  [
    "涂鸦",
    /涂鸦|乱涂|乱画|涂画|画花|画满|喷涂|喷字|喷[了满上][^，。,.!！?？;；\s]{0,8}?(?:字|图|画|话|涂鸦)|喷的乱七八糟|(?:喷漆|红漆|黑漆|白漆|油漆)[^，。,.!！?？;；\s]{0,4}(?:画|喷|写)|[用拿][^，。,.!！?？;；\s]{0,3}漆[^，。,.!！?？;；\s]{0,3}(?:喷|画|写)/g,
  ],
  ["小广告", /小广告|乱贴|牛皮癣|小贴纸|(?<![补津倒])贴(?:得|到|了?(?:好多|很多|一堆|一片))|一张压一张/g],
  // A ceiling, a floor or a wall that shakes or thuds ("天花板咚咚响", "墙都在震") is a neighbour's
  // noise told by how it is felt, not the ceiling or the wall at fault.
  [
    "噪音",
    /(?:天花板|楼板|地板|墙)[^，。,.!！?？;；\s]{0,3}?(?:震|咚咚|嗡嗡|咣咣|哐哐|砰砰|响)|震得[^，。,.!！?？;；\s]{0,4}?(?:天花板|楼板|地板|墙)/g,
  ],
  // People at a place, told by what they do there, not by the thing they do it to: somebody going
  // through the bins is not the bins left unemptied; somebody sleeping rough (on cardboard, in a
  // stairwell, a vagrant) is one matter whoever tells it and whatever he sleeps on; drinking in
  // public (a drunk, his bottles) another. A stray cat or dog is no vagrant.
  [
    "翻垃圾",
    /翻垃圾|扒垃圾|垃圾桶?[^，。,.!！?？;；\s]{0,4}被[^，。,.!！?？;；\s]{0,8}翻|翻[^，。,.!！?？;；\s]{0,3}垃圾桶|掏垃圾桶|捡垃圾/g,
  ],
  [
    "露宿",
    /流浪(?:汉|人员|者|的人|老人)|流浪(?![猫狗])|拾荒(?:的|者)|乞丐|乞讨|要饭的|打地铺|露宿|铺了?被子|铺盖卷?|睡在[^，。,.!！?？;；\s]{0,6}?(?:纸箱子?|纸板|纸壳|地上|路边|楼道|楼梯|平台|桥洞|门口|长椅|椅子|凳子|外面|外头)(?:上|里|下|边)?|(?:天天|每天|晚上)在那(?:儿|里)?睡/g,
  ],
  // Drinking games at night (喝酒划拳) are the noise they make, told as the 噪音 below.
  [
    "醉酒",
    /酒鬼|醉汉|醉鬼|喝醉|喝多了|耍酒疯|发酒疯|喝酒(?![^，。,.!！?？;；\s]{0,2}(?:划拳|猜拳))|喝上了|酒瓶子?/g,
  ],
  // A fight is its own matter; minors let into a net café another (the café only says where).
  ["打架", /打架(?!子)|斗殴|打起来|动手打人/g],
  [
    "未成年",
    /未成年人?|(?:小孩|孩子|学生|小学生|初中生|中学生)[^，。,.!！?？;；\s]{0,4}(?:随便进|都能进|也能进|进去上网|上网|通宵)/g,
  ],
  // Rats, and what they gnaw (wires in a car): the rats, not a dog that bit somebody.
  ["老鼠", /老鼠(?!药)|耗子(?!药)|鼠患|(?<=(?:老鼠|耗子)[^。.!！?？;；]{0,20})咬(?:坏|断|破)?了?/g],
  // A smoke alarm that beeps is its battery run down, not the flat's power.
  [
    "烟感",
    /烟感(?:报警器|探测器)?|烟雾(?:报警器?|探测器)|火灾报警器|(?<=(?:烟感|报警器|探测器)[^。.!！?？;；]{0,16})(?:没电了?|电池没电)/g,
  ],
  // The signs of an abandoned car told by its body (dust a finger thick on it), read before dust
  // in the street takes the words.
  [
    "僵尸车",
    /(?:车身|车上|车顶|车窗|车盖)[^，。,.!！?？;；\s]{0,3}(?:全是|都是|落满了?|一层)灰|灰都?(?:有|落了)?一指厚/g,
  ],
  // A compound's or school's own wall (围墙, 院墙) is masonry, not a site's hoarding.
  // ... but a building site's wall (工地围墙) is its hoarding.
  ["墙面", /(?<!工地|施工|工地的)围墙|院墙|墙皮|墙面|墙体|外墙|外立面|(?<!工地|施工|工地的|围)墙(?!头草)/g],
  // The barrier arm of a car park or gate, not a site's hoarding.
  // Told by what it does or fails to do: it will not rise or fall, it does not read the plate; a
  // gate's rail (门…栏杆) is its barrier, a road's railing is not.
  [
    "道闸",
    /道闸|抬杆|收费杆|起落杆|挡车杆|拦车杆|闸杆|自动杆|出口栏杆|入口栏杆|栏杆(?=[^，。,.!！?？;；\s]{0,3}(?:抬|落|起|常开))|(?<=门[^。.!！?？;；]{0,3})栏杆|车牌识别|识别车牌|认不出车牌|(?<=(?:进|出|进出)车的?那?个?)杆子?|杆子?(?=不起|不落|不抬|抬不起|落不下)|(?<=[东西南北正后侧]门的?)杆子/g,
  ],
  // Fencing off a lawn to build on it is the building, not a hoarding.
  [
    "围挡",
    /施工围挡|施工围栏|工地的?围墙|施工围墙|围挡|围档|(?<!玻璃)挡板|围栏|(?<!剩下?|剩了)铁皮(?!房)|(?:围起来|围了起来|圈起来)(?![^，。,.!！?？;；\s]{0,2}[盖搭建])/g,
  ],
  // "楼道里好几层灯都不亮": the landing lights, told after the stairwell.
  [
    "楼道灯",
    /楼道灯|楼道的灯|楼道里的灯|声控灯|感应灯|楼梯灯|楼道里[^，。,.!！?？;；\s]{0,5}?灯(?![箱牌笼带])/g,
  ],
  // A lamp in a compound's grounds (庭院灯, 景观灯) is the compound's, not the street's lamp.
  ["庭院灯", /庭院灯|景观灯|草坪灯/g],
  // "The lamp at the junction" / "outside the east gate" (路口那盏灯, 门外那根灯) is a street lamp told
  // by where it stands ("小路一盏灯都没有" counts lamps, it points at none).
  // "巷子里的灯", "街上的灯又灭了": the lamp of a lane or street is its street lamp.
  [
    "路灯",
    /路灯|灯杆|(?<=[路街巷口外前后下旁][那这])[根盏]灯|(?<=[路街巷](?:子里|里|上|边)的?)灯(?![箱牌笼带])/g,
  ],
  // A stairwell or a road told only as dark at night is its light out, told by what the resident
  // sees: the one thing there whose fault darkness is. Only the place is taken, so the darkness is
  // still read as the fault.
  [
    "楼道灯",
    /(?:楼道|楼梯间|楼梯)(?=[^，。,.!！?？;；\s]{0,6}?(?:全黑|漆黑|黑乎乎|黑灯瞎火|黑咕隆咚|摸黑|一片黑|也黑|太黑|很黑|黑的))/g,
  ],
  [
    "路灯",
    /(?:路面|路上|马路|巷子|小路|那段路|那条路|[那这]一?段|(?<=[\u4e00-\u9fff])[路街巷](?=晚上|夜里|一到晚上|黑灯瞎火|黑咕隆咚|一片漆黑))(?=[^，。,.!！?？;；\s]{0,6}?(?:全黑|漆黑|黑乎乎|黑灯瞎火|黑咕隆咚|摸黑|一片黑|太黑|很黑|黑得|看不见路|晚上看不见))/g,
  ],
  // Running a red light is drivers' behaviour, not the signal: taken before the signal's words.
  ["闯红灯", /闯红灯|闯灯|抢红灯/g],
  ["红绿灯", /红绿灯|信号灯|红灯|绿灯/g],
  // A passenger or goods lift (客梯, 货梯) is a lift.
  // A lift told by its number or place in a row ("3号梯", "那部梯") is a lift; 楼梯 is the stairs.
  ["电梯", /电梯|客梯|货梯|消防梯|[单双]号梯|(?<=\d号|[一二三四五六七八九十]号|[那这一]部)梯(?![子田度])/g],
  // A lock or door prised open (储藏室被撬, 门锁被撬): a break-in, not the entrance's lock failing.
  [
    "撬门",
    /(?:门锁|锁|门|储藏室|储藏间|地下室|车库)[^，。,.!！?？;；\s]{0,3}被撬|撬(?:锁|门)|被撬了?(?:一家|好几家|[一两三四五六七八九十几]+家)|撬(?:开|坏)了?(?:门|锁)/g,
  ],
  // "单元门口" / "单元门前" says where, not that the door is broken.
  // A fire exit or a stairwell's door shut with a lock or a chain ("消防通道门锁了", "安全出口…拿链子锁着"):
  // the way out, not the entrance's lock nor things piled in the fire lane. Taken before both.
  ["安全出口", /安全出口|疏散门|消防通道的?门|消防门|(?:楼梯间|楼梯口)的?门(?=[^。.!！?？]{0,12}锁)/g],
  // An entrance told by its card reader ("卡刷不开", "刷不了卡") or as the electric door; a
  // pedestrian turnstile that reads faces (人行闸机, "刷脸的门") is one too, told by the estate's
  // staff as the turnstile and by residents as the door that will not open for their face.
  [
    "门禁",
    /门禁|人行闸机|(?<!停车场|车库|车辆)闸机|刷脸(?:的|开)?门|刷脸(?=[^，。,.!！?？;；\s]{0,3}(?:也|都)?(?:没反应|没用|开不了|不开|打不开))|人脸识别|(?<!出不了|进不了|出不去|进不去|出不来|进不来)单元门(?![口前外边旁])|门锁|电子门|卡刷不开|刷不了卡|刷卡(?=[^，。,.!！?？;；\s]{0,3}(?:也|都)?(?:没反应|没用|开不了|不开))/g,
  ],
  // An estate's or a compound's gate for vehicles and people (the electric sliding gate, the iron
  // gate), told broken by the estate's staff and by the residents shut out by it.
  // Told as where something else is ("电动门那边的监控"), it is a landmark.
  [
    "大门",
    /(?:电动伸缩门|伸缩门|电动门|电动大门|铁栅栏门|栅栏门|大铁门|铁大门)(?![^，。,.!！?？;；\s]{0,2}(?:旁|边|对面|附近|那|上方|上面))/g,
  ],
  // 马葫芦 is the north-eastern word for a manhole; its cover is the cover.
  // A cover slab over a pit (化粪池盖板, 水泥盖板) is its cover; a well or shaft told as open ("井口没盖",
  // "旧井没盖子") is its cover missing.
  // A drain's well told as welling up through its cover ("下水井盖往外冒水") is the drain, not the cover.
  ["下水道", /(?:下水|污水|雨水|窨)井盖?(?=[^，。,.!！?？;；\s]{0,10}?冒)/g],
  // A cover's seat or ring (井座, 井圈) is the cover as the works order names it.
  ["井盖", /井盖子?|井的盖子?|井口的?盖子?|马葫芦盖子?|盖板|井座|井圈|(?<=井口?)没有?盖子?/g],
  ["消防栓", /消防栓|消火栓/g],
  ["暖气", /暖气|供暖|暖气片|取暖/g],
  // A meter (counting wrong, broken) is the household's account, not the supply it measures.
  // Where heat and power come from for a whole compound: a fault there is felt in every flat.
  ["换热站", /换热站|热力站|锅炉房/g],
  // Hot water from the building's or the estate's own plant (a boiler room, a heat-pump set),
  // told gone by the flats it feeds ("没热水了", "热水停了"). Not a flat's own water heater, nor a
  // hot-water pipe that leaks (a leak between floors).
  ["热水", /没(?:有)?热水(?![器管壶袋])|热水(?:停了|没了|断了|不来|供应)|热水机组|热泵机组|供热水/g],
  ["热力井", /热力井|暖气管道井|暖气井|热力管道井|蒸汽井/g],
  ["变压器", /变压器|配电房|箱变|变电箱/g],
  ["配电箱", /配电箱|电箱|电表箱|配电柜/g],
  ["计量表", /燃气表|煤气表|天然气表|水表|电表|气表/g],
  ["水箱", /水箱/g],
  // A basement's sump pump and a building's downpipe: what floods a car park or a wall's foot when
  // it fails (CAUSES).
  ["排水泵", /排水泵|抽水泵|潜水泵/g],
  // A building's own water pumps (the booster room under it): what hums or shakes the flats above.
  ["水泵", /水泵房?|泵房|加压泵/g],
  // A kitchen's or a shop's fan (exhaust fan, a stove's blower): one source, told by its noise or its hours.
  ["风机", /排风扇|排气扇|抽风机|排风机|鼓风机|风机/g],
  // A water riser or the shaft it runs in (管道井, 管井), and "the pipe upstairs" it is told as below:
  // a leak there wets the landings of several floors. A soil stack is the drains'.
  ["立管", /(?<!排污|污水|下水|排水)(?:自来水|上水|给水|供水)?立管|管道井|管井|(?:楼上|上面)的?(?:水)?管子/g],
  ["落水管", /雨水管|落水管|雨水立管/g],
  ["违建", /私搭乱建|违建|违章建筑|私建|加盖|盖了个|搭了个|彩钢房|铁皮房|搭棚/g],
  // A sign or billboard on a roof is the sign, not the roof: taken before the roof's words.
  // A facade's big screen (its glare at night) is a thing of its own: a shop's sign is not it, and
  // a lift's display (显示屏) is no screen on a wall.
  ["大屏幕", /大屏幕|LED(?:显示)?屏|(?:外墙|楼体|楼顶|墙上)[^，。,.!！?？;；\s]{0,4}(?:显示屏|电子屏)/g],
  // The inspector's word for a sign is "户外广告设施".
  ["广告牌", /广告牌子?|大牌子|招牌|灯箱|牌匾|户外广告|广告设施/g],
  ["屋顶", /楼顶|屋顶|(?<![厨库书卧客机病药票住平楼])房顶|顶楼|屋面|天花板/g],
  // "楼上扔下来一个酒瓶": thrown from above, told by the one it nearly hit.
  ["高空抛物", /高空抛物|往楼下扔|从楼上扔|往下扔|(?:楼上|上面)[^，。,.!！?？;；\s]{0,4}(?:扔|丢|抛)下来/g],
  // A charging post or shed (or a battery-swap cabinet) is a facility that breaks or burns; charging
  // by a wire strung from a window is what residents do without one. Taken before the wire.
  ["充电桩", /充电桩|充电的?桩子?|充电棚|充电站|充电柜|换电柜|换电池的[^，。,.!！?？;；\s]{0,4}柜子?/g],
  ["飞线充电", /飞线充电|楼道[^，。,.!！?？]{0,8}充电|充电/g],
  ["烧烤", /烧烤|烤串/g],
  // A kitchen's smoke told as "烟味" or "烟" after the restaurant that makes it is its fumes, not
  // somebody smoking (抽烟, 烟头 stay 吸烟).
  [
    "油烟",
    /油烟|排烟|烟道|(?<=(?:菜馆|饭店|餐馆|饭馆|馆子|烧烤|火锅|面馆|炸鸡|后厨|厨房)[^。.!！?？;；]{0,12}(?<![抽吸]))烟(?:味儿?|气)?(?!头|蒂)/g,
  ],
  // Smoke rising from a fire (冒烟味) is not somebody smoking.
  ["吸烟", /抽烟|吸烟|(?<!冒)烟味|烟头/g],
  ["空调", /空调外机|空调|冷气机|(?<![没有不出])冷气|室外机|外机|冷却塔/g],
  // A camera on a pole (a junction's, a compound's): one thing whoever owns it. Not "查监控", the
  // footage asked for, nor a camera told only as hanging on what is reported ("灯杆…上面还挂着个摄像头").
  [
    "摄像头",
    /(?<!挂着个?|挂着个?监控)摄像头|监控探头|电子眼|(?<!查|调|看)监控(?=[^，。,.!！?？;；\s]{0,2}(?:掉|坏|歪|挂|吊|不))/g,
  ],
  // The parcel lockers go by their brand (丰巢, often written 蜂巢) or by what they are (智能柜,
  // 取件柜): the lockers, not a wasp nest. Taken before the nest's words.
  [
    "快递",
    /丰巢|蜂巢(?=柜|快递|取件|[^，。,.!！?？;；\s]{0,4}(?:件|东西|包裹))|智能柜|取件柜|快件柜|快递柜/g,
  ],
  ["马蜂窝", /马蜂窝|蜂窝|马蜂|蜂巢/g],
  // Wires strung by hand from a pole (飞线, 乱拉的线) are wires; charging a scooter that way is taken above.
  // A line overhead is told by its service (网线, 光缆, 宽带线) or only as "那根线" hanging low: which
  // company owns it is the classifier's guess (power, telecom, the street), the line is one thing.
  [
    "电线",
    /电线|电缆|电杆|线缆|拉线|飞线|乱拉的线|私拉的线|网线|光缆|光纤|宽带线|电话线|通信线|电力线|[一那这有哪]根[^，。,.!！?？;；\s]{0,3}?线(?![路索条])/g,
  ],
  // The service a cut line carries, told by the shops that lost it: the internet gone (网断了, 宽带没了).
  ["网络", /断网|网断|没网|没有网|网络(?:断|中断|不通|没)|网(?:也|都)?(?:断|没)了|宽带(?!线)/g],
  ["炸街", /炸街|轰油门|改装摩托|改装车|排气[筒管]|摩托车?(?=[^，。,.!！?？;；\s]{0,6}(?:响|吵|轰|飙))/g],
  // Mud carried onto the road by a site's lorries (no wheel wash at the gate) is the lorries' matter,
  // told by the mud whichever vehicle the resident names.
  [
    "渣土车",
    /渣土车|土方车|拉土车|泥头车|带泥|轮子[^，。,.!！?？;；\s]{0,3}泥|(?:没有?|不)(?:冲洗|洗轮子|冲轮子)/g,
  ],
  [
    "扬尘",
    /扬尘|灰尘|粉尘|尘土|全是土|土很大|暴土|黄土|灰太大|灰大|灰很大|全是灰|一层灰|都是灰|灰到处|到处都是灰|(?:没有?|不)(?:洒水|盖网|覆盖)/g,
  ],
  // A loudspeaker or a hawker's cries: what makes the noise, wherever it stands.
  // A horn sounded in a queue of cars (按喇叭) is no loudspeaker.
  // An instrument practised at home (a piano, an erhu, drums) is a source of its own, like a band.
  [
    "扩音",
    /大喇叭|(?<![按鸣摁])喇叭|喊麦|扩音器|音响|音箱|放歌|吆喝|叫卖|低音炮|乐队|钢琴|[弹练]琴|二胡|唢呐|萨克斯|架子鼓|打鼓|敲鼓/g,
  ],
  ["广场舞", /广场舞|跳舞|音乐/g],
  ["KTV", /ktv|歌厅|卡拉ok|练歌房|唱k/gi],
  // A bar and a morning market say where, not what is wrong: a bar's band and the drunks at its
  // door, a market's loudspeaker and its stalls in the road, are two problems (venues).
  ["酒吧", /酒吧|清吧/g],
  ["网吧", /网吧|网咖/g],
  ["早市", /早市|集市/g],
  ["装修", /装修/g],
  // Firecrackers at night: what makes the noise, like a loudspeaker.
  ["鞭炮", /鞭炮|炮仗|放炮|烟花爆竹/g],
  // The refuse round's own noise (a truck loading at dawn) is the collection, not refuse left lying:
  // taken before the refuse and the noise words, like any other thing that makes a noise. The noise
  // is often told in the next clause ("垃圾车五点就来，声音太大").
  [
    "清运噪音",
    /(?:垃圾车|清运车|环卫车|收垃圾)[^。.!！?？;；\s]{0,12}?(?:吵|噪音|噪声|轰隆|声音太?大|声音响|太响|哐哐|咣咣|叮叮当当)|(?:垃圾车|清运车|环卫车)[^，。,.!！?？;；\s]{0,3}?(?:凌晨|半夜|[二三四五]点多?就?来)/g,
  ],
  // Sources of a noise, told by the sound they make (a table: a source shared agrees, sources that
  // differ part; "吵", "噪音", "扰民" name no source and never agree alone). Knocking and chopping in a
  // flat; a machine's hum (a pump, a fan, a cooler named is that source instead); power tools.
  ["敲击", /剁(?:东西|肉|馅子?|骨头|排骨)|敲(?:东西|墙|地板?)|钉钉子|拍球|跳绳/g],
  ["机器声", /压缩机|(?:机器|机子|电机|马达)[^，。,.!！?？;；\s]{0,4}(?:响|转|声)/g],
  ["电动工具", /电钻|冲击钻|电锯|切割机?|角磨机/g],
  ["噪音", /噪音|噪声|划拳|猜拳|吵|扰民|睡不着|睡不了|喧哗|大声|震天响|敲敲打打|唱到|声音巨响|巨响/g],
  // Furniture and fittings dumped whole: a bulky-waste job, not a broken street bench.
  ["大件垃圾", /大件垃圾|旧门窗|旧床垫|桌椅|[旧破]桌子/g],
  // A litter bin by the road (果皮箱) is refuse's, like a bin; taken before its metal is read as a hoarding.
  ["垃圾", /垃圾|泡沫箱|烂菜叶?|菜叶子|果皮箱|废物箱/g],
  // The toilet of one's own flat ("我家厕所冲不下去") is no public toilet.
  ["公厕", /公厕|公共厕所|(?<!家|家里|我家的|屋里|家[^，。,.!！?？;；\s]{1,3})厕所/g],
  // Icicles hanging from eaves or an awning: a danger from above, not ice lying on a path.
  ["冰挂", /冰溜子|冰挂|冰凌|冰柱|冰锥/g],
  // Ice and snow left lying on a path: who clears it is the problem, not the weather.
  [
    "冰雪",
    /结冰|结了[^，。,.!！?？;；\s]{0,4}冰|全是冰|一片冰|一层冰|冰[很太好特别挺]?厚|冰疙瘩|积雪|雪(?=[^，。,.!！?？;；\s]{0,4}(?:没人扫|没扫|没清|没有清))|铲冰|扫雪|铲雪|(?<!雪)雪(?![糕碧花白亮松])/g,
  ],
  [
    "积水",
    /积水|积了[^，。,.!！?？;；\s]{0,4}水|水淹|淹了|就淹|进水|泡水了|泡了水|泡在水里|泡着|灌进|成河|成了河|成了?(?:个|一个|一片)?(?:池塘|水塘|湖|海|汪洋)(?!边)|排水不[行畅好]|排不出去|水排不|水[太很老好特别都]{0,2}深(?!火)|水[^，。,.!！?？;；\s]{0,3}?(?:没过|漫过|淹到|到了?(?:膝盖|小腿|腰|轮胎|车门|车厢|脚踝))/g,
  ],
  [
    "下水道",
    /下水道|(?:排污|污水|下水|排水)立管|洗车水|检查井|污水|化粪池|隔油池|返水|反水|反上来|堵了下水|雨水井|雨水篦子|篦子|箅子|泔水|剩菜汤|菜汤|脏水|废水|(?<!地)下水管|窨井|(?<!地)下水井|下水口|排水口|冒黑水|黑臭水|臭水|返臭|反臭|反味|返味|粪坑|粪水|屎尿|(?<![大施鸽鸡狗猫鸟虫])粪(?![肥便])/g,
  ],
  // A drinking fountain in a square or a park (直饮水机, 饮水台): a facility of its own, not the
  // supply of the flats around it.
  ["饮水机", /直饮水[机台点]?|饮水[机台点]/g],
  // "什么时候能来水" / "啥时候来电" ask when a cut ends: the supply is what they report gone.
  [
    "供水",
    /停水|没水|水都没有|没有水|水压|水质|自来水|水[^，。,.!！?？;；\s]{0,2}没劲|出小水|水上不来|水龙头|(?:什么时候|啥时候|几点|何时)[^，。,.!！?？]{0,4}(?:来|通|恢复|有)水|(?:还|一直|仍)?(?:没|不)来水/g,
  ],
  // "乱停电动车" parks a scooter; it is no power cut.
  [
    "供电",
    /停电(?!动|瓶)|没电|跳闸|跳的电|跳电|限电|断电|用电|带不动|(?:什么时候|啥时候|几点|何时)[^，。,.!！?？]{0,4}(?:来|通|恢复|有)电|(?:还|一直|仍)?(?:没|不)来电/g,
  ],
  ["气罐", /煤气罐|液化气罐|液化气瓶|煤气瓶|气罐|气瓶/g],
  // "停气" / "断气" name the gas they say is gone.
  ["燃气", /燃气|煤气|天然气|停气|断气/g],
  ["盲道", /盲道/g],
  // A stone or post that keeps cars off a pavement or a gate: knocked over, it is the thing reported,
  // wherever it fell (on the tactile path, in the road).
  ["路桩", /石墩|石礅|隔离墩|挡车桩|挡车柱|阻车桩|路桩|防撞柱|防撞桩|隔离桩/g],
  // A parcel station (驿站) is where the parcels are: its fee or its hours are a parcel matter.
  ["快递", /快递|包裹|驿站/g],
  // A tenant's deposit kept back by the landlord: told as the deposit, whatever the landlord says.
  ["押金", /押金|押[\d一二两三四五六七八九十]+/g],
  // A flat let to many (群租): told by the word, by the partitions, or by the second landlord.
  ["群租", /群租|隔断房|隔断间|打隔断|隔成[^，。,.!！?？;；\s]{0,4}间|分租|二房东/g],
  // A business gone with its customers' prepaid money (a gym, a school, a barber): told as run off,
  // shut with nobody answering, or the prepaid card that no longer works.
  [
    "跑路",
    /跑路|卷款|卷钱|闭店|人去楼空|(?:老板|负责人|店主)[^，。,.!！?？;；\s]{0,4}(?:失联|联系不上|找不到)|店关了|关门了?不退|卡用不了|(?:卡|课|钱)[^，。,.!！?？;；\s]{0,3}退不了/g,
  ],
  // Wages owed (a claim against an employer): whose wages says which claim (see workersOf).
  [
    "欠薪",
    /欠薪|拖欠[^，。,.!！?？;；\s]{0,6}工资|欠[^，。,.!！?？;；\s]{0,6}工资|工资[^，。,.!！?？;；\s]{0,4}(?:没发|不发|拖着)/g,
  ],
  ["有线电视", /有线电视|电视(?:没|无)信号|电视信号|机顶盒/g],
  // An old person living alone, told by a neighbour (独居老人, 孤寡老人) or by the person ("我一个人住").
  ["独居老人", /独居|孤寡|独住|空巢老|(?:一个人|自己|单独)住/g],
  [
    "摊贩",
    /摆摊|小摊|摊贩|小贩|占道经营|流动摊|摊位|地摊|水果摊|菜摊|摊子|饼摊|早点摊|早餐摊|小吃摊|卖菜的|卖水果的|(?<!我是[^，。,.!！?？;；\s]{0,8})修鞋的?摊?|[卖炒][^，。,.!！?？;；\s]{1,4}?的?三轮|煎饼车|早餐车|小吃车|冰柜车|推着[^，。,.!！?？;；\s]{0,3}?(?:冰柜|推车|小推车)|卖(?:雪糕|冰棍|冰淇淋|烤红薯|糖葫芦|煮玉米)的?|摆到[^，。,.!！?？;；\s]{0,3}(?:路|街|马路|人行道)/g,
  ],
  ["过期食品", /过期|三无|生产日期|保质期/g],
  // A drone flown over homes or a playground: told by what it is or by its maker's name.
  ["无人机", /无人机|航拍器|航拍飞机|大疆/g],
  // A car's horn sounded at night (a taxi calling its fare, a driver waiting): what makes the noise,
  // told by the driver's street office as a car and by the resident as the horn.
  ["鸣笛", /(?:按|摁|鸣|拍)(?:车)?喇叭|鸣笛|乱鸣/g],
  // The ramp or way in for a wheelchair (无障碍坡道), told by the person who cannot get up it, in or
  // out. A wheelchair that cannot pass along a pavement (过不去) tells of what is in its way, not a ramp.
  [
    "无障碍",
    /无障碍(?:坡道|通道|设施)?|轮椅(?:坡道|通道|(?=[^，。,.!！?？;；\s]{0,3}(?:上不去|下不来|出不了|进不了|出不去|进不去)))/g,
  ],
  ["无证经营", /无证|营业执照|无照/g],
  [
    "健身器材",
    /健身器材|健身器|单杠|双杠|扭腰器|跑步机|漫步机|坐蹬器|蹬腿器|坐推器|推手器|健身区|健身角|健身路径/g,
  ],
  // Street furniture residents name by kind: one broken bench or railing is told as "长椅" by one,
  // "椅子" by another; a sign as "限速牌" or "指示牌". Without them the two reports read no thing
  // and another category's report of it was never compared.
  // A kiosk told as where something else is ("靠那个报刊亭", "报刊亭旁边摆摊") is a landmark.
  [
    "报刊亭",
    /(?<!(?:靠|挨着|靠着|对着|靠近)(?:那个|这个)?)(?:报刊亭|书报亭|报亭)(?![^，。,.!！?？;；\s]{0,2}(?:旁|边|对面|门口|前|后|附近|那))/g,
  ],
  // A car wash is told by the water it lets onto the road (and the ice it makes): the car wash.
  ["洗车", /洗车(?:店|行|房|场|点|铺|的)/g],
  // A window or its frame come loose, told with what is wrong with it; "窗户都关着" against a
  // noise, "楼道窗户是好的" say nothing wrong with the window.
  [
    "窗户",
    /窗框|窗扇|窗户?(?:玻璃)?(?=[^，。,.!！?？;；\s]{0,6}(?:掉|刮|碎|坏|脱落|松|晃|关不上|合不上|没玻璃|没有玻璃|空了))/g,
  ],
  ["宣传栏", /宣传栏|公告栏|宣传橱窗|橱窗|展板|告示栏/g],
  // A decorative pool before a tower or in a square is told as its basin ("门前水池子"); a kitchen
  // or wash basin is not.
  ["喷泉", /(?<![跟像和如似])喷泉(?!一样|似的)|喷水池|景观池|景观水池|(?<=[门前口场中间央院里]的?)水池子?/g],
  ["水塔", /水塔/g],
  ["标志牌", /限速牌|指示牌|标志牌|路牌|交通标志|标牌/g],
  ["座椅", /长椅|长凳|石凳|座椅|椅子|凳子|坐凳/g],
  ["护栏", /护栏|栏杆/g],
  // The street sweeper's round, told by its noise or its hour (a water sprayer is another vehicle).
  ["清扫车", /洗扫车|清洁车|扫地车|清扫车/g],
  ["食物中毒", /上吐下泻|吃坏了?肚子|食物中毒|集体腹泻/g],
  // A playground's slide or swing: children's equipment, looked after like the fitness corner.
  ["游乐设施", /滑梯|秋千|跷跷板|游乐设施|儿童游乐/g],
  // How often the buses come is the operator's timetable, not the stop they stop at.
  // A bus that passes its stop without stopping (甩站) is the driver's matter at that stop; which
  // route it is tells two of them apart (see busRoutes).
  [
    "甩站",
    /甩站|不靠站|不进站|不停站|过站不停|不停靠|(?:人多|满员|人满|挤满)[^，。,.!！?？;；\s]{0,4}不停|(?:没|不)停[^，。,.!！?？;；\s]{0,6}站|站[^，。,.!！?？;；\s]{0,4}不停|站[^。.!！?？;；\s]{0,16}?(?:不停车|没停车)|(?:直接|就|呼一下就?)开(?:过去|走)了?/g,
  ],
  [
    "公交班次",
    /末班|首班|头班|提前走|提前发|提前开|晚点|班次|发车|车太少|车少|半天不来|半小时不来|不来一辆|等不到车|等半小时|等了半小时|等了半天|间隔太长/g,
  ],
  // Crossing the road: a missing zebra crossing, no one guiding children across.
  ["拥堵", /堵车|拥堵|塞车/g],
  // A shop's queue spilling onto the pavement or the road: the queue is what is in the way.
  // A service's queue told by its windows ("只开两个窗口", "多开一个窗口") or by the hours spent in it.
  [
    "排队",
    /排队(?!等)|排长队|排起了?长队|队伍排|排了?一?(?:长串|上午|下午|整天|天)|排[^，。,.!！?？;；\s]{0,2}[一两二三几]个?多?(?:小时|钟头)|(?:只|就|仅)开[了着]?[一两二三]个窗口|窗口[^，。,.!！?？;；\s]{0,6}(?:太少|不够|多开|只开|就开|仅开|开放一个)|多开[一两几]?个窗口/g,
  ],
  // An old person who cannot say where he lives, wandering: lost, whoever tells it.
  [
    "走失",
    /走丢|走失|迷路|找不到家|(?:问|跟)(?:他|她)[^，。,.!！?？;；\s]{0,6}(?:说不清|说不明白|说不上来|答不上来)/g,
  ],
  // A person fallen in the street who cannot get up (摔倒, 倒在地上, 晕倒): a matter of that person,
  // told by passers-by as fallen, lying on the ground or fainted. Not a resident who once slipped on
  // a dark stair (摔了一跤), which is what a fault caused.
  [
    "倒地",
    /(?<!被[^，。,.!！?？;；\s]{0,4})(?:摔倒(?!过)|跌倒|晕倒|昏倒|(?:人|老人|大爷|大妈|老太太?|老头|阿姨|孩子|小孩|男的|女的|男子|女子)[^，。,.!！?？;；\s]{0,3}(?:倒在地上|摔了(?!一跤)|摔伤)|倒地不起)/g,
  ],
  ["可疑人员", /陌生人|可疑的?人|转悠|徘徊|尾随|跟小孩搭话/g],
  ["过街", /斑马线|人行横道|过马路|过街|协管员|疏导/g],
  ["喷漆", /喷漆|油漆味|漆味/g],
  ["倒油", /地沟油|倒油|废油|油污/g],
  ["绿地", /绿地|草坪|绿化带/g],
  // An abandoned vehicle is told by its name or by its signs: how long it has not moved, the dust
  // on it, its flat tyres. A count of months is any count ("停了两个月", "三个月没动"), said with or
  // without "almost" and where ("停了快一年", "停在路边上快一年了"); the kind of vehicle varies
  // (a jeep, a three-wheeler, a motorbike), and so does how long it has not moved ("好久都没挪过").
  [
    "僵尸车",
    /僵尸车|报废的?(?:汽车|面包车|轿车|车)|废(?:弃|旧)的?(?:汽车|面包车|轿车|三轮车?|吉普车?|摩托车?|车)|破(?:面包|三轮|吉普|摩托)?车|长期停放|停(?:放了?|了|那儿?|这儿?|那里|这里|在[^，。,.!！?？;；\s]{1,10}?)(?:快|近|将近|都)?(?:半年|一年|[一两二三四五六七八九十几好多]+个?多?月)|(?:半年|一年|[一两二三四五六七八九十几好多]+个?多?月)(?:都|也)?(?:没动|不动|没挪|没开|没人开)|(?:从|打)(?![^，。,.!！?？;；\s]{0,6}?(?:早上|上午|中午|下午|傍晚|晚上|夜里|昨天|昨晚|今天|今早|点))[^，。,.!！?？;；\s]{1,6}?停到|车牌[^，。,.!！?？;；\s]{0,3}(?:被摘|摘了|掉了|没了)|(?<=车[^。.!！?？;；]{0,8})没有?(?:车)?牌(?:照|子)?了|(?:摆|放|停)(?:了|咗)?(?:好)?几年|(?:好)?几年(?:都|也)?(?:没人?动|没人理|冇人理|没人管)|好久(?:都|也)?没人?(?:挪|动|开)|落满了?灰|轮胎都?瘪/g,
  ],
  ["台阶", /台阶|踏步/g],
  // A speed bump is street furniture of its own: residents call it a belt, a ridge or a hump.
  ["减速带", /减速带|减速垄|减速坎|减速板|减速带子/g],
  // A stop that was moved is told by its name alone ("西盛花园站往西挪了", "那个站被挪到北头"), and a
  // notice calls it 站点; a metro station, a petrol station or a heat station is no bus stop.
  [
    "公交站",
    /公交站|公交车站|公车站|(?<![火汽铁])车站|站牌|候车亭|候车棚|遮雨棚|站台|站棚|站点|(?<!地铁|加油|换热|热力|变电|垃圾|火车|收费|服务|充电)站(?=(?:怎么|被|给)?(?:往[东南西北])?(?:挪|搬|移|迁|取消|没了))/g,
  ],
  // A tree told by its kind alone ("那排法桐", "银杏上有个马蜂窝"), a branch as 枝子.
  ["树木", /大树|树枝|树|(?:法桐|梧桐|银杏|香樟|雪松)(?![路街巷苑园])|枝子|枝叶/g],
  // Things piled in the stairwell ("破沙发堆楼道里") whatever they are.
  [
    "堆物",
    /消防通道|消防车?道|纸箱|纸壳|杂物|堆放|旧家具|堆(?:在)?(?:楼道|楼梯|走廊)|(?:楼道|楼梯间|走廊)里?堆/g,
  ],
  [
    "路面",
    // A street name before 面包店 or 面馆 ("光明路面包店") is no road surface.
    /路面(?![包馆条粉食])|路坑|大坑|有个坑|一个坑|了个坑|有坑|[那这]个坑|小坑|(?:塌|陷)了?(?:个|一个)洞|地上[^，。,.!！?？;；\s]{0,3}洞|陷进去|坑槽|好多坑|坑坑洼洼|坑洼|坑连着坑|塌陷|陷下去|地面(?=[^，。,.!！?？;；\s]{0,2}[塌陷])|挖的沟|挖了条沟|挖开|开挖|路[^，。,.!！?？;；\s]{0,3}挖了|沟(?!通)|路(?=[^，。,.!！?？;；\s]{0,2}裂)/g,
  ],
  ["地砖", /地砖|人行道砖|石板|瓷砖|砖/g],
  ["非机动车", /共享单车|单车|自行车|电动车|电瓶车|电单车|小黄车|小蓝车/g],
  // "停得乱七八糟" is 乱停 told the other way round.
  // Parents' cars at a school gate ("家长的车", "接孩子的车") are its parking told by whose they are;
  // a resident who only walks a child past ("接孩子走那段路") names no car.
  [
    "停车",
    /乱停|停得[^，。,.!！?？;；\s]{0,2}乱|停车|占车位|车位|停满了车|(?:汽车|轿车|私家车)[^，。,.!！?？;；\s]{0,3}停满|停满了?(?:汽车|轿车|私家车|车)|僵尸车|家长[^，。,.!！?？;；\s]{0,3}车(?!道)|接送的?车(?![道站])|(?:接送|接|送)(?:孩子|娃|学生)[^，。,.!！?？;；\s]{0,3}?的?车(?![道站])/g,
  ],
  // Animals are told apart: a dog off its lead and stray cats fed at one kerb are two residents'
  // problems, however alike the rest of the two reports reads.
  // A dog told by its breed is a dog.
  ["狗", /狗|犬|金毛|泰迪|哈士奇|二哈|柯基|柴犬|藏獒|拉布拉多|阿拉斯加|萨摩耶?|比熊|德牧|边牧/g],
  ["猫", /猫/g],
  ["鸽子", /鸽/g],
];

/**
 * Things that share their host and are told apart by the residents: paint and paper on one wall.
 * A report naming one and not the other against one naming the other is two problems, though the
 * wall they share agrees.
 */
const OTHER_MARKS: readonly [string, string][] = [["涂鸦", "小广告"]];

/** The pair of `OTHER_MARKS` the two reports split between them, if any. */
export function otherMarks(a: ReadonlySet<string>, b: ReadonlySet<string>): [string, string] | null {
  for (const [p, q] of OTHER_MARKS) {
    if (a.has(p) && !a.has(q) && b.has(q) && !b.has(p)) return [p, q];
    if (a.has(q) && !a.has(p) && b.has(p) && !b.has(q)) return [q, p];
  }
  return null;
}

/**
 * Faults told with the thing's own word ("煤气味", "燃气停了"), read before the things are blanked:
 * gas escaping (a smell in the stairwell) is a danger, gas that stopped coming a supply fault.
 */
const GAS = "(?:燃气|煤气|天然气)";
const THING_FAULTS: readonly [string, RegExp][] = [
  // A bus stop moved elsewhere, told by a rider (it is further now) or a shopkeeper (it is gone
  // from the door): neither says it is broken.
  [
    "迁移",
    /(?<!地铁|加油|换热|热力|变电|垃圾|火车|收费|服务|充电)站[^，。,.!！?？;；]{0,8}?(?<![没不未别])(?:挪|搬|移|迁)|(?<![没不未别])(?:挪|搬|移|迁)[^，。,.!！?？;；]{0,3}?(?<!地铁|加油|换热|热力|变电|垃圾|火车|收费|服务|充电)站/g,
  ],
  ["泄漏", new RegExp(`漏气|${GAS}[^，。,.!！?？;；\\s]{0,4}(?:泄漏|泄露|漏)|${GAS}味|臭鸡蛋味`, "g")],
  ["丢失", /(?:井盖|盖子|篦子|箅子)(?:没了|没有了)/g],
  // Wires, rebar or bolts told as 外露 are bare; a tree's roots (根系外露) are not a fault of the thing.
  ["裸露", /(?<=[线筋栓钉丝头])外露/g],
  // Cars filling a fire lane or a pavement ("停满了私家车", "人行道停满车") block it: read before the
  // parking takes the words.
  ["占道", /停满(?!了?(?:电动车|自行车|单车|电瓶车))/g],
  ["冒水", /返水|反水|反上来|冒黑水|往上冒[^，。,.!！?？;；\s]{0,2}水|冒污水/g],
  // A tree's crown against a line overhead ("树杈挨着电线", "枝条把电线缠住了"): the line is at risk,
  // a job for the power company, not the branch that fell on a car.
  [
    "碰线",
    /[树枝杈叶冠][^。.!！?？;；]{0,10}?(?:挨着|挨到|搭在|搭到|碰到|碰着|碰上|顶着|压着|压在|压到|缠住|缠着|缠上|够着|刮到|刮着|挂到|伸到|伸进|长到|长进)[^，。,.!！?？;；\s]{0,3}(?:电线|电缆|线)|(?:电线|电缆)[^，。,.!！?？;；\s]{0,4}(?:被|让)[^，。,.!！?？;；\s]{0,3}(?:树|枝)/g,
  ],
  // A branch broken off and left hanging in the crown ("枝子断了一半挂着", "树枝吊在树上") hangs,
  // as one that droops does.
  ["垂落", /[枝杈][^。.!！?？;；]{0,8}?(?:挂着|挂在|吊在|吊着|悬着|悬在)/g],
  [
    "停供",
    new RegExp(
      // "没燃气了" is the supply gone told the other way round.
      `停气|没气了|断气|没有?${GAS}了|${GAS}[^，。,.!！?？;；\\s味]{0,3}?(?:停了|断了|停供|停掉|没了)|打不着火|点不着火`,
      "g",
    ),
  ],
];

const FAULTS: readonly [string, RegExp][] = [
  [
    "不热",
    /不热|不太热|不怎么热|冰凉|不够热|温度低|温度不够|不达标|冻得|是凉的|都是凉的|凉凉的|(?:都|很|太|好|特别|挺|还是)冷(?![却库藏饮])|冷得|冷死/g,
  ],
  // A light left on by day is the opposite fault of one that is out.
  ["长明", /白天[^，。,.!！?？;；\s不]{0,4}(?:亮|开着)|一直亮着|一直开着|长明|不灭/g],
  ["时长", /时间太短|时间太长|秒数|时间短|时间长|等太久/g],
  // A dog off its lead is the owner's fault however it shows (it bit, it chased, it is just loose).
  ["未拴绳", /(?:不|没|没有|未)[拴栓牵]绳|(?:没人|不)牵着?/g],
  // "存在伤人隐患" warns of what may happen; nobody was hurt.
  ["伤人", /咬|扑人|扑倒|伤人(?![^，。,.!！?？;；\s]{0,2}(?:隐患|风险|危险))|追人/g],
  ["叫声", /叫个不停|乱叫|狂叫|叫声|一直叫|老叫/g],
  // Broken glass lying where people walk or play is a sweeper's job, not a repair of the thing it
  // lies under ("滑梯底下有碎玻璃" / "秋千横梁开焊"); a pane that broke is told "玻璃碎了" (坏).
  ["碎玻璃", /碎玻璃|玻璃碴|玻璃渣/g],
  ["垂落", /耷拉|垂下|垂到|下垂|垂得|垂着|快碰到地|离地|[掉挂]得?(?:很|太|好)低/g],
  // A cooler that blows no cold: the cooling's fault, as a radiator's is its heat.
  ["不制冷", /不制冷|没冷气|没有冷气|不出冷气|冷气不足|制冷(?:效果)?(?:差|不行)/g],
  [
    "漏水",
    /漏水|漏雨|(?<!一)滴水|渗水|漏了|爆管|爆了|水管裂|水管破|冻裂|冻爆|往下滴|一直滴|滴下来|滴在|滴到|(?<![泄遗疏走透地])漏(?![气电洞掉报税网斗勺])/g,
  ],
  ["超速", /超速|飙车|开得飞快|开太快/g],
  // Something come down on what stood below (a branch on a parked car, a sign on a passer-by).
  // Not what might happen ("差点砸到人", "怕哪天砸到人") or what did not ("没砸到人").
  [
    "砸",
    /(?<!(?:没|未|差一?点|怕|会|别|万一|要是|可能|容易|担心|小心)[^，。,.!！?？;；\s]{0,3})(?:砸(?:中|到|伤|坏|在|车)|砸了(?=[^，。,.!！?？;；\s]{0,4}[车人辆])|(?:被|把|让)[^，。,.!！?？;；]{0,6}砸)|压(?:在|到|坏)[^，。,.!！?？;；\s]{0,6}车/g,
  ],
  ["撒漏", /遗撒|撒|掉了一路|洒了一路/g],
  // "桶被人拿走了": taken away is lost, not a bin that is full.
  ["丢失", /不见了|丢了|被偷|被盗|丢失|缺失|被人?拿走|拿走了|被人偷|被人盗|偷了|偷走/g],
  // A door left open, wires bare: a danger to passers-by, not a breakdown.
  ["敞开", /门开着|没关门|没锁|敞着|敞开/g],
  // Nails or rebar sticking up out of a speed bump or a step are bare, not water welling up.
  [
    "裸露",
    /裸露|露在外面|露着|露出来|(?:钉|钢筋|螺丝)[^，。,.!！?？;；\s]{0,2}?(?:冒出来|冒出|翘起来|支棱)/g,
  ],
  ["冒气", /冒白气|冒热气|冒气|冒蒸汽/g],
  // Told as having happened: "万一着火" and "真着火了" say what could happen, sparks are not a fire.
  // A fire feared ("着火了怎么跑", "着火了跑都跑不出去") is the blocked way out, not a fire.
  [
    "起火",
    /冒火(?![花星])|(?<!万一|要是|一旦|怕|真)(?:起火|着火)(?!了?[^，。,.!！?？;；\s]{0,2}(?:怎么|咋|跑))|失火/g,
  ],
  // Sparks or a short from a line or a box: not yet a fire, and not a line hanging low either.
  ["打火", /火花|火星|打火|放电|短路/g],
  // "堵得走不动" is a way blocked, not a thing that stopped working (不动): read before 坏. A phone that
  // cannot be reached ("物业电话打不通") blocks no way.
  [
    "占道",
    /占|拦|(?<!打|电话)不通|堵住|堵了|堵着|堵死|挡住|挡了|挡着|过不去|走不了|走不动|开不动|绕|横在路上/g,
  ],
  [
    "未清运",
    /没人来?[收清运拉倒扫]|没拉走|不倒|满了|(?:天天|总是|老是|经常|每天)满|满出来|不清运|没清运|没有清运|堆成山|好几天没|没人扫|没扫|没清理|没有清理|还没清|没铲|不铲|不扫/g,
  ],
  // Set alight by someone ("果皮箱被人烧了", "不知道谁给点了，烧得黑乎乎的"): burnt, not a light that
  // is out. A wire or a board that burnt out ("线烧了", "主板烧了") is a breakdown, a burning smell a smell.
  ["烧毁", /被(?:人|谁)?(?:点着?了?|烧了)|(?:给|谁)点了|点着了|烧得(?:黑|只剩|精光)|烧没了|着过火/g],
  // A light that is out or flickers: what is wrong with the lamp, not with the pole that carries it
  // ("灯杆锈穿了，底座松了" / "那根路灯不亮了" are two jobs). Told as broken (坏) too, see FAULT_KIN.
  [
    "不亮",
    /不亮|灭了|全灭|全黑|漆黑|黑灯瞎火|黑咕隆咚|黑得(?:看不见|什么都看不见|伸手不见)|没亮|一闪一闪|闪烁|黑乎乎|(?:一直|老是|总是)闪|闪个不停|时亮时灭|亮一会灭一会|忽明忽暗/g,
  ],
  // Rust eating a pole, a railing or a cover: the metal's fault, not a lamp that is out nor a
  // railing knocked down. Read before 坏, which would take "锈烂了" by its 烂了.
  ["锈蚀", /锈穿|锈烂|锈透|锈蚀|锈得/g],
  // Worn (road markings, a step's edge): what is wrong with the thing, so a report of it is not
  // read as naming no fault at all against one about something else at the same crossing.
  [
    "坏",
    /坏|抬不起来|不工作|不动|故障|停运|不能用|不转|失灵|刷不开|关不上|断了|撞断|折断|不落(?![实地])|落不下|无法落下|不冲水|破了|破损|破碎|碎裂|磨损|碎了|裂|翘起来|(?<![腐稀])烂了|烂掉|开焊|脱焊|劈了|劈开|劈裂/g,
  ],
  // Loose: a paving stone lifting (broken) or a tile about to drop (swaying), see FAULT_KIN.
  // A cover that clanks when a car goes over it ("一轧就咣当") sits loose in its seat.
  ["松动", /松动|松了|(?:轧|压|碾)[^，。,.!！?？;；\s]{0,3}(?:咣当|哐当)/g],
  // Water welling up: from a leak, or from a blocked drain behind it.
  ["冒水", /冒水|往外冒|冒出来|涌出来/g],
  // A person who slipped or fell (滑倒了人, 摔倒在地) is what the fault caused, not a collapse.
  // Something swaying or about to come down: not yet broken, and not what a light that is out has.
  [
    "摇晃",
    /摇摇晃晃|摇晃|晃动|在晃|晃悠|快倒了|要倒了|快要倒|眼看就倒|就要倒|要掉下来|要掉了|快掉了|快掉下来|随时会掉|会掉下来/g,
  ],
  // Nor is a person knocked over by a dog (扑倒).
  // A pole leaning (歪了, 倾斜, 斜靠在墙上) has not fallen; "快倒了" is about to (摇晃).
  // "往马路中间倒" leans that way; "往河里倒垃圾" pours (the refuse, already taken, is blanked).
  [
    "倾斜",
    /歪了|歪着|歪向|歪歪|歪得|歪(?=[^，。,.!！?？;；\s]{0,2}[杆桿])|倾斜|斜靠|斜了|往[^，。,.!！?？;；\s]{0,6}(?:斜|歪|倒(?=$|[，。,.!！?？;； ]))/g,
  ],
  ["倒塌", /(?<![滑摔跌绊晕扑快要])倒了|倒塌|坍塌|塌了|(?<![滑摔跌绊晕扑])倒在/g],
  // What is wrong with a tree or a lawn itself: pests in it, or it has died (and may come down).
  // Told by the insects too ("长满虫子", "树上有虫子", "蚜虫").
  ["虫害", /毛毛虫|生虫|长虫|虫子|虫很多|害虫|白蚁|蚜虫|虫卵|虫蛀/g],
  ["枯死", /枯死|枯了|干死|枯黄|(?:整个|整棵|全)都?黄了|(?:估计|已经|早就|好像)死了/g],
  // What a fee or a service is complained of: charged too much, or the staff's manner. Two reports
  // of one car park, one overcharging and one a rude attendant, are two complaints.
  [
    "乱收费",
    /乱收费|乱收钱|多收(?:了)?(?:钱|费)?|收费(?:太|过|很)?[贵高]|收费不透明|收费乱|收费标准提高|(?:太|最|真)贵|贵得|收(?:了|我)?[\d一二两三四五六七八九十百几]+(?:块|元)/g,
  ],
  ["态度差", /态度(?:很|太|特别|非常)?(?:差|恶劣|不好|蛮横)|骂人|骂业主|骂顾客/g],
];

/**
 * A clause saying that something has been put right ("电梯已经修好了"): the thing it names is not
 * what this report is about. A follow-up that says it broke again ("修好了又坏了") is still a report.
 */
const CLAUSE = /[，,。.；;！!？?\s]+|但是|可是|不过|现在/;
const PUT_RIGHT = "修好|修复|补上|补好|换好|换上|装好|装上|清走|清理干净|恢复正常|恢复|解决|弄好|处理好";
/** Done, not asked for: "修好了", "已经补上" — "请尽快修好" and "没修好" are no such statement. */
const FIXED = new RegExp(`(?<![没未不])(${PUT_RIGHT})了|已经?(${PUT_RIGHT})|已经好了`);
const NOT_FIXED = /又|还是|仍然|没修好|没有修好|没好|请|希望|尽快|赶紧|赶快|要求|能不能|什么时候/;
/**
 * A remedy granted before a "but" ("违建是拆了，可…", "马蜂窝是摘了，但…", "坑已经填了，但…"): the
 * thing removed, filled or cleared is done with, and what follows the "but" is what the resident
 * reports now (the debris, the new leak, the bump). Only with the "but": "长椅被人拆走了" alone is
 * damage, not a remedy.
 */
const REMEDIED =
  /(?<![没未不别])(?:拆(?:了|掉了|除了|走了)|摘(?:了|掉了|走了)|填(?:了|上了|平了|好了)|掏(?:了|干净了|空了|通了)|疏通了|(?:拉|运|拖|挪|清|搬|移)走了|铲(?:了|掉了|平了))/;
const PANE_BROKEN =
  /玻璃[^，。,.!！?？;；\s]{0,3}(?:碎|破|裂|爆|砸)|碎玻璃的|(?:窗|候车亭|站台|橱窗|门)[^，。,.!！?？;；\s]{0,4}碎/;
/**
 * A thing named only to say where the reported one is: "KTV隔壁那个健身房", "烧烤店对面的楼". The
 * KTV is the landmark, not what is wrong. "隔壁" or "对面" alone is a neighbour, and is kept; so is
 * what a verb ends before it ("狗把隔壁小孩咬了", "住在KTV隔壁").
 */
const NEXT_DOOR_TO = /[^，。,.!！?？;；\s把被给让跟和向在住]{1,8}?(?:隔壁|对面)(?=[^，。,.!！?？;；\s])/g;
const CONCEDED = /^[，,\s]*(?:可是?|但是?|不过|只是|然而|就是)/;

/**
 * Where on a compound or a street: the north gate and the south gate, the north and south stretch,
 * the north and south end (北头 / 南头), are two problems.
 */
const SPOT = /([东西南北])(大门|门|侧|边|面|口|段|头|端|区(?![域划])|院)/g;
/** A square's or a park's corner told by two directions ("东北角" / "西南角"). */
const CORNER = /([东西南北]{2})角/g;

/**
 * Faults that one resident may tell as the other: what is loose is broken or about to come down;
 * water welling up comes from a leak or a blockage; what is broken may show as a leak.
 */
const FAULT_KIN: readonly [string, string][] = [
  ["不亮", "坏"],
  // Rust shows as a pole loose, swaying or leaning; a railing rusted and one knocked down are two.
  ["锈蚀", "松动"],
  ["锈蚀", "摇晃"],
  ["锈蚀", "倾斜"],
  ["松动", "坏"],
  ["松动", "摇晃"],
  // A tree or a pole fallen is told by one resident as fallen, by another as lying across the way:
  // offered, never merged alone (LOOSE_KIN).
  ["倒塌", "占道"],
  ["冒水", "漏水"],
  ["冒水", "占道"],
  // A heap left where it lies is told as uncleared by one resident, as in the way by another
  // (bikes piled at a gate, a lane parked full): offered, never merged alone (LOOSE_KIN).
  ["未清运", "占道"],
  // A cracked roof or a burst pipe is told by the one below as the water coming through. Not a gas
  // leak: that is a danger, and a broken gas thing is not yet one.
  ["漏水", "坏"],
  // What came down had fallen, swayed or broken first: one branch told as fallen and as on a car.
  ["砸", "倒塌"],
  ["砸", "摇晃"],
  ["砸", "坏"],
  ["砸", "松动"],
  // A crown on a line is soon sparking on it or pulling it down.
  ["碰线", "打火"],
  ["碰线", "垂落"],
  // A pole leaning is loose at its foot or about to come down.
  ["倾斜", "松动"],
  ["倾斜", "摇晃"],
  // What leans today lies fallen tomorrow: one pole told as leaning by one, as down by the other.
  ["倾斜", "倒塌"],
];

/** Kin faults that make two reports one problem for a person to confirm, never for a merge alone. */
const LOOSE_KIN = new Set(["未清运|占道", "倒塌|占道"]);

/** Whether the two faults meet only through loose kin ("未清运" / "占道"): no fault in common, no closer kin. */
export function faultsMeetLoosely(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if ([...a].some((x) => b.has(x))) return false;
  const kin = kinFaults(a, b);
  return kin.length > 0 && kin.every(([p, q]) => LOOSE_KIN.has(`${p}|${q}`) || LOOSE_KIN.has(`${q}|${p}`));
}

/** Whether two reports name a fault in common, counting kin faults as one. */
export function faultsMeet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((x) => b.has(x)) || kinFaults(a, b).length > 0;
}

/** The kin faults the two name, one from each ("松动" in a, "坏" in b), that neither also names. */
export function kinFaults(a: ReadonlySet<string>, b: ReadonlySet<string>): [string, string][] {
  const out: [string, string][] = [];
  for (const [p, q] of FAULT_KIN) {
    if (a.has(p) && b.has(q) && !a.has(q) && !b.has(p)) out.push([p, q]);
    else if (a.has(q) && b.has(p) && !a.has(p) && !b.has(q)) out.push([q, p]);
  }
  return out;
}

/**
 * What a broken thing causes that residents report in its place: a transformer that blew is the
 * compound's power cut, a failed heat exchanger its cold radiators, a blocked drain the flooded road.
 */
const CAUSES: readonly [string, string][] = [
  ["变压器", "供电"],
  ["配电箱", "供电"],
  ["换热站", "暖气"],
  ["换热站", "热水"],
  ["热力井", "暖气"],
  ["下水道", "积水"],
  // A building's roof or basement tank feeds its taps: a dirty tank is told below as yellow water.
  ["水箱", "供水"],
  // Refuse left lying is what a resident who cannot see it smells: "一股臭味" with nothing named.
  ["垃圾", "异味"],
  // Sewage welling up (a septic tank's lid pushed off, a drain overflowing) is smelt down the street.
  ["下水道", "异味"],
  ["排水泵", "积水"],
  ["落水管", "积水"],
];

/**
 * A smell told with nothing named that makes it ("一进大门就闻到一股馊臭味"): what the resident
 * perceives of a source someone else may name. Not a kitchen's fumes, smoke, gas or paint, which
 * name their source by their kind of smell.
 */
const SMELL_ALONE =
  /臭味|臭气|屎味|屎臭|尿骚味?|骚臭|恶臭|馊味|馊臭|臭得|臭烘烘|臭死|好臭|太臭|很臭|一股(?:怪|酸|骚|腥)?味/;
const SMELL_OF_SOMETHING = /油烟|烟味|煤气|燃气|天然气|液化气|臭鸡蛋|油漆|化学|焦味|糊味|药味/;

/** Machines that hum or rattle, and the words for hearing them. */
const MACHINES = ["水泵", "风机", "空调", "冷藏车"];
const HEARD = /响|嗡|声|吵|震/;
const HUM = /嗡嗡/;
const HUMMING_THING = /泵|机|车|钻|锯/;

export interface ProblemConcepts {
  objects: Set<string>;
  /** What the named things cause and the text does not name itself (变压器 → 供电). */
  effects: Set<string>;
  faults: Set<string>;
  spots: Set<string>;
  /** Things the text says have been put right: not what it reports. */
  fixed: Set<string>;
}

export function problemConcepts(text: string): ProblemConcepts {
  const whole = simplify(text);
  const clauses = whole.split(CLAUSE).filter(Boolean);
  let at = 0;
  const conceded = new Set<string>();
  for (const c of clauses) {
    const i = whole.indexOf(c, at);
    if (i < 0) continue;
    at = i + c.length;
    if (REMEDIED.test(c) && !NOT_FIXED.test(c) && CONCEDED.test(whole.slice(at))) conceded.add(c);
  }
  const fixedClauses = clauses.filter((c) => (FIXED.test(c) && !NOT_FIXED.test(c)) || conceded.has(c));
  const fixed = new Set<string>();
  for (const c of fixedClauses) for (const x of take(OBJECTS, { rest: c })) fixed.add(x);
  const state = {
    rest: clauses
      .filter((c) => !fixedClauses.includes(c))
      .join("，")
      .replace(NEXT_DOOR_TO, "　"),
  };
  const told = state.rest;
  const thingFaults = take(THING_FAULTS, { rest: state.rest });
  const objects = take(OBJECTS, state);
  for (const x of fixed) objects.delete(x);
  const faults = new Set([...thingFaults, ...take(FAULTS, state)]);
  const spots = new Set([...firstGroups(SPOT, whole), ...firstGroups(CORNER, whole).map((x) => `${x}角`)]);
  // Glass lying under a pane told broken ("站台玻璃碎了，满地碎玻璃") is that pane's breakage, not glass
  // brought from elsewhere.
  if (PANE_BROKEN.test(whole)) faults.delete("碎玻璃");
  // A light told broken and out ("路灯坏了，晚上黑乎乎的") names one fault, its light: read as two, it
  // would agree less with a report that says only one of them.
  if (faults.has("不亮")) faults.delete("坏");
  // A wasp nest is told by what it hangs on (a lamp post, a line, a tree, a window): that is where
  // it is, not a second problem, so a nest on a lamp post and the lamp out are two matters.
  if (objects.has("马蜂窝")) for (const x of [...objects]) if (x !== "马蜂窝") objects.delete(x);
  // A bottle thrown from above is the throwing, not drink ("楼上扔下来一个啤酒瓶子").
  if (objects.has("高空抛物")) objects.delete("醉酒");
  // A fall told with the fault that made it (a lamp out, a loose cover, ice) is what that fault
  // caused, as another resident tells it without the fall.
  if (objects.has("倒地") && (faults.size || objects.has("冰雪"))) objects.delete("倒地");
  // An abandoned car is a parking matter: the car space it takes says nothing more.
  if (objects.has("僵尸车")) objects.delete("停车");
  // A named source takes the sound it makes: renovation's knocking, a pump's or a fan's hum.
  if (objects.has("装修") || objects.has("夜间施工")) for (const x of ["敲击", "电动工具"]) objects.delete(x);
  // A machine heard and not named ("啥机器嗡嗡的响") may be any machine another resident names by
  // the sound it makes; a machine told by its water or its fumes is not heard.
  if (MACHINES.some((x) => objects.has(x)) && (objects.has("噪音") || HEARD.test(told)))
    objects.add("机器声");
  // Rats and flies at a heap of refuse are the refuse's ("垃圾堆成山，苍蝇老鼠都有").
  if (objects.has("垃圾")) objects.delete("老鼠");
  // Charging a scooter in the stairwell or at a post: the scooter is part of that problem, not another one.
  if (objects.has("飞线充电") || objects.has("充电桩")) objects.delete("非机动车");
  // A hum with nothing named that makes it ("地下室天天嗡嗡响"): a machine heard, which another report
  // may name (the pump room under the building). A hum told of a pump, a machine, a vehicle or a
  // tool the tables do not know ("气泵一响整栋楼都嗡嗡的") is that thing's.
  if (!objects.size && HUM.test(told) && !HUMMING_THING.test(told)) objects.add("机器声");
  if (!objects.size && SMELL_ALONE.test(told) && !SMELL_OF_SOMETHING.test(whole)) objects.add("异味");
  const effects = new Set(CAUSES.filter(([c, e]) => objects.has(c) && !objects.has(e)).map(([, e]) => e));
  return { objects, effects, faults, spots, fixed };
}

/**
 * The first group of every match of a global pattern, as `[...text.matchAll(re)]` gives them
 * (neither pattern here can match an empty string). `matchAll` copies its pattern on each call, and
 * the copy is compiled again whenever a garbage collection has emptied V8's cache of compiled
 * patterns, as it does in a busy worker between two filings.
 */
function firstGroups(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!);
  return out;
}

/** The concepts of a table the text names, each phrase blanked once taken so a shorter one inside it is not read again. */
function take(table: readonly [string, RegExp][], state: { rest: string }): Set<string> {
  const found = new Set<string>();
  for (const { from, to, any } of chunksOf(table)) {
    // No pattern of the run matches the text as it stands, so none would take anything and the
    // text would go on unchanged: the run is skipped whole. When one may, each is tried in turn as
    // before, on the text as the earlier ones left it.
    if (any && !any.test(state.rest)) continue;
    for (let i = from; i < to; i++) {
      const [name, re] = table[i]!;
      re.lastIndex = 0;
      if (re.test(state.rest)) {
        found.add(name);
        state.rest = state.rest.replace(re, "　");
      }
    }
  }
  return found;
}

/*
 * A table's patterns in runs of RUN, each run with one pattern that matches wherever any of them
 * does (their alternation, each in a group of its own): most texts name one or two things of a
 * table of about a hundred and fifty, so most runs are passed over on one scan of the text instead
 * of one per pattern. Exact: a match of the alternation at some place is a match there of one of its
 * branches, and a branch means there what its pattern means alone (no pattern of the tables refers
 * to its own groups by number or name, which the alternation would renumber; lookbehinds read the
 * same text). Patterns whose flags other than `g` differ from their run's start a new run.
 */
const RUN = 8;
const runs = new WeakMap<readonly [string, RegExp][], { from: number; to: number; any: RegExp | null }[]>();
function chunksOf(table: readonly [string, RegExp][]): { from: number; to: number; any: RegExp | null }[] {
  let out = runs.get(table);
  if (out) return out;
  out = [];
  const flagsOf = (re: RegExp) => re.flags.replace("g", "");
  for (let from = 0; from < table.length;) {
    const flags = flagsOf(table[from]![1]);
    let to = from + 1;
    while (to < table.length && to - from < RUN && flagsOf(table[to]![1]) === flags) to++;
    const sources = table.slice(from, to).map(([, re]) => re.source);
    const own = sources.some((x) => /\\[1-9k]|\(\?<[A-Za-z]/.test(x));
    out.push({
      from,
      to,
      any: to - from > 1 && !own ? new RegExp(sources.map((x) => `(?:${x})`).join("|"), flags) : null,
    });
    from = to;
  }
  runs.set(table, out);
  return out;
}

/** Synonyms written as one word, so that texts compared word by word or bigram by bigram agree. */
const CANONICAL: readonly [RegExp, string][] = [
  [/施工围栏|挡板|围栏|铁皮墙/g, "围挡"],
  [/便道|人行横道/g, "人行道"],
  [/饭店|饭馆|餐厅|饭庄/g, "餐馆"],
  [/占用|占了|堵住|挡住|占道/g, "占"],
  [/工地|修路/g, "施工"],
  [/不动了|不动|故障|停运|不亮/g, "坏"],
  [/冰凉|不够热/g, "不热"],
  [/没人收|没人清运|没人清理|没清运/g, "没人清运"],
  // A jam told at its two ends: the crash at its head by one driver, the queue behind by another.
  [/出车祸|车祸|剐蹭|刮蹭|追尾|撞车|两车相撞|两辆车撞/g, "车祸"],
  [/堵死|堵车|塞车|拥堵|排了老长|排老长|排起长队/g, "堵车"],
];

export function canonicalWords(text: string): string {
  let out = simplify(text);
  for (const [re, word] of CANONICAL) out = out.replace(re, word);
  return out;
}

/**
 * What residents say is wrong with one facility, by the part or symptom they name: a lift that
 * traps people and one that rattles, a supply that stopped and water that comes out yellow, a
 * toilet that will not flush and a cubicle door that will not lock, a shelter's glass and its
 * screen. The faults above read most of these as the same generic breakdown (坏) or not at all, so
 * two such reports of one facility agree "same thing, same place" by construction; named here,
 * two reports that each name a part or symptom and share none are two problems of one facility.
 * Only for the facilities whose parts residents tell apart; a report naming none says nothing.
 */
const FACILITY_PARTS: Readonly<Record<string, readonly [string, RegExp][]>> = {
  电梯: [
    [
      "困人",
      /困人|困了|被困|困在|关在里面|关人|关着人|关了个?人|关过人|出不来|卡在[^，。,.!！?？;；\s]{0,8}中间|里面[^，。,.!！?？;；\s]{0,4}有人|关着(?:一个|一位|个)?(?:老|小孩|孩子)/,
    ],
    ["异响", /咔咔|异响|怪响|响声|咣当|哐当|吱吱/],
    ["抖动", /抖|晃|一顿一顿/],
    ["电梯门", /门(?:关不上|夹人|反复|开开合合|一直开|坏)/],
    ["按钮", /按钮|按键|跳层|不停层|按了不停/],
    ["焦味", /焦味|烧焦|冒烟/],
  ],
  供水: [
    ["断水", /停水|没水|断水|不出水|水上不来/],
    // Water that comes weak is not water that stopped: a pressure fault and a cut (announced or
    // not) are two matters of one supply.
    ["水压", /水压|水流[很太特别]?小|水[很太特别]小|水[^，。,.!！?？;；\s]{0,2}没劲/],
    ["水质", /发黄|黄水|黄了|是黄的|铁锈|锈|浑浊|水质|有异味|不敢喝|水很脏|水有味/],
  ],
  // A toilet shut (locked, closed for days, fenced off) and one left dirty are two matters: one
  // asks for it to open, the other for a cleaner; its light out is a third.
  公厕: [
    ["冲水", /冲水|冲不了|冲不下去|马桶|便池|蹲坑|蹲位/],
    ["门锁", /门锁|插销|锁坏|锁不上|关不上|关不严/],
    [
      "开放时间",
      /锁门|锁着门?|开放时间|几点开|几点关|不开门|没开门|(?<!不)关门|关了|关着|门[^，。,.!！?？;；\s]{0,3}拉着|维修中|暂停使用|不开放|没开|不开了|围起来|拆/,
    ],
    ["保洁", /脏|臭|尿|粪|恶心|没人打扫|没人扫|保洁|打扫|清扫|清洁/],
    ["照明", /没有?灯|灯[^，。,.!！?？;；\s]{0,2}(?:坏|不亮|没亮|黑)|黑灯|摸黑/],
  ],
  // An entrance door's closer and its bell or intercom are two devices of one door.
  门禁: [
    ["闭门器", /闭门器|门哐|摔门|关门太?[重响]|弹簧/],
    ["门铃", /门铃|对讲|可视|按钮|按键|呼叫/],
  ],
  // An animal hurt or dead on the road and animals running loose or crying at night: two matters.
  狗: [
    ["伤亡", /被车?撞|撞死|轧死|压死|死了|死在|死的|死狗|尸体|躺在路/],
    ["乱窜", /乱窜|乱跑|到处跑|窜来窜去/],
    // Off its lead: the owner's habit, told with a bite or a chase as often as alone.
    ["未拴绳", /[不没未][拴栓牵]/],
    // What a dog leaves behind is its owner's to pick up, not the dog loose: another job.
    ["粪便", /粪便|狗屎|屎|便便|拉屎/],
  ],
  猫: [
    ["伤亡", /被车?撞|撞死|轧死|压死|死了|死在|死的|死猫|尸体/],
    ["叫声", /叫春|乱叫|一直叫|叫声/],
  ],
  // What stands in a fire lane or a passage: a parked vehicle, a stall, or things piled up.
  堆物: [
    // A car is told by its make or kind as often as by 车 ("一辆白色宝马", "黑越野"); a stall by what
    // it sells ("卖菜的三轮车又摆上了").
    [
      "车辆",
      /货车|面包车|轿车|私家车|卡车|越野|出租车|宝马|奔驰|[一两几那这]辆(?![^，。,.!！?？;；\s]{0,3}(?:三轮|小吃|餐车))|(?<!小吃|餐|三轮|自行|电动|单|电瓶)车(?![道库位棚])/,
    ],
    ["摊点", /小吃车|餐车|摊|小贩|卖菜|卖水果|卖东西|摆上|摆满|出摊/],
    ["杂物", /纸箱|纸壳|杂物|家具|沙发|柜子|自行车|单车|电动车|电瓶车/],
  ],
  // The items of one fitness corner: a walker's pedal and a wobbling bar are two repairs.
  健身器材: [
    ["漫步机", /漫步机/],
    ["单杠", /单杠/],
    ["双杠", /双杠/],
    ["跑步机", /跑步机/],
    ["扭腰器", /扭腰器/],
  ],
  // The pieces of one playground: a swing's chain and a slide's cracked board are two repairs,
  // though "游乐设施…坏" reads the same on both.
  游乐设施: [
    ["秋千", /秋千/],
    ["滑梯", /滑梯/],
    ["跷跷板", /跷跷板/],
    ["蹦床", /蹦床/],
    ["摇摇马", /摇摇马|摇马|木马/],
    ["攀爬架", /攀爬|爬网|爬架/],
    ["沙池", /沙池|沙坑/],
    ["转椅", /转椅|转盘/],
  ],
  公交站: [
    ["玻璃", /玻璃/],
    ["电子屏", /电子屏|电子站牌|显示屏|屏幕|报站屏|黑屏|不显示/],
    ["座椅", /座椅|椅子|凳子|长凳/],
    ["顶棚", /雨棚|顶棚|站棚|候车棚|棚子|顶子/],
    // The sign on its pole: a timetable torn off or the pole knocked askew is not the shelter.
    ["站牌", /(?<!电子)站牌(?![^，。,.!！?？;；\s]{0,4}(?:显示|黑|屏|亮|搬|挪|移|迁))|时刻表|线路牌/],
  ],
};

/**
 * Parts or symptoms one resident may tell as the other: a toilet that cannot flush is soon a dirty
 * one ("没水冲，太脏了").
 */
const PART_KIN: readonly [string, string][] = [["冲水", "保洁"]];

/** Whether two reports' parts of one facility meet: one in common, or kin. */
export function partsMeet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return (
    [...a].some((x) => b.has(x)) ||
    PART_KIN.some(([p, q]) => (a.has(p) && b.has(q)) || (a.has(q) && b.has(p)))
  );
}

/**
 * Parts told as the background of another matter (a dog off its lead that bit, that chased): they
 * part two reports that name nothing else in common, but one side naming it is no finer detail.
 */
export const BACKGROUND_PARTS = new Set(["未拴绳"]);

/** The parts or symptoms of a facility a report names (FACILITY_PARTS); empty for other things. */
export function facilityParts(text: string, concept: string): Set<string> {
  const t = simplify(text);
  return new Set((FACILITY_PARTS[concept] ?? []).filter(([, re]) => re.test(t)).map(([name]) => name));
}
