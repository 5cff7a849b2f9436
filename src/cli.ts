import { Command } from "commander";
import { configCommand } from "./cli/config.command.js";
import { reportFatal } from "./cli/fatal.js";
import { migrateCommand } from "./cli/migrate.command.js";
import { serveCommand } from "./cli/serve.command.js";

/** `zhitong <command>`: one line per command; each lives in src/cli/. */
const program = new Command("zhitong")
  .description("Zhitong (直通): residents' appeals to work orders")
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(migrateCommand())
  .addCommand(configCommand());

program.parseAsync(process.argv).catch(reportFatal);
