import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prompts");

const PLACEHOLDER = /\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g;
// The leading HTML comment documents the template's version and user; it is not sent.
const HEADER = /^<!--[\s\S]*?-->\s*/;

export class PromptError extends Error {
  override name = "PromptError";
}

/**
 * Renders `prompts/<name>.md`, replacing every `{{placeholder}}`. Fails on a placeholder without a
 * value (a silent blank would change what the model is told) and on unknown extra variables.
 */
export function renderPrompt(name: string, vars: Record<string, string>, dir = PROMPTS_DIR): string {
  const template = readFileSync(path.join(dir, `${name}.md`), "utf8").replace(HEADER, "");
  const used = new Set<string>();
  const out = template.replace(PLACEHOLDER, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new PromptError(`prompt ${name}: no value for {{${key}}}`);
    used.add(key);
    return value;
  });
  const extra = Object.keys(vars).filter((k) => !used.has(k));
  if (extra.length) throw new PromptError(`prompt ${name}: unused variables ${extra.join(", ")}`);
  return out.trimEnd();
}
