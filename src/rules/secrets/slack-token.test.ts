import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './slack-token.js';

const BOT = 'xoxb-' + '418575545326-9529407561366-4q60sskDI1EDL0Y6wu1JOSNt';
const USER = 'xoxp-' + '418575545326-418575545327-9529407561366-3f9a1c0b7e2d4a6f8b0c1d2e3f4a5b6c';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'documentation placeholder', code: 'SLACK_BOT_TOKEN=xoxb-your-bot-token\n' },
      { name: 'redacted', code: 'SLACK_BOT_TOKEN=xoxb-****\n' },
      { name: 'environment reference', path: 'app.py', code: 'token = os.environ["SLACK_BOT_TOKEN"]\n' },
    ],
    invalid: [
      { code: `SLACK_BOT_TOKEN=${BOT}\n`, errors: [{ line: 1, message: /Slack token xoxb\*\*\*/ }] },
      {
        name: 'user token in JavaScript',
        path: 'bot.js',
        code: `const web = new WebClient(\n  '${USER}',\n);\n`,
        errors: [{ line: 2 }],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'src/main/resources/application.properties',
        code: `slack.bot-token=${BOT}\n`,
        options: { variable: 'SLACK_BOT_TOKEN' },
        errors: 1,
        output: 'slack.bot-token=${SLACK_BOT_TOKEN}\n',
      },
    ],
  },
  { path: '.env' },
);
