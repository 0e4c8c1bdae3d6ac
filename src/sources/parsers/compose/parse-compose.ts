import { isMap, isScalar, isSeq, type Node, Scalar } from 'yaml';
import type { Diagnostic } from '../../../core/diagnostic.js';
import type { Range } from '../../../core/range.js';
import type { SourceFile } from '../types.js';
import { parseYamlStream, type YamlSource } from '../yaml-source.js';
import type {
  ComposeDocument,
  ComposeEnvVar,
  ComposeField,
  ComposeListItem,
  ComposePort,
  ComposeService,
  ComposeVolume,
  ComposeVolumeType,
} from './compose-document.js';
import { hasInterpolation, isHostPath, parseShortPort, parseShortVolume } from './compose-syntax.js';
import { type MergedEntry, NodePaths, valueAt } from './merged-map.js';

/** Parses a Compose file: one document per YAML document whose root is a mapping. */
export function parseCompose(file: SourceFile): { documents: ComposeDocument[]; diagnostics: Diagnostic[] } {
  const parsed = parseYamlStream(file.text);
  const diagnostics: Diagnostic[] = parsed.errors.map((e) => ({
    code: e.message.includes('alias') ? 'alias-limit' : 'parse-error',
    level: 'error',
    target: file.path,
    message: e.message,
    range: e.range,
  }));
  const documents: ComposeDocument[] = [];
  for (const src of parsed.sources) {
    if (!isMap(src.doc.contents)) continue;
    documents.push({
      kind: 'compose',
      path: file.path,
      text: file.text,
      lines: file.lines,
      source: src,
      services: readServices(src),
    });
  }
  return { documents, diagnostics };
}

function readServices(src: YamlSource): ComposeService[] {
  const index = new NodePaths(src);
  return index.entries(['services']).flatMap((entry) => {
    if (!entry.node || !isMap(entry.node)) return [];
    return [readService(src, index, entry)];
  });
}

function readService(src: YamlSource, index: NodePaths, entry: MergedEntry): ComposeService {
  const fields = new Map<string, ComposeField<unknown>>();
  for (const e of index.entries(entry.path)) {
    fields.set(e.key, {
      value: valueAt(src.value, e.path),
      path: e.path,
      range: src.range(e.path),
      keyRange: e.keyNode?.range
        ? src.lines.range(e.keyNode.range[0], e.keyNode.range[1])
        : src.range(e.path),
      inherited: e.inherited || entry.inherited,
    });
  }
  const str = (key: string): ComposeField<string> | null => {
    const f = fields.get(key);
    if (!f || f.value === null || f.value === undefined || typeof f.value === 'object') return null;
    return { ...f, value: String(f.value) };
  };
  const list = (key: string): ComposeField<readonly ComposeListItem[]> | null => {
    const f = fields.get(key);
    if (!f) return null;
    return { ...f, value: listItems(src, f) };
  };
  const image = str('image');
  return {
    name: entry.key,
    path: entry.path,
    nameRange: entry.keyNode?.range
      ? src.lines.range(entry.keyNode.range[0], entry.keyNode.range[1])
      : src.range(entry.path),
    image,
    build: fields.has('build'),
    privileged: fields.get('privileged') ?? null,
    readOnly: fields.get('read_only') ?? null,
    user: str('user'),
    networkMode: str('network_mode'),
    pid: str('pid'),
    ipc: str('ipc'),
    usernsMode: str('userns_mode'),
    capAdd: list('cap_add'),
    capDrop: list('cap_drop'),
    securityOpt: list('security_opt'),
    environment: readEnvironment(src, index, fields.get('environment')),
    ports: readPorts(src, fields.get('ports')),
    volumes: readVolumes(src, fields.get('volumes')),
    fields,
  };
}

function listItems(src: YamlSource, field: ComposeField<unknown>): ComposeListItem[] {
  if (!Array.isArray(field.value)) return [];
  const out: ComposeListItem[] = [];
  field.value.forEach((v, i) => {
    if (v === null || v === undefined || typeof v === 'object') return;
    const path = [...field.path, i];
    out.push({ value: String(v), index: i, path, range: src.range(path) });
  });
  return out;
}

