import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './openai-api-key.js';

const PROJECT = 'sk-' + 'proj-p2gUAeSsUfFgUl8oPK_HJN45P-ED75cNRqsKz5b70CO8W7RQHy2Yp_ptzsJqLOJq';
const LEGACY = 'sk-' + 'kBd0YG5KE7X5ozhONva1' + 'T3Blbk' + 'FJlZp814HtFbtfeeHv0fG2';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'placeholder', code: 'OPENAI_API_KEY=sk-proj-...\n' },
      {
        name: 'generic sk- string without the OpenAI marker',
        code: 'key=sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL\n',
      },
      {
        name: 'environment lookup',
        path: 'app.py',
        code: 'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n',
      },
    ],
    invalid: [
      { code: `OPENAI_API_KEY=${PROJECT}\n`, errors: [{ line: 1, message: /OpenAI API key sk-p\*\*\*/ }] },
      {
        name: 'legacy user key',
        path: 'bot.py',
        code: `openai.api_key = "${LEGACY}"\n`,
        errors: [{ line: 1 }],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'src/main/resources/application.yml',
        code: `spring:\n  ai:\n    openai:\n      api-key: "${PROJECT}"\n`,
        options: { variable: '{KEY}' },
        errors: 1,
        output: 'spring:\n  ai:\n    openai:\n      api-key: "${SPRING_AI_OPENAI_API_KEY}"\n',
      },
    ],
  },
  { path: '.env' },
);
