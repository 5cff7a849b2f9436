import path from "node:path";
import { Command, Option } from "commander";
import { createEngine } from "../intake/create-engine.js";
import { parseEnv } from "../runtime/env.schema.js";
import { loadDomainConfig } from "../runtime/load-domain-config.js";
import { channelNames } from "../../channels/registry.js";

export const CHANNEL_OPTION = () =>
  new Option("--channel <channel>", "channel the text came from")
    .choices([...channelNames])
    .default("wechat");
export const ENGINE_OPTION = () =>
  new Option("--engine <engine>", "extraction engine (default: INTAKE_ENGINE)").choices([
    "offline",
    "openai",
  ]);
export const CONFIG_OPTION = () =>
  new Option("--config <dir>", "directory holding taxonomy.json and jurisdiction.json");

/** `zhitong extract`: one message (or hotline transcript) on stdin → one structured complaint on stdout. */
export function extractCommand(): Command {
  return new Command("extract")
    .description("read one message on stdin and print the structured complaint as JSON")
    .addOption(CHANNEL_OPTION())
    .addOption(ENGINE_OPTION())
    .addOption(CONFIG_OPTION())
    .option("--phone <number>", "the sender's number, as SMS and hotline channels supply it")
    .action(
      async (opts: { channel: string; engine?: "offline" | "openai"; config?: string; phone?: string }) => {
        const env = parseEnv(process.env);
        const config = await loadDomainConfig(path.resolve(opts.config ?? env.CONFIG_DIR));
        const engine = await createEngine(env, config, {
          engine: opts.engine,
          onFallback: (reason) =>
            process.stderr.write(`zhitong: LLM unavailable (${reason}); offline engine answered\n`),
        });
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

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
