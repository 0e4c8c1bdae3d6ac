import { callFunction, equalValues, TfEvalError } from './functions.js';
import type { Expr, HclBody, HclFile, Step, TemplatePart } from './hcl-ast.js';
import { setSource } from './source-map.js';
import { isTfObject, type TfObject, type TfValue, Unknown } from './values.js';

/**
 * Evaluates HCL expressions the way a reviewer reads them: everything decidable from the code
 * (literals, variables with values, locals, functions, conditionals, for expressions) becomes a
 * value; everything else becomes `Unknown`, carrying the resource it refers to when it does
 * (`aws_kms_key.k.arn` => Unknown{ref: 'aws_kms_key.k', attr: 'arn'}).
 */

/** What a module instance resolves for the evaluator (implemented by the module builder). */
export interface ModuleScope {
  variable(name: string): TfValue;
  local(name: string): TfValue;
  /** `module.<name>`: outputs object (a list/map of them with count/for_each), or Unknown. */
  module(name: string): TfValue;
  /** `data.<type>.<name>`: the data source's value when decidable locally, else Unknown. */
  data(type: string, name: string): TfValue;
  /** Address prefix of resources in this module instance: '' or 'module.a.'. */
  readonly prefix: string;
  /** `path.module`, `path.root`: directory paths relative to the scan. */
  readonly paths: TfObject;
}

/** Iterator variables in scope (for expressions, count, each, dynamic iterators). */
export interface Frame {
  readonly name: string;
  readonly value: TfValue;
  readonly parent: Frame | null;
}

export interface EvalContext {
  readonly scope: ModuleScope;
  readonly frame: Frame | null;
}

/** Strings and collections larger than this are treated as unknown (doubling-locals bombs). */
const MAX_SIZE = 200_000;

export function bind(ctx: EvalContext, name: string, value: TfValue): EvalContext {
  return { scope: ctx.scope, frame: { name, value, parent: ctx.frame } };
}

function lookupFrame(frame: Frame | null, name: string): TfValue | undefined {
  for (let f = frame; f; f = f.parent) if (f.name === name) return f.value;
  return undefined;
}

/** Evaluates an expression; never throws (errors become Unknown). */
export function evaluate(x: Expr, ctx: EvalContext): TfValue {
  try {
    return ev(x, ctx);
  } catch (e) {
    if (e instanceof TfEvalError || e instanceof RangeError) return new Unknown('error');
    throw e;
  }
}

function fail(message: string): never {
  throw new TfEvalError(message);
}

function ev(x: Expr, ctx: EvalContext): TfValue {
  switch (x.k) {
    case 'lit':
      return x.value;
    case 'tpl':
      return evalTemplate(x.parts, ctx);
    case 'var':
    case 'attr':
    case 'idx':
      return evalTraversal(x, ctx);
    case 'splat':
      return evalSplat(ev(x.obj, ctx), x.steps, ctx);
    case 'call':
      return evalCall(x, ctx);
    case 'tuple': {
      const out: TfValue[] = [];
      for (const i of x.items) out.push(ev(i, ctx));
      return out;
    }
    case 'object': {
      const out: TfObject = {};
      for (const item of x.items) {
        const key = ev(item.key, ctx);
        if (key instanceof Unknown) return new Unknown('error');
        if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean')
          fail('object keys must be strings');
        out[String(key)] = ev(item.value, ctx);
      }
      setSource(out, { kind: 'object', file: currentFile(ctx), expr: x });
      return out;
    }
    case 'cond': {
      const t = ev(x.test, ctx);
      if (t instanceof Unknown) {
        const a = ev(x.then, ctx);
        const b = ev(x.else, ctx);
        return !(a instanceof Unknown) && equalValues(a, b) ? a : t;
      }
      const b = toBool(t);
      return ev(b ? x.then : x.else, ctx);
    }
    case 'bin':
      return evalBinary(x.op, x.l, x.r, ctx);
    case 'un': {
      const v = ev(x.x, ctx);
      if (v instanceof Unknown) return v;
      return x.op === '!' ? !toBool(v) : -toNumber(v);
    }
    case 'for':
      return evalFor(x, ctx);
    case 'paren':
      return ev(x.x, ctx);
    case 'bad':
      return new Unknown('error');
  }
}

/** The file being evaluated, for source registration (set by the module builder). */
let activeFile: HclFile | null = null;

