import { createRequire } from "node:module";
import path from "node:path";
import type * as Readline from "node:readline";
import { Command } from "commander";
import { z } from "zod";
import type { Channel } from "../domain/complaint.schema.js";
import { createEngine } from "../intake/create-engine.js";
import type { ExtractionEngine } from "../intake/extraction-engine.js";
import { parseEnv } from "../runtime/env.schema.js";
import { loadDomainConfig } from "../runtime/load-domain-config.js";
import { channelNames } from "../../channels/registry.js";
import { OTHER_SOURCES } from "../channels-runtime/channel-rules.js";
import { CHANNEL_OPTION, CONFIG_OPTION, ENGINE_OPTION, readStdin } from "./cli-options.js";
import { COMMAND_SUMMARIES } from "./command-list.js";

// Re-exported where callers have always found them.
export { CHANNEL_OPTION, CONFIG_OPTION, ENGINE_OPTION, readStdin };

/** `zhitong extract`: one message (or hotline transcript) on stdin → one structured complaint on stdout. */
export function extractCommand(): Command {
  return new Command("extract")
    .description(COMMAND_SUMMARIES.extract)
    .addOption(CHANNEL_OPTION())
    .addOption(ENGINE_OPTION())
    .addOption(CONFIG_OPTION())
    .option("--phone <number>", "the sender's number, as SMS and hotline channels supply it")
    .option(
      "--jsonl",
      'batch mode: JSON Lines {"id","text","channel"} on stdin, one {"id","complaint"} or {"id","error"} per line on stdout',
    )
    .action(
      async (opts: {
        channel: string;
        engine?: "offline" | "openai";
        config?: string;
        phone?: string;
        jsonl?: boolean;
      }) => {
        const env = parseEnv(process.env);
        const config = await loadDomainConfig(path.resolve(opts.config ?? env.CONFIG_DIR));
        const engine = await createEngine(env, config, {
          engine: opts.engine,
          // One message needs only the dictionary words it contains; a batch, the whole dictionary.
          dictionary: opts.jsonl ? "full" : "on-demand",
          onFallback: (reason) =>
            process.stderr.write(`zhitong: LLM unavailable (${reason}); offline engine answered\n`),
        });
        if (opts.jsonl) {
          const { lines, errors } = await extractJsonLines(engine, opts.channel);
          process.stderr.write(`zhitong extract: ${lines} lines, ${errors} errors\n`);
          return;
        }
        const text = (await readStdin()).trim();
        if (!text) {
          process.stderr.write("zhitong extract: no text on stdin\n");
          process.exitCode = 2;
          return;
        }
        const complaint = await engine.extract({
          text,
          channel: opts.channel,
          callerPhone: opts.phone ?? null,
        });
        process.stdout.write(`${JSON.stringify(complaint)}\n`);
      },
    );
}

/** One batch input line; `channel` defaults to the --channel option, `phone` is optional. */
const BatchLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string().trim().min(1, "text is empty").max(20_000, "text is longer than 20000 characters"),
  // A registered channel (channels/registry.ts) or another source: the domain does not list them.
  channel: z.enum([...channelNames, ...Object.keys(OTHER_SOURCES)]).optional(),
  phone: z.string().max(40).optional(),
});

/**
 * Batch extraction over JSON Lines on stdin, one output line per input line, in order. A bad
 * line (not JSON, no text, unknown channel) gets an error line naming the problem and the
 * batch goes on: a centre's history export always has a few broken rows.
 */
export async function extractJsonLines(
  engine: ExtractionEngine,
  defaultChannel: z.infer<typeof Channel>,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  const write = (row: object): void => {
    output.write(`${JSON.stringify(row)}\n`);
  };
  // Required here: a one-message extract does not read lines.
  const { createInterface } = createRequire(import.meta.url)("node:readline") as typeof Readline;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    if (!raw.trim()) continue;
    lines++;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      errors++;
      write({ id: null, line: lines, error: "not a JSON object" });
      continue;
    }
    const parsed = BatchLine.safeParse(json);
    const id = (json as { id?: unknown } | null)?.id;
    const safeId = typeof id === "string" || typeof id === "number" ? id : null;
    if (!parsed.success) {
      errors++;
      const issue = parsed.error.issues[0];
      write({
        id: safeId,
        line: lines,
        error: `${issue?.path.join(".") || "line"}: ${issue?.message ?? "invalid"}`,
      });
      continue;
    }
    try {
      const complaint = await engine.extract({
        text: parsed.data.text,
        channel: parsed.data.channel ?? defaultChannel,
        callerPhone: parsed.data.phone ?? null,
      });
      write({ id: safeId, complaint });
    } catch (err) {
      errors++;
      // The engine's message only: no stack, no resident text echoed back.
      write({ id: safeId, line: lines, error: `extraction failed: ${(err as Error).message}` });
    }
  }
  return { lines, errors };
}
