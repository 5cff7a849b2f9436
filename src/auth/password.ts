import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

/**
 * argon2id (the library's default algorithm) with OWASP's minimum parameters: 19 MiB of memory,
 * 2 passes, 1 lane. Memory-hard, so a stolen table is expensive to brute-force on GPUs.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/**
 * Verifies against a throwaway hash so that "no such user" costs as long as "wrong password":
 * response times must not tell an attacker which usernames exist.
 */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword("zhitong-dummy-password");
  await verifyPassword(await dummy, password);
}

/** Trivial passwords common among Chinese users that the generic lists rank too high. */
const LOCAL_DENY_LIST = [
  "woaini",
  "woaini1314",
  "woaini520",
  "5201314",
  "1314520",
  "aini1314",
  "iloveyou",
  "12345678",
  "qq123456",
  "a123456",
  "abc123",
  "admin",
  "password",
];
const MIN_LENGTH = 10;
/** zxcvbn scores 0–4; 3 means "safely unguessable" (about 10^8 guesses or more). */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function strength(): ZxcvbnFactory {
  // Ranking the dictionaries takes a moment: done on first use, when a password is set, not at start.
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, zhitongLocal: LOCAL_DENY_LIST },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/**
 * Console passwords, following NIST SP 800-63B: at least 10 characters (at most 128), no
 * composition rules, and refused when a strength estimate finds them guessable — common-password
 * lists, repeats ("aaaaaaaaa1"), sequences, keyboard walks, dates, or the user's own name. The
 * estimate is zxcvbn-ts (maintained TypeScript port of Dropbox's zxcvbn) with its common dictionaries
 * and a short local list.
 */
export function passwordProblem(
  password: string,
  opts: { userInputs?: readonly string[] } = {},
): string | null {
  if (password.length < MIN_LENGTH) return `密码至少${MIN_LENGTH}位 (at least ${MIN_LENGTH} characters)`;
  if (password.length > 128) return "密码最多128位 (at most 128 characters)";
  const result = strength().check(password, [...(opts.userInputs ?? [])]);
  if (result.score < MIN_SCORE)
    return "密码太常见或太简单，请换一个更难猜的密码 (too common or too easy to guess)";
  return null;
}
