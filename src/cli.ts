import { Command } from "commander";
import { COMMAND_SUMMARIES, type CommandName } from "./cli/command-list.js";

/**
 * Each command's module, loaded only when that command runs: `zhitong --help` must not load the
 * server, the database driver or the intake engine (its model and segmenter take seconds to load).
 */
const LOADERS: Record<CommandName, () => Promise<Command>> = {
  serve: async () => (await import("./cli/serve.command.js")).serveCommand(),
  migrate: async () => (await import("./cli/migrate.command.js")).migrateCommand(),
  config: async () => (await import("./cli/config.command.js")).configCommand(),
  user: async () => (await import("./cli/user.command.js")).userCommand(),
  extract: async () => (await import("./cli/extract.command.js")).extractCommand(),
  intake: async () => (await import("./cli/intake.command.js")).intakeCommand(),
  chat: async () => (await import("./cli/chat.command.js")).chatCommand(),
  route: async () => (await import("./cli/route.command.js")).routeCommand(),
};

async function main(argv: string[]): Promise<void> {
  // `zhitong help extract` shows extract's own help, so that command needs its real definition too.
  const wanted = argv[2] === "help" ? argv[3] : argv[2];
  const program = new Command("zhitong")
    .description("Zhitong (直通): residents' appeals to work orders")
    .showHelpAfterError();
  for (const name of Object.keys(COMMAND_SUMMARIES) as CommandName[]) {
    // The others are placeholders for the command list in `--help`; commander never runs them.
    program.addCommand(
      name === wanted ? await LOADERS[name]() : new Command(name).description(COMMAND_SUMMARIES[name]),
    );
  }
  await program.parseAsync(argv);
}

main(process.argv).catch(async (err: unknown) => {
  const { reportFatal } = await import("./cli/fatal.js");
  reportFatal(err);
});
