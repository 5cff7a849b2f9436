import { Command } from "commander";
import { configCommand } from "./cli/config.command.js";
import { reportFatal } from "./cli/fatal.js";
import { migrateCommand } from "./cli/migrate.command.js";
import { serveCommand } from "./cli/serve.command.js";
import { userCommand } from "./cli/user.command.js";
import { extractCommand } from "./cli/extract.command.js";
import { intakeCommand } from "./cli/intake.command.js";
import { chatCommand } from "./cli/chat.command.js";
import { routeCommand } from "./cli/route.command.js";

/** `zhitong <command>`: one line per command; each lives in src/cli/. */
const program = new Command("zhitong")
  .description("Zhitong (直通): residents' appeals to work orders")
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(migrateCommand())
  .addCommand(configCommand())
  .addCommand(userCommand())
  .addCommand(extractCommand())
  .addCommand(intakeCommand())
  .addCommand(chatCommand())
  .addCommand(routeCommand());

program.parseAsync(process.argv).catch(reportFatal);
