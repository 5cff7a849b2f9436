/**
 * The indexes of a group's entries split so that no key appears twice in one round, in order of
 * arrival: a statement that updates rows from a list changes each row once however many list
 * entries match it, so two entries for one row go in successive statements, as they would have
 * alone. Almost always a single round.
 */
export function distinctRounds<T>(entries: readonly T[], key: (entry: T) => number): number[][] {
  const rounds: { keys: Set<number>; members: number[] }[] = [];
  entries.forEach((entry, i) => {
    const k = key(entry);
    let round = rounds.find((r) => !r.keys.has(k));
    if (!round) rounds.push((round = { keys: new Set(), members: [] }));
    round.keys.add(k);
    round.members.push(i);
  });
  return rounds.map((r) => r.members);
}
