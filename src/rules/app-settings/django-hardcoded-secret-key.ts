import { defineRule } from '../../core/rule.js';
import type { DjangoSetting } from '../../sources/parsers/app-settings/django-document.js';
import { ENV_NAME, replaceValue } from './lib/django-fix.js';

/** An environment lookup with a literal fallback: `os.environ.get("X", "fallback")`, `env("X", default="…")`. */
const FALLBACK =
  /^(?:os\.environ\.get|os\.getenv|env\.str|env)\(\s*["'][\w.-]+["']\s*,\s*(?:default\s*=\s*)?[rRuU]?(["'])(?<fallback>[^"'\n]{1,500})\1\s*\)$/;

function problem(s: DjangoSetting): { kind: 'literal' | 'fallback'; value: string } | null {
  const v = s.value;
  if (v.type === 'string' && !v.interpolated && v.value.length > 0)
    return { kind: 'literal', value: v.value };
  if (v.type === 'expr') {
    const fallback = FALLBACK.exec(v.text)?.groups?.['fallback'];
    if (fallback !== undefined && fallback.length >= 8) return { kind: 'fallback', value: fallback };
  }
  return null;
}

export default defineRule({
  id: 'django/hardcoded-secret-key',
  kind: 'django',
  severity: 'high',
  title: 'Django SECRET_KEY is hard-coded',
  why: 'SECRET_KEY signs sessions, password-reset links, CSRF tokens and signed cookies. Anyone who has it (every reader of the repository) can forge a logged-in session or a reset link for any user, and with some session serializers run code on the server.',
  fix: 'Generate a new key (`python -c "from django.core.management.utils import get_random_secret_key as g; print(g())"`), store it in the environment or a secret store, and read it with `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]` (no fallback value).',
  verify:
    'Start the app without DJANGO_SECRET_KEY set and check it refuses to start; run `python manage.py check --deploy`; note that rotating the key logs everyone out.',
  references: [
    'CWE-798',
    'CWE-321',
    'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
    'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#secret-key',
  ],
  fixable: 'suggestion',
  options: {
    variable: { description: 'Environment variable to read the key from, e.g. DJANGO_SECRET_KEY.' },
  },
  check(doc, ctx) {
    for (const s of doc.settings) {
      if (s.name !== 'SECRET_KEY') continue;
      const p = problem(s);
      if (!p) continue;
      const insecure = p.value.startsWith('django-insecure-');
      ctx.report({
        at: s.value.range,
        message:
          p.kind === 'literal'
            ? `SECRET_KEY is a literal${insecure ? ' (the startproject development key)' : ''}: anyone with the code can forge sessions`
            : 'SECRET_KEY falls back to a hard-coded key when the environment variable is missing',
        path: 'settings/SECRET_KEY',
        evidence: `SECRET_KEY = ${p.value.slice(0, 4)}***`,
        ...(doc.development || s.conditional || p.kind === 'fallback' ? { severity: 'medium' as const } : {}),
        suggest: {
          question: 'Which environment variable should hold the secret key?',
          option: 'variable',
          placeholder: 'DJANGO_SECRET_KEY',
          edits: (e, name) =>
            ENV_NAME.test(name.trim()) ? replaceValue(doc, e, s.value, `os.environ["${name.trim()}"]`) : null,
        },
      });
    }
  },
});
