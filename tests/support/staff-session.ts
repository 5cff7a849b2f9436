import type { InjectOptions, LightMyRequestResponse } from "fastify";
import type { App } from "../../src/http/app.js";
import type { StaffRole } from "../../src/auth/roles.js";
import { createStaffUser } from "../../src/auth/staff.repository.js";
import type { TestEnv } from "./test-context.js";

/** One password for every test account: strong enough for the real password policy. */
export const TEST_PASSWORD = "Zhitong-test-2026";

export interface StaffOptions {
  password?: string;
  displayName?: string;
  wecomUserId?: string;
}

/** Creates a console account through the real repository (argon2id hash and all). */
export async function createStaff(
  t: TestEnv,
  username: string,
  role: StaffRole,
  unitId: string | null = null,
  o: StaffOptions = {},
) {
  return createStaffUser(
    t.ctx.database.db,
    t.ctx.config,
    {
      username,
      role,
      unitId,
      password: o.password ?? TEST_PASSWORD,
      displayName: o.displayName ?? username,
      ...(o.wecomUserId ? { wecomUserId: o.wecomUserId } : {}),
    },
    t.ctx.now(),
  );
}

/** Signs in through POST /api/v1/auth/login and returns the Cookie header to send afterwards. */
export async function login(app: App, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login of ${username} failed: ${res.statusCode} ${res.body}`);
  return sessionCookie(res);
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === "zt_session");
  if (!c) throw new Error("no zt_session cookie in the response");
  return `zt_session=${c.value}`;
}

/** `app.inject` with a staff member's cookie. */
export function as(app: App, cookie: string) {
  return (opts: InjectOptions): Promise<LightMyRequestResponse> =>
    app.inject({ ...opts, headers: { ...(opts.headers ?? {}), cookie } });
}

/** Creates the account and signs it in: the Cookie header of a fresh session. */
export async function signedInStaff(
  t: TestEnv,
  app: App,
  username: string,
  role: StaffRole,
  unitId: string | null = null,
): Promise<string> {
  await createStaff(t, username, role, unitId);
  return login(app, username);
}

/**
 * Several staff members signed in to one app, each addressed by username: for API tests that play
 * the centre and its units against each other.
 */
export function staffSessions(t: () => TestEnv, app: () => App) {
  const cookies = new Map<string, string>();
  const cookie = (username: string): string => {
    const c = cookies.get(username);
    if (!c) throw new Error(`${username} has not signed in`);
    return c;
  };
  return {
    async signIn(username: string, role: StaffRole, unitId: string | null = null): Promise<string> {
      const cookie = await signedInStaff(t(), app(), username, role, unitId);
      cookies.set(username, cookie);
      return cookie;
    },
    cookie,
    inject(username: string, opts: InjectOptions): Promise<LightMyRequestResponse> {
      return as(app(), cookie(username))(opts);
    },
  };
}
