import { defineRule } from '../../core/rule.js';
import { describeStep, scalarText, stepPath } from './lib/workflow.js';

/** `curl ... | sh`, `wget -O- ... | sudo bash`, `bash <(curl ...)`, `sh -c "$(curl ...)"`. */
const PIPE_TO_SHELL = [
  /\b(?:curl|wget)\b[^\n|;&]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+\S+=\S*\s+)*(?:ba|z|da|k)?sh\b/,
  /\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b/,
  /\b(?:ba|z)?sh\s+-c\s+["']?\$\(\s*(?:curl|wget)\b/,
  /\b(?:curl|wget)\b[^\n|;&]*\|\s*(?:sudo\s+)?(?:python3?|perl|ruby|node)\b(?!\s+-m\s+json)/,
];

export default defineRule({
  id: 'gha/curl-pipe-shell',
  kind: 'github-actions',
  severity: 'medium',
  title: 'Script downloaded and executed without verification',
  why: "Piping a download straight into a shell runs whatever the server returns at that moment, with the job's secrets and token. If the host, the CDN or the DNS is compromised — or the project simply changes the script — the workflow runs different code and nothing records what it was.",
  fix: 'Download to a file, check it against a pinned SHA-256 (`echo "<sha256>  install.sh" | sha256sum -c -`), then run it; or better, use a versioned, pinned action or package instead of an install script.',
  verify:
    'Search `run:` blocks for `| sh`, `| bash` and `<(curl` and check each download is verified by checksum before it runs.',
  references: [
    'CWE-494',
    'CWE-829',
    'https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions',
  ],
  check(doc, ctx) {
    for (const job of doc.jobs) {
      for (const step of job.steps) {
        if (!step.run) continue;
        const where = scalarText(doc.source, step.run.path);
        if (!where) continue;
        const script = doc.text.slice(where.start, where.end);
        for (const re of PIPE_TO_SHELL) {
          const m = re.exec(script);
          if (!m) continue;
          ctx.report({
            at: doc.lines.range(where.start + m.index, where.start + m.index + m[0].length),
            message: `${describeStep(job, step)} pipes a download into an interpreter: ${m[0].trim()}`,
            path: stepPath(job, step, 'run', 'pipe-to-shell'),
            evidence: m[0],
          });
          break;
        }
      }
    }
  },
});
