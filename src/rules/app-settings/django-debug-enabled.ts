import { defineRule } from '../../core/rule.js';
import type { DjangoSetting } from '../../sources/parsers/app-settings/django-document.js';
import { replaceValue } from './lib/django-fix.js';

/** `os.environ.get("DEBUG", True)`, `os.getenv("DEBUG", "1")`, `env.bool("DEBUG", default=True)`. */
const DEFAULTS_TO_TRUE =
  /^(?:os\.environ\.get|os\.getenv|env\.bool|env)\(\s*["'][\w.-]+["']\s*,\s*(?:default\s*=\s*)?(?:True|["'](?:True|true|1|yes|on)["'])\s*\)$/;

function verdict(s: DjangoSetting): 'literal' | 'default' | null {
  if (s.value.type === 'bool' && s.value.value) return 'literal';
  if (s.value.type === 'expr' && DEFAULTS_TO_TRUE.test(s.value.text)) return 'default';
  return null;
}

export default defineRule({
  id: 'django/debug-enabled',
  kind: 'django',
  severity: 'high',
  title: 'Django DEBUG is on',
  why: 'With DEBUG = True, every error page shows the stack trace, local variables, settings and SQL queries to whoever triggered it, and Django keeps every query in memory. On a reachable server that hands attackers passwords, keys and a map of the code.',
  fix: 'Set `DEBUG = False` in production settings, or read it from the environment so it is off unless explicitly enabled, e.g. `DEBUG = os.environ.get("DJANGO_DEBUG") == "1"`.',
  verify:
    'Run `python manage.py check --deploy` with the production settings and request a missing URL: the response must be the plain 404 page, not the yellow debug page.',
  references: [
    'CWE-489',
    'CWE-215',
    'https://docs.djangoproject.com/en/stable/ref/settings/#debug',
    'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#debug',
  ],
  fixable: 'suggestion',
  options: {
    value: {
      description:
        'Python expression DEBUG should become, e.g. `False` or `os.environ.get("DJANGO_DEBUG") == "1"`.',
    },
  },
  check(doc, ctx) {
    // Development settings modules (dev.py, local_settings.py) are meant to debug; and a
    // conditional assignment elsewhere may switch DEBUG off, which we cannot evaluate.
    if (doc.development) return;
    const all = doc.settings.filter((s) => s.name === 'DEBUG');
    if (all.some((s) => s.conditional)) return;
    const last = all[all.length - 1];
    if (!last) return;
    const kind = verdict(last);
    if (!kind) return;
    ctx.report({
      at: last.range,
      message:
        kind === 'literal'
          ? 'DEBUG = True: error pages expose settings, source and queries'
          : 'DEBUG defaults to True when the environment variable is unset',
      path: 'settings/DEBUG',
      ...(kind === 'default' ? { severity: 'medium' as const } : {}),
      suggest: {
        question: 'What should DEBUG be in these settings (a Python expression)?',
        option: 'value',
        placeholder: 'os.environ.get("DJANGO_DEBUG") == "1"',
        edits: (e, value) => (value.trim() ? replaceValue(doc, e, last.value, value.trim()) : null),
      },
    });
  },
});
