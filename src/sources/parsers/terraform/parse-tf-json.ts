import type { Expr, HclAttribute, HclBlock, HclBody, HclSyntaxError, ObjectItem } from './hcl-ast.js';
import { parseTemplateText } from './parse-hcl.js';

/**
 * Terraform's JSON syntax (`*.tf.json`) mapped onto the same syntax tree as native HCL, so the
 * evaluator and the rules never care which syntax a file used. Without provider schemas a JSON
 * object cannot be told apart from a nested block, so nested values stay attributes (objects
 * and arrays); rule helpers read both shapes (`blocksOf` in the AWS rule library).
 */

/** A JSON value with its span: the intermediate form before mapping to HCL nodes. */
export type JNode =
  | { t: 'obj'; s: number; e: number; props: { key: string; ks: number; v: JNode }[] }
  | { t: 'arr'; s: number; e: number; items: JNode[] }
  | { t: 'str'; s: number; e: number; value: string }
  | { t: 'num' | 'bool' | 'null'; s: number; e: number; value: number | boolean | null };

class JsonFailure extends Error {}

const MAX_DEPTH = 200;

/** A small JSON parser that keeps offsets (the standard one does not). */
export function parseJsonWithOffsets(text: string): { node: JNode | null; error: HclSyntaxError | null } {
  let pos = 0;
  let depth = 0;
  const fail = (message: string): never => {
    throw new JsonFailure(`${message}@${pos}`);
  };
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) pos++;
      else return;
    }
  };
  const str = (): { value: string; s: number; e: number } => {
    const s = pos;
    pos++;
    let out = '';
    let run = pos;
    for (;;) {
      if (pos >= text.length) fail('unterminated string');
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(run, pos);
        pos++;
        return { value: out, s, e: pos };
      }
      if (c === 10) fail('line break in string');
      if (c === 92) {
        out += text.slice(run, pos);
        const n = text[pos + 1];
        pos += 2;
        if (n === 'u') {
          const hex = text.slice(pos, pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape');
          out += String.fromCharCode(Number.parseInt(hex, 16));
          pos += 4;
        } else {
          const map: Record<string, string> = {
            n: '\n',
            r: '\r',
            t: '\t',
            b: '\b',
            f: '\f',
            '"': '"',
            '\\': '\\',
            '/': '/',
          };
          const m = n === undefined ? undefined : map[n];
          if (m === undefined) fail('invalid escape');
          out += m;
        }
        run = pos;
        continue;
      }
      pos++;
    }
  };
  const value = (): JNode => {
    ws();
    const s = pos;
    const c = text.charCodeAt(pos);
    if (c === 123) {
      if (++depth > MAX_DEPTH) fail('nested too deeply');
      pos++;
      const props: { key: string; ks: number; v: JNode }[] = [];
      ws();
      if (text.charCodeAt(pos) === 125) {
        pos++;
        depth--;
        return { t: 'obj', s, e: pos, props };
      }
      for (;;) {
        ws();
        if (text.charCodeAt(pos) !== 34) fail('expected a property name');
        const k = str();
        ws();
        if (text.charCodeAt(pos) !== 58) fail('expected ":"');
        pos++;
        props.push({ key: k.value, ks: k.s, v: value() });
        ws();
        const d = text.charCodeAt(pos);
        pos++;
        if (d === 44) continue;
        if (d === 125) break;
        pos--;
        fail('expected "," or "}"');
      }
      depth--;
      return { t: 'obj', s, e: pos, props };
    }
    if (c === 91) {
      if (++depth > MAX_DEPTH) fail('nested too deeply');
      pos++;
      const items: JNode[] = [];
      ws();
      if (text.charCodeAt(pos) === 93) {
        pos++;
        depth--;
        return { t: 'arr', s, e: pos, items };
      }
      for (;;) {
        items.push(value());
        ws();
        const d = text.charCodeAt(pos);
        pos++;
        if (d === 44) continue;
        if (d === 93) break;
        pos--;
        fail('expected "," or "]"');
      }
      depth--;
      return { t: 'arr', s, e: pos, items };
    }
    if (c === 34) {
      const r = str();
      return { t: 'str', s: r.s, e: r.e, value: r.value };
    }
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return { t: v === null ? 'null' : 'bool', s, e: pos, value: v };
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 64));
    if (m) {
      pos += m[0].length;
      return { t: 'num', s, e: pos, value: Number(m[0]) };
    }
    return fail('unexpected character');
  };
  try {
    const node = value();
    ws();
    if (pos < text.length) fail('unexpected text after the JSON value');
    return { node, error: null };
  } catch (e) {
    if (!(e instanceof JsonFailure)) throw e;
    const at = e.message.lastIndexOf('@');
    return {
      node: null,
      error: { message: `invalid JSON: ${e.message.slice(0, at)}`, offset: Number(e.message.slice(at + 1)) },
    };
  }
}

