/*
 * A danger told in English, read as a hotline agent would hear it: a person in a state where they
 * cannot help themselves, a structure or a line failing, or someone armed coming, said to be happening
 * now. The detector reads Chinese first; a visitor's English message that names no hazard word it knows
 * ("the ceiling is bending down", "he is in the water moving his arms") is filed as normal unless the
 * safety question is asked. Used only by the safety question; pure.
 */

/* English, not pinyin: function words pinyin never spells. */
// "and", "his", "her", "we", "our", "your" too: no pinyin syllable is spelt so ("…hitting his wife").
const ENGLISH_WORDS =
  /\b(the|is|are|was|my|there|please|someone|with|from|they|it's|i'm|this|of|and|his|her|we|our|your)\b/g;

/* A person who cannot help themselves, or is about to be hurt. */
const PERSON_IN_TROUBLE = new RegExp(
  [
    String.raw`\b(not|isn't|is not|aren't|can't|cannot|can not) (moving|breathing|responding|waking|get(ting)? out|breathe|move|stand|swim)\b`,
    String.raw`\b(unconscious|passed out|collapsed|drowning|bleeding|trapped|choking|fainted)\b`,
    String.raw`\b(in|under) the (water|river|lake|pond|sea|rubble)\b`,
    String.raw`\b(on|lying on) the (ground|floor|road|tracks)\b`,
    String.raw`\b(on|at the edge of) the roof\b`,
    String.raw`\b(jumped|fell|falling) (into|off|from|down)\b`,
    String.raw`\bstuck (in|inside|under|between)\b`,
    // A watch or a pendant that reports a fall: whoever wears it may be on the floor now.
    String.raw`\b(fall|sos) (alert|alarm|detected|detection)\b`,
    String.raw`\b(touching|climbing|hanging)\b[^.!?]{0,30}\b(wire|cable|transformer|power|fence|railing|edge|window|balcony)\b`,
  ].join("|"),
);

/* A structure, a line or a fire failing or spreading now. */
const THING_FAILING = new RegExp(
  [
    String.raw`\b(ceiling|wall|roof|floor|building|balcony|beam|tree|pole|crane|scaffold(ing)?|sign|billboard|bridge|stairs)\b[^.!?]{0,30}\b(bending|sagging|cracking|collapsing|coming down|caving|giving way|leaning|swaying|falling)\b`,
    String.raw`\b(plaster|bricks?|glass|tiles?|concrete) (is |are )?(falling|coming down|dropping)\b`,
    String.raw`\b(sparks?|sparking|on fire|flames?|burning|smoke|smoking)\b`,
    String.raw`\b(smell(s|ing)? (of )?gas|gas (leak|smell)|leaking gas)\b`,
    String.raw`\b(live|bare|broken|fallen) (wire|cable|power line)s?\b`,
    String.raw`\bwater (is )?(rising|pouring|coming in|up to)\b`,
    // A load come off a lorry into the traffic ("one coil has rolled off onto the road, cars are swerving").
    String.raw`\b(load|cargo|coils?|pipes?|logs?|beams?|barrels?|crates?|gas cylinders?)\b[^.!?]{0,30}\b(rolled|fell|fallen|slid|came|come|dropped) (off|onto|into)\b`,
  ].join("|"),
);

/* Someone armed or breaking in, now. */
const THREAT =
  /\b(knife|knives|gun|metal bar|iron bar|axe|machete|weapon)\b|\b(broke|breaking|broken) (in|into|the (door|back door|window|lock))\b|\b(coming (up|in|for|after)|following me|attacking|hitting|beating|threatening)\b/;

/* A call for the emergency services or for help right now. */
const PLEA =
  /\b(police|ambulance|firefighters?|fire brigade|fire department) please\b|\bplease (come|hurry|help|cut|send (someone|help|an? \w+) (now|quick|fast|immediately))\b|\b(call|send) (the )?(police|ambulance|fire)\b|\bhelp (me|us)\b/;

/* Said to be happening now, or a state said in the present ("the kid is on the ground"). */
const NOW =
  /\b(is|are|am|'s|'re|'m) (still )?(on|in|under|lying|unconscious|bleeding|trapped|stuck)\b|\b(now|right now|still|currently|immediately|hurry|quick|asap)\b|\b(is|are|am|'s|'re|'m)\s+\w+ing\b|\b(keeps?|can't|cannot)\b/;

/* Told as over, as a question about rules, or as no danger at all. */
const NOT_NOW = new RegExp(
  [
    String.raw`\b(nobody|no one|noone|nothing|none)( is| was|'s)? (hurt|injured|trapped|leaking|burning|on fire)\b`,
    // A pet in trouble is a vet's matter, not the centre's (the detector's convention).
    String.raw`\b(my|our) (dog|cat|puppy|kitten|pet|bird|rabbit)\b`,
    String.raw`\b(is|are|was|everyone('s)?|we're|we are|he's|she's|all) (fine|ok|okay|safe|alright)( now)?\b`,
    String.raw`\ball (fine|ok|good|clear)\b`,
    String.raw`\b(recovered|turned out|was (only |just )?a (test|drill)|false alarm|not urgent|just (asking|wondering|curious|want(ed)? to (say|know|ask)))\b`,
    String.raw`\b(no smoke|no fire|fire drill|first aid|course|class|training|subsidy|bill|allowed|legal|register)\b`,
    String.raw`\b(thanks?|thank you)\b`,
  ].join("|"),
);
const PAST = /\b(yesterday|last (night|week|month|year|time|summer|winter)|ago|earlier today)\b/;

/**
 * Whether an English message tells of a danger happening now; false when it is not English or tells
 * none. The danger the evidence points to is not named: the question's general advice fits all.
 */
export function englishDanger(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const english = new Set(lower.match(ENGLISH_WORDS) ?? []);
  if (english.size < 2) return false;
  if (NOT_NOW.test(lower)) return false;
  if (!NOW.test(lower) && PAST.test(lower)) return false;
  const danger = PERSON_IN_TROUBLE.test(lower) || THING_FAILING.test(lower) || THREAT.test(lower);
  return danger && (NOW.test(lower) || PLEA.test(lower));
}
