import type { EditBuilder, TextEdit } from '../../core/edit.js';
import { defineRule, type SuggestionSpec } from '../../core/rule.js';
import { assignsSetting, topLevelSetting } from '../../sources/parsers/app-settings/django-document.js';
import { appendSetting, missingAt } from './lib/django-fix.js';

export default defineRule({
  id: 'django/hsts-disabled',
  kind: 'django',
  severity: 'low',
  title: 'Django does not send HSTS',
  why: 'Without HTTP Strict Transport Security a browser that types the bare domain or follows an old http:// link makes one unencrypted request first, which an attacker on the network can intercept and downgrade (SSL stripping). HSTS tells browsers to use HTTPS only.',
  fix: 'Set `SECURE_HSTS_SECONDS` to a positive number of seconds (start small, e.g. 3600, then raise to 31536000 once every subdomain serves HTTPS), unless the proxy in front already adds the header.',
  verify:
    'Run `curl -sI https://<site>/` and check for a `Strict-Transport-Security: max-age=…` header; `python manage.py check --deploy` no longer warns (security.W004).',
  references: [
    'CWE-319',
    'https://docs.djangoproject.com/en/stable/ref/settings/#secure-hsts-seconds',
    'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security',
  ],
  fixable: 'suggestion',
  options: {
    seconds: { description: 'HSTS max-age in seconds (e.g. 3600 to start, 31536000 for a year).' },
  },
  check(doc, ctx) {
    if (doc.development) return;
    const s = topLevelSetting(doc, 'SECURE_HSTS_SECONDS');
    const suggest = (apply: (e: EditBuilder, seconds: string) => TextEdit[]): SuggestionSpec => ({
      question: 'How many seconds should browsers remember to use HTTPS only?',
      option: 'seconds',
      placeholder: '3600',
      edits: (e, v) => (/^[1-9][0-9]{0,9}$/.test(v.trim()) ? apply(e, v.trim()) : null),
    });
    if (s) {
      const off = s.value.type === 'number' ? s.value.value <= 0 : s.value.type === 'none';
      if (!off) return;
      ctx.report({
        at: s.range,
        message: 'SECURE_HSTS_SECONDS is 0: browsers are not told to insist on HTTPS',
        path: 'settings/SECURE_HSTS_SECONDS',
        suggest: suggest((e, v) => [e.replace(s.value.range, v)]),
      });
      return;
    }
    if (doc.inherits || assignsSetting(doc, 'SECURE_HSTS_SECONDS')) return;
    ctx.report({
      at: missingAt(doc),
      message: 'SECURE_HSTS_SECONDS is not set: browsers are not told to insist on HTTPS',
      path: 'settings/SECURE_HSTS_SECONDS',
      suggest: suggest((e, v) => appendSetting(doc, e, 'SECURE_HSTS_SECONDS', v)),
    });
  },
});