/** Converts a JSON value to an HCL expression; strings are templates (`"${var.x}"`). */
export function jsonToExpr(n: JNode, errors: HclSyntaxError[]): Expr {
  switch (n.t) {
    case 'obj': {
      const items: ObjectItem[] = [];
      for (const p of n.props) {
        if (p.key === '//') continue;
        items.push({
          key: { k: 'lit', value: p.key, s: p.ks, e: p.ks + p.key.length + 2 },
          value: jsonToExpr(p.v, errors),
        });
      }
      return { k: 'object', items, s: n.s, e: n.e };
    }
    case 'arr':
      return { k: 'tuple', items: n.items.map((i) => jsonToExpr(i, errors)), s: n.s, e: n.e };
    case 'str': {
      if (!n.value.includes('${') && !n.value.includes('%{'))
        return { k: 'lit', value: n.value, s: n.s, e: n.e };
      const r = parseTemplateText(n.value, n.s + 1);
      errors.push(...r.errors);
      return { ...r.expr, s: n.s, e: n.e };
    }
    default:
      return { k: 'lit', value: n.value, s: n.s, e: n.e };
  }
}

/** Body from a JSON object: every property an attribute (see the file comment). */
function bodyOf(n: JNode, errors: HclSyntaxError[]): HclBody {
  const attributes: HclAttribute[] = [];
  const blocks: HclBlock[] = [];
  if (n.t === 'obj') {
    for (const p of n.props) {
      if (p.key === '//') continue;
      if (p.key === 'dynamic' && p.v.t === 'obj') {
        for (const d of p.v.props) {
          for (const inner of asList(d.v)) {
            blocks.push(block('dynamic', [d.key], d.ks, inner, errors));
          }
        }
        continue;
      }
      if (p.key === 'content' && p.v.t === 'obj') {
        blocks.push(block('content', [], p.ks, p.v, errors));
        continue;
      }
      attributes.push({ name: p.key, s: p.ks, e: p.v.e, expr: jsonToExpr(p.v, errors) });
    }
  }
  return { attributes, blocks, s: n.s + 1, e: Math.max(n.s + 1, n.e - 1) };
}

function block(type: string, labels: string[], s: number, body: JNode, errors: HclSyntaxError[]): HclBlock {
  return { type, labels, s, e: body.e, open: body.s, body: bodyOf(body, errors) };
}

function asList(n: JNode): JNode[] {
  return n.t === 'arr' ? n.items : [n];
}

/** Number of labels each top-level block type takes in JSON syntax. */
const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  variable: 1,
  output: 1,
  module: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  check: 1,
};

export function parseTfJson(text: string): { body: HclBody; errors: HclSyntaxError[] } {
  const { node, error } = parseJsonWithOffsets(text);
  const errors: HclSyntaxError[] = error ? [error] : [];
  const blocks: HclBlock[] = [];
  if (node === null || node.t !== 'obj') {
    if (node !== null) errors.push({ message: 'a .tf.json file must contain a JSON object', offset: node.s });
    return { body: { attributes: [], blocks, s: 0, e: text.length }, errors };
  }
  for (const p of node.props) {
    const depth = LABELS[p.key];
    if (depth === undefined) continue;
    const walk = (n: JNode, labels: string[], ks: number) => {
      if (labels.length === depth) {
        for (const b of asList(n)) blocks.push(block(p.key, labels, ks, b, errors));
        return;
      }
      for (const o of asList(n)) {
        if (o.t !== 'obj') continue;
        for (const q of o.props) if (q.key !== '//') walk(q.v, [...labels, q.key], q.ks);
      }
    };
    walk(p.v, [], p.ks);
  }
  return { body: { attributes: [], blocks, s: 0, e: text.length }, errors };
}
