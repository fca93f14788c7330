import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Logger } from 'pino';

/** The browser's session: always an id (anonymous conversations are owned by it), and the demo member signed in, if any. */
export interface Session {
  id: string;
  memberId: number | null;
}

declare module 'hono' {
  interface ContextVariableMap {
    session: Session;
    /** Whether `X-Member-Id` may name the viewer (DOSSIER_TRUST_MEMBER_HEADER); see viewer-from-request.ts. */
    memberHeaderTrusted: boolean;
  }
}

export const SESSION_COOKIE = 'dossier_session';
const MAX_AGE_SECONDS = 30 * 24 * 3600;
const VALUE = /^([0-9a-f-]{36})(?:\.([1-9]\d{0,15}))?$/;

/** Signs and reads the session cookie: `<session id>[.<member id>]`, HMAC-signed, HttpOnly, SameSite=Lax. */
export interface SessionCookies {
  middleware: MiddlewareHandler;
  /** Replaces the session (sign-in, sign-out) and sets its cookie on the response. */
  save(c: Context, session: Session): void;
}

/** Without a configured secret, sessions are signed with a random one and end when the process does. */
export function createSessionCookies({
  secret,
  trustMemberHeader,
  logger,
}: {
  secret: string | undefined;
  trustMemberHeader: boolean;
  logger: Logger;
}): SessionCookies {
  let key = secret;
  if (!key) {
    key = randomBytes(32).toString('hex');
    logger.warn(
      'DOSSIER_SESSION_SECRET is not set: sessions are signed with a random key and will not survive a restart',
    );
  }
  const signingKey = key;
  // node:crypto's synchronous HMAC: hono's signed-cookie helpers import a WebCrypto key per call (~80 µs a request).
  const sign = (value: string) => createHmac('sha256', signingKey).update(value).digest('base64url');
  const verified = (cookie: string | undefined) => {
    const dot = cookie?.lastIndexOf('.') ?? -1;
    if (!cookie || dot < 0) return undefined;
    const value = cookie.slice(0, dot);
    const given = Buffer.from(cookie.slice(dot + 1));
    const expected = Buffer.from(sign(value));
    return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
  };
  const cookieSet = new WeakSet<Context>();

  function save(c: Context, session: Session) {
    c.set('session', session);
    const value = session.memberId === null ? session.id : `${session.id}.${session.memberId}`;
    if (cookieSet.has(c)) {
      // One session Set-Cookie per response: a sign-in on a browser's first request replaces the anonymous one.
      const others = c.res.headers.getSetCookie().filter((v) => !v.startsWith(`${SESSION_COOKIE}=`));
      c.header('Set-Cookie', undefined);
      for (const other of others) c.header('Set-Cookie', other, { append: true });
    }
    cookieSet.add(c);
    const secure = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
    setCookie(c, SESSION_COOKIE, `${value}.${sign(value)}`, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      maxAge: MAX_AGE_SECONDS,
    });
  }

  return {
    save,
    middleware: async (c, next) => {
      c.set('memberHeaderTrusted', trustMemberHeader);
      const value = verified(getCookie(c, SESSION_COOKIE));
      const match = value === undefined ? null : VALUE.exec(value);
      if (match?.[1]) {
        c.set('session', { id: match[1], memberId: match[2] ? Number(match[2]) : null });
      } else if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/v1/')) {
        // A new (or tampered-with) browser gets a fresh anonymous session.
        save(c, { id: randomUUID(), memberId: null });
      } else {
        c.set('session', { id: randomUUID(), memberId: null }); // /metrics, /healthz: no cookie to hand out
      }
      await next();
    },
  };
}
