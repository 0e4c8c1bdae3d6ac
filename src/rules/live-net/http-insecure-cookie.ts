import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

/** Cookie names that usually carry a session or an authentication token. */
const SESSION_LIKE =
  /sess|sid$|^sid|auth|token|jwt|login|remember|^connect\.sid$|^jsessionid$|^phpsessid$|^asp\.net_sessionid$|^laravel_session$|csrf|xsrf/i;
/** CSRF tokens are read by JavaScript on purpose (double-submit pattern): they need no HttpOnly. */
const SCRIPT_READABLE = /csrf|xsrf/i;

export default defineRule({
  id: 'http/insecure-cookie',
  kind: 'http-live',
  severity: 'medium',
  title: 'Cookie set without Secure, HttpOnly or SameSite',
  why: 'A cookie without Secure is also sent over plain http://, where anyone on the network can read it. A session cookie without HttpOnly can be stolen by any injected script. Without SameSite, the browser attaches the cookie to requests other sites trigger, which enables cross-site request forgery.',
  fix: 'Set session cookies as `Set-Cookie: <name>=<value>; Secure; HttpOnly; SameSite=Lax; Path=/` (framework settings such as SESSION_COOKIE_SECURE/HTTPONLY in Django, `cookie: { secure: true, httpOnly: true, sameSite: "lax" }` in express-session, server.servlet.session.cookie.* in Spring).',
  verify:
    'Run `curl -sI https://<host>/ | grep -i set-cookie` (or the login URL) and check every session cookie carries Secure, HttpOnly and SameSite; re-run `plumb scan`.',
  references: [
    'CWE-614',
    'CWE-1004',
    'CWE-1275',
    'OWASP ASVS 4.0 V3.4.1',
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies',
    'https://www.rfc-editor.org/rfc/rfc6265',
  ],
  tags: ['live', 'http', 'session'],
  check(doc, ctx) {
    const seen = new Set<string>();
    for (const c of doc.cookies) {
      if (seen.has(c.name)) continue;
      seen.add(c.name);
      const path = `${doc.path}/cookies/${c.name}`;
      const sessionLike = SESSION_LIKE.test(c.name);
      if (doc.scheme === 'https' && !c.secure) {
        ctx.report({
          at: ENDPOINT,
          path: `${path}/secure`,
          message: `cookie ${c.name} on ${doc.path} lacks the Secure flag`,
        });
      }
      if (sessionLike && !c.httpOnly && !SCRIPT_READABLE.test(c.name)) {
        ctx.report({
          at: ENDPOINT,
          path: `${path}/httponly`,
          message: `session-like cookie ${c.name} on ${doc.path} lacks HttpOnly`,
        });
      }
      const sameSite = c.sameSite?.toLowerCase();
      if (sessionLike && (sameSite === undefined || (sameSite === 'none' && !c.secure))) {
        ctx.report({
          at: ENDPOINT,
          path: `${path}/samesite`,
          severity: 'low',
          message:
            sameSite === undefined
              ? `session-like cookie ${c.name} on ${doc.path} sets no SameSite attribute`
              : `cookie ${c.name} on ${doc.path} is SameSite=None without Secure (browsers reject it)`,
        });
      }
    }
  },
});
