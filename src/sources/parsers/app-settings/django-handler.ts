import type { FileKindHandler } from '../types.js';
import { parseDjango } from './parse-django.js';

const SETTINGS_NAME = /(?:^|\/)(?:settings\/[^/]+|[\w-]*settings[\w-]*)\.py$/i;
const TOP_LEVEL_INSTALLED_APPS = /^INSTALLED_APPS[ \t]*\+?=/m;
const SETTING_ASSIGNMENT =
  /^(?:DEBUG|SECRET_KEY|ALLOWED_HOSTS|DATABASES|MIDDLEWARE|SESSION_COOKIE_SECURE|CSRF_COOKIE_SECURE|SECURE_[A-Z_]+)[ \t]*[:+]?[ \t]*=/m;
const STAR_IMPORT = /^from[ \t]+[\w.]+[ \t]+import[ \t]+\*/m;

/**
 * Whether a Python file is a Django settings module: it defines INSTALLED_APPS, or it is named
 * like settings (`settings.py`, `settings/prod.py`, `local_settings.py`) and either mentions
 * Django or extends other settings with `from .base import *` while assigning known settings.
 * Shared with the secrets rules, which leave SECRET_KEY in these files to the Django rule.
 */
export function looksLikeDjangoSettings(path: string, text: string): boolean {
  if (!path.endsWith('.py')) return false;
  if (text.includes('INSTALLED_APPS') && TOP_LEVEL_INSTALLED_APPS.test(text)) return true;
  if (!SETTINGS_NAME.test(path) || !SETTING_ASSIGNMENT.test(text)) return false;
  return /django/i.test(text) || STAR_IMPORT.test(text);
}

export const djangoHandler: FileKindHandler = {
  kind: 'django',
  label: 'Django settings',
  comments: ['#'],
  // Named like settings: claimed here, and parse() drops files that turn out not to be Django.
  byName: (path) => SETTINGS_NAME.test(path),
  byContent: (text, base) =>
    base.endsWith('.py') && text.includes('INSTALLED_APPS') && TOP_LEVEL_INSTALLED_APPS.test(text),
  parse(file) {
    if (!looksLikeDjangoSettings(file.path, file.text)) return { documents: [], diagnostics: [] };
    const { document, diagnostics } = parseDjango(file);
    return { documents: [document], diagnostics };
  },
};
