import { djangoHandler } from '../../sources/parsers/app-settings/django-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './django-ssl-redirect-disabled.js';

const APPS = "INSTALLED_APPS = ['django.contrib.admin']\n";

ruleTester(
  rule,
  djangoHandler,
  {
    valid: [
      { code: `${APPS}SECURE_SSL_REDIRECT = True\n` },
      { name: 'unset (the proxy may redirect)', code: APPS },
      { name: 'from the environment', code: `${APPS}SECURE_SSL_REDIRECT = env.bool("SSL_REDIRECT", True)\n` },
    ],
    invalid: [
      {
        code: `${APPS}SECURE_SSL_REDIRECT = False  # behind nginx\n`,
        errors: [{ line: 2, severity: 'low' }],
        output: `${APPS}SECURE_SSL_REDIRECT = True  # behind nginx\n`,
      },
    ],
  },
  { path: 'mysite/settings.py' },
);
