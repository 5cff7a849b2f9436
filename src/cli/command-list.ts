/**
 * The top-level commands and their one-line descriptions: the one place both `zhitong --help`
 * (which loads no command module) and each command's own definition read them from.
 */
export const COMMAND_SUMMARIES = {
  serve: "run the service: HTTP API, queue workers, or both",
  migrate: "apply pending database migrations (the embedded PostgreSQL when DATABASE_URL is unset)",
  config: "configuration tools",
  user: "console staff accounts",
  extract: "read one message on stdin and print the structured complaint as JSON",
  intake: "intake bot tools: evaluate engines, train the classifier, list and revive parked messages",
  chat: "an interactive conversation with the intake bot (in memory; nothing is filed)",
  route:
    "read a structured complaint (the output of `zhitong extract`) on stdin and print the routing decision as JSON",
} as const;

export type CommandName = keyof typeof COMMAND_SUMMARIES;
