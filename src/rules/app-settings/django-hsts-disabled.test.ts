import { djangoHandler } from '../../sources/parsers/app-settings/django-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './django-hsts-disabled.js';

const APPS = "INSTALLED_APPS = ['django.contrib.admin']\n";

ruleTester(
  rule,
  djangoHandler,
  {
    valid: [
      { code: `${APPS}SECURE_HSTS_SECONDS = 31536000\n` },
      { name: 'inherits', path: 'mysite/settings/prod.py', code: 'from .base import *\nDEBUG = False\n' },
      {
        name: 'from the environment',
        code: `${APPS}SECURE_HSTS_SECONDS = int(os.environ.get("HSTS", "3600"))\n`,
      },
    ],
    invalid: [
      {
        code: `${APPS}SECURE_HSTS_SECONDS = 0\n`,
        errors: [{ line: 2, severity: 'low', message: /is 0/ }],
      },
      {
        name: 'zero replaced by the chosen max-age',
        code: `${APPS}SECURE_HSTS_SECONDS = 0\n`,
        options: { seconds: '3600' },
        errors: 1,
        output: `${APPS}SECURE_HSTS_SECONDS = 3600\n`,
      },
      {
        name: 'missing: appended',
        code: APPS,
        options: { seconds: '31536000' },
        errors: [{ line: 1, message: /not set/ }],
        output: `${APPS}SECURE_HSTS_SECONDS = 31536000\n`,
      },
    ],
  },
  { path: 'mysite/settings.py' },
);
