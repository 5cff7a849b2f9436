/**
 * Regular expressions compiled to machine code before their first match instead of after it.
 *
 * V8 runs a new regular expression in its bytecode interpreter the first time and compiles machine
 * code only from the second. For the contact readers' patterns (the surname list, given-name
 * classes and `\p{Script=Han}` under the `u` flag, repeated and nested) the bytecode alone runs to
 * hundreds of kilobytes: generating and interpreting it took 1–50 ms a pattern, where the machine
 * code takes 0.1–7 ms, and a cold `zhitong extract` paid both for about a hundred of them. V8
 * compiles machine code at once for a subject of 1,000 characters or more, so one match attempt on
 * such a subject skips the interpreter. What a pattern matches is unchanged; only when it is
 * compiled. Another engine ignores the hint and merely runs one failed match.
 *
 * Patterns are registered when their module loads and warmed together on the first read that needs
 * them (`warmUpPatterns`), so a process that loads a reader and never reads pays nothing.
 */

// Two-byte (outside Latin-1) like the Chinese texts the patterns read: V8 compiles a pattern apart
// for one-byte and two-byte subjects. A character none of the patterns looks for keeps the warm-up
// match short.
const LONG_SUBJECT = "\u2FFF".repeat(1000);

const waiting: RegExp[] = [];

/*
 * Set by the process that runs `zhitong extract` (bin/bundle-runner.js), which has V8 compile every
 * pattern to machine code on its first use: there the warm-up would only compile, ahead of time,
 * patterns the message may never need.
 */
const COMPILED_ON_FIRST_USE = Symbol.for("zhitong.regexps-compiled-on-first-use");

/** Registers `re` to be compiled to machine code by the next `warmUpPatterns`; returns it. */
export function warmUp<T extends RegExp>(re: T): T {
  waiting.push(re);
  return re;
}

/** Compiles every pattern registered since the last call (once each; later calls cost nothing). */
export function warmUpPatterns(): void {
  if (waiting.length === 0) return;
  if ((globalThis as Record<symbol, unknown>)[COMPILED_ON_FIRST_USE] === true) {
    waiting.length = 0;
    return;
  }
  for (const re of waiting.splice(0)) {
    const at = re.lastIndex;
    re.test(LONG_SUBJECT);
    re.lastIndex = at;
  }
}
