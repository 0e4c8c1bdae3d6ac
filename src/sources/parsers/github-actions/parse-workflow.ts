import { isMap, isScalar } from 'yaml';
import type { Diagnostic } from '../../../core/diagnostic.js';
import type { SourceFile } from '../types.js';
import { parseYamlStream, type YamlPath, type YamlSource } from '../yaml-source.js';
import type {
  GhaJob,
  GhaPermissions,
  GhaRunsOn,
  GhaStep,
  GhaTrigger,
  GhaUses,
  GhaValue,
  GithubActionsDocument,
} from './workflow-document.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function str(v: unknown): string | null {
  if (v === null || v === undefined || typeof v === 'object') return null;
  return String(v);
}

/** Parses a workflow file: one document per YAML document whose root is a mapping. */
export function parseWorkflow(file: SourceFile): {
  documents: GithubActionsDocument[];
  diagnostics: Diagnostic[];
} {
  const parsed = parseYamlStream(file.text);
  const diagnostics: Diagnostic[] = parsed.errors.map((e) => ({
    code: e.message.includes('alias') ? 'alias-limit' : 'parse-error',
    level: 'error',
    target: file.path,
    message: e.message,
    range: e.range,
  }));
  const documents: GithubActionsDocument[] = [];
  for (const src of parsed.sources) {
    if (!isMap(src.doc.contents) || !isObj(src.value)) continue;
    documents.push(readWorkflow(file, src));
  }
  return { documents, diagnostics };
}

/** The key GitHub reads as `on`: `on`, or `true` when a YAML 1.1 tool rewrote the file. */
function onKey(src: YamlSource): string | null {
  const root = src.value as Obj;
  if ('on' in root) return 'on';
  if ('true' in root && src.walk(['true'])?.pair) {
    const key = src.walk(['true'])?.pair?.key;
    if (isScalar(key) && key.value === true) return 'true';
  }
  return null;
}

function readWorkflow(file: SourceFile, src: YamlSource): GithubActionsDocument {
  const root = src.value as Obj;
  const on = onKey(src);
  const defaults = root['defaults'];
  const defaultShell = isObj(defaults) && isObj(defaults['run']) ? str(defaults['run']['shell']) : null;
  const jobsValue = root['jobs'];
  const jobs: GhaJob[] = [];
  if (isObj(jobsValue)) {
    for (const id of Object.keys(jobsValue)) {
      if (!isObj(jobsValue[id])) continue;
      jobs.push(readJob(src, id, jobsValue[id], defaultShell));
    }
  }
  return {
    kind: 'github-actions',
    path: file.path,
    text: file.text,
    lines: file.lines,
    source: src,
    name: str(root['name']),
    triggers: on ? readTriggers(src, [on]) : [],
    onKeyRange: on ? src.keyRange([on]) : src.lines.range(0, 0),
    permissions: readPermissions(src, ['permissions']),
    env: readMap(src, ['env']),
    jobs,
    jobsKeyRange: 'jobs' in root ? src.keyRange(['jobs']) : null,
  };
}

function readTriggers(src: YamlSource, path: YamlPath): GhaTrigger[] {
  const v = valueAt(src, path);
  if (typeof v === 'string') return [{ name: v, config: null, range: src.range(path) }];
  if (Array.isArray(v)) {
    return v.flatMap((item, i) =>
      typeof item === 'string' ? [{ name: item, config: null, range: src.range([...path, i]) }] : [],
    );
  }
  if (isObj(v)) {
    return Object.keys(v).map((name) => ({ name, config: v[name], range: src.keyRange([...path, name]) }));
  }
  return [];
}

function readPermissions(src: YamlSource, path: YamlPath): GhaPermissions | null {
  if (!src.has(path)) return null;
  const v = valueAt(src, path);
  const base = { path, range: src.range(path), keyRange: src.keyRange(path) };
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    const kind = s === 'read-all' || s === 'write-all' ? s : 'other';
    return { kind, scopes: new Map(), ...base };
  }
  if (isObj(v)) {
    const scopes = new Map<string, string>();
    for (const [k, x] of Object.entries(v)) scopes.set(k, String(x).toLowerCase());
    return { kind: scopes.size === 0 ? 'none' : 'map', scopes, ...base };
  }
  return { kind: 'other', scopes: new Map(), ...base };
}

