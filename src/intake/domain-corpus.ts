import type { TextClassifier } from "./text-classifier.js";
import type { LabelledText } from "./train-classifier.js";

/**
 * The seven first-level domains of the official appeal taxonomy used by public message-board
 * corpora (e.g. Teddy Cup 2020), and the taxonomy categories each can hold. Categories missing
 * here (public order, neighbour disputes, government service, other) have no domain-level
 * text and keep learning from the hand-written seeds only.
 */
export const DOMAIN_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  城乡建设: [
    "municipal",
    "construction",
    "property",
    "water_supply",
    "power_supply",
    "gas_supply",
    "heating",
    "sanitation",
  ],
  环境保护: ["pollution", "noise", "sanitation"],
  劳动和社会保障: ["labor", "social_assistance", "government_service"],
  教育文体: ["education"],
  // Lifts and gas appliances are supervised as special equipment and products; fraud and
  // pyramid selling are filed as trade: the public corpus files them here.
  商贸旅游: ["market", "property", "gas_supply", "public_order"],
  // Birth permits and newborns' household registration are filed with family planning.
  卫生计生: ["health", "government_service"],
  交通运输: ["traffic"],
};

/** Categories that real message boards rarely file in any domain above. */
export const DOMAINLESS_CATEGORIES: readonly string[] = [
  "public_order",
  "neighbor_dispute",
  "government_service",
  "other",
];

export interface WeakLabelOptions {
  /** Keep a text only when its best category holds at least this share of the domain's probability. */
  minShare: number;
  /** Cut long letters: the opening carries the problem, the rest is mostly background. */
  maxChars: number;
}

export interface WeakLabelResult {
  examples: LabelledText[];
  /** Texts whose domain was unknown or whose category stayed ambiguous. */
  skipped: number;
}

/**
 * Turns domain-labelled real messages into category-labelled ones: a classifier trained on the
 * hand-written seeds picks the most likely category among those the domain allows. A wrong
 * guess stays inside the right domain, so the real wording still teaches the domain; texts the
 * seeds cannot place with some confidence are left out rather than guessed.
 */
export function weakLabelByDomain(
  rows: readonly LabelledText[],
  seedClassifier: TextClassifier,
  options: WeakLabelOptions,
): WeakLabelResult {
  const labelIndex = new Map(seedClassifier.labels.map((l, i) => [l, i]));
  const examples: LabelledText[] = [];
  let skipped = 0;
  for (const row of rows) {
    const allowed = (DOMAIN_CATEGORIES[row.label] ?? []).filter((c) => labelIndex.has(c));
    if (allowed.length === 0) {
      skipped++;
      continue;
    }
    const text = row.text.slice(0, options.maxChars);
    if (allowed.length === 1) {
      examples.push({ text, label: allowed[0]! });
      continue;
    }
    const p = seedClassifier.predict(text).probabilities;
    let total = 0;
    let best = allowed[0]!;
    for (const c of allowed) {
      const v = p[labelIndex.get(c)!]!;
      total += v;
      if (v > p[labelIndex.get(best)!]!) best = c;
    }
    if (total > 0 && p[labelIndex.get(best)!]! / total >= options.minShare)
      examples.push({ text, label: best });
    else skipped++;
  }
  return { examples, skipped };
}
