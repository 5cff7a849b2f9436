import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** A copy of the demo config/ whose units get the given `wecom` recipients (written as an operator would). */
export async function configDirWithWecom(recipients: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "zt-wecom-config-"));
  await cp(path.resolve("config"), dir, { recursive: true });
  const file = path.join(dir, "jurisdiction.json");
  const j = JSON.parse(await readFile(file, "utf8")) as { units: Array<{ id: string; wecom?: unknown }> };
  for (const u of j.units) if (recipients[u.id]) u.wecom = recipients[u.id];
  await writeFile(file, JSON.stringify(j, null, 2));
  return dir;
}
