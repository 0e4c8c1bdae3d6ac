import { djangoHandler } from '../../sources/parsers/app-settings/django-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './django-hardcoded-secret-key.js';

const APPS = "INSTALLED_APPS = ['django.contrib.admin']\n";

ruleTester(
  rule,
  djangoHandler,
  {
    valid: [
      { code: `import os\n${APPS}SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n` },
      {
        name: 'django-environ',
        code: `import environ\nenv = environ.Env()\n${APPS}SECRET_KEY = env("DJANGO_SECRET_KEY")\n`,
      },
      {
        name: 'read from a file',
        code: `${APPS}SECRET_KEY = Path("/run/secrets/django_key").read_text().strip()\n`,
      },
      {
        name: 'empty fallback',
        code: `import os\n${APPS}SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")\n`,
      },
    ],
    invalid: [
      {
        code: `${APPS}SECRET_KEY = 'django-insecure-7r!x2k#p9v@m4z$q1w8t5y3u6i0o2e4a'\n`,
        errors: [{ line: 2, severity: 'high', message: /startproject development key/ }],
      },
      {
        name: 'fallback literal',
        code: `import os\n${APPS}SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', 'k2#p9v!x4m@z7q$w1r8t5y')\n`,
        errors: [{ line: 3, severity: 'medium', message: /falls back/ }],
      },
      {
        name: 'replaced by os.environ, import added',
        code: `"""Project settings."""\n\n${APPS}SECRET_KEY = "k2#p9v!x4m@z7q$w1r8t5y3u6i0o2e4a"\n`,
        options: { variable: 'DJANGO_SECRET_KEY' },
        errors: [{ line: 4 }],
        output: `"""Project settings."""\n\nimport os\n${APPS}SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n`,
      },
    ],
  },
  { path: 'mysite/settings.py' },
);
