import { defineRule } from '../../core/rule.js';
import { type PyValue, topLevelSetting } from '../../sources/parsers/app-settings/django-document.js';

function wildcardItems(value: PyValue): PyValue[] {
  if (value.type !== 'list' && value.type !== 'tuple') return [];
  return value.items.filter((i) => i.type === 'string' && i.value.trim() === '*');
}

export default defineRule({
  id: 'django/allowed-hosts-wildcard',
  kind: 'django',
  severity: 'medium',
  title: "Django ALLOWED_HOSTS accepts any host ('*')",
  why: "ALLOWED_HOSTS protects against Host-header attacks. With '*', Django builds absolute URLs (password-reset emails, redirects) from whatever Host the client sends, so an attacker can make your site mail out reset links pointing to their server, and poison caches.",
  fix: "List the real host names instead of '*', e.g. `ALLOWED_HOSTS = ['www.example.com', 'api.example.com']` (a leading dot allows subdomains).",
  verify:
    "Send a request with `curl -H 'Host: evil.test' https://<site>/` and check Django answers 400 Bad Request.",
  references: [
    'CWE-20',
    'CWE-644',
    'https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts',
    'https://docs.djangoproject.com/en/stable/topics/security/#host-header-validation',
  ],
  fixable: 'suggestion',
  options: { hosts: { description: 'Comma-separated host names to allow instead of *.' } },
  check(doc, ctx) {
    if (doc.development) return;
    const setting = topLevelSetting(doc, 'ALLOWED_HOSTS');
    if (!setting) return;
    for (const item of wildcardItems(setting.value)) {
      const quote = doc.text[item.range.start.offset] === '"' ? '"' : "'";
      ctx.report({
        at: item.range,
        message: "ALLOWED_HOSTS contains '*': any Host header is accepted",
        path: 'settings/ALLOWED_HOSTS/*',
        suggest: {
          question: 'Which host names should the site answer to (comma-separated)?',
          option: 'hosts',
          placeholder: 'www.example.com',
          edits: (e, answer) => {
            const hosts = answer
              .split(',')
              .map((h) => h.trim())
              .filter((h) => /^[A-Za-z0-9.:[\]-]+$/.test(h));
            if (hosts.length === 0) return null;
            return e.replace(item.range, hosts.map((h) => `${quote}${h}${quote}`).join(', '));
          },
        },
      });
    }
  },
});
