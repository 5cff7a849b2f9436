import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertSafeKey, type ObjectStore } from "./object-store.js";

/** Media as files under one directory (DATA_DIR/media by default). */
export function createLocalObjectStore(root: string): ObjectStore {
  const dir = path.resolve(root);
  const file = (key: string) => {
    assertSafeKey(key);
    return path.join(dir, ...key.split("/"));
  };
  return {
    mode: "local",
    async put(key, bytes) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename: a crash mid-write never leaves a half file under the final name.
      const tmp = `${target}.${randomUUID()}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, target);
    },
    async get(key) {
      try {
        return await readFile(file(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async exists(key) {
      try {
        return (await stat(file(key))).isFile();
      } catch {
        return false;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
  };
}
