import type { Diagnostic } from '../../../core/diagnostic.js';
import { isTfObject, type TfObject } from '../terraform/values.js';
import type { ParseResult, SourceFile } from '../types.js';
import { parseYamlStream, type YamlSource } from '../yaml-source.js';
import {
  type CfnParameter,
  type CfnResource,
  type CloudFormationDocument,
  isPlainMap,
} from './cloudformation-document.js';
import { CFN_TAGS } from './intrinsic-tags.js';
import { NO_VALUE, type ParameterDecl, Resolver } from './resolve.js';

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** Only the head of a big file is sniffed for the cheap markers. */
const SNIFF_HEAD = 64 * 1024;

/**
 * Cheap and specific content sniff. A template has `AWSTemplateFormatVersion`, the SAM
 * transform, or a top-level `Resources` map whose entries have `Type: AWS::...`. Kubernetes,
 * compose and workflow files have none of these at the top level, and Serverless Framework files
 * nest `Resources` under `resources:` (indented), so they do not match.
 */
export function looksLikeTemplate(text: string): boolean {
  const head = text.length > SNIFF_HEAD ? text.slice(0, SNIFF_HEAD) : text;
  if (/^\s*\{/.test(head)) {
    if (/"AWSTemplateFormatVersion"\s*:/.test(head)) return true;
    return /"Resources"\s*:\s*\{/.test(head) && /"Type"\s*:\s*"(?:AWS|Custom|Alexa)::[A-Za-z0-9]+/.test(text);
  }
  if (/^["']?AWSTemplateFormatVersion["']?\s*:/m.test(head)) return true;
  if (new RegExp(`^Transform\\s*:.*${SAM_TRANSFORM.replace(/[.-]/g, '\\$&')}`, 'm').test(head)) return true;
  return /^Resources\s*:\s*(?:#.*)?$/m.test(text) && /^[ \t]+Type\s*:\s*["']?AWS::[A-Za-z0-9]+::/m.test(text);
}

/** Conventional template names, recognised without reading the content. */
export function isTemplateName(base: string): boolean {
  return /\.(?:cfn|cloudformation)\.(?:ya?ml|json)$|\.template(?:\.(?:ya?ml|json))?$/i.test(base);
}

function diag(
  file: SourceFile,
  message: string,
  offset: number,
  level: Diagnostic['level'] = 'error',
): Diagnostic {
  return { code: 'parse-error', level, target: file.path, message, range: file.lines.range(offset, offset) };
}

function isSam(transform: unknown): boolean {
  if (transform === SAM_TRANSFORM) return true;
  return Array.isArray(transform) && transform.includes(SAM_TRANSFORM);
}

/**
 * Parses a template into one CloudFormationDocument. Never throws: YAML errors and structural
 * problems become diagnostics with their line, and whatever could be read is kept.
 */
export function parseTemplate(file: SourceFile): ParseResult {
  const diagnostics: Diagnostic[] = [];
  let parsed: ReturnType<typeof parseYamlStream>;
  try {
    // The same array every time: the block-YAML fast path caches its tag index and schema by it.
    parsed = parseYamlStream(file.text, { customTags: CFN_TAGS });
  } catch (e) {
    return { documents: [], diagnostics: [diag(file, `cannot parse template: ${(e as Error).message}`, 0)] };
  }
  for (const err of parsed.errors) {
    diagnostics.push({
      code: 'parse-error',
      level: 'error',
      target: file.path,
      message: `template is not valid YAML/JSON: ${err.message}`,
      range: err.range,
    });
  }
  const source = parsed.sources.find((s) => isPlainMap(s.value));
  if (!source) {
    if (diagnostics.length === 0 && file.text.trim() !== '' && parsed.sources.length > 0)
      diagnostics.push(
        diag(file, 'template is not a mapping of sections (Resources, Parameters...)', 0, 'warning'),
      );
    return { documents: [], diagnostics };
  }
  return { documents: [buildDocument(file, source, diagnostics)], diagnostics };
}

function buildDocument(
  file: SourceFile,
  source: YamlSource,
  diagnostics: Diagnostic[],
): CloudFormationDocument {
  const root = source.value as Record<string, unknown>;
  const resourcesRaw = root['Resources'];
  const rangeOffset = (path: (string | number)[]) => source.range(path).start.offset;
  if (resourcesRaw !== undefined && !isPlainMap(resourcesRaw))
    diagnostics.push(
      diag(file, '`Resources` must be a mapping of logical ids to resources', rangeOffset(['Resources'])),
    );
  const resourceMap = isPlainMap(resourcesRaw) ? resourcesRaw : {};

  const parameters: CfnParameter[] = [];
  const decls = new Map<string, ParameterDecl>();
  const paramsRaw = root['Parameters'];
  if (isPlainMap(paramsRaw)) {
    for (const [name, p] of Object.entries(paramsRaw)) {
      if (!isPlainMap(p)) continue;
      const type = typeof p['Type'] === 'string' ? p['Type'] : 'String';
      const noEcho = p['NoEcho'] === true || p['NoEcho'] === 'true';
      decls.set(name, { type, default: p['Default'] });
      parameters.push({ name, type, noEcho, default: p['Default'], path: ['Parameters', name] });
    }
  }

  const resolver = new Resolver({
    parameters: decls,
    mappings: root['Mappings'],
    conditions: root['Conditions'],
    resourceIds: new Set(Object.keys(resourceMap)),
  });

  const resources: CfnResource[] = [];
  for (const [logicalId, r] of Object.entries(resourceMap)) {
    if (!isPlainMap(r)) {
      diagnostics.push(
        diag(
          file,
          `resource ${logicalId} is not a mapping`,
          rangeOffset(['Resources', logicalId]),
          'warning',
        ),
      );
      continue;
    }
    const type = r['Type'];
    if (typeof type !== 'string') {
      diagnostics.push(
        diag(file, `resource ${logicalId} has no Type`, rangeOffset(['Resources', logicalId]), 'warning'),
      );
      continue;
    }
    const condition = typeof r['Condition'] === 'string' ? r['Condition'] : null;
    const state = condition === null ? true : resolver.condition(condition);
    if (state === false) continue;
    const raw = r['Properties'];
    const resolved = raw === undefined ? {} : resolver.value(raw);
    const properties: TfObject = resolved !== NO_VALUE && isTfObject(resolved) ? resolved : {};
    resources.push({
      logicalId,
      type,
      properties,
      raw,
      condition,
      conditional: state === undefined,
      path: ['Resources', logicalId],
    });
  }

  const byType = new Map<string, CfnResource[]>();
  const byId = new Map<string, CfnResource>();
  for (const res of resources) {
    const list = byType.get(res.type) ?? [];
    list.push(res);
    byType.set(res.type, list);
    byId.set(res.logicalId, res);
  }
  const globalsRaw = root['Globals'];
  const globals = globalsRaw === undefined ? null : resolver.plain(globalsRaw);

  return {
    kind: 'cloudformation',
    path: file.path,
    text: file.text,
    lines: file.lines,
    source,
    format: /^\s*\{/.test(file.text) ? 'json' : 'yaml',
    sam: isSam(root['Transform']),
    resources,
    parameters,
    globals: isTfObject(globals) ? globals : null,
    ofType: (...types: string[]) =>
      types.length === 1 ? (byType.get(types[0] as string) ?? []) : types.flatMap((t) => byType.get(t) ?? []),
    resource: (id: string) => byId.get(id),
  };
}
