/**
 * Start-up could not reach or prepare what the service needs (PostgreSQL, Redis, a port). Its own
 * module, apart from the code that throws it, so that the CLI's error reporting can recognise it
 * without loading the database and Redis drivers.
 */
export class StartupError extends Error {
  override name = "StartupError";
}
