import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { LoginBody } from './bodies.ts';
import { html } from './views/html.ts';
import { layout } from './views/layout.ts';

export const TOKEN_COOKIE = 'cchc_token';

const digest = (s: string) => createHash('sha256').update(s).digest();
/** Compares in constant time (on digests, so unequal lengths do not leak either). */
const same = (given: string, token: string) => timingSafeEqual(digest(given), digest(token));

const loginPage = (failed: boolean) => layout('Đăng nhập', html`<form class="login" method="post" action="/login">
  <p>Ứng dụng này cần mã truy cập (REVIEW_TOKEN).</p>
  ${failed ? html`<p class="error">Mã không đúng.</p>` : ''}
  <label>Mã truy cập <input type="password" name="token" autofocus></label> <button type="submit">Vào</button>
</form>`);

/**
 * With a token set, every request needs it, as `Authorization: Bearer <token>` or the cookie
 * the login form sets; only the login form and the static files are open.
 */
export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token === null) return next();
    const path = c.req.path;
    if (path === '/login') {
      if (c.req.method === 'GET') return c.html(loginPage(false));
      if (c.req.method !== 'POST') return c.text('Method Not Allowed', 405);
      const body = LoginBody.safeParse(await c.req.parseBody());
      if (!body.success || !same(body.data.token, token)) return c.html(loginPage(true), 401);
      setCookie(c, TOKEN_COOKIE, body.data.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      return c.redirect('/', 303);
    }
    if (path.startsWith('/static/')) return next();
    const bearer = c.req.header('authorization')?.match(/^Bearer (.+)$/)?.[1];
    const given = bearer ?? getCookie(c, TOKEN_COOKIE);
    if (given !== undefined && same(given, token)) return next();
    if (c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html')) return c.html(loginPage(false), 401);
    return c.json({ error: 'a review token is required (REVIEW_TOKEN)' }, 401);
  };
}