function currentFile(_ctx: EvalContext): HclFile {
  return activeFile as HclFile;
}

/** Runs `fn` with `file` as the file whose expressions are being evaluated. */
export function inFile<T>(file: HclFile, fn: () => T): T {
  const saved = activeFile;
  activeFile = file;
  try {
    return fn();
  } finally {
    activeFile = saved;
  }
}

function toBool(v: TfValue): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return fail('expected a bool');
}

function toNumber(v: TfValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return fail('expected a number');
}

function toText(v: TfValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return fail('cannot use this value in a string template');
}

function evalTemplate(parts: readonly TemplatePart[], ctx: EvalContext): TfValue {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    let v: TfValue;
    if (p.k === 'tif') {
      const c = ev(p.cond, ctx);
      if (c instanceof Unknown) return c;
      v = evalTemplate(toBool(c) ? p.then : p.else, ctx);
    } else if (p.k === 'tfor') {
      const coll = ev(p.coll, ctx);
      if (coll instanceof Unknown) return coll;
      let acc = '';
      for (const [k, val] of entries(coll)) {
        let c = bind(ctx, p.valVar, val);
        if (p.keyVar) c = bind(c, p.keyVar, k);
        const piece = evalTemplate(p.body, c);
        if (piece instanceof Unknown) return piece;
        acc += toText(piece);
      }
      v = acc;
    } else {
      v = ev(p, ctx);
    }
    if (v instanceof Unknown) return v;
    out += toText(v);
    if (out.length > MAX_SIZE) fail('string too large');
  }
  return out;
}

function entries(coll: TfValue): [TfValue, TfValue][] {
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (isTfObject(coll))
    return Object.keys(coll)
      .sort()
      .map((k) => [k, coll[k] as TfValue]);
  return fail('cannot iterate over this value');
}

function evalFor(x: Extract<Expr, { k: 'for' }>, ctx: EvalContext): TfValue {
  const coll = ev(x.coll, ctx);
  if (coll instanceof Unknown) return coll;
  const isObject = x.keyExpr !== null;
  const list: TfValue[] = [];
  const obj: Record<string, TfValue | TfValue[]> = {};
  for (const [k, v] of entries(coll)) {
    let c = bind(ctx, x.valVar, v);
    if (x.keyVar) c = bind(c, x.keyVar, k);
    if (x.cond) {
      const ok = ev(x.cond, c);
      if (ok instanceof Unknown) return ok;
      if (!toBool(ok)) continue;
    }
    if (!isObject) {
      list.push(ev(x.valExpr, c));
      continue;
    }
    const key = ev(x.keyExpr as Expr, c);
    if (key instanceof Unknown) return key;
    const ks = toText(key);
    const val = ev(x.valExpr, c);
    if (x.group) {
      const g = obj[ks];
      if (Array.isArray(g)) g.push(val);
      else obj[ks] = [val];
    } else {
      if (Object.hasOwn(obj, ks)) fail(`duplicate key ${ks} in for expression`);
      obj[ks] = val;
    }
  }
  return isObject ? (obj as TfObject) : list;
}

function evalBinary(op: string, l: Expr, r: Expr, ctx: EvalContext): TfValue {
  const a = ev(l, ctx);
  if (op === '&&' || op === '||') {
    const b = ev(r, ctx);
    const ka = a instanceof Unknown ? undefined : toBool(a);
    const kb = b instanceof Unknown ? undefined : toBool(b);
    if (op === '&&') {
      if (ka === false || kb === false) return false;
      if (ka === true && kb === true) return true;
    } else {
      if (ka === true || kb === true) return true;
      if (ka === false && kb === false) return false;
    }
    return a instanceof Unknown ? a : (b as Unknown);
  }
  const b = ev(r, ctx);
  if (a instanceof Unknown) return a;
  if (b instanceof Unknown) return b;
  switch (op) {
    case '==':
      return looseEqual(a, b);
    case '!=':
      return !looseEqual(a, b);
    case '<':
      return toNumber(a) < toNumber(b);
    case '>':
      return toNumber(a) > toNumber(b);
    case '<=':
      return toNumber(a) <= toNumber(b);
    case '>=':
      return toNumber(a) >= toNumber(b);
    case '+':
      return toNumber(a) + toNumber(b);
    case '-':
      return toNumber(a) - toNumber(b);
    case '*':
      return toNumber(a) * toNumber(b);
    case '/': {
      const d = toNumber(b);
      if (d === 0) fail('division by zero');
      return toNumber(a) / d;
    }
    case '%': {
      const d = toNumber(b);
      if (d === 0) fail('division by zero');
      return toNumber(a) % d;
    }
    default:
      return fail(`unknown operator ${op}`);
  }
}

