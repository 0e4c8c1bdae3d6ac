import { defineRule } from '../../core/rule.js';
import { describeStep, scalarText, stepPath } from './lib/workflow.js';

/** A printing command and a `${{ secrets.X }}` on the same line (output not redirected). */
const ECHO_SECRET =
  /^[^\n#]*\b(?:echo|printf|print|Write-Host|Write-Output|cat\s+<<)\b[^\n]*\$\{\{\s*secrets\.([A-Za-z0-9_]+)\s*\}\}[^\n]*/gm;

export default defineRule({
  id: 'gha/secret-echo',
  kind: 'github-actions',
  severity: 'low',
  title: 'Secret printed by a script',
  why: 'GitHub masks secrets in logs only when they appear exactly as stored. Printing one — even to a file or a pipe — risks it showing up transformed (base64, URL-encoded, split across lines) where the mask does not apply, and anyone who can read the run logs can then copy it.',
  fix: 'Do not print secrets. Pass them to the command that needs them through `env:` and let it read the variable; write them to files only with restrictive permissions and never `cat` them.',
  verify:
    'Search `run:` blocks for `echo`/`printf` lines containing `secrets.` and check none remain; look at a run log to confirm nothing secret-like appears.',
  references: [
    'CWE-532',
    'https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow',
  ],
  check(doc, ctx) {
    for (const job of doc.jobs) {
      for (const step of job.steps) {
        if (!step.run) continue;
        const where = scalarText(doc.source, step.run.path);
        if (!where) continue;
        const script = doc.text.slice(where.start, where.end);
        ECHO_SECRET.lastIndex = 0;
        for (let m = ECHO_SECRET.exec(script); m; m = ECHO_SECRET.exec(script)) {
          // Output sent to a file or another command does not reach the log.
          const tail = m[0].slice(m[0].lastIndexOf('}}') + 2);
          if (/[|>]/.test(tail)) continue;
          const start = where.start + m.index + (m[0].length - m[0].trimStart().length);
          ctx.report({
            at: doc.lines.range(start, where.start + m.index + m[0].length),
            message: `${describeStep(job, step)} prints the secret ${m[1]}`,
            path: stepPath(job, step, 'run', `secrets.${m[1]}`),
          });
        }
      }
    }
  },
});
