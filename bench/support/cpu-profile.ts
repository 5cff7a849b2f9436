import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

/**
 * The V8 CPU profiler on this process for the window of one phase of a bench (the other phases'
 * work stays out of it). Summarise the file with `npx tsx bench/support/profile-summary.ts <file>`.
 */
export async function startCpuProfile(
  what = "the worker phase",
): Promise<{ stop(file: string): Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  return {
    async stop(file) {
      const { profile } = await session.post("Profiler.stop");
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
      console.log(`  CPU profile of ${what} written to ${file}`);
    },
  };
}
