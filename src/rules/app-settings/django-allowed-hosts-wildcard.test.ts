import { djangoHandler } from '../../sources/parsers/app-settings/django-handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './django-allowed-hosts-wildcard.js';

const APPS = "INSTALLED_APPS = ['django.contrib.admin']\n";

ruleTester(
  rule,
  djangoHandler,
  {
    valid: [
      { code: `${APPS}ALLOWED_HOSTS = ['www.acme.io', '.acme.io']\n` },
      { name: 'from the environment', code: `${APPS}ALLOWED_HOSTS = os.environ["HOSTS"].split(",")\n` },
      {
        name: 'local settings may allow anything',
        path: 'mysite/local_settings.py',
        code: `${APPS}ALLOWED_HOSTS = ['*']\n`,
      },
      { name: 'a subdomain wildcard is not *', code: `${APPS}ALLOWED_HOSTS = ['.acme.io']\n` },
    ],
    invalid: [
      {
        code: `${APPS}ALLOWED_HOSTS = ['*']\n`,
        errors: [{ line: 2, message: /any Host header/ }],
      },
      {
        name: 'in a multi-line tuple, replaced by the chosen hosts',
        code: `${APPS}ALLOWED_HOSTS = (\n    "api.acme.io",\n    "*",  # TODO tighten\n)\n`,
        options: { hosts: 'www.acme.io, acme.io' },
        errors: [{ line: 4 }],
        output: `${APPS}ALLOWED_HOSTS = (\n    "api.acme.io",\n    "www.acme.io", "acme.io",  # TODO tighten\n)\n`,
      },
    ],
  },
  { path: 'mysite/settings.py' },
);
