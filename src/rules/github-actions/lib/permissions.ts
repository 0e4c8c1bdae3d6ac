import { isScalar } from 'yaml';
import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import { blockLines, setKey } from '../../../fixers/yaml-edit.js';
import type { GithubActionsDocument } from '../../../sources/parsers/github-actions/workflow-document.js';
import type { YamlPath } from '../../../sources/parsers/yaml-source.js';

const SCOPES = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]);

/**
 * Parses a permissions answer: `read-all`, `{}`, or `contents: read, pull-requests: write`.
 * Returns null for anything that is not a valid permissions value.
 */
export function parsePermissions(text: string): string | Record<string, string> | null {
  const t = text.trim();
  if (t === 'read-all' || t === 'write-all') return t;
  if (t === '{}' || t === '') return {};
  const out: Record<string, string> = {};
  for (const part of t.split(/[,;\n]/)) {
    const m = /^\s*([a-z-]+)\s*[:=]\s*(read|write|none)\s*$/.exec(part);
    if (!m?.[1] || !m[2] || !SCOPES.has(m[1])) return null;
    out[m[1]] = m[2];
  }
  return out;
}

/** Replaces the value of an existing `permissions:` key. */
export function replacePermissions(
  e: EditBuilder,
  doc: GithubActionsDocument,
  path: YamlPath,
  value: string | Record<string, string>,
): TextEdit | null {
  const parent = path.slice(0, -1);
  const range = doc.source.range(path);
  if (typeof value === 'string') return e.replace(range, value);
  if (Object.keys(value).length === 0) return e.replace(range, '{}');
  const node = doc.source.node(path);
  if (!isScalar(node)) return setKey(e, doc.source, parent, 'permissions', value);
  // A scalar becomes a block map; a trailing comment stays on the key's line.
  const key = doc.source.keyRange(path);
  const colon = doc.text.indexOf(':', key.end.offset);
  const lineEnd = doc.lines.lineEnd(range.end.line);
  if (colon < 0 || colon > range.start.offset) return null;
  const comment = doc.text.slice(range.end.offset, lineEnd).trim();
  const lines = blockLines(value, key.start.column - 1 + 2);
  return e.replace([colon + 1, lineEnd], `${comment ? ` ${comment}` : ''}${e.eol}${lines.join(e.eol)}`);
}

/** Inserts a top-level `permissions:` block just above `jobs:`, indented like the file. */
export function insertTopLevelPermissions(
  e: EditBuilder,
  doc: GithubActionsDocument,
  value: string | Record<string, string>,
): TextEdit | null {
  const jobsKey = doc.jobsKeyRange;
  if (jobsKey?.start.column !== 1) return null;
  const firstJob = doc.jobs[0];
  const indent = firstJob ? Math.max(1, firstJob.keyRange.start.column - 1) : 2;
  let lines: string[];
  if (typeof value === 'string') lines = [`permissions: ${value}`];
  else if (Object.keys(value).length === 0) lines = ['permissions: {}'];
  else lines = ['permissions:', ...blockLines(value, indent)];
  const previous = jobsKey.start.line > 1 ? doc.lines.lineText(jobsKey.start.line - 1) : '';
  if (previous.trim() === '') lines.push('');
  return e.insertLinesBefore(jobsKey, lines);
}
