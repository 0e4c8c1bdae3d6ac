import { isScalar, Scalar } from 'yaml';
import type {
  GhaJob,
  GhaStep,
  GithubActionsDocument,
} from '../../../sources/parsers/github-actions/workflow-document.js';
import type { YamlPath, YamlSource } from '../../../sources/parsers/yaml-source.js';

/** Events an outside contributor can fire that run with the base repository's secrets and token. */
export const PRIVILEGED_UNTRUSTED_EVENTS = new Set([
  'pull_request_target',
  'workflow_run',
  'issues',
  'issue_comment',
  'discussion',
  'discussion_comment',
  'pull_request_review',
  'pull_request_review_comment',
]);

/** Events that anyone can trigger on a public repository (forks' pull requests included). */
export const PUBLIC_EVENTS = new Set([...PRIVILEGED_UNTRUSTED_EVENTS, 'pull_request', 'fork', 'watch']);

export function triggerNames(doc: GithubActionsDocument): Set<string> {
  return new Set(doc.triggers.map((t) => t.name));
}

/** A stable label for a step: its id, else its name, else its index. */
export function stepLabel(step: GhaStep): string {
  return step.id ?? step.name ?? String(step.index);
}

export function stepPath(job: GhaJob, step: GhaStep, ...rest: string[]): string {
  return ['jobs', job.id, 'steps', stepLabel(step), ...rest].join('/');
}

/** Describes a step for messages. */
export function describeStep(job: GhaJob, step: GhaStep): string {
  const what = step.name ?? step.id ?? step.uses?.raw ?? `#${step.index + 1}`;
  return `job "${job.id}" step "${what}"`;
}

/**
 * Where a scalar's text starts and how it is written, so edits inside it keep the style:
 * block scalars start after their header line; quoted scalars after the quote.
 */
export interface ScalarText {
  readonly start: number;
  readonly end: number;
  readonly style: 'block' | 'plain' | 'single' | 'double';
}

export function scalarText(src: YamlSource, path: YamlPath): ScalarText | null {
  const node = src.node(path);
  if (!node || !isScalar(node) || !node.range) return null;
  const [start, end] = node.range;
  const text = src.lines.text;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const nl = text.indexOf('\n', start);
    if (nl < 0 || nl >= end) return null;
    return { start: nl + 1, end, style: 'block' };
  }
  if (node.type === Scalar.PLAIN) return { start, end, style: 'plain' };
  if (node.type === Scalar.QUOTE_SINGLE) return { start: start + 1, end: end - 1, style: 'single' };
  if (node.type === Scalar.QUOTE_DOUBLE) return { start: start + 1, end: end - 1, style: 'double' };
  return null;
}

/** Whether a step's `run:` goes through bash/sh (explicitly, or by default on a non-Windows runner). */
export function runsBash(job: GhaJob, step: GhaStep): boolean {
  if (step.shell !== null) {
    const first = step.shell.trim().split(/\s+/)[0] ?? '';
    return first === 'bash' || first === 'sh';
  }
  const labels = job.runsOn?.labels ?? [];
  if (job.runsOn?.expression) return false;
  return !labels.some((l) => l.includes('windows'));
}
