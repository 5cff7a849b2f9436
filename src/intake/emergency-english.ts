/*
 * Foreign residents write in English, or in English mixed with Chinese ("kitchen smell very bad like
 * egg 臭, gas?", "mom go out 3 hour not come back"). The detector reads Chinese, so the few English
 * words that name a hazard, a person at risk or how long they have been gone are written in
 * characters first. Only whole words are read, and only words no pinyin syllable spells, so a line
 * typed in pinyin is left to the pinyin reader.
 */
const DAYS: Readonly<Record<string, string>> = {
  two: "两",
  three: "三",
  four: "四",
  five: "五",
  six: "六",
  seven: "七",
};
const PHRASES: readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[] = [
  [/\b(\d+)\s*(hours?|hrs?)\b/gi, "$1小时"],
  [/\b(\d+)\s*(years?|yrs?)[\s-]*old\b/gi, "$1岁"],
  // "(6yo)", "6 y/o": an age written the short way.
  [/\b(\d+)\s*(yo|y\/o|y\.o\.?)(?![A-Za-z])/gi, "$1岁"],
  [/\b(\d+)\s*(minutes?|mins?)\b/gi, "$1分钟"],
  [
    /\b(not|never|didn'?t|did not|hasn'?t|has not|haven'?t|have not)\s+(come|came|comes|coming|be|been|get|got|gone)?\s*(back|home|return(ed)?)\b/gi,
    "没回来",
  ],
  // "smell very bad like egg": the words between say how bad, not what.
  [/\bsmel(l|ls|ly|ling)\b[^.,;!?]{0,20}?\b(like|of)\s+(rotten\s+)?eggs?\b/gi, "臭鸡蛋味"],
  [/\b(like|of)\s+rotten\s+eggs?\b/gi, "像臭鸡蛋味"],
  [/\bhiss(es|ing)?\b/gi, "嘶嘶"],
  // "not gas smell", "nothing's on fire": the hazard denied, read as the Chinese denials are.
  [/\b(not|no)\s+gas\s+smell\b(?!\s+(from|in|at|but|here|there))/gi, "没有燃气味"],
  [/\b(nothing|no\s*one|nobody)(['’]?s|\s+is|\s+was)\s+(actually\s+)?on\s+fire\b/gi, "没有着火"],
  // "nobody was trapped this time", "no one trapped": a breakdown with nobody shut in.
  [/\b(nobody|no\s*one|no-one)(['’]s|\s+was|\s+is|\s+got|\s+were)?\s+(trapped|stuck)\b/gi, "没人被困"],
  [/\b(gas)\s+(smell|leak|leaking)s?\b/gi, "燃气味"],
  [/\bon fire\b/gi, "着火了"],
  // "had a fire drill today": a drill is a rehearsal, not a fire.
  [/\bfire\s+drills?\b/gi, "消防演练"],
  [/\bspecial\s+effects?\b/gi, "特效"],
  // "no flames, all fine now": the fire denied, before "flames" is read as 火苗.
  [/\bno\s+flames?\b/gi, "没有着火"],
  // "we put it out ourselves", "firefighters put it out fast": the fire is over, said so.
  [
    /\b(we|they|i|he|she|firefighters|firemen|the\s+fire\s+brigade|neighbou?rs?)\s+(quickly\s+|already\s+)?put\s+(it|the\s+fire)\s+out\b/gi,
    "火已经灭了",
  ],
  // "a guy with a knife … a woman has been cut": a blade in a person's hand and the wound it made
  // ("cut the cake with a knife", "the ribbon was cut" name no one).
  [
    /\b(guy|man|men|woman|someone|somebody|person|stranger|he|she|they)\s+(is\s+|was\s+)?(with|holding|waving|swinging|pulled\s+out|pulling\s+out|has|had|carrying)\s+(an?\s+|the\s+|his\s+|her\s+)?(knife|knives|blade|machete|cleaver)\b/gi,
    "$1持刀",
  ],
  [
    /\b(stabbed|slashed)\b|\bcut\s+(someone|somebody|people|a\s+(man|woman|guy|person|boy|girl|kid|child))\b(?!['’]s|\s+off|\s+in\s+line)|\b(woman|man|someone|somebody|person|he|she|i|boy|girl|child|kid|guy|people)\s+(has\s+|have\s+|had\s+)?(been|was|were|got|is|are)\s+cut\b/gi,
    "被砍伤",
  ],
  [/\b(do ?n'?t|does ?n'?t|do not|does not|no longer)\s+wants?\s+to\s+live\b/gi, "不想活了"],
  [/\b(is|are|was|keeps?)\s+(hitting|beating|attacking|punching|kicking)\b/gi, "正在打人"],
  [
    /\b(can'?t|cannot|could not|couldn'?t)\s+breathe\b|\b(hard|difficult) to breathe\b|\bdifficulty breathing\b|\b(can|could)\s+(barely|hardly|scarcely)\s+breathe\b|\bstruggling\s+to\s+breathe\b/gi,
    "喘不上气",
  ],
  // "lips and throat swelling", "her throat is swollen": the airway closing in an allergic reaction.
  [
    /\b(lips?|throat|tongue)(\s+and\s+(lips?|throat|tongue|face))?\s+(is\s+|are\s+)?(swelling|swollen|swelled)(\s+up)?\b/gi,
    "喉咙肿了",
  ],
  [/\bpower\s+lines?\s+(is\s+|are\s+)?down\b|\b(wire|cable)s?\s+(is\s+|are\s+)?down\b/gi, "电线掉在地上"],
  [/\b(will|wants? to|going to|gonna|threatens? to|says? he will|says? she will)\s+jump\b/gi, "要跳楼"],
  // "the sign fell off" is no casualty: only a person falls.
  [
    /\b(she|he|i|who)\s+(fell|has fallen)\b|(?<=(老人|我妈|我爸|奶奶|爷爷|孩子|宝宝|儿子|女儿|母亲|父亲|lady|man|woman)\s+)fell\b/gi,
    "$1摔倒了",
  ],
  // "a kid is locked alone in a black car": a child shut in a vehicle, before "locked" is read as a door.
  [
    /\b(kid|child|baby|toddler|boy|girl|infant)\s+((is|was|got|been|has|being)\s+)*(locked|left|trapped|stuck|shut)\s+(alone\s+)?in(side)?\s+(an?\s+|the\s+|his\s+|her\s+|their\s+|my\s+)?([a-z]+\s+){0,2}(car|vehicle|van|suv)\b/gi,
    "孩子被锁在车里",
  ],
  // "I'm on the roof … I just wanted someone to know. sorry": a farewell from the edge.
  [/\b(just\s+)?want(ed)?\s+(someone|somebody|people|you)\s+to\s+know\b/gi, "就是想有人知道"],
  [/\b(i'?m|i\s+am|he'?s|she'?s|he\s+is|she\s+is)\s+on\s+the\s+(roof|rooftop|top\s+floor)\b/gi, "我在楼顶"],
  // "the billboard is hanging by one corner … people walking under it": a sign about to fall on people.
  [
    /\bhanging\s+(on\s+)?by\s+(one|a|its|a\s+single)\s+(corner|bolt|screw|wire|edge)\b|\b(is|are)\s+hanging\s+(off|loose)\b/gi,
    "就靠一个角挂着",
  ],
  // A watch or a band that reports a fall ("sent a fall alert with heart rate 38"), as the Chinese
  // device rule reads "手表报警跌倒…心率".
  // "keeps giving false fall alerts" is the device's fault, said as the Chinese say it.
  [/\b(false|wrong|mistaken)\s+fall\s+(alert|alarm|warning)s?\b/gi, "误报跌倒"],
  [/\bfall\s+(alert|alarm|warning)s?\b|\bfall\s+detected\b/gi, "跌倒报警"],
  [/\bheart\s*rate\b/gi, "心率"],
  [/\bdoor\s+(is\s+)?locked\b|\blocked\s+the\s+door\b/gi, "门锁着"],
  [/\bleaning\s+over\b/gi, "歪向"],
  [/\bsend\s+(the\s+)?police\b/gi, "报警"],
  [/\b(lots? of|heavy|thick|black)\s+smoke\b/gi, "浓烟"],
  [/\bnot breathing\b/gi, "没有呼吸"],
  [/\b(stuck|trapped)\s+in\s+(the\s+)?(lift|elevator)\b/gi, "困在电梯里"],
  // "fell through the ice … still in the water": a person in the water, not a thing.
  [
    /\b(someone|somebody|he|she|man|woman|boy|girl|child|kid|person|guy)\s+(has\s+|just\s+)?(fell|fallen|falls|went|gone)\s+(through\s+the\s+ice|in(to)?\s+the\s+(water|river|lake|reservoir|pond|canal|sea))\b/gi,
    "有人掉进水里",
  ],
  [/\b(is|are|still)\s+(still\s+)?in\s+the\s+water\b/gi, "还在水里"],
  // "kid in the pond!": a person in the water, told without a verb.
  [
    /\b(someone|somebody|man|woman|boy|girl|child|kid|toddler|baby|person|guy)\s+(is\s+|was\s+)?in\s+the\s+(water|river|lake|reservoir|pond|canal|sea|pool)\b/gi,
    "有人掉进水里",
  ],
  [/\b(somebody|someone|anybody|anyone)\s+(please\s+)?help\b/gi, "快来人"],
  // "a huge sinkhole just opened … a car wheel is in it": the road gave way now.
  [
    /\bsinkhole\b[^.;!?]{0,30}?\b(opened|appeared|formed)\b|\b(road|ground|pavement)\s+(has\s+)?(caved|sunk|collapsed)\b/gi,
    "路面突然塌了",
  ],
  // Labour: "her water broke", "in labour", "contractions every few minutes".
  [/\b(her|my|the)\s+waters?\s+(has\s+|have\s+|just\s+)?(broke|broken|burst)\b/gi, "羊水破了"],
  [/\b(going\s+into|gone\s+into|in)\s+labou?r\b/gi, "要生了"],
  [/\b(fell|fallen|fall)\s+down\b/gi, "摔倒了"],
  [/\b(old|elderly)\s+(man|woman|lady|people|person)\b/gi, "老人"],
  // "workers under it", "people buried": someone beneath what fell.
  [
    /\b(people|someone|somebody|workers?|men|man|kids?|children|person)\s+(are\s+|is\s+)?(still\s+)?(under|underneath|buried|trapped under)\b/gi,
    "有人被压在底下",
  ],
  [/\bcollaps(e|ed|es|ing)\b|\bcave[ds]?\s+in\b|\bcaving\s+in\b/gi, "塌了"],
  // "three men broke the back door and are coming up": a door forced by people now is a break-in; not
  // one found broken last week.
  [
    /\b(breaking|broke|break)\s+in(to)?\b|\bbreak-in\b|\bburglar\b|\bintruder\b|\b(men|guys|people|they|someone|somebody|stranger|strangers)\s+(just\s+)?(broke|smashed|kicked|forced)\s+(open\s+)?(the|our|my|a|his|her)\s+([a-z]+\s+)?(door|gate)\b(?![^.;!?]{0,40}\b(last|yesterday|ago)\b)/gi,
    "闯进",
  ],
  [/\bhiding\b/gi, "躲在"],
  [
    /\b(end|take)\s+(my|his|her)\s+(own\s+)?life\b|\bkill\s+(my|him|her)sel(f|ves)\b|\bsuicid(e|al)\b/gi,
    "结束生命",
  ],
  [
    /\bwater\b[^.,;!?]{0,24}?\b(come|comes|coming|came|pour(s|ing)?|rush(es|ing)?|flow(s|ing)?|get(s|ting)?)\s+(in|into|inside)\b/gi,
    "水涌进来",
  ],
  [/\binside\b/gi, "在里面"],
  // "she's safe, just wondering…": the person is said to be fine.
  [
    /\b(she|he|they|we|i)('s|'re|'m|\s+is|\s+are|\s+am)\s+(safe|fine|okay|ok|alright|all right)\b/gi,
    "没事了",
  ],
  // "we got out ok", "all fine now, sorry for the false alarm": over, said so.
  [
    /\b(we|they|he|she|i|everyone|everybody)\s+(got|get|are|were|was|is)\s+out\s+(ok|okay|fine|safe|alright|all right)\b|\ball\s+(fine|good|ok|okay)\s+now\b|\bfalse\s+alarm\b/gi,
    "没事了",
  ],
  // "standing on the roof edge" is read by the roof's edge below, not as one standing on a roof.
  [/\b(standing|sitting)\s+on\s+(the\s+)?(bridge|roof|rooftop|ledge)\b(?!\s+edge)/gi, "站在桥上"],
  // A child climbing a live pole or a transformer's fence ("his kite caught on the power line, he's
  // climbing the pole"): a pole is a power pole only where the wire or the power is named.
  [
    /\b(climbing|climbed|climbs|climb)\s+(up\s+)?(the|a|that|this)\s+((power|electric(ity)?|electrical|utility|telegraph)\s+(pole|post|tower)|pylon|transformer)\b|(?<=\b(power|electric(ity)?|electrical)\s+(lines?|wires?|cables?)\b[^.!?]{0,80})\b(climbing|climbed|climbs|climb)\s+(up\s+)?(the|a|that|this)\s+(pole|post)\b/gi,
    "爬电线杆",
  ],
  [/\b(wants?|going|gonna|plans?|planning)\s+to\s+end\s+it(\s+all)?\b/gi, "结束这一切"],
  [
    /\bceiling\b[^.;!?]{0,30}?\b(sagging|bulging|caving|coming down|bending|bowing|sinking|dropping)\b/gi,
    "天花板往下沉",
  ],
  // "smoke coming out of the neighbour's door": smoke seen escaping, as the Chinese rules read it.
  [/\bsmoke\s+(is\s+)?(coming|pouring|billowing|seeping)\s+(out|from|under|through)\b/gi, "烟往外冒"],
  // "someone jumped into the river … still moving his arms": a person in the water, whoever put them
  // there; not "we jumped into the lake for a swim".
  [
    /\b(someone|somebody|a\s+(man|woman|boy|girl|kid|child|person|guy|student)|he|she)\s+(just\s+)?(jumped|jumps)\s+(off\s+[^.;!?]{0,30}?\s+)?into\s+the\s+(water|river|lake|reservoir|pond|canal|sea)\b(?![^.;!?]{0,30}\b(swim|swimming|fun|dare)\b)/gi,
    "有人掉进水里",
  ],
  [/\beyes\s+(are\s+)?(burning|stinging|watering)\b/gi, "眼睛刺痛"],
  // "a loud crack and … plaster falling" under a sagging ceiling.
  [/\b(loud\s+)?crack(ing)?\s+(sound|noise)\b|\ba\s+loud\s+crack\b/gi, "咔咔响"],
  [/\bplaster\s+(is\s+)?(falling|coming\s+(off|down)|dropping)\b/gi, "掉墙皮"],
  /*
   * A structure breaking up now: its pieces falling ("bits of ceiling falling", "pieces falling on
   * people walking below"), a floor that just dropped. Only the present: "chunks fell this morning"
   * is told as done.
   */
  [
    /\b(bits|pieces|chunks|lumps)\s+of\s+(the\s+)?(ceiling|concrete|plaster|wall|balcony|roof|bricks?|facade)\s+(are\s+|is\s+|keep\s+|still\s+)?(falling|dropping|coming\s+down)\b|\b(bits|pieces|chunks|debris)\s+(are\s+|is\s+|keep\s+|still\s+)?(falling|dropping)\s+(on|onto)\s+(people|someone|pedestrians|passers-?by)\b/gi,
    "在往下掉块，下面有人",
  ],
  [
    /\b(my|our|the)\s+floor\s+(just\s+|has\s+|suddenly\s+)*(dropped|sank|sunk|gave\s+way|caved\s+in)\b(?!\s+(a\s+(little|bit)|slightly|since|over))/gi,
    "地板往下沉",
  ],
  [/\bnot\s+moving\b|\bdoes\s*n'?o?t\s+move\b|\bnot\s+responding\b|\bunresponsive\b/gi, "一动不动"],
  // Only a person falls from a height: "the sign fell off" is no casualty.
  [
    /(?<=\b(boy|girl|man|woman|lady|child|kid|he|she|i|someone|somebody|person|worker|student)\s+(has\s+|just\s+)?)(fell|fall|falls|fallen)\s+(from|off|out\s+of)\b/gi,
    "摔下来 from",
  ],
  [
    /\b(drank|drunk|drink|swallowed|ate)\s+(some\s+)?(something|stuff|liquid|cleaner|bleach|pills?|medicine|poison)\b/gi,
    "误喝了东西",
  ],
  // Small things a child swallows whole, with or without a word before them ("a button battery").
  [
    /\b(swallowed|swallow|swallowing)\s+(an?|some|the|his|her|my|two|three|a\s+few)?\s*([a-z]+\s+)?(batter(y|ies)|magnets?|coins?|buttons?|pins?|needles?|screws?|tablets?|pods?)\b/gi,
    "误吞了东西",
  ],
  // Far more pills than a dose: "took a lot of pills", "took a whole bottle of sleeping pills".
  [
    /\btook\s+(a\s+lot\s+of|lots\s+of|too\s+many|so\s+many|a\s+(whole\s+)?(bottle|box|packet|handful)\s+of|all\s+(his|her|my|their|the))\s+([a-z]+\s+)?(pills|tablets|medicine|meds)\b/gi,
    "吃了一大把药",
  ],
  // A phone that is not answered is someone out of reach; a person not answering is unresponsive.
  [
    /\b(is\s+|was\s+|are\s+)?(not|n'?t|never)\s+(answering|picking\s+up)\s+(his|her|their|the|my)\s+(phone|calls?|mobile)\b/gi,
    "电话打不通",
  ],
  [/\b(is\s+|was\s+)?(not|n'?t)\s+(answering|responding\s+to)\s+(me|us|anyone|anybody)\b/gi, "叫不应"],
  // "my father is asleep in the bedroom and not picking up": the phone left unanswered, told without it.
  [/\b(is\s+|was\s+|are\s+)?(not|n'?t|never)\s+picking\s+up\b(?=\s*([.,;!?]|$))/gi, "电话打不通"],
  // "I can't reach her", "nobody can get hold of him": someone out of reach.
  [
    /\b(can'?t|cannot|could\s*n'?t|could\s+not|unable\s+to)\s+(reach|contact|get\s+hold\s+of|get\s+through\s+to)\s+(her|him|them|my\s+(mum|mom|mother|dad|father|son|daughter|wife|husband|friend|flatmate|roommate|colleague|grandma|grandpa|grandmother|grandfather|brother|sister))\b/gi,
    "联系不上",
  ],
  /*
   * A railing, a pole or a socket that shocks whoever touches it ("the railing is giving electric
   * shocks, a kid just got shocked"): current leaking where people are. "Shocked" alone is surprise
   * ("shocked by the bill"): only an electric shock, or one got beside a thing that carries current.
   */
  [
    /\b(giving|gives|gave|giving\s+off)\s+(people\s+)?(electric\s+)?shocks\b|\belectric\s+shocks?\b/gi,
    "漏电",
  ],
  [
    /\belectrocuted\b|(?<=\b(power|wires?|cables?|sockets?|outlets?|railing|pole|metal|fence|electric)\b[^.!?]{0,80})\b(got|gets|getting|been)\s+shocked\b|(?<=漏电[^.!?]{0,80})\b(got|gets|getting|been)\s+shocked\b/gi,
    "触电了",
  ],
  [/\b(can'?t|cannot|could\s*n'?t|could\s+not|unable\s+to)\s+(get|stand)\s+up\b/gi, "人起不来"],
  // "a dog walker fell through": through the ice, a floor or a cover, a person went in.
  [/\b(fell|fallen|falls|went)\s+through\b(\s+the\s+ice\b)?/gi, "有人掉进去了"],
  [
    /\b(lying|collapsed|passed\s+out)\s+(in|on)\s+the\s+(snow|ice|road|street|ground|floor|pavement)\b/gi,
    "倒在地上",
  ],
  // "has dementia and walked out": someone who cannot find the way home is gone.
  [/\b(dementia|alzheimer'?s)\b/gi, "痴呆"],
  // A body giving out, in the words a frightened flatmate or neighbour uses: fainting, choking,
  // a face turning blue, the signs of a stroke (a drooping face, slurred speech, an arm that will
  // not lift) and of low blood sugar (diabetic, shaking, sweating, confused).
  [/\b(fainted|faints|fainting|passed\s+out|blacked\s+out)\b/gi, "晕倒了"],
  // "the guy who fainted … last night is fine": the night told is when, and the end is told too.
  [/\blast\s+night\b/gi, "昨晚"],
  [/\b(is|are)\s+(fine|okay|alright|all\s+right)\s+now\b|\b(is|are)\s+fine\b/gi, "没事了"],
  // "is choking", "choked on a grape"; not "choking first aid" or "a choking hazard".
  [/\b(is|was|are|were|'s|started|starts|keeps|been)\s+chok(ing|ed)\b|\bchok(ing|ed)\s+on\b/gi, "噎住了"],
  [
    /\b(turning|turned|going|gone)\s+(blue|purple)\b|\blips\s+(are\s+|look\s+|looks\s+|look(ing)?\s+|went\s+|turning\s+)?(blue|purple|grey|gray)\b/gi,
    "脸发紫",
  ],
  [/\bslurr(ing|ed|s)\b(\s+(her|his|their)\s+words|\s+speech)?/gi, "说话不清"],
  [/\bface\b[^.;!?]{0,30}?\b(droopy|drooping|droops|sagging)\b|\b(droopy|drooping)\s+face\b/gi, "嘴歪"],
  [
    /\b(can'?t|cannot|could\s*n'?t|unable\s+to)\s+(lift|raise|move)\s+(her|his|my|their|one)\s+(right\s+|left\s+)?(arm|hand)\b/gi,
    "一只手抬不起来",
  ],
  [/\b(diabetic|diabetes)\b/gi, "糖尿病"],
  // Low blood sugar's other signs beside the diabetes named: sweating and talk that makes no sense
  // ("he is diabetic … sweating a lot and talking nonsense, doesn't know where he is"). Only beside it:
  // the model reads the written-back words too, and "sweating in this heat" is no casualty.
  [
    /(?<=糖尿病[^]{0,160})\b(sweating|sweaty|cold\s+sweats?)\b|\b(sweating|sweaty|cold\s+sweats?)\b(?=[^]{0,160}糖尿病)/gi,
    "出汗",
  ],
  [
    /(?<=糖尿病[^]{0,160})(\btalking\s+(nonsense|gibberish|rubbish)\b|\bnot\s+making\s+(any\s+)?sense\b|\b(does\s*n'?o?t|does\s+not|did\s*n'?t)\s+know\s+where\s+(he|she|they)\s+(is|are)\b)|(\btalking\s+(nonsense|gibberish|rubbish)\b|\bnot\s+making\s+(any\s+)?sense\b|\b(does\s*n'?o?t|does\s+not|did\s*n'?t)\s+know\s+where\s+(he|she|they)\s+(is|are)\b)(?=[^]{0,160}糖尿病)/gi,
    "说胡话",
  ],
  // A phone switched off, and the colleague or friend whose it is, beside someone not back or out of reach ("went hiking … didn't
  // come back … his phone is off"): someone out of reach, as "关机" is in the Chinese rules. Only beside
  // the absence, already written "没回来" above: "he is at the gym and his phone is off" is no search.
  [
    /(?<=没回来[^]{0,160})\b(his|her|their|the)\s+(phone|mobile)\s+(is\s+|was\s+|has\s+been\s+)?(off|switched\s+off|turned\s+off|dead|going\s+(straight\s+)?to\s+voicemail|goes\s+(straight\s+)?to\s+voicemail)\b/gi,
    "手机关机",
  ],
  [
    /\b(colleague|coworker|co-worker)\b(?=[^]{0,200}(没回来|联系不上|\bgoodbye\b))|(?<=(没回来|联系不上|\bgoodbye\b)[^]{0,200})\b(colleague|coworker|co-worker)\b/gi,
    "同事",
  ],
  [
    /\b(friend)\b(?=[^]{0,200}(没回来|联系不上|\bgoodbye\b))|(?<=(没回来|联系不上|\bgoodbye\b)[^]{0,200})\b(friend)\b/gi,
    "朋友",
  ],
  // Water rising fast with people still down there: a flood now. (The car park itself is not
  // written back: "the underground car park has a leak" would read as the flooded garages the model knows.)
  [/\bwater\s+(is\s+)?(rising|going\s+up)\s+(fast|quickly|rapidly)\b/gi, "水涨得很快"],
  [
    /\b(people|someone|somebody|some\s+people|workers|drivers)\s+(are\s+|is\s+)?still\s+(down\s+there|in\s+there|inside)\b/gi,
    "还有人在下面",
  ],
  [/\b(is\s+|she'?s\s+|he'?s\s+|now\s+)?confused\b/gi, "糊涂了"],
  [/\bgas\s+(water\s+)?heater\b/gi, "燃气热水器"],
  // A child left in a car, a child over a balcony rail, someone on a roof's edge.
  [
    /\b(locked|left|stuck|trapped|shut)\s+in\s+(a|the|his|her|their|my|our)\s+([a-z]+\s+){0,2}(car|sedan|suv|van|vehicle)\b/gi,
    "锁在车里",
  ],
  [
    /\b(hanging|dangling|climbing|climbed)\s+(off|over|from|out\s+of|outside)\s+(a|the)\s+(balcony|window|railing|ledge)(\s+railing)?\b/gi,
    "爬到阳台栏杆外面",
  ],
  [
    /\b(sitting|standing)\s+on\s+the\s+(roof|rooftop)\s+edge\b|\b(sitting|standing)\s+on\s+the\s+edge\s+of\s+the\s+(roof|rooftop|building)\b|\blegs\s+over\s+the\s+(side|edge)\b/gi,
    "坐在楼顶边上",
  ],
  // Bleach mixed with an acid cleaner gives off chlorine.
  [
    /\bmix(ed|es|ing)?\s+(the\s+|some\s+)?bleach\s+(with|and)\s+(the\s+|some\s+)?(toilet\s+cleaner|ammonia|vinegar|acid|drain\s+cleaner)\b/gi,
    "把84和洁厕灵混在一起",
  ],
  [/\blives?\s+alone\b|\bliving\s+alone\b/gi, "独居"],
  [
    /\b(for\s+)?(two|three|four|five|six|seven|\d+)\s+days\b/gi,
    (_m: string, _f: string, n: string) => `${DAYS[n.toLowerCase()] ?? n}天`,
  ],
  // "his lights have been on for three days … he is not answering": a person out of reach.
  [
    /\b(he|she|they)\s+(is|are|was|has\s+been|have\s+been)\s+not\s+answering\b(?!\s+(his|her|their|the|my)\s)/gi,
    "$1联系不上",
  ],
  [/\b(walked|wandered|went)\s+(out|off|away)\b/gi, "走丢了"],
  // "ran off at the fair, I lost sight of her": a person out of sight, as 走丢 and 找不到 say.
  [/\b(ran|run|runs|wandered)\s+(off|away)\b/gi, "走丢了"],
  [/\blost\s+sight\s+of\s+(him|her|them)\b/gi, "找不到了"],
  // "a seizure that won't stop": convulsions going on, as 抽搐 says.
  [/\b(is\s+|was\s+)?(having|had|has)\s+(an?\s+)?(seizures?|fits?|convulsions?)\b/gi, "抽搐"],
  [/\b(won'?t|will\s+not|doesn'?t|does\s+not|not)\s+stop(ping)?\b/gi, "停不下来"],
  [
    /\b(won'?t|wont|can'?t|cannot|does\s*n'?o?t|is\s*n'?o?t|not)\s+(wake|waking)\s+up\b|\bcan'?t\s+wake\s+(him|her|them)(\s+up)?\b/gi,
    "叫不醒",
  ],
];
const WORDS: Readonly<Record<string, string>> = {
  gas: "燃气",
  smell: "味",
  smells: "味",
  smelly: "臭",
  stink: "臭",
  stinks: "臭",
  leak: "漏",
  leaking: "漏",
  leaks: "漏",
  egg: "蛋",
  eggs: "蛋",
  fire: "火",
  smoke: "烟",
  sparking: "冒火花",
  sparks: "火花",
  screaming: "惨叫",
  allergic: "过敏",
  swelling: "肿",
  wall: "墙",
  leaning: "歪",
  cracks: "裂缝",
  sidewalk: "人行道",
  knife: "刀",
  bleeding: "流血",
  unconscious: "昏迷",
  trapped: "困住",
  stuck: "困住",
  lift: "电梯",
  elevator: "电梯",
  missing: "不见了",
  mom: "我妈",
  mum: "我妈",
  mother: "母亲",
  dad: "我爸",
  father: "父亲",
  son: "儿子",
  daughter: "女儿",
  child: "孩子",
  kid: "孩子",
  kids: "孩子",
  baby: "宝宝",
  grandma: "奶奶",
  grandmother: "奶奶",
  grandpa: "爷爷",
  grandfather: "爷爷",
  grandson: "孙子",
  granddaughter: "孙女",
  grandchild: "孙子",
  toddler: "孩子",
  boy: "孩子",
  girl: "孩子",
  vomiting: "呕吐",
  vomit: "呕吐",
  bottle: "瓶",
  goodbye: "再见",
  // A film's flames are on a screen, as 电影 and 特效 say in the Chinese rules.
  movie: "电影",
  flames: "火苗",
  flame: "火苗",
  chemical: "化学",
  chemicals: "化学",
  coughing: "咳嗽",
  cracking: "裂",
  // Where smoke is everyday, as the Chinese rules' exceptions read it.
  chimney: "烟囱",
  barbecue: "烧烤",
  bbq: "烧烤",
  battery: "电池",
  pregnant: "孕妇",
  // "he is on holiday in Thailand": the person's own trip explains the silence, as 旅游 does.
  holiday: "旅游",
  vacation: "旅游",
};
const WORD = /\b[A-Za-z]+\b/g;

/** The text with English hazard words written in characters; text without English is returned as is. */
/*
 * Phrases the rules read but the emergency model does not: its training lines spell some of them
 * ("a car hit a kid", "people walking under"), and the shipped model was trained on those lines as
 * the shared reader leaves them. Applied to the text the shared reader has already written, so the
 * people in them may be in characters by then.
 */
const PERSON_WORD = String.raw`(child|kid|boy|girl|man|woman|lady|person|pedestrian|someone|somebody|old\s+man|old\s+woman|cyclist|孩子|小孩|老人|人)`;
const RULES_ONLY_PHRASES: readonly (readonly [RegExp, string])[] = [
  // "a car hit a child … the kid is on the ground": a person run down now.
  [
    new RegExp(
      String.raw`\b(car|truck|bus|van|taxi|driver|motorbike|scooter)\s+(just\s+)?(hit|ran\s+over|knocked\s+down|struck)\s+((a|an|the|this|some|my|our)\s+)?${PERSON_WORD}`,
      "gi",
    ),
    "车撞倒了人",
  ],
  // "threatening passengers with a broken bottle", "threatened staff with a knife": a weapon held over
  // people now (the shared reader has made the bottle "瓶" by then).
  [
    /\bthreat(en|ens|ening|ened)\s+([a-z]+\s+){0,3}with\s+(a|an|the|his|her)\s+(broken\s+)?(瓶|bottle|knife|刀|blade|machete|hammer|bat|pipe|glass|screwdriver)(?![a-z])/gi,
    "持凶器威胁人",
  ],
  // "shouting he'll jump", "screaming she's going to jump": a threat to jump called out now.
  [
    /\b(shouting|screaming|yelling|saying|says|said|crying|threatening)\s+(that\s+)?(he|she)\s*(['’]ll|will|is\s+going\s+to|['’]s\s+going\s+to|wants\s+to|['’]s\s+gonna|is\s+gonna)\s+jump\b/gi,
    "喊着要跳楼",
  ],
  // "… hanging by one corner, people walking under it": people below something about to fall.
  [
    /\b(people|kids|children|pedestrians|人|孩子|行人)\s*(are\s+)?(walking|standing|passing|waiting)\s+(right\s+)?(under|below|underneath)\b/gi,
    "下面有人在走",
  ],
  /*
   * A cloud or a smell from a spill or a works that people are breathing now ("a brown cloud … three
   * colleagues are coughing", "smells like bleach, my throat is burning"): the Chinese poison rule
   * reads a strange smoke or a sharp smell with a cough or a sore throat.
   */
  [
    /\b(brown|yellow|yellowish|green|greenish|orange|purple)\s+(cloud|smoke|gas|fumes?|haze|mist)\b/gi,
    "怪烟",
  ],
  [
    /\b(like|of)\s+(bleach|chlorine|ammonia|acid|chemicals?|solvent)\b|\b(toxic|chemical|acrid)\s+fumes?\b/gi,
    "刺鼻",
  ],
  [/\bthroat\s+(is\s+|are\s+|feels\s+)?(burning|sore|stinging|on\s+fire|hurts?|hurting)\b/gi, "嗓子疼"],
  [/\bchest\s+(pains?|tightness)\b|\bchest\s+(hurts?|feels\s+tight)\b/gi, "胸口疼"],
  /*
   * "he isn't answering for 2 days": the days were read as "2天" already; the silence before them is
   * the Chinese "2天不接" the days-unseen rule reads.
   */
  [
    /\b(is\s*n['’]?t|is\s+not|has\s*n['’]?t\s+been|has\s+not\s+been|not|has\s*n['’]?t|has\s+not)\s+(answering|picking\s+up|answered|picked\s+up|replying|replied)(\s+(the|his|her|my|their|our)?\s*(phone|calls?|door|messages?))?\s*(for\s+)?(\d+|两|三|几)天/gi,
    "$9天不接",
  ],
  // "lightning hit the tree … one boy burnt": the strike and a person hurt by it.
  [/\blightning\s+(just\s+)?(hit|hits|struck|strikes|striking)\b|\bstruck\s+by\s+lightning\b/gi, "雷击"],
  [/\b(burnt|burned|burns)\s+(on|to)\s+(the|his|her|their|an?)\s+/gi, "烧伤 "],
];

/** The rules' own English phrases, read after `readHazardEnglish` (see above); pure. */
export function readHazardEnglishForRules(simple: string): string {
  if (!/[A-Za-z]{2,}/.test(simple)) return simple;
  let out = simple;
  for (const [re, to] of RULES_ONLY_PHRASES) out = out.replace(re, to);
  return out;
}

export function readHazardEnglish(text: string): string {
  // One English word is a brand or a name; a sentence in English has several.
  if ((text.match(/\b[A-Za-z]{2,}\b/g) ?? []).length < 3) return text;
  let out = text;
  // Two calls because \`replace\` has one overload for a string and one for a function, not a union.
  for (const [re, to] of PHRASES) out = typeof to === "string" ? out.replace(re, to) : out.replace(re, to);
  // A knife used on a thing ("cut the ribbon with a knife", "cutting bread with a knife") is no
  // weapon: the word stays English, so neither the rules nor the model read a blade in it.
  out = out.replace(TOOL_KNIFE, (m) => m.replace(/knife$/i, "utensil"));
  return out.replace(WORD, (w) => WORDS[w.toLowerCase()] ?? w);
}

const TOOL_KNIFE =
  /\bcut(s|ting)?\s+(the|a|an|some|my|our|his|her)\s+(ribbon|cake|bread|rope|tape|box|meat|vegetables?|fruit|melon|watermelon|paper|string|cord)\s+with\s+(a|an|the)\s+knife\b/gi;
