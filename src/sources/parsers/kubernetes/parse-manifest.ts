import type { Diagnostic } from '../../../core/diagnostic.js';
import type { ParseIO, SourceFile } from '../types.js';
import { parseYamlStream, type YamlPath, type YamlSource } from '../yaml-source.js';
import type { K8sResource, KubernetesDocument, PlainObject } from './kubernetes-document.js';
import { isPlainObject } from './workloads.js';

/** Kinds that live outside any namespace; their logical path has no namespace segment. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'CustomResourceDefinition',
  'PriorityClass',
  'RuntimeClass',
  'IngressClass',
  'APIService',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'PodSecurityPolicy',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'CertificateSigningRequest',
]);

/** Template expressions of Helm (and other Go/Jinja templating), which plain YAML cannot read. */
const TEMPLATE_EXPR = /\{\{/;

export interface ManifestParse {
  readonly document: KubernetesDocument | null;
  readonly diagnostics: Diagnostic[];
}

function diagnostic(
  file: SourceFile,
  message: string,
  offset: number,
  level: Diagnostic['level'],
): Diagnostic {
  return {
    code: 'parse-error',
    level,
    target: file.path,
    message,
    range: file.lines.range(offset, offset),
  };
}

/**
 * True when the file sits in the `templates/` folder of a Helm chart (a `Chart.yaml` beside
 * that folder). Such files are Go templates, not manifests, and are skipped without complaint.
 */
export function isHelmTemplate(file: SourceFile, io: ParseIO): boolean {
  const abs = file.absPath.replace(/\\/g, '/');
  let from = abs.indexOf('/templates/');
  while (from !== -1) {
    const chartDir = abs.slice(0, from);
    if (
      io.readText(`${chartDir}/Chart.yaml`) !== undefined ||
      io.readText(`${chartDir}/Chart.yml`) !== undefined
    )
      return true;
    from = abs.indexOf('/templates/', from + 1);
  }
  return false;
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isPlainObject(value)) return out;
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

function toResource(
  value: PlainObject,
  source: YamlSource,
  basePath: YamlPath,
  index: number,
): K8sResource | null {
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || kind === '') return null;
  const metadata = isPlainObject(value.metadata) ? value.metadata : {};
  const rawName = metadata.name ?? metadata.generateName;
  const name = typeof rawName === 'string' || typeof rawName === 'number' ? String(rawName) : '';
  const namespace =
    typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : null;
  const id = CLUSTER_SCOPED.has(kind) ? `${kind}/${name}` : `${kind}/${namespace ?? 'default'}/${name}`;
  return {
    apiVersion,
    kind,
    name,
    namespace,
    labels: stringMap(metadata.labels),
    annotations: stringMap(metadata.annotations),
    value,
    source,
    basePath,
    id,
    index,
  };
}

/** `kind: List` (or `FooList`) with an `items` array holds objects rather than being one. */
function isList(value: PlainObject): boolean {
  return typeof value.kind === 'string' && /List$/.test(value.kind) && Array.isArray(value.items);
}

/**
 * Parses a manifest file: a YAML stream (or JSON) of Kubernetes objects, `List`s flattened.
 * Never throws; YAML errors become diagnostics and the documents that did parse are kept.
 */
export function parseManifest(file: SourceFile, io: ParseIO): ManifestParse {
  const templated = TEMPLATE_EXPR.test(file.text);
  if (templated && isHelmTemplate(file, io)) return { document: null, diagnostics: [] };

  let parsed: ReturnType<typeof parseYamlStream>;
  try {
    parsed = parseYamlStream(file.text);
  } catch (e) {
    return {
      document: null,
      diagnostics: [diagnostic(file, `cannot parse YAML: ${(e as Error).message}`, 0, 'error')],
    };
  }

  const diagnostics: Diagnostic[] = [];
  if (templated && parsed.errors.length > 0) {
    const first = parsed.errors[0];
    diagnostics.push(
      diagnostic(
        file,
        'file contains template expressions ({{ … }}) and is not valid YAML; render it first (e.g. `helm template`) to scan it',
        first?.range.start.offset ?? 0,
        'warning',
      ),
    );
    return { document: null, diagnostics };
  }
  for (const err of parsed.errors) {
    diagnostics.push({
      code: 'parse-error',
      level: 'error',
      target: file.path,
      message: err.message,
      range: err.range,
    });
  }

  const resources: K8sResource[] = [];
  for (const source of parsed.sources) {
    const value = source.value;
    if (!isPlainObject(value)) continue;
    if (isList(value)) {
      (value.items as unknown[]).forEach((item, i) => {
        if (!isPlainObject(item)) return;
        const r = toResource(item, source, ['items', i], resources.length);
        if (r) resources.push(r);
      });
      continue;
    }
    const r = toResource(value, source, [], resources.length);
    if (r) resources.push(r);
  }

  return {
    document: { kind: 'kubernetes', path: file.path, text: file.text, lines: file.lines, resources },
    diagnostics,
  };
}

const MANIFEST_EXTENSION = /\.(?:ya?ml|json)$/i;
const SNIFF_LIMIT = 64 * 1024;

/**
 * Cheap content sniff: a top-level `apiVersion:` and `kind:` (YAML, at column 0), or both keys
 * in a JSON object. Only for .yaml/.yml/.json files.
 */
export function looksLikeManifest(text: string, base: string): boolean {
  if (!MANIFEST_EXTENSION.test(base)) return false;
  const head = text.length > SNIFF_LIMIT ? text.slice(0, SNIFF_LIMIT) : text;
  if (/^apiVersion:[ \t]*\S/m.test(head) && /^kind:[ \t]*\S/m.test(head)) return true;
  return /^\s*[{[]/.test(head) && /"apiVersion"\s*:\s*"/.test(head) && /"kind"\s*:\s*"/.test(head);
}
