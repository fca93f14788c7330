import { describe, expect, it } from 'vitest';
import { serveTestApp } from '../testing/serve-app.ts';

const { server } = await serveTestApp({ env: { DOSSIER_SESSION_SECRET: 'a test secret of enough length' } });
const distrusting = await serveTestApp({ env: { DOSSIER_TRUST_MEMBER_HEADER: '0' } });

/** A browser: keeps the session cookie between requests and sends its own Origin. */
function browser(url: string) {
  let cookie = '';
  return {
    get cookie() {
      return cookie;
    },
    async request(path: string, init: RequestInit = {}) {
      const response = await fetch(`${url}${path}`, {
        ...init,
        headers: {
          origin: url,
          'content-type': 'application/json',
          ...(cookie ? { cookie } : {}),
          ...init.headers,
        },
      });
      const set = response.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0] as string;
      // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON came back
      const body: any = response.status === 204 ? null : await response.json();
      return { status: response.status, body, setCookie: set };
    },
  };
}

describe('demo sign-in', () => {
  it('gives a new browser an anonymous signed session, then signs in, reads and signs out', async () => {
    const b = browser(server.url);
    const first = await b.request('/api/session');
    expect(first.body).toEqual({ member: null });
    expect(first.setCookie).toMatch(
      /^dossier_session=[0-9a-f-]{36}\.[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const anonymousCookie = b.cookie;
    expect((await b.request('/api/session')).setCookie).toBeNull(); // the same session is kept

    const signIn = await b.request('/api/session', { method: 'POST', body: JSON.stringify({ memberId: 1 }) });
    expect(signIn.status).toBe(200);
    expect(signIn.body.member).toMatchObject({
      id: 1,
      name: expect.any(String),
      headline: expect.any(String),
    });
    // Same session id (anonymous conversations stay reachable), now with the member.
    expect(b.cookie.slice(0, 52)).toBe(anonymousCookie.slice(0, 52));
    expect((await b.request('/api/session')).body.member.id).toBe(1);
    // The session is the viewer: private fields of member 1 are shown.
    expect((await b.request('/api/members/1')).body.private.email).toContain('@');

    expect((await b.request('/api/session', { method: 'DELETE' })).body).toEqual({ member: null });
    expect((await b.request('/api/session')).body).toEqual({ member: null });
    expect((await b.request('/api/members/1')).body.private).toBeNull();
  });

  it('ignores a tampered cookie: a fresh anonymous session', async () => {
    const b = browser(server.url);
    await b.request('/api/session', { method: 'POST', body: JSON.stringify({ memberId: 1 }) });
    const forged = b.cookie.replace(/\.1\./, '.2.');
    const response = await b.request('/api/session', { headers: { cookie: forged } });
    expect(response.body).toEqual({ member: null });
    expect(response.setCookie).toMatch(/^dossier_session=/);
  });

  it.each([
    [{ memberId: 99_999_999 }, 404, 'not_found'],
    [{ memberId: 'one' }, 400, 'invalid_input'],
    [{ memberId: 1, admin: true }, 400, 'invalid_input'],
    [{}, 400, 'invalid_input'],
  ])('POST %j → %i %s', async (body, status, code) => {
    const response = await browser(server.url).request('/api/session', {
      method: 'POST',
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    if (status === 400) expect(response.body.error.fields[0].field).toMatch(/memberId|admin|^$/);
  });

  it('answers malformed JSON with invalid_input', async () => {
    const response = await browser(server.url).request('/api/session', { method: 'POST', body: '{oops' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
  });

  it('lists demo members to choose from', async () => {
    const b = browser(server.url);
    const { body } = await b.request('/api/session/members?limit=3');
    expect(body.members).toHaveLength(3);
    expect(body.members[0]).toEqual({
      id: expect.any(Number),
      name: expect.any(String),
      headline: expect.any(String),
    });
    expect((await b.request('/api/session/members?limit=500')).status).toBe(400);
  });

  it('accepts X-Member-Id from API clients unless DOSSIER_TRUST_MEMBER_HEADER=0', async () => {
    const asMember = { headers: { 'X-Member-Id': '2' } };
    expect((await browser(server.url).request('/api/session', asMember)).body.member.id).toBe(2);
    const refused = await browser(distrusting.server.url).request('/api/session', asMember);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('DOSSIER_TRUST_MEMBER_HEADER');
  });
});
