import { hash, verify } from "@node-rs/argon2";

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

/** Console passwords: at least 10 characters with a letter and a digit (no upper bound beyond 128). */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "密码至少10位 (at least 10 characters)";
  if (password.length > 128) return "密码最多128位 (at most 128 characters)";
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password))
    return "密码须同时包含字母和数字 (needs a letter and a digit)";
  return null;
}
