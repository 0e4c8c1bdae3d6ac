import type {
  GhaJob,
  GhaStep,
  GithubActionsDocument,
} from '../../../sources/parsers/github-actions/workflow-document.js';

/** One `${{ ... }}` occurrence in a text: [start, end) offsets relative to that text. */
export interface ExpressionHit {
  readonly text: string;
  readonly body: string;
  readonly start: number;
  readonly end: number;
}

export function findExpressions(text: string): ExpressionHit[] {
  const out: ExpressionHit[] = [];
  const re = /\$\{\{([\s\S]*?)\}\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: m[0], body: m[1] ?? '', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Contexts an outside contributor controls (issue and PR text, branch names, commit messages...),
 * after `a['b']` / `a[0]` / `a[*]` are normalised to `a.b` / `a.*`.
 */
const UNTRUSTED = [
  /\bgithub\.head_ref\b/,
  /\bgithub\.event\.(?:issue|pull_request|discussion)\.(?:title|body)\b/,
  /\bgithub\.event\.(?:comment|review|review_comment)\.body\b/,
  /\bgithub\.event\.pages\.[^.\s]+\.page_name\b/,
  /\bgithub\.event\.commits\.[^.\s]+\.(?:message|author\.(?:email|name)|committer\.(?:email|name))\b/,
  /\bgithub\.event\.head_commit\.(?:message|author\.(?:email|name)|committer\.(?:email|name))\b/,
  /\bgithub\.event\.pull_request\.head\.(?:ref|label|repo\.default_branch)\b/,
  /\bgithub\.event\.workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:email|name)|committer\.(?:email|name))|pull_requests\.[^.\s]+\.head\.ref|head_repository\.description)\b/,
  /\btojson\(\s*github(?:\.event(?:\.(?:issue|pull_request|comment|review|review_comment|discussion|head_commit|commits|workflow_run|pages))?)?\s*\)/,
];

export function normaliseExpression(body: string): string {
  return body
    .toLowerCase()
    .replace(/\[\s*'([^']*)'\s*\]/g, '.$1')
    .replace(/\[\s*"([^"]*)"\s*\]/g, '.$1')
    .replace(/\[\s*(?:\d+|\*)\s*\]/g, '.*')
    .replace(/\s*\.\s*/g, '.');
}

/** The untrusted context referenced by an expression, or null. Boolean-only tests are safe. */
export function untrustedContext(body: string): string | null {
  const norm = normaliseExpression(body);
  if (isBooleanOnly(norm)) return null;
  for (const re of UNTRUSTED) {
    const m = re.exec(norm);
    if (m) return m[0];
  }
  return null;
}

function isBooleanOnly(norm: string): boolean {
  const t = norm.trim();
  if (/^!?\s*(?:contains|startswith|endswith)\(.*\)$/.test(t)) return true;
  return /(?:==|!=)/.test(t) && !/&&|\|\|/.test(t);
}

/** `${{ env.NAME }}` references. */
export function envReference(body: string): string | null {
  const m = /^\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(body);
  return m?.[1] ?? null;
}

/** The env value visible to a step for NAME (step, then job, then workflow), as text. */
export function visibleEnv(
  doc: GithubActionsDocument,
  job: GhaJob,
  step: GhaStep,
  name: string,
): string | null {
  for (const map of [step.env, job.env, doc.env]) {
    const v = map.get(name);
    if (v !== undefined) return v.value === null || v.value === undefined ? '' : String(v.value);
  }
  return null;
}

/** A readable environment variable name for an expression: `github.event.issue.title` -> ISSUE_TITLE. */
export function envNameFor(context: string): string {
  const cleaned = context
    .replace(/^tojson\(\s*/, '')
    .replace(/\s*\)$/, '')
    .replace(/^github\.event\./, '')
    .replace(/^github\./, '')
    .replace(/^pull_request\./, 'pr.')
    .replace(/\.\*\./g, '.');
  const name = cleaned
    .replace(/[^a-z0-9]+/gi, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (name === '') return 'UNTRUSTED_INPUT';
  // GITHUB_* and RUNNER_* names belong to the runner.
  if (/^(?:GITHUB|RUNNER|ACTIONS)(?:_|$)/.test(name)) return `CTX_${name}`;
  return /^[0-9]/.test(name) ? `V_${name}` : name;
}
