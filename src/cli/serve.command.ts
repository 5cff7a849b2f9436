import { Command, Option } from "commander";
import { serve, type Role } from "../server.js";
import { reportFatal } from "./fatal.js";
import { COMMAND_SUMMARIES } from "./command-list.js";

export function serveCommand(): Command {
  return new Command("serve")
    .description(COMMAND_SUMMARIES.serve)
    .addOption(
      new Option("--role <role>", "api: HTTP only; worker: queue workers only; all: both")
        .choices(["api", "worker", "all"])
        .default("all"),
    )
    .action(async (opts: { role: Role }) => serve(opts.role).catch(reportFatal));
}
