import { defineRule } from '../../core/rule.js';
import type { Severity } from '../../core/severity.js';
import type { GhaUses } from '../../sources/parsers/github-actions/workflow-document.js';
import { scalarText } from './lib/workflow.js';

const FULL_SHA = /^[0-9a-f]{40}$/i;
const GITHUB_OWNED = new Set(['actions', 'github']);
/** Shown in the proposed diff until the user supplies real SHAs. */
const PLACEHOLDER = '<40-hex commit sha>';

/** Parses the `pins` answer: `owner/repo=<sha>` or `owner/repo@ref=<sha>` pairs. */
function pinFor(answer: string, uses: GhaUses): string | null {
  const entries = answer.split(/[\s,;]+/).filter((x) => x.includes('='));
  // Only the placeholder itself is used verbatim; a bare SHA would pin every action to one commit.
  if (entries.length === 0) return answer.trim() === PLACEHOLDER ? PLACEHOLDER : null;
  const name = `${uses.repo}${uses.subpath ? `/${uses.subpath}` : ''}`.toLowerCase();
  for (const entry of entries) {
    const [key = '', sha = ''] = entry.split('=');
    const k = key.toLowerCase();
    if (!FULL_SHA.test(sha)) continue;
    if (k === `${name}@${(uses.ref ?? '').toLowerCase()}` || k === name || k === uses.repo)
      return sha.toLowerCase();
  }
  return null;
}

export default defineRule({
  id: 'gha/unpinned-action',
  kind: 'github-actions',
  severity: 'high',
  title: 'Action not pinned to a commit SHA',
  why: "Tags and branches of an action can be moved by whoever controls its repository. If a maintainer account is taken over (as happened to tj-actions/changed-files in 2025), every workflow using `@v4` or `@main` runs the attacker's code with its secrets on the next run. A full commit SHA cannot be moved.",
  fix: 'Pin the action to the full 40-character commit SHA of the release you trust and keep the tag as a comment, e.g. `uses: owner/action@<sha> # v4.2.0`; let Dependabot or Renovate update the pins.',
  verify:
    'Check every `uses:` of a remote action ends in `@` plus 40 hex characters, and that the SHA is the commit of the tag in the comment (`git ls-remote https://github.com/<owner>/<repo> <tag>`).',
  references: [
    'CWE-829',
    'CWE-494',
    'https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions',
  ],
  fixable: 'suggestion',
  options: {
    pins: {
      description:
        'Commit SHAs to pin to, as `owner/repo=<40-hex sha>` pairs (or `owner/repo@ref=<sha>`), separated by commas.',
    },
  },
  check(doc, ctx) {
    const all: GhaUses[] = [];
    for (const job of doc.jobs) {
      if (job.uses) all.push(job.uses);
      for (const step of job.steps) if (step.uses) all.push(step.uses);
    }
    for (const uses of all) {
      if (uses.kind === 'local') continue;
      if (uses.kind === 'docker') {
        if (/@sha256:[0-9a-f]{64}$/i.test(uses.subpath)) continue;
        ctx.report({
          at: uses.range,
          severity: 'medium',
          message: `container action ${uses.raw} is not pinned to an image digest`,
          path: `uses/${uses.raw}`,
        });
        continue;
      }
      if (uses.ref && FULL_SHA.test(uses.ref)) continue;
      const owned = GITHUB_OWNED.has(uses.owner);
      const severity: Severity = owned ? 'low' : 'high';
      ctx.report({
        at: uses.range,
        severity,
        message: `${owned ? 'GitHub-owned' : 'third-party'} ${uses.kind === 'reusable' ? 'reusable workflow' : 'action'} ${uses.raw} is ${uses.ref ? `pinned to the movable ref "${uses.ref}"` : 'not pinned at all'}`,
        path: `uses/${uses.repo}${uses.subpath ? `/${uses.subpath}` : ''}@${uses.ref ?? ''}`,
        suggest: {
          question: `Which commit SHA of ${uses.repo} (ref ${uses.ref ?? 'none'}) should be used?`,
          option: 'pins',
          placeholder: PLACEHOLDER,
          edits: (e, answer) => {
            const sha = pinFor(answer, uses);
            const where = scalarText(doc.source, uses.path);
            if (!sha || !where || where.style === 'block') return null;
            const raw = doc.text.slice(where.start, where.end);
            const at = raw.lastIndexOf('@');
            const edits = [
              at >= 0 ? e.replace([where.start + at + 1, where.end], sha) : e.insertAt(where.end, `@${sha}`),
            ];
            const lineEnd = doc.lines.lineEnd(doc.lines.position(where.end).line);
            const after = doc.text.slice(where.end, lineEnd);
            if (uses.ref && !after.includes('#')) {
              const close = where.style === 'plain' ? where.end : where.end + 1;
              edits.push(e.insertAt(close, ` # ${uses.ref}`));
            }
            return edits;
          },
        },
      });
    }
  },
});
