import { posix } from 'node:path';
import type { Diagnostic } from '../../../core/diagnostic.js';
import { LineIndex } from '../../../core/range.js';
import type { ParseIO, SourceFile } from '../types.js';
import { evaluateLocalDataSource, LOCAL_DATA_SOURCES } from './data-sources.js';
import {
  bind,
  type EvalContext,
  evaluate,
  evaluateBody,
  META_ARGUMENTS,
  type ModuleScope,
} from './evaluate.js';
import type { HclAttribute, HclBlock, HclFile, HclSyntaxError } from './hcl-ast.js';
import { parseHcl } from './parse-hcl.js';
import { parseJsonWithOffsets, parseTfJson } from './parse-tf-json.js';
import { buildPlanDocument, isPlanJson } from './plan-json.js';
import {
  baseAddress,
  createTerraformDocument,
  type TerraformDocument,
  type TfLocation,
  type TfResource,
  type TfVariable,
} from './terraform-document.js';
import { asNumber, isTfObject, type TfObject, type TfValue, Unknown } from './values.js';

/**
 * Terraform is evaluated per module (a directory), not per file: this groups `.tf`/`.tf.json`
 * files by directory, finds the root modules (directories no other scanned directory calls as
 * a local module), evaluates each root with its variables (`terraform.tfvars`,
 * `*.auto.tfvars`, `--var-file`) and its local child modules, and returns one document per root
 * module, plus one per plan JSON file (`terraform show -json`).
 */

export interface TerraformBuildOptions {
  /** `--var-file` paths (absolute, or relative to the working directory), applied to every root. */
  readonly varFiles?: readonly string[];
}

export interface TerraformBuildResult {
  readonly documents: TerraformDocument[];
  readonly diagnostics: Diagnostic[];
}

export const isTerraformConfigPath = (p: string): boolean => /\.tf(?:\.json)?$/i.test(p);
export const isTfvarsPath = (p: string): boolean => /\.tfvars(?:\.json)?$/i.test(p);

const MAX_MODULE_DEPTH = 16;
const MAX_INSTANCES = 1000;

interface Located<T> {
  readonly node: T;
  readonly file: HclFile;
}

interface ModuleSource {
  readonly dir: string;
  readonly relDir: string;
  readonly files: HclFile[];
  readonly variables: Map<string, Located<HclBlock>>;
  readonly locals: Map<string, Located<HclAttribute>>;
  readonly outputs: Map<string, Located<HclBlock>>;
  readonly calls: Map<string, Located<HclBlock>>;
  readonly resources: Located<HclBlock>[];
  readonly data: Map<string, Located<HclBlock>>;
  readonly providers: Located<HclBlock>[];
}

/** Scope of tfvars files and variable defaults: nothing to refer to. */
const EMPTY_SCOPE: ModuleScope = {
  variable: () => new Unknown('variable'),
  local: () => new Unknown('error'),
  module: () => new Unknown('module'),
  data: () => new Unknown('data'),
  prefix: '',
  paths: {},
};