function readEnvironment(
  src: YamlSource,
  index: NodePaths,
  field: ComposeField<unknown> | undefined,
): ComposeEnvVar[] {
  if (!field) return [];
  const node = src.node(field.path);
  const out: ComposeEnvVar[] = [];
  if (node && isSeq(node)) {
    node.items.forEach((item, i) => {
      const path = [...field.path, i];
      const value = valueAt(src.value, path);
      if (typeof value !== 'string' && typeof value !== 'number') return;
      const text = String(value);
      const eq = text.indexOf('=');
      const name = (eq < 0 ? text : text.slice(0, eq)).trim();
      if (name === '') return;
      out.push({
        name,
        value: eq < 0 ? null : text.slice(eq + 1),
        style: 'list',
        path,
        range: src.range(path),
        valueRange: eq < 0 ? null : listValueRange(src, item as Node, eq),
        inherited: field.inherited,
      });
    });
  } else if (node && isMap(node)) {
    for (const e of index.entries(field.path)) {
      const raw = valueAt(src.value, e.path);
      const value = raw === null || raw === undefined || typeof raw === 'object' ? null : String(raw);
      const keyStart = e.keyNode?.range?.[0];
      const valueEnd = e.node?.range?.[1];
      out.push({
        name: e.key,
        value,
        style: 'map',
        path: e.path,
        range:
          keyStart !== undefined
            ? src.lines.range(keyStart, valueEnd ?? e.keyNode?.range?.[1] ?? keyStart)
            : src.range(e.path),
        valueRange:
          e.node?.range && e.node.range[0] < e.node.range[1] && isScalar(e.node)
            ? src.lines.range(e.node.range[0], e.node.range[1])
            : null,
        inherited: field.inherited || e.inherited,
      });
    }
  }
  return out;
}

/** The source span of the text after `=` in a `- K=V` item, when the source has no escapes. */
function listValueRange(src: YamlSource, node: Node, eq: number): Range | null {
  if (!isScalar(node) || !node.range) return null;
  const [start, end] = node.range;
  const raw = src.lines.text.slice(start, end);
  const value = String(node.value);
  if (node.type === Scalar.PLAIN) {
    if (raw !== value) return null;
    return src.lines.range(start + eq + 1, end);
  }
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    if (raw.slice(1, -1) !== value) return null;
    return src.lines.range(start + 1 + eq + 1, end - 1);
  }
  return null;
}

function readPorts(src: YamlSource, field: ComposeField<unknown> | undefined): ComposePort[] {
  if (!field || !Array.isArray(field.value)) return [];
  const out: ComposePort[] = [];
  field.value.forEach((v, i) => {
    const path = [...field.path, i];
    const range = src.range(path);
    if (typeof v === 'string' || typeof v === 'number') {
      const raw = String(v);
      const p = parseShortPort(raw);
      if (!p) return;
      out.push({ raw, style: 'short', ...p, variable: hasInterpolation(raw), index: i, path, range });
      return;
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const m = v as Record<string, unknown>;
      if (m['target'] === undefined || m['target'] === null) return;
      const scalar = (x: unknown) => (x === undefined || x === null ? null : String(x));
      const hostIp = scalar(m['host_ip']);
      const hostPort = scalar(m['published']);
      const containerPort = String(m['target']);
      out.push({
        raw: null,
        style: 'long',
        hostIp: hostIp === '' ? null : hostIp,
        hostPort,
        containerPort,
        protocol: scalar(m['protocol'])?.toLowerCase() ?? 'tcp',
        variable: [hostIp, hostPort, containerPort].some((x) => x !== null && hasInterpolation(x)),
        index: i,
        path,
        range,
      });
    }
  });
  return out;
}

const VOLUME_TYPES: readonly ComposeVolumeType[] = ['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image'];

function readVolumes(src: YamlSource, field: ComposeField<unknown> | undefined): ComposeVolume[] {
  if (!field || !Array.isArray(field.value)) return [];
  const out: ComposeVolume[] = [];
  field.value.forEach((v, i) => {
    const path = [...field.path, i];
    const range = src.range(path);
    if (typeof v === 'string') {
      const s = parseShortVolume(v);
      const mode = (s.mode ?? '').split(',').map((x) => x.trim());
      let type: ComposeVolumeType = 'volume';
      if (s.source?.startsWith('\\\\.\\pipe\\') || s.source?.startsWith('//./pipe/')) type = 'npipe';
      else if (s.source && isHostPath(s.source)) type = 'bind';
      out.push({
        raw: v,
        style: 'short',
        type,
        source: s.source,
        target: s.target,
        readOnly: mode.includes('ro'),
        variable: hasInterpolation(v),
        index: i,
        path,
        range,
      });
      return;
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const m = v as Record<string, unknown>;
      const rawType = typeof m['type'] === 'string' ? m['type'] : 'volume';
      const type = (VOLUME_TYPES as readonly string[]).includes(rawType)
        ? (rawType as ComposeVolumeType)
        : 'unknown';
      const source = m['source'] === undefined || m['source'] === null ? null : String(m['source']);
      const target = m['target'] === undefined || m['target'] === null ? null : String(m['target']);
      const readOnly = m['read_only'] === true || String(m['read_only']).toLowerCase() === 'true';
      out.push({
        raw: null,
        style: 'long',
        type,
        source,
        target,
        readOnly,
        variable: [source, target].some((x) => x !== null && hasInterpolation(x)),
        index: i,
        path,
        range,
      });
    }
  });
  return out;
}
