import { djangoHandler } from '../../sources/parsers/app-settings/django-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './django-debug-enabled.js';

const APPS = "INSTALLED_APPS = ['django.contrib.admin']\n";

ruleTester(
  rule,
  djangoHandler,
  {
    valid: [
      { code: `${APPS}DEBUG = False\n` },
      {
        name: 'from the environment, off by default',
        code: `import os\n${APPS}DEBUG = os.environ.get("DJANGO_DEBUG") == "1"\n`,
      },
      { name: 'switched off later', code: `${APPS}DEBUG = True\nDEBUG = False\n` },
      {
        name: 'conditionally switched',
        code: `${APPS}DEBUG = True\nif os.environ.get("PROD"):\n    DEBUG = False\n`,
      },
      {
        name: 'development settings module',
        path: 'mysite/settings/dev.py',
        code: 'from .base import *\nDEBUG = True\n',
      },
      { name: 'a string, not the boolean', code: `${APPS}DEBUG_TOOLBAR = True\n` },
    ],
    invalid: [
      {
        code: `${APPS}DEBUG = True  # TODO\n`,
        errors: [{ line: 2, message: /DEBUG = True/, severity: 'high' }],
      },
      {
        name: 'env lookup that defaults to True',
        code: `import os\n${APPS}DEBUG = os.environ.get('DJANGO_DEBUG', 'True')\n`,
        errors: [{ line: 3, severity: 'medium', message: /defaults to True/ }],
      },
      {
        name: 'fixed with an environment switch, adding import os',
        code: `"""Settings."""\nfrom pathlib import Path\n\n${APPS}DEBUG = True\n`,
        options: { value: 'os.environ.get("DJANGO_DEBUG") == "1"' },
        errors: 1,
        output: `"""Settings."""\nimport os\nfrom pathlib import Path\n\n${APPS}DEBUG = os.environ.get("DJANGO_DEBUG") == "1"\n`,
      },
      {
        name: 'fixed with False',
        path: 'mysite/settings/production.py',
        code: 'from .base import *  # noqa\n\nDEBUG = True\n',
        options: { value: 'False' },
        errors: [{ line: 3 }],
        output: 'from .base import *  # noqa\n\nDEBUG = False\n',
      },
    ],
  },
  { path: 'mysite/settings.py' },
);
