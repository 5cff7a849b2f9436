/**
 * Where media bytes live: a directory under DATA_DIR, or an S3-compatible bucket. Keys are
 * content-derived (`<kind>/<sha256 prefix>/<sha256>.<ext>`), so writing the same key twice writes
 * the same bytes and every operation is safe to repeat.
 */
export interface ObjectStore {
  /** "local" or "s3", for logs and the health page. */
  readonly mode: "local" | "s3";
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when no object has this key. */
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are built by the media service; anything else (`..`, absolute paths) is a bug, refused. */
export function assertSafeKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9/_.-]{0,200}$/.test(key) || key.includes("..") || key.includes("//"))
    throw new Error(`unsafe media key: ${key}`);
}
