import { Option } from "commander";
import { channelNames } from "../../channels/registry.js";

/**
 * Options and helpers several commands share. Kept apart from the commands themselves so that
 * loading one command (e.g. `route`) does not load another's heavy imports (the intake engine).
 */
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

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