/** `==` as Terraform does it for the common cases: no conversion between numbers and strings. */
function looseEqual(a: TfValue, b: TfValue): boolean {
  return equalValues(a, b);
}

function evalCall(x: Extract<Expr, { k: 'call' }>, ctx: EvalContext): TfValue {
  if (x.name === 'try') {
    for (const arg of x.args) {
      try {
        const v = ev(arg, ctx);
        if (v instanceof Unknown && v.reason === 'error') continue;
        return v;
      } catch (e) {
        if (!(e instanceof TfEvalError)) throw e;
      }
    }
    return fail('try: all arguments failed');
  }
  if (x.name === 'can') {
    try {
      const v = ev(x.args[0] ?? { k: 'bad', s: 0, e: 0 }, ctx);
      if (v instanceof Unknown) return v.reason === 'error' ? false : v;
      return true;
    } catch (e) {
      if (!(e instanceof TfEvalError)) throw e;
      return false;
    }
  }
  const args: TfValue[] = [];
  for (const a of x.args) args.push(ev(a, ctx));
  if (x.expand && args.length > 0) {
    const last = args.pop() as TfValue;
    if (last instanceof Unknown) return last;
    if (!Array.isArray(last)) fail('expanding argument must be a list');
    args.push(...last);
  }
  const v = callFunction(x.name, args);
  if ((typeof v === 'string' || Array.isArray(v)) && v.length > MAX_SIZE) fail('value too large');
  return v;
}

type Traversal = Extract<Expr, { k: 'attr' } | { k: 'idx' }>;

function evalTraversal(x: Expr, ctx: EvalContext): TfValue {
  const steps: Traversal[] = [];
  let base = x;
  while (base.k === 'attr' || base.k === 'idx') {
    steps.push(base);
    base = base.obj;
  }
  steps.reverse();
  if (base.k !== 'var') return applySteps(ev(base, ctx), steps, 0, ctx);
  const name = base.name;
  const bound = lookupFrame(ctx.frame, name);
  if (bound !== undefined) return applySteps(bound, steps, 0, ctx);
  const first = steps[0];
  const firstName = first?.k === 'attr' ? first.name : null;
  const scope = ctx.scope;
  switch (name) {
    case 'var':
      return firstName === null
        ? new Unknown('variable')
        : applySteps(scope.variable(firstName), steps, 1, ctx);
    case 'local':
      return firstName === null ? new Unknown('error') : applySteps(scope.local(firstName), steps, 1, ctx);
    case 'module':
      return firstName === null ? new Unknown('module') : applySteps(scope.module(firstName), steps, 1, ctx);
    case 'data': {
      const second = steps[1];
      if (firstName === null || second?.k !== 'attr') return new Unknown('data');
      return applySteps(scope.data(firstName, second.name), steps, 2, ctx);
    }
    case 'path':
      return applySteps(scope.paths, steps, 0, ctx);
    case 'count':
    case 'each':
    case 'self':
    case 'terraform':
      return new Unknown('dynamic');
    default:
      if (firstName === null) return new Unknown('error');
      return applySteps(new Unknown('resource', `${scope.prefix}${name}.${firstName}`), steps, 1, ctx);
  }
}

function keyText(k: TfValue): string {
  return typeof k === 'string' ? JSON.stringify(k) : String(k);
}

function applySteps(value: TfValue, steps: readonly Traversal[], from: number, ctx: EvalContext): TfValue {
  let v = value;
  for (let i = from; i < steps.length; i++) {
    const step = steps[i] as Traversal;
    if (step.k === 'attr') v = getAttr(v, step.name);
    else v = getIndex(v, ev(step.index, ctx));
  }
  return v;
}

function getAttr(v: TfValue, name: string): TfValue {
  if (v instanceof Unknown) {
    if (v.ref && v.attr === null) return new Unknown(v.reason, v.ref, name);
    return v;
  }
  if (isTfObject(v)) {
    if (Object.hasOwn(v, name)) return v[name] as TfValue;
    return fail(`no attribute ${name}`);
  }
  return fail(`cannot read .${name} of this value`);
}

