import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './generic-secret.js';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'environment reference', code: 'DB_PASSWORD=${DB_PASSWORD}\nAPI_TOKEN=$API_TOKEN\n' },
      {
        name: 'YAML reference',
        path: 'application.yml',
        code: 'spring:\n  datasource:\n    password: ${DB_PASSWORD}\n',
      },
      {
        name: 'Actions and Helm templates',
        path: 'ci.yml',
        code: 'token: ${{ secrets.TOKEN }}\npassword: "{{ .Values.pw }}"\n',
      },
      {
        name: 'Python lookups and calls',
        path: 'app/config.py',
        code: 'import os\npassword = os.environ["DB_PASSWORD"]\napi_key = get_api_key()\ntoken = f"Bearer {token}"\n',
      },
      {
        name: 'placeholders and obvious test values',
        code: 'API_TOKEN=changeme\nCLIENT_SECRET=your-client-secret\nDB_PASSWORD=password123\nSECRET=test-secret-value-1234\nPW=xxxxxxxx\n',
      },
      {
        name: 'not credentials',
        path: 'app.py',
        code: 'PASSWORD_MIN_LENGTH = 12\npassword_reset_url = "https://acme.io/reset"\ncsrf_token = "a8f5f167f44f4964e6c998dee827110c"\ntoken_type = "Bearer"\n',
      },
      { name: 'UUID identifiers', code: 'AUTH_TOKEN=550e8400-e29b-41d4-a716-446655440000\n' },
      {
        name: 'paths to key files',
        path: 'nginx.conf',
        code: 'private_key = "/etc/ssl/private/server.key"\n',
      },
      {
        name: 'comparison, not assignment',
        path: 'auth.py',
        code: 'if password == "Tr0ub4dor&3x":\n    pass\n',
      },
      { name: 'env var names as values', path: 'values.yaml', code: 'secretKey: AWS_SECRET_ACCESS_KEY\n' },
      {
        name: 'Ansible vault',
        path: 'vars.yml',
        code: 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n',
      },
      {
        name: 'unquoted values in code are expressions',
        path: 'app.js',
        code: 'const token = crypto.randomBytes(32);\n',
      },
      {
        name: 'lock files',
        path: 'package-lock.json',
        code: '"secret": "sha512-Zq8vR2mN4tLpQ1w2e3r4t5y6u7i8o9p0"\n',
      },
      {
        name: 'lines longer than 10k characters are skipped',
        path: 'blob.txt',
        code: `token = "Zq8vR2mN4tLpQ1w2e3r4t5y6" ${'a'.repeat(10_001)}\n`,
      },
      {
        name: 'Django SECRET_KEY is left to the Django rule',
        path: 'mysite/settings.py',
        code: "INSTALLED_APPS = []\nSECRET_KEY = 'k2#p9v!x4m@z7q$w1r8t5y3u6i0o2e4a'\n",
      },
    ],
    invalid: [
      {
        code: 'SESSION_SECRET=OkvgsOM5LsE1zKLiSpYMZElLTCPPAwVv\n',
        errors: [{ line: 1, severity: 'medium', message: /value of `SESSION_SECRET` Okvg\*\*\*/ }],
      },
      {
        name: 'quoted literals in code and JSON',
        path: 'src/client.ts',
        code: 'export const config = {\n  apiKey: \'Zq8vR2mN4tLpQ1w2e3r4t5y6\',\n  "clientSecret": "k2p9vx4mz7qw1r8t5y3u6i0o",\n};\n',
        errors: [{ line: 2 }, { line: 3 }],
      },
      {
        name: 'hard-coded password in Python',
        path: 'app/db.py',
        code: "DB_PASSWORD = 'Tr0ub4dor&3x'\n",
        errors: [{ line: 1, message: /DB_PASSWORD/ }],
      },
      {
        name: 'Spring YAML: replaced by ${VAR} named from the key path',
        path: 'src/main/resources/application.yml',
        code: 'spring:\n  datasource:\n    username: app\n    password: Zq8vR2mN4tLp # prod\n',
        options: { variable: '{KEY}' },
        errors: [{ line: 4 }],
        output:
          'spring:\n  datasource:\n    username: app\n    password: ${SPRING_DATASOURCE_PASSWORD} # prod\n',
      },
      {
        name: 'Python module importing os: os.environ lookup',
        path: 'app/settings_prod.py',
        code: 'import os\n\nSTRIPE_WEBHOOK_SECRET = "whsec_Zq8vR2mN4tLpQ1w2e3r4t5y6"\n',
        options: { variable: 'STRIPE_WEBHOOK_SECRET' },
        errors: [{ line: 3 }],
        output: 'import os\n\nSTRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]\n',
      },
      {
        name: 'properties file',
        path: 'config/application.properties',
        code: 'spring.mail.password=Pk3vW9qLx2\n',
        options: { variable: 'MAIL_PASSWORD' },
        errors: [{ line: 1 }],
        output: 'spring.mail.password=${MAIL_PASSWORD}\n',
      },
    ],
  },
  { path: '.env' },
);
