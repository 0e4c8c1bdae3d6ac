import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './slack-webhook.js';

const HOOK = 'https://hooks.slack.com/services/' + 'TAHEAKA90AT/BZL8RTFKBH2/de2wioVMEuUYMjPeFXsRgZzC';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      {
        name: 'documentation example',
        code: 'url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n',
      },
      { name: 'templated', code: 'url: https://hooks.slack.com/services/${SLACK_PATH}\n' },
    ],
    invalid: [
      {
        path: 'alertmanager.yml',
        code: `receivers:\n  - name: ops\n    slack_configs:\n      - api_url: ${HOOK}\n`,
        errors: [{ line: 4, message: /Slack webhook/, severity: 'medium' }],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'src/main/resources/application.properties',
        code: `alerts.slack.url=${HOOK}\n`,
        options: { variable: '{KEY}' },
        errors: 1,
        output: 'alerts.slack.url=${ALERTS_SLACK_URL}\n',
      },
    ],
  },
  { path: 'config.yml' },
);