function readMap(src: YamlSource, path: YamlPath): Map<string, GhaValue> {
  const out = new Map<string, GhaValue>();
  const v = valueAt(src, path);
  if (!isObj(v)) return out;
  for (const key of Object.keys(v)) {
    const p = [...path, key];
    out.set(key, { value: v[key], path: p, range: src.range(p), keyRange: src.keyRange(p) });
  }
  return out;
}

function readJob(src: YamlSource, id: string, job: Obj, workflowShell: string | null): GhaJob {
  const path: YamlPath = ['jobs', id];
  const defaults = job['defaults'];
  const jobShell =
    (isObj(defaults) && isObj(defaults['run']) ? str(defaults['run']['shell']) : null) ?? workflowShell;
  const steps: GhaStep[] = [];
  const rawSteps = job['steps'];
  if (Array.isArray(rawSteps)) {
    rawSteps.forEach((step, index) => {
      if (isObj(step)) steps.push(readStep(src, [...path, 'steps', index], index, step, jobShell));
    });
  }
  const uses = str(job['uses']);
  return {
    id,
    path,
    keyRange: src.keyRange(path),
    name: str(job['name']),
    if: str(job['if']),
    runsOn: readRunsOn(src, [...path, 'runs-on'], job['runs-on']),
    permissions: readPermissions(src, [...path, 'permissions']),
    env: readMap(src, [...path, 'env']),
    steps,
    uses: uses === null ? null : parseUses(uses, [...path, 'uses'], src),
    secrets:
      'secrets' in job
        ? {
            value: job['secrets'],
            path: [...path, 'secrets'],
            range: src.range([...path, 'secrets']),
            keyRange: src.keyRange([...path, 'secrets']),
          }
        : null,
  };
}

function readStep(
  src: YamlSource,
  path: YamlPath,
  index: number,
  step: Obj,
  jobShell: string | null,
): GhaStep {
  const uses = str(step['uses']);
  const run = str(step['run']);
  return {
    index,
    path,
    range: src.range(path),
    name: str(step['name']),
    id: str(step['id']),
    if: str(step['if']),
    uses: uses === null ? null : parseUses(uses, [...path, 'uses'], src),
    with: readMap(src, [...path, 'with']),
    run:
      run === null
        ? null
        : {
            value: run,
            path: [...path, 'run'],
            range: src.range([...path, 'run']),
            keyRange: src.keyRange([...path, 'run']),
          },
    env: readMap(src, [...path, 'env']),
    shell: str(step['shell']) ?? jobShell,
  };
}

function readRunsOn(src: YamlSource, path: YamlPath, v: unknown): GhaRunsOn | null {
  if (v === undefined || v === null) return null;
  const labels: string[] = [];
  const add = (x: unknown) => {
    if (typeof x === 'string') labels.push(x.includes('${{') ? x : x.toLowerCase());
    else if (Array.isArray(x)) for (const y of x) add(y);
  };
  if (isObj(v)) {
    add(v['labels']);
    if (typeof v['group'] === 'string') labels.push(`group:${v['group'].toLowerCase()}`);
  } else add(v);
  return { labels, expression: labels.some((l) => l.includes('${{')), range: src.range(path) };
}

/** Parses `owner/repo/sub@ref`, `./local`, `docker://image` references. */
export function parseUses(raw: string, path: YamlPath, src: YamlSource): GhaUses {
  const base = { raw, path, range: src.range(path) };
  const text = raw.trim();
  if (text.startsWith('./') || text.startsWith('.\\')) {
    return { ...base, kind: 'local', owner: '', repo: '', subpath: text, ref: null };
  }
  if (text.startsWith('docker://')) {
    return {
      ...base,
      kind: 'docker',
      owner: '',
      repo: '',
      subpath: text.slice('docker://'.length),
      ref: null,
    };
  }
  const at = text.lastIndexOf('@');
  const ref = at >= 0 ? text.slice(at + 1) : null;
  const name = at >= 0 ? text.slice(0, at) : text;
  const [owner = '', repo = '', ...rest] = name.split('/');
  const subpath = rest.join('/');
  const kind = /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(subpath) ? 'reusable' : 'action';
  return {
    ...base,
    kind,
    owner: owner.toLowerCase(),
    repo: `${owner}/${repo}`.toLowerCase(),
    subpath,
    ref,
  };
}

function valueAt(src: YamlSource, path: YamlPath): unknown {
  let cur: unknown = src.value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
