import path from "node:path";
import { createInterface } from "node:readline/promises";
import { Command, Option } from "commander";
import { emptyState } from "../intake/dialogue/dialogue-state.js";
import { loadFaq } from "../intake/dialogue/faq.js";
import { memoryPorts } from "../intake/dialogue/memory-ports.js";
import { runTurn, type TurnInput } from "../intake/dialogue/run-turn.js";
import { createEngine } from "../intake/create-engine.js";
import { parseEnv } from "../runtime/env.schema.js";
import { loadDomainConfig } from "../runtime/load-domain-config.js";
import { CONFIG_OPTION, ENGINE_OPTION } from "./cli-options.js";
import { COMMAND_SUMMARIES } from "./command-list.js";
import { channelNames } from "../../channels/registry.js";

/**
 * `zhitong chat`: talk to the intake bot in the terminal. Runs the same dialogue code as the intake
 * worker, in memory (no database, nothing is filed for real). `/photo`, `/loc LAT LNG LABEL`,
 * `/scan SCENE` and `/state` simulate WeChat extras; `/quit` ends.
 */
export function chatCommand(): Command {
  return new Command("chat")
    .description(COMMAND_SUMMARIES.chat)
    .addOption(
      new Option("--channel <channel>", "channel to simulate").choices([...channelNames]).default("wechat"),
    )
    .addOption(ENGINE_OPTION())
    .addOption(CONFIG_OPTION())
    .option("--phone <number>", "the sender's number (SMS and hotline supply one)")
    .action(
      async (opts: {
        channel: TurnInput["channel"];
        engine?: "offline" | "openai";
        config?: string;
        phone?: string;
      }) => {
        const env = parseEnv(process.env);
        const dir = path.resolve(opts.config ?? env.CONFIG_DIR);
        const config = await loadDomainConfig(dir);
        const engine = await createEngine(env, config, { engine: opts.engine });
        const ports = memoryPorts({ engine, config, faq: await loadFaq(dir) });
        let state = emptyState();
        const rl = createInterface({
          input: process.stdin,
          output: process.stdout,
          terminal: process.stdin.isTTY,
        });
        process.stdout.write(`直通 intake bot (${opts.channel}, ${engine.name} engine). /quit to leave.\n`);
        let photo = 0;
        for await (const line of rl) {
          const text = line.trim();
          if (!text) continue;
          if (text === "/quit") break;
          if (text === "/state") {
            process.stdout.write(`${JSON.stringify(state, null, 2)}\n`);
            continue;
          }
          const input: TurnInput = {
            channel: opts.channel,
            kind: "text",
            text,
            callerPhone: opts.phone ?? null,
            now: new Date(),
          };
          if (text === "/photo")
            Object.assign(input, { kind: "image", text: null, mediaId: `LOCAL_PHOTO_${++photo}` });
          const loc = /^\/loc\s+(-?[\d.]+)\s+(-?[\d.]+)\s*(.*)$/.exec(text);
          if (loc)
            Object.assign(input, {
              kind: "location",
              text: null,
              location: { lat: Number(loc[1]), lng: Number(loc[2]), label: loc[3] || null },
            });
          const scan = /^\/scan\s+(\S+)$/.exec(text);
          if (scan)
            Object.assign(input, { kind: "event", text: null, event: { type: "scan", key: scan[1] } });
          if (opts.channel === "hotline" && input.kind === "text") input.kind = "transcript";
          const result = await runTurn(state, input, ports);
          state = result.state;
          for (const reply of result.replies) process.stdout.write(`机器人：${reply}\n`);
        }
        rl.close();
      },
    );
}
