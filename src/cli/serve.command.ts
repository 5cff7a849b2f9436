import { Command, Option } from "commander";
import { serve, type Role } from "../server.js";
import { reportFatal } from "./fatal.js";

export function serveCommand(): Command {
  return new Command("serve")
    .description("run the service: HTTP API, queue workers, or both")
    .addOption(
      new Option("--role <role>", "api: HTTP only; worker: queue workers only; all: both")
        .choices(["api", "worker", "all"])
        .default("all"),
    )
    .action(async (opts: { role: Role }) => serve(opts.role).catch(reportFatal));
}
