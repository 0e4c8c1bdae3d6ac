import { djangoHandler } from '../../sources/parsers/app-settings/django-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './django-insecure-cookies.js';

const APPS = "INSTALLED_APPS = ['django.contrib.admin']\n";

ruleTester(
  rule,
  djangoHandler,
  {
    valid: [
      { code: `${APPS}SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n` },
      {
        name: 'inherits from base settings',
        path: 'mysite/settings/prod.py',
        code: 'from .base import *\nDEBUG = False\n',
      },
      {
        name: 'development module',
        path: 'mysite/settings/local.py',
        code: `${APPS}SESSION_COOKIE_SECURE = False\n`,
      },
      {
        name: 'set from the environment or conditionally',
        code: `${APPS}SESSION_COOKIE_SECURE = env.bool("SECURE", True)\nif not DEBUG:\n    CSRF_COOKIE_SECURE = True\n`,
      },
    ],
    invalid: [
      {
        code: `${APPS}SESSION_COOKIE_SECURE = False\nCSRF_COOKIE_SECURE = True\n`,
        errors: [{ line: 2, severity: 'medium', message: /SESSION_COOKIE_SECURE is off/ }],
        output: `${APPS}SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n`,
      },
      {
        name: 'missing settings are low and appended',
        code: `${APPS}DEBUG = False`,
        errors: [
          { line: 1, severity: 'low', message: /SESSION_COOKIE_SECURE is not set/ },
          { line: 1, severity: 'low', message: /CSRF_COOKIE_SECURE is not set/ },
        ],
        output: `${APPS}DEBUG = False\nSESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n`,
      },
    ],
  },
  { path: 'mysite/settings.py' },
);
