import { type TfObject, type TfValue, Unknown } from '../terraform/values.js';
import { isPlainMap } from './cloudformation-document.js';

/** Marker for `Ref: AWS::NoValue`: the property (or list item) is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');
type Resolved = TfValue | typeof NO_VALUE;

/** Nesting deeper than this is not resolved (hostile input); the value becomes unknown. */
const MAX_DEPTH = 64;

export interface ParameterDecl {
  readonly type: string;
  readonly default: unknown;
}

export interface TemplateParts {
  readonly parameters: ReadonlyMap<string, ParameterDecl>;
  readonly mappings: unknown;
  readonly conditions: unknown;
  readonly resourceIds: ReadonlySet<string>;
}

function scalarString(v: TfValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/**
 * Evaluates what CloudFormation would evaluate before deployment: parameter defaults, mappings,
 * conditions and the string functions on known parts. Everything else becomes `Unknown`.
 * Condition results are memoised (with a cycle guard), so each is evaluated once per template.
 */
export class Resolver {
  private readonly conditionCache = new Map<string, boolean | undefined>();
  private readonly evaluating = new Set<string>();
  private readonly paramCache = new Map<string, TfValue>();

  constructor(private readonly parts: TemplateParts) {}

  /** A resolved property value, or NO_VALUE when it resolves to `AWS::NoValue`. */
  value(v: unknown, depth = 0): Resolved {
    if (depth > MAX_DEPTH) return new Unknown('error');
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v === 'bigint') return Number(v);
    if (Array.isArray(v)) {
      const out: TfValue[] = [];
      for (const item of v) {
        const r = this.value(item, depth + 1);
        if (r !== NO_VALUE) out.push(r);
      }
      return out;
    }
    if (!isPlainMap(v)) return v === undefined ? null : new Unknown('error');
    const keys = Object.keys(v);
    if (keys.length === 1) {
      const key = keys[0] as string;
      if (key === 'Ref') return this.ref(v[key]);
      if (key.startsWith('Fn::')) return this.fn(key.slice(4), v[key], depth);
    }
    if (keys.includes('Fn::Transform')) return new Unknown('function');
    const out: TfObject = {};
    for (const k of keys) {
      const r = this.value(v[k], depth + 1);
      if (r !== NO_VALUE) out[k] = r;
    }
    return out;
  }

  /** A resolved value with NO_VALUE read as "absent" (null). */
  plain(v: unknown): TfValue {
    const r = this.value(v);
    return r === NO_VALUE ? null : r;
  }

  /** The value of a condition by name: true/false when decidable, undefined otherwise. */
  condition(name: string): boolean | undefined {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    if (this.evaluating.has(name) || !isPlainMap(this.parts.conditions)) return undefined;
    const def = this.parts.conditions[name];
    if (def === undefined) return undefined;
    this.evaluating.add(name);
    const result = this.conditionExpr(def, 0);
    this.evaluating.delete(name);
    this.conditionCache.set(name, result);
    return result;
  }

  private conditionExpr(expr: unknown, depth: number): boolean | undefined {
    if (depth > MAX_DEPTH || !isPlainMap(expr)) return undefined;
    const keys = Object.keys(expr);
    if (keys.length !== 1) return undefined;
    const key = keys[0] as string;
    const args = expr[key];
    if (key === 'Condition') return typeof args === 'string' ? this.condition(args) : undefined;
    if (!Array.isArray(args)) return undefined;
    switch (key) {
      case 'Fn::Equals': {
        if (args.length !== 2) return undefined;
        const a = scalarString(this.plain(args[0]));
        const b = scalarString(this.plain(args[1]));
        return a === undefined || b === undefined ? undefined : a === b;
      }
      case 'Fn::Not': {
        const x = this.conditionExpr(args[0], depth + 1);
        return x === undefined ? undefined : !x;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const decisive = key === 'Fn::Or';
        let undecided = false;
        for (const a of args) {
          const x = this.conditionExpr(a, depth + 1);
          if (x === decisive) return decisive;
          if (x === undefined) undecided = true;
        }
        return undecided ? undefined : !decisive;
      }
      default:
        return undefined;
    }
  }

  private ref(name: unknown): Resolved {
    if (typeof name !== 'string') return new Unknown('error');
    const param = this.parts.parameters.get(name);
    if (param) return this.parameter(name, param);
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name.startsWith('AWS::')) return new Unknown('variable', name);
    if (this.parts.resourceIds.has(name)) return new Unknown('resource', name);
    return new Unknown('error', name);
  }

  private parameter(name: string, p: ParameterDecl): TfValue {
    const cached = this.paramCache.get(name);
    if (cached !== undefined) return cached;
    let v: TfValue;
    const d = p.default;
    if (d === undefined || d === null || p.type.startsWith('AWS::SSM::Parameter::Value')) {
      v = new Unknown('variable', name);
    } else if (p.type === 'CommaDelimitedList' || p.type.startsWith('List<')) {
      v = typeof d === 'string' ? d.split(',').map((s) => s.trim()) : new Unknown('variable', name);
    } else if (typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean') {
      v = d;
    } else {
      v = new Unknown('variable', name);
    }
    this.paramCache.set(name, v);
    return v;
  }

  private fn(name: string, args: unknown, depth: number): Resolved {
    switch (name) {
      case 'If': {
        if (!Array.isArray(args) || args.length !== 3 || typeof args[0] !== 'string')
          return new Unknown('error');
        const c = this.condition(args[0]);
        if (c === undefined) return new Unknown('function');
        return this.value(c ? args[1] : args[2], depth + 1);
      }
      case 'Sub':
        return this.sub(args);
      case 'Join': {
        if (!Array.isArray(args) || args.length !== 2) return new Unknown('error');
        const delim = this.value(args[0], depth + 1);
        const list = this.value(args[1], depth + 1);
        if (typeof delim !== 'string' || !Array.isArray(list)) return new Unknown('function');
        const parts = list.map(scalarString);
        if (parts.some((p) => p === undefined)) return new Unknown('function');
        return parts.join(delim);
      }
      case 'Select': {
        if (!Array.isArray(args) || args.length !== 2) return new Unknown('error');
        const index = Number(scalarString(this.plain(args[0])));
        const list = this.value(args[1], depth + 1);
        if (!Array.isArray(list) || !Number.isInteger(index)) return new Unknown('function');
        return list[index] ?? new Unknown('error');
      }
      case 'Split': {
        if (!Array.isArray(args) || args.length !== 2) return new Unknown('error');
        const delim = this.value(args[0], depth + 1);
        const str = this.value(args[1], depth + 1);
        if (typeof delim !== 'string' || typeof str !== 'string' || delim === '')
          return new Unknown('function');
        return str.split(delim);
      }
      case 'FindInMap':
        return this.findInMap(args, depth);
      default:
        // GetAtt, ImportValue, GetAZs, Base64, Cidr, Transform, Length, ToJsonString...
        if (name === 'GetAtt') return getAtt(args);
        return new Unknown(name === 'ImportValue' ? 'data' : 'function');
    }
  }

  private sub(args: unknown): TfValue {
    let template: unknown = args;
    let vars: Record<string, unknown> = {};
    if (Array.isArray(args)) {
      template = args[0];
      if (isPlainMap(args[1])) vars = args[1];
    }
    if (typeof template !== 'string') return new Unknown('error');
    let unknown = false;
    const out = template.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) => {
      if (bang) return `\${${name}}`;
      const key = name.trim();
      let v: Resolved;
      if (Object.hasOwn(vars, key)) v = this.plain(vars[key]);
      else if (key.includes('.')) v = new Unknown('resource', key.slice(0, key.indexOf('.')));
      else v = this.ref(key);
      const s = v === NO_VALUE ? undefined : scalarString(v);
      if (s === undefined) {
        unknown = true;
        return whole;
      }
      return s;
    });
    return unknown ? new Unknown('function') : out;
  }

  private findInMap(args: unknown, depth: number): Resolved {
    if (!Array.isArray(args) || args.length < 3) return new Unknown('error');
    const keys = args.slice(0, 3).map((a) => scalarString(this.plain(a)));
    if (keys.some((k) => k === undefined)) return new Unknown('function');
    const [m, top, second] = keys as [string, string, string];
    const maps = this.parts.mappings;
    const map = isPlainMap(maps) ? maps[m] : undefined;
    const level = isPlainMap(map) ? map[top] : undefined;
    const found = isPlainMap(level) ? level[second] : undefined;
    if (found === undefined) {
      // Fn::FindInMap with a DefaultValue (AWS::LanguageExtensions).
      const extra = args[3];
      if (isPlainMap(extra) && 'DefaultValue' in extra) return this.value(extra['DefaultValue'], depth + 1);
      return new Unknown('error');
    }
    return this.value(found, depth + 1);
  }
}

function getAtt(args: unknown): Unknown {
  const parts = Array.isArray(args) ? args : typeof args === 'string' ? args.split('.') : [];
  const id = typeof parts[0] === 'string' ? parts[0] : null;
  const attr = typeof parts[1] === 'string' ? parts.slice(1).join('.') : null;
  return new Unknown('resource', id, attr);
}