function getIndex(v: TfValue, key: TfValue): TfValue {
  if (v instanceof Unknown) {
    if (v.ref && v.attr === null && !(key instanceof Unknown))
      return new Unknown(v.reason, `${v.ref}[${keyText(key)}]`);
    return v;
  }
  if (key instanceof Unknown) return key;
  if (Array.isArray(v)) {
    const i = toNumber(key);
    if (!Number.isInteger(i) || i < 0 || i >= v.length) fail(`index ${i} out of range`);
    return v[i] as TfValue;
  }
  if (isTfObject(v)) {
    const k = toText(key);
    if (Object.hasOwn(v, k)) return v[k] as TfValue;
    return fail(`no key ${k}`);
  }
  return fail('cannot index this value');
}

function evalSplat(obj: TfValue, steps: readonly Step[], ctx: EvalContext): TfValue {
  const apply = (item: TfValue): TfValue => {
    let v = item;
    for (const s of steps) v = 'attr' in s ? getAttr(v, s.attr) : getIndex(v, ev(s.index, ctx));
    return v;
  };
  if (obj instanceof Unknown) {
    const s0 = steps[0];
    if (obj.ref && obj.attr === null && s0 && 'attr' in s0) return new Unknown(obj.reason, obj.ref, s0.attr);
    return obj;
  }
  if (obj === null) return [];
  if (Array.isArray(obj)) return obj.map(apply);
  return [apply(obj)];
}

/** Names that configure Terraform itself rather than the resource (not part of its values). */
export const META_ARGUMENTS = new Set([
  'count',
  'for_each',
  'provider',
  'depends_on',
  'lifecycle',
  'provisioner',
  'connection',
]);

/**
 * Evaluates a block body to an object: attributes become keys; nested blocks become lists of
 * objects under their type (the shape of `terraform show -json`); `dynamic` blocks are expanded.
 * Registers each object's source for `TerraformDocument.locate`.
 */
export function evaluateBody(
  file: HclFile,
  body: HclBody,
  ctx: EvalContext,
  opts: {
    skip?: ReadonlySet<string>;
    generated?: boolean;
    block?: import('./hcl-ast.js').HclBlock | null;
  } = {},
): TfObject {
  return inFile(file, () => {
    const out: TfObject = {};
    for (const a of body.attributes) {
      if (opts.skip?.has(a.name)) continue;
      out[a.name] = evaluate(a.expr, ctx);
    }
    for (const b of body.blocks) {
      if (opts.skip?.has(b.type)) continue;
      if (b.type === 'dynamic' && b.labels.length === 1) {
        expandDynamic(file, b, ctx, out);
        continue;
      }
      const child = evaluateBody(file, b.body, ctx, { block: b, generated: opts.generated ?? false });
      const list = out[b.type];
      if (Array.isArray(list)) list.push(child);
      else out[b.type] = [child];
    }
    setSource(out, {
      kind: 'body',
      file,
      body,
      block: opts.block ?? null,
      generated: opts.generated ?? false,
    });
    return out;
  });
}

function expandDynamic(
  file: HclFile,
  b: import('./hcl-ast.js').HclBlock,
  ctx: EvalContext,
  out: TfObject,
): void {
  const label = b.labels[0] as string;
  const forEach = b.body.attributes.find((a) => a.name === 'for_each');
  const iteratorAttr = b.body.attributes.find((a) => a.name === 'iterator');
  const iterator =
    iteratorAttr?.expr.k === 'var'
      ? iteratorAttr.expr.name
      : iteratorAttr?.expr.k === 'lit'
        ? String(iteratorAttr.expr.value)
        : label;
  const content = b.body.blocks.find((c) => c.type === 'content');
  if (!forEach || !content) return;
  const coll = evaluate(forEach.expr, ctx);
  let list = out[label];
  if (coll instanceof Unknown) {
    if (!Array.isArray(list)) out[label] = new Unknown('dynamic');
    return;
  }
  if (!Array.isArray(list)) {
    list = [];
    out[label] = list;
  }
  let items: [TfValue, TfValue][];
  try {
    items = entries(coll);
  } catch {
    out[label] = new Unknown('error');
    return;
  }
  for (const [k, v] of items) {
    const c = bind(ctx, iterator, { key: k, value: v });
    list.push(evaluateBody(file, content.body, c, { block: content, generated: true }));
  }
}