function keySuffix(key: string | number | null): string {
  if (key === null) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

function blockHeader(file: HclFile, b: HclBlock): TfLocation {
  return { path: file.path, range: file.lines.range(b.s, b.open + 1) };
}

function attrOf(b: HclBlock, name: string): HclAttribute | undefined {
  for (const a of b.body.attributes) if (a.name === name) return a;
  return undefined;
}

/** An instance of a block with count/for_each: its key and the context to evaluate it in. */
interface Instance {
  readonly key: string | number | null;
  readonly ctx: EvalContext;
}

class Builder {
  readonly diagnostics: Diagnostic[] = [];
  private readonly parsed = new Map<string, HclFile | null>();
  private readonly modules = new Map<string, ModuleSource | null>();
  readonly scannedDirs = new Map<string, SourceFile[]>();

  constructor(
    readonly io: ParseIO,
    readonly cwd: string,
  ) {}

  rel(abs: string): string {
    if (!this.cwd) return abs;
    if (`${abs}/` === this.cwd) return '';
    return abs.startsWith(this.cwd) ? abs.slice(this.cwd.length) : abs;
  }

  diag(
    file: HclFile | SourceFile,
    message: string,
    offset: number,
    code: Diagnostic['code'] = 'parse-error',
  ): void {
    this.diagnostics.push({
      code,
      level: code === 'parse-error' ? 'error' : 'warning',
      target: file.path,
      message,
      range: file.lines.range(offset, offset),
    });
  }

  parse(src: SourceFile): HclFile {
    const cached = this.parsed.get(src.absPath);
    if (cached) return cached;
    const json = /\.json$/i.test(src.absPath);
    const r = json ? parseTfJson(src.text) : parseHcl(src.text);
    const file: HclFile = {
      path: src.path,
      absPath: src.absPath,
      text: src.text,
      lines: src.lines,
      syntax: json ? 'json' : 'hcl',
      body: r.body,
    };
    this.reportSyntax(file, r.errors);
    this.parsed.set(src.absPath, file);
    return file;
  }

  private reportSyntax(file: HclFile, errors: readonly HclSyntaxError[]): void {
    for (const e of errors.slice(0, 10)) {
      const line = file.lines.position(e.offset).line;
      this.diag(file, `${file.path}:${line}: ${e.message}`, e.offset);
    }
  }

  readSource(abs: string): SourceFile | null {
    const text = this.io.readText(abs);
    if (text === undefined) return null;
    return { path: this.rel(abs), absPath: abs, text, lines: new LineIndex(text) };
  }

  /** Files of a module directory: the scanned ones, or read through ParseIO. */
  moduleFiles(dir: string): SourceFile[] {
    const scanned = this.scannedDirs.get(dir);
    if (scanned) return scanned;
    const out: SourceFile[] = [];
    const seen = new Set<string>();
    for (const pattern of [`${dir}/*.tf`, `${dir}/*.tf.json`]) {
      for (const abs of this.io.glob(pattern, dir).sort()) {
        if (seen.has(abs) || !isTerraformConfigPath(abs)) continue;
        seen.add(abs);
        const src = this.readSource(abs);
        if (src) out.push(src);
      }
    }
    return out;
  }

  module(dir: string): ModuleSource | null {
    if (this.modules.has(dir)) return this.modules.get(dir) ?? null;
    const sources = this.moduleFiles(dir).filter(
      (f) => !/(?:^|[/_])override\.tf(?:\.json)?$/.test(f.absPath),
    );
    if (sources.length === 0) {
      this.modules.set(dir, null);
      return null;
    }
    const m: ModuleSource = {
      dir,
      relDir: this.rel(dir) || '.',
      files: [],
      variables: new Map(),
      locals: new Map(),
      outputs: new Map(),
      calls: new Map(),
      resources: [],
      data: new Map(),
      providers: [],
    };
    for (const src of sources) {
      const file = this.parse(src);
      m.files.push(file);
      for (const b of file.body.blocks) {
        const [l0, l1] = b.labels;
        switch (b.type) {
          case 'variable':
            if (l0 !== undefined) m.variables.set(l0, { node: b, file });
            break;
          case 'locals':
            for (const a of b.body.attributes) {
              if (m.locals.has(a.name))
                this.diag(file, `duplicate local value "${a.name}"`, a.s, 'config-error');
              m.locals.set(a.name, { node: a, file });
            }
            break;
          case 'output':
            if (l0 !== undefined) m.outputs.set(l0, { node: b, file });
            break;
          case 'module':
            if (l0 !== undefined) m.calls.set(l0, { node: b, file });
            break;
          case 'resource':
            if (l0 !== undefined && l1 !== undefined) m.resources.push({ node: b, file });
            break;
          case 'data':
            if (l0 !== undefined && l1 !== undefined) m.data.set(`${l0}.${l1}`, { node: b, file });
            break;
          case 'provider':
            if (l0 !== undefined) m.providers.push({ node: b, file });
            break;
        }
      }
    }
    this.modules.set(dir, m);
    return m;
  }

  /** Directory a local module call points to, or null for registry/git/remote sources. */
  localSource(m: ModuleSource, call: HclBlock): string | null {
    const a = attrOf(call, 'source');
    if (a?.expr.k !== 'lit' || typeof a.expr.value !== 'string') return null;
    const source = a.expr.value;
    if (!source.startsWith('./') && !source.startsWith('../')) return null;
    return posix.normalize(posix.join(m.dir, source)).replace(/\/$/, '');
  }
}

class ModuleInstance implements ModuleScope {
  readonly prefix: string;
  readonly paths: TfObject;
  readonly ctx: EvalContext;
  private readonly localValues = new Map<string, TfValue>();
  private readonly busy = new Set<string>();
  private readonly children = new Map<
    string,
    { kind: 'none' | 'list' | 'map'; instances: [string | number | null, ModuleInstance][] } | null
  >();
  private readonly dataValues = new Map<string, TfValue>();

  constructor(
    readonly b: Builder,
    readonly src: ModuleSource,
    readonly address: string,
    private readonly inputs: ReadonlyMap<string, TfValue>,
    readonly via: readonly TfLocation[],
    private readonly stack: readonly string[],
    rootDir: string,
  ) {
    this.prefix = address ? `${address}.` : '';
    this.paths = { module: src.relDir, root: rootDir, cwd: '.' };
    this.ctx = { scope: this, frame: null };
  }

  variable(name: string): TfValue {
    const decl = this.src.variables.get(name);
    if (this.inputs.has(name)) return convertVariable(this.inputs.get(name) as TfValue, decl?.node);
    if (!decl) return new Unknown('variable');
    const def = attrOf(decl.node, 'default');
    if (!def) return new Unknown('variable');
    return evaluate(def.expr, { scope: EMPTY_SCOPE, frame: null });
  }

  local(name: string): TfValue {
    const cached = this.localValues.get(name);
    if (cached !== undefined) return cached;
    const decl = this.src.locals.get(name);
    if (!decl) return new Unknown('error');
    const key = `local.${name}`;
    if (this.busy.has(key)) {
      this.b.diag(decl.file, `cycle: local.${name} depends on itself`, decl.node.s, 'config-error');
      return new Unknown('error');
    }
    this.busy.add(key);
    let v: TfValue;
    try {
      v = evaluate(decl.node.expr, this.ctx);
    } finally {
      this.busy.delete(key);
    }
    this.localValues.set(name, v);
    return v;
  }

  /** Expands count / for_each of a block into instances (unknown => one unkeyed instance). */
  expand(block: HclBlock, file: HclFile): Instance[] {
    const count = attrOf(block, 'count');
    const forEach = attrOf(block, 'for_each');
    if (count) {
      const v = evaluate(count.expr, this.ctx);
      const n = asNumber(v);
      if (n === undefined)
        return [{ key: null, ctx: bind(this.ctx, 'count', { index: new Unknown('dynamic') }) }];
      const out: Instance[] = [];
      for (let i = 0; i < Math.min(n, MAX_INSTANCES); i++)
        out.push({ key: i, ctx: bind(this.ctx, 'count', { index: i }) });
      return out;
    }
    if (forEach) {
      const v = evaluate(forEach.expr, this.ctx);
      const unknown = [
        {
          key: null,
          ctx: bind(this.ctx, 'each', { key: new Unknown('dynamic'), value: new Unknown('dynamic') }),
        },
      ];
      if (v instanceof Unknown) return unknown;
      const out: Instance[] = [];
      if (Array.isArray(v)) {
        for (const item of v.slice(0, MAX_INSTANCES)) {
          if (typeof item !== 'string') return unknown;
          out.push({ key: item, ctx: bind(this.ctx, 'each', { key: item, value: item }) });
        }
        return out;
      }
      if (isTfObject(v)) {
        for (const k of Object.keys(v).sort().slice(0, MAX_INSTANCES))
          out.push({ key: k, ctx: bind(this.ctx, 'each', { key: k, value: v[k] as TfValue }) });
        return out;
      }
      this.b.diag(file, 'for_each must be a map or a set of strings', forEach.s, 'config-error');
      return [];
    }
    return [{ key: null, ctx: this.ctx }];
  }

  private childInstances(name: string) {
    if (this.children.has(name)) return this.children.get(name) ?? null;
    const call = this.src.calls.get(name);
    if (!call) return null;
    const key = `module.${name}`;
    if (this.busy.has(key)) {
      this.b.diag(call.file, `cycle: module.${name} depends on itself`, call.node.s, 'config-error');
      return null;
    }
    const dir = this.b.localSource(this.src, call.node);
    let child: ModuleSource | null = null;
    if (dir !== null) {
      if (this.stack.includes(dir) || this.stack.length >= MAX_MODULE_DEPTH) {
        this.b.diag(
          call.file,
          `module "${name}" calls itself (module cycle); not expanded`,
          call.node.s,
          'config-error',
        );
      } else {
        child = this.b.module(dir);
        if (!child)
          this.b.diag(
            call.file,
            `module "${name}": no Terraform files in ${this.b.rel(dir)}`,
            call.node.s,
            'unresolved',
          );
      }
    }
    if (!child) {
      this.children.set(name, null);
      return null;
    }
    this.busy.add(key);
    try {
      const hasCount = attrOf(call.node, 'count') !== undefined;
      const hasForEach = attrOf(call.node, 'for_each') !== undefined;
      const instances: [string | number | null, ModuleInstance][] = [];
      for (const inst of this.expand(call.node, call.file)) {
        const inputs = new Map<string, TfValue>();
        for (const a of call.node.body.attributes) {
          if (
            a.name === 'source' ||
            a.name === 'version' ||
            a.name === 'providers' ||
            META_ARGUMENTS.has(a.name)
          )
            continue;
          inputs.set(a.name, evaluate(a.expr, inst.ctx));
        }
        const address = `${this.prefix}module.${name}${keySuffix(inst.key)}`;
        instances.push([
          inst.key,
          new ModuleInstance(
            this.b,
            child,
            address,
            inputs,
            [...this.via, blockHeader(call.file, call.node)],
            [...this.stack, child.dir],
            this.paths['root'] as string,
          ),
        ]);
      }
      const result = {
        kind:
          hasCount && instances[0]?.[0] !== null
            ? ('list' as const)
            : hasForEach && instances[0]?.[0] !== null
              ? ('map' as const)
              : ('none' as const),
        instances,
      };
      this.children.set(name, result);
      return result;
    } finally {
      this.busy.delete(key);
    }
  }

  outputs(): TfObject {
    const out: TfObject = {};
    for (const [name, o] of this.src.outputs) {
      const v = attrOf(o.node, 'value');
      out[name] = v ? evaluate(v.expr, this.ctx) : null;
    }
    return out;
  }

  module(name: string): TfValue {
    const key = `outputs.${name}`;
    if (this.busy.has(key)) return new Unknown('module', `${this.prefix}module.${name}`);
    const c = this.childInstances(name);
    if (!c) return new Unknown('module', `${this.prefix}module.${name}`);
    this.busy.add(key);
    try {
      if (c.kind === 'none') return c.instances[0]?.[1].outputs() ?? new Unknown('module');
      if (c.kind === 'list') return c.instances.map(([, m]) => m.outputs());
      const out: TfObject = {};
      for (const [k, m] of c.instances) out[String(k)] = m.outputs();
      return out;
    } finally {
      this.busy.delete(key);
    }
  }

  data(type: string, name: string): TfValue {
    const id = `${type}.${name}`;
    const address = `${this.prefix}data.${id}`;
    if (!LOCAL_DATA_SOURCES.has(type)) return new Unknown('data', address);
    const cached = this.dataValues.get(id);
    if (cached !== undefined) return cached;
    const decl = this.src.data.get(id);
    if (!decl) return new Unknown('data', address);
    const key = `data.${id}`;
    if (this.busy.has(key)) {
      this.b.diag(decl.file, `cycle: data.${id} depends on itself`, decl.node.s, 'config-error');
      return new Unknown('data', address);
    }
    this.busy.add(key);
    try {
      const hasCount = attrOf(decl.node, 'count') !== undefined;
      const instances = this.expand(decl.node, decl.file).map((inst) => {
        const values = evaluateBody(decl.file, decl.node.body, inst.ctx, {
          skip: META_ARGUMENTS,
          block: decl.node,
        });
        return [inst.key, evaluateLocalDataSource(type, values) ?? values] as const;
      });
      let v: TfValue;
      if (instances.length === 1 && instances[0]?.[0] === null) v = instances[0][1];
      else if (hasCount) v = instances.map(([, x]) => x);
      else v = Object.fromEntries(instances.map(([k, x]) => [String(k), x]));
      this.dataValues.set(id, v);
      return v;
    } finally {
      this.busy.delete(key);
    }
  }

  /** Collects resources, data sources, providers and variables of this instance and below. */
  collect(into: Collected): void {
    for (const r of this.src.resources) {
      const [type, name] = r.node.labels as [string, string];
      for (const inst of this.expand(r.node, r.file)) {
        const values = evaluateBody(r.file, r.node.body, inst.ctx, { skip: META_ARGUMENTS, block: r.node });
        into.resources.push({
          mode: 'managed',
          type,
          name,
          address: `${this.prefix}${type}.${name}${keySuffix(inst.key)}`,
          module: this.address,
          values,
          via: this.via,
        });
      }
    }
    for (const [id, d] of this.src.data) {
      const [type, name] = d.node.labels as [string, string];
      for (const inst of this.expand(d.node, d.file)) {
        const values = evaluateBody(d.file, d.node.body, inst.ctx, { skip: META_ARGUMENTS, block: d.node });
        into.dataSources.push({
          mode: 'data',
          type,
          name,
          address: `${this.prefix}data.${id}${keySuffix(inst.key)}`,
          module: this.address,
          values: evaluateLocalDataSource(type, values) ?? values,
          via: this.via,
        });
      }
    }
    for (const p of this.src.providers) {
      const values = evaluateBody(p.file, p.node.body, this.ctx, { skip: META_ARGUMENTS, block: p.node });
      const alias = typeof values['alias'] === 'string' ? values['alias'] : '';
      const type = p.node.labels[0] as string;
      into.providers.push({
        mode: 'provider',
        type,
        name: alias,
        address: `${this.prefix}provider.${type}${alias ? `.${alias}` : ''}`,
        module: this.address,
        values,
        via: this.via,
      });
    }
    for (const [name, v] of this.src.variables) {
      const def = attrOf(v.node, 'default');
      const loc = (s: number, e: number, attribute: HclAttribute | null) => ({
        path: v.file.path,
        range: v.file.lines.range(s, e),
        file: v.file,
        attribute,
        valueExpr: attribute?.expr ?? null,
        block: v.node,
        body: v.node.body,
        exact: attribute !== null,
        generated: false,
      });
      into.variables.push({
        name,
        module: this.address,
        value: this.variable(name),
        defaultAt: def ? loc(def.s, def.e, def) : null,
        declaredAt: loc(v.node.s, v.node.open + 1, null),
      });
    }
    for (const name of this.src.calls.keys()) {
      const c = this.childInstances(name);
      for (const [, m] of c?.instances ?? []) m.collect(into);
    }
  }
}

interface Collected {
  resources: TfResource[];
  dataSources: TfResource[];
  providers: TfResource[];
  variables: TfVariable[];
}

function convertVariable(v: TfValue, decl: HclBlock | undefined): TfValue {
  const type = decl ? attrOf(decl, 'type') : undefined;
  if (type?.expr.k !== 'var') return v;
  if (type.expr.name === 'bool' && (v === 'true' || v === 'false')) return v === 'true';
  if (type.expr.name === 'number' && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
    return Number(v);
  if (type.expr.name === 'string' && (typeof v === 'number' || typeof v === 'boolean')) return String(v);
  return v;
}

/** Values of a `.tfvars` / `.tfvars.json` file. */
function readTfvars(b: Builder, src: SourceFile): Map<string, TfValue> {
  const out = new Map<string, TfValue>();
  if (/\.json$/i.test(src.absPath)) {
    const { node, error } = parseJsonWithOffsets(src.text);
    if (error) b.diag(src, `${src.path}: ${error.message}`, error.offset);
    if (node?.t === 'obj') {
      try {
        const parsed = JSON.parse(src.text) as Record<string, unknown>;
        for (const [k, v] of Object.entries(parsed)) out.set(k, v as TfValue);
      } catch {
        // reported above
      }
    }
    return out;
  }
  const file = b.parse(src);
  const ctx: EvalContext = { scope: EMPTY_SCOPE, frame: null };
  for (const a of file.body.attributes) out.set(a.name, evaluate(a.expr, ctx));
  return out;
}

function deriveCwd(files: readonly SourceFile[]): string {
  for (const f of files) {
    if (f.absPath.endsWith(`/${f.path}`)) return f.absPath.slice(0, f.absPath.length - f.path.length);
  }
  return '';
}

/**
 * Builds one document per root module of the given files (and one per plan JSON file).
 * `files` may mix `.tf`, `.tf.json`, `.tfvars` and plan JSON; local modules outside the
 * scanned set are read through `io`.
 */
export function buildTerraformModules(
  files: readonly SourceFile[],
  io: ParseIO,
  opts: TerraformBuildOptions = {},
): TerraformBuildResult {
  const b = new Builder(io, deriveCwd(files));
  const plans: SourceFile[] = [];
  const tfvars = new Map<string, SourceFile[]>();
  for (const f of files) {
    if (f.absPath.includes('/.terraform/')) continue;
    const dir = posix.dirname(f.absPath);
    if (isTerraformConfigPath(f.absPath)) {
      const list = b.scannedDirs.get(dir);
      if (list) list.push(f);
      else b.scannedDirs.set(dir, [f]);
    } else if (isTfvarsPath(f.absPath)) {
      const list = tfvars.get(dir);
      if (list) list.push(f);
      else tfvars.set(dir, [f]);
    } else if (isPlanJson(f.text)) {
      plans.push(f);
    }
  }
  // Root modules: scanned directories that no scanned module calls as a local module.
  const called = new Set<string>();
  const edges = new Map<string, string[]>();
  for (const dir of b.scannedDirs.keys()) {
    const m = b.module(dir);
    if (!m) continue;
    const targets: string[] = [];
    for (const call of m.calls.values()) {
      const target = b.localSource(m, call.node);
      if (target !== null && target !== dir) {
        called.add(target);
        targets.push(target);
      }
    }
    edges.set(dir, targets);
  }
  // Directories only reachable through a module cycle have no root: evaluate them as roots
  // (the cycle is then reported when expanding it).
  const reached = new Set<string>();
  const visit = (dir: string) => {
    if (reached.has(dir)) return;
    reached.add(dir);
    for (const t of edges.get(dir) ?? []) visit(t);
  };
  for (const dir of [...b.scannedDirs.keys()].sort()) if (!called.has(dir)) visit(dir);
  for (const dir of [...b.scannedDirs.keys()].sort()) {
    if (!reached.has(dir)) {
      called.delete(dir);
      visit(dir);
    }
  }
  const varFiles = (opts.varFiles ?? []).map((p) => (p.startsWith('/') ? p : `${b.cwd}${p}`));
  const documents: TerraformDocument[] = [];
  const planDirs = new Set(plans.map((p) => posix.dirname(p.absPath)));
  const hclByAddress = new Map<string, TfResource>();
  const sortedDirs = [...b.scannedDirs.keys()].sort();
  for (const dir of sortedDirs) {
    if (called.has(dir)) continue;
    const m = b.module(dir);
    if (!m) continue;
    const inputs = rootInputs(b, dir, tfvars.get(dir) ?? [], varFiles);
    const root = new ModuleInstance(b, m, '', inputs, [], [dir], m.relDir);
    const collected: Collected = { resources: [], dataSources: [], providers: [], variables: [] };
    root.collect(collected);
    for (const r of collected.resources) {
      const base = baseAddress(r.address);
      if (!hclByAddress.has(base)) hclByAddress.set(base, r);
    }
    if (planDirs.has(dir)) continue; // the plan of this root wins (resolved values), mapped to this HCL
    const fileMap = new Map<string, HclFile>();
    collectFiles(b, m, fileMap);
    const single = files.length === 1 && m.files.length === 1 ? m.files[0] : undefined;
    documents.push(
      createTerraformDocument({
        path: single ? single.path : m.relDir,
        text: single ? single.text : '',
        origin: 'hcl',
        files: fileMap,
        ...collected,
      }),
    );
  }
  for (const p of plans) {
    const r = buildPlanDocument(p, hclByAddress);
    b.diagnostics.push(...r.diagnostics);
    if (r.document) documents.push(r.document);
  }
  return { documents, diagnostics: b.diagnostics };
}

function collectFiles(
  b: Builder,
  m: ModuleSource,
  into: Map<string, HclFile>,
  seen = new Set<string>(),
): void {
  if (seen.has(m.dir)) return;
  seen.add(m.dir);
  for (const f of m.files) into.set(f.path, f);
  for (const call of m.calls.values()) {
    const dir = b.localSource(m, call.node);
    const child = dir === null ? null : b.module(dir);
    if (child) collectFiles(b, child, into, seen);
  }
}

function rootInputs(
  b: Builder,
  dir: string,
  scanned: SourceFile[],
  varFiles: readonly string[],
): Map<string, TfValue> {
  const byPath = new Map<string, SourceFile>();
  for (const f of scanned) byPath.set(f.absPath, f);
  for (const pattern of [`${dir}/*.tfvars`, `${dir}/*.tfvars.json`]) {
    for (const abs of b.io.glob(pattern, dir)) {
      if (!byPath.has(abs) && isTfvarsPath(abs)) {
        const src = b.readSource(abs);
        if (src) byPath.set(abs, src);
      }
    }
  }
  const auto = [...byPath.values()].filter((f) => {
    const base = posix.basename(f.absPath);
    return (
      base === 'terraform.tfvars' ||
      base === 'terraform.tfvars.json' ||
      /\.auto\.tfvars(?:\.json)?$/.test(base)
    );
  });
  auto.sort((x, y) => {
    const rank = (f: SourceFile) => (posix.basename(f.absPath).startsWith('terraform.tfvars') ? 0 : 1);
    return rank(x) - rank(y) || (x.absPath < y.absPath ? -1 : 1);
  });
  const inputs = new Map<string, TfValue>();
  for (const f of auto) for (const [k, v] of readTfvars(b, f)) inputs.set(k, v);
  for (const abs of varFiles) {
    const src = byPath.get(abs) ?? b.readSource(abs);
    if (!src) {
      b.diagnostics.push({
        code: 'unreadable',
        level: 'error',
        target: b.rel(abs),
        message: `cannot read var file ${b.rel(abs)}`,
      });
      continue;
    }
    for (const [k, v] of readTfvars(b, src)) inputs.set(k, v);
  }
  return inputs;
}
