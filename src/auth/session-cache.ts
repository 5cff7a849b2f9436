import pg from "pg";
import type { Logger } from "pino";
import type { Queryable } from "../db/client.js";
import { liveSessionCaches } from "./session-forget.js";
import { resolveToken, tokenHash, type ResolvedSession, type SessionPolicy } from "./sessions.js";

/** The channel drizzle/0038 notifies on when a session ends or an account's rights change. */
const CHANNEL = "zhitong_staff_sessions";
/** A backstop only: notifications are what forgets a revoked session, within milliseconds. */
const TTL_MS = 30_000;
/** The touch of last_seen_at is due after a minute (sessions.ts): then the database is asked. */
const TOUCH_MS = 60_000;
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 1_000;

interface Entry {
  session: ResolvedSession;
  cachedAt: number;
}

/**
 * Signed-in sessions of this process, kept in memory so an API request does not read
 * staff_sessions each time. Correct across processes: every change that can end a session or
 * change an account's rights notifies `zhitong_staff_sessions` (triggers of migration 0038), and
 * this cache, listening on its own connection, forgets everything. While that connection is not
 * listening (starting, lost, reconnecting) nothing is served from memory. A read that raced a
 * change is not kept (generation check).
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private listening = false;
  private client: pg.Client | null = null;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {
    liveSessionCaches.add(this);
  }

  /** Starts listening; resolves when the first LISTEN succeeded or failed (never rejects). */
  start(): Promise<void> {
    return this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    liveSessionCaches.delete(this);
    this.disable();
    await this.client?.end().catch(() => undefined);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  /** The session behind `token`, from memory when it may be, else from the database (and kept). */
  async resolve(
    db: Queryable,
    token: string,
    now: Date,
    policy: SessionPolicy,
  ): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return null;
    const hash = tokenHash(token);
    const t = now.getTime();
    const hit = this.listening ? this.entries.get(hash) : undefined;
    if (hit) {
      const s = hit.session;
      const age = t - hit.cachedAt;
      const seen = t - s.lastSeenAt.getTime();
      // Within the same checks resolveToken makes, and only while no touch is due.
      if (
        age >= 0 &&
        age < TTL_MS &&
        seen >= 0 &&
        seen < TOUCH_MS &&
        t < s.expiresAt.getTime() &&
        (s.kind !== "session" || seen < policy.idleMs)
      )
        return s;
      this.entries.delete(hash);
    }
    const generation = this.generation;
    const session = await resolveToken(db, token, now, policy);
    if (session && this.listening && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(hash, { session, cachedAt: t });
    }
    return session;
  }

  private disable(): void {
    this.listening = false;
    this.clear();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.connectionString });
    this.client = client;
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.disable();
      this.client = null;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.log.warn(
        { err: err?.message },
        "session cache: notification connection lost, sessions read from the database",
      );
      this.timer = setTimeout(() => void this.connect(), RECONNECT_MS);
      this.timer.unref();
    };
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", () => this.clear());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      // Whatever changed while nobody listened is forgotten with everything else.
      this.clear();
      if (this.client === client && !this.stopped) this.listening = true;
    } catch (err) {
      lost(err as Error);
    }
  }
}
