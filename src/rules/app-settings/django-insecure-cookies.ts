import { defineRule } from '../../core/rule.js';
import { assignsSetting, topLevelSetting } from '../../sources/parsers/app-settings/django-document.js';
import { appendSetting, missingAt } from './lib/django-fix.js';

const COOKIES = [
  { name: 'SESSION_COOKIE_SECURE', what: 'session cookie' },
  { name: 'CSRF_COOKIE_SECURE', what: 'CSRF cookie' },
] as const;

export default defineRule({
  id: 'django/insecure-cookies',
  kind: 'django',
  severity: 'medium',
  title: 'Django session or CSRF cookie not marked Secure',
  why: 'Without the Secure flag the browser also sends the session and CSRF cookies over plain HTTP. Anyone on the same network (café Wi-Fi, a compromised router) who gets the browser to make one http:// request can read the session cookie and take over the logged-in account.',
  fix: 'Set `SESSION_COOKIE_SECURE = True` and `CSRF_COOKIE_SECURE = True` in production settings (serve the site over HTTPS only).',
  verify:
    'Log in over HTTPS and check in the browser developer tools that the `sessionid` and `csrftoken` cookies show the Secure flag; `python manage.py check --deploy` no longer warns (security.W012, W016).',
  references: [
    'CWE-614',
    'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure',
    'https://docs.djangoproject.com/en/stable/ref/settings/#csrf-cookie-secure',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    if (doc.development) return;
    for (const { name, what } of COOKIES) {
      const s = topLevelSetting(doc, name);
      if (s) {
        if (
          s.value.type !== 'bool' &&
          s.value.type !== 'none' &&
          !(s.value.type === 'number' && s.value.value === 0)
        )
          continue;
        if (s.value.type === 'bool' && s.value.value) continue;
        ctx.report({
          at: s.range,
          message: `${name} is off: the ${what} is also sent over plain HTTP`,
          path: `settings/${name}`,
          fix: (e) => e.replace(s.value.range, 'True'),
        });
        continue;
      }
      // Missing: Django's default is False. A module that star-imports other settings, or sets
      // the value conditionally, may get it elsewhere.
      if (doc.inherits || assignsSetting(doc, name)) continue;
      ctx.report({
        at: missingAt(doc),
        message: `${name} is not set (Django defaults to False): the ${what} is also sent over plain HTTP`,
        path: `settings/${name}`,
        severity: 'low',
        fix: (e) => appendSetting(doc, e, name, 'True'),
      });
    }
  },
});
