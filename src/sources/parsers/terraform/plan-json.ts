import type { Diagnostic } from '../../../core/diagnostic.js';
import type { SourceFile } from '../types.js';
import type { HclFile } from './hcl-ast.js';
import { type JNode, parseJsonWithOffsets } from './parse-tf-json.js';
import { setSource, sourceOf } from './source-map.js';
import {
  baseAddress,
  createTerraformDocument,
  type TerraformDocument,
  type TfResource,
} from './terraform-document.js';
import { isTfObject, type TfObject, type TfValue, Unknown } from './values.js';

/**
 * `terraform show -json <planfile>` output: resolved values for every resource instance. Turned
 * into the same resource model as HCL, so the same rules run on it. Values unknown until apply
 * (`after_unknown`) become `Unknown`; references recorded in `configuration` become
 * `Unknown{ref}` so linked resources are still found; when the HCL of an address was scanned,
 * the resource points at its HCL block (and attributes) instead of the JSON.
 */

/** Cheap sniff: a JSON object with `format_version` and planned values or resource changes. */
export function isPlanJson(text: string): boolean {
  const head = text.slice(0, 4096);
  if (!/^\s*\{/.test(head) || !text.includes('"format_version"')) return false;
  return text.includes('"planned_values"') || text.includes('"resource_changes"');
}

function prop(n: JNode | undefined, key: string): JNode | undefined {
  if (n?.t !== 'obj') return undefined;
  for (const p of n.props) if (p.key === key) return p.v;
  return undefined;
}

function str(n: JNode | undefined): string | undefined {
  return n?.t === 'str' ? n.value : undefined;
}

function items(n: JNode | undefined): JNode[] {
  return n?.t === 'arr' ? n.items : [];
}

/** JSON node => value, registering each object's position in the plan file. */
function toValue(n: JNode, file: HclFile): TfValue {
  switch (n.t) {
    case 'obj': {
      const out: TfObject = {};
      for (const p of n.props) out[p.key] = toValue(p.v, file);
      setSource(out, {
        kind: 'json',
        file,
        s: n.s,
        e: n.e,
        props: n.props.map((p) => ({ key: p.key, s: p.ks, e: p.v.e })),
      });
      return out;
    }
    case 'arr':
      return n.items.map((i) => toValue(i, file));
    default:
      return n.value;
  }
}

/** Marks values that `after_unknown` says are only known after apply. */
function applyUnknown(values: TfValue, unknown: JNode | undefined): TfValue {
  if (!unknown) return values;
  if (unknown.t === 'bool' && unknown.value === true) return new Unknown('plan');
  if (unknown.t === 'obj' && isTfObject(values)) {
    for (const p of unknown.props) {
      const cur = values[p.key];
      if (p.v.t === 'bool' && p.v.value === true) {
        if (cur === undefined || cur === null) values[p.key] = new Unknown('plan');
      } else if (cur !== undefined) values[p.key] = applyUnknown(cur, p.v);
    }
  }
  if (unknown.t === 'arr' && Array.isArray(values)) {
    unknown.items.forEach((u, i) => {
      if (i < values.length) values[i] = applyUnknown(values[i] as TfValue, u);
    });
  }
  return values;
}

/** Mirrors the HCL source of a resource onto its plan values (nested blocks by position). */
function mapToHcl(planValues: TfObject, hclValues: TfObject): void {
  const info = sourceOf(hclValues);
  if (!info) return;
  setSource(planValues, info);
  for (const [k, hv] of Object.entries(hclValues)) {
    const pv = planValues[k];
    if (Array.isArray(hv) && Array.isArray(pv) && hv.length === pv.length) {
      hv.forEach((h, i) => {
        const p = pv[i];
        if (isTfObject(h) && isTfObject(p)) mapToHcl(p, h);
      });
    }
  }
}

/** Resource references from the plan's `configuration` section: config address => attr => target. */
function configReferences(
  cfg: JNode | undefined,
  prefix: string,
  out: Map<string, Map<string, string>>,
): void {
  for (const r of items(prop(cfg, 'resources'))) {
    const address = str(prop(r, 'address'));
    const exprs = prop(r, 'expressions');
    if (!address || exprs?.t !== 'obj') continue;
    const attrs = new Map<string, string>();
    for (const p of exprs.props) {
      const refs = items(prop(p.v, 'references'))
        .map(str)
        .filter((x): x is string => x !== undefined && !x.startsWith('var.') && !x.startsWith('local.'));
      // The reference without the attribute: `aws_s3_bucket.b.id` and `aws_s3_bucket.b` => the latter.
      const target = refs.sort((a, b) => a.length - b.length)[0];
      if (target) attrs.set(p.key, `${prefix}${target}`);
    }
    out.set(`${prefix}${address}`, attrs);
  }
  const calls = prop(cfg, 'module_calls');
  if (calls?.t === 'obj') {
    for (const c of calls.props) configReferences(prop(c.v, 'module'), `${prefix}module.${c.key}.`, out);
  }
}

export function buildPlanDocument(
  src: SourceFile,
  hclByAddress: ReadonlyMap<string, TfResource> = new Map(),
): { document: TerraformDocument | null; diagnostics: Diagnostic[] } {
  const { node, error } = parseJsonWithOffsets(src.text);
  const file: HclFile = {
    path: src.path,
    absPath: src.absPath,
    text: src.text,
    lines: src.lines,
    syntax: 'json',
    body: { attributes: [], blocks: [], s: 0, e: src.text.length },
  };
  if (error || !node) {
    return {
      document: null,
      diagnostics: [
        {
          code: 'parse-error',
          level: 'error',
          target: src.path,
          message: error?.message ?? 'invalid plan JSON',
          range: src.lines.range(error?.offset ?? 0, error?.offset ?? 0),
        },
      ],
    };
  }
  const unknownByAddress = new Map<string, JNode>();
  for (const rc of items(prop(node, 'resource_changes'))) {
    const address = str(prop(rc, 'address'));
    const au = prop(prop(rc, 'change'), 'after_unknown');
    if (address && au) unknownByAddress.set(address, au);
  }
  const refs = new Map<string, Map<string, string>>();
  configReferences(prop(prop(node, 'configuration'), 'root_module'), '', refs);

  const files = new Map<string, HclFile>([[file.path, file]]);
  const resources: TfResource[] = [];
  const dataSources: TfResource[] = [];
  const walk = (mod: JNode | undefined) => {
    const moduleAddress = str(prop(mod, 'address')) ?? '';
    for (const r of items(prop(mod, 'resources'))) {
      const address = str(prop(r, 'address'));
      const type = str(prop(r, 'type'));
      const name = str(prop(r, 'name'));
      const valuesNode = prop(r, 'values');
      if (!address || !type || !name) continue;
      const values = valuesNode?.t === 'obj' ? (toValue(valuesNode, file) as TfObject) : {};
      if (!valuesNode) setSource(values, { kind: 'json', file, s: r.s, e: r.e, props: [] });
      applyUnknown(values, unknownByAddress.get(address));
      const base = baseAddress(address);
      for (const [attr, target] of refs.get(base) ?? []) {
        const v = values[attr];
        if (v === undefined || v === null || v instanceof Unknown) values[attr] = new Unknown('plan', target);
      }
      const hcl = hclByAddress.get(base);
      if (hcl) {
        mapToHcl(values, hcl.values);
        const info = sourceOf(hcl.values);
        if (info) files.set(info.file.path, info.file);
      }
      const res: TfResource = {
        mode: str(prop(r, 'mode')) === 'data' ? 'data' : 'managed',
        type,
        name,
        address,
        module: moduleAddress,
        values,
        via: hcl?.via ?? [],
      };
      (res.mode === 'data' ? dataSources : resources).push(res);
    }
    for (const child of items(prop(mod, 'child_modules'))) walk(child);
  };
  walk(prop(prop(node, 'planned_values'), 'root_module') ?? prop(prop(node, 'values'), 'root_module'));

  const providers: TfResource[] = [];
  const pc = prop(prop(node, 'configuration'), 'provider_config');
  if (pc?.t === 'obj') {
    for (const p of pc.props) {
      const exprs = prop(p.v, 'expressions');
      const values: TfObject = {};
      const props: { key: string; s: number; e: number }[] = [];
      if (exprs?.t === 'obj') {
        for (const e of exprs.props) {
          const c = prop(e.v, 'constant_value');
          values[e.key] = c ? toValue(c, file) : new Unknown('plan');
          props.push({ key: e.key, s: e.ks, e: e.v.e });
        }
      }
      setSource(values, { kind: 'json', file, s: p.v.s, e: p.v.e, props });
      const type = str(prop(p.v, 'name')) ?? p.key;
      const alias = str(prop(p.v, 'alias')) ?? '';
      providers.push({
        mode: 'provider',
        type,
        name: alias,
        address: `provider.${p.key}`,
        module: str(prop(p.v, 'module_address')) ?? '',
        values,
        via: [],
      });
    }
  }
  return {
    document: createTerraformDocument({
      path: src.path,
      text: src.text,
      origin: 'plan',
      files,
      resources,
      dataSources,
      providers,
      variables: [],
    }),
    diagnostics: [],
  };
}
