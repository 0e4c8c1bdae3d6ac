import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeWithYaml, dumpYamlNode } from '../../../test/support/yaml-parity.js';
import { jsonAsYaml } from './json-as-yaml.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const dump = dumpYamlNode;
const viaYaml = (text: string) => composeWithYaml(text)[0]!;

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...jsonFiles(p));
    else if (e.name.endsWith('.json') && e.name !== 'expected.json') out.push(p);
  }
  return out;
}

const SAMPLES = [
  '{}',
  '[]',
  ' \n{ "a" : 1 }\n',
  '{"a":1,"b":[true,false,null,"x\\"y",1.50,-2e3,0,-0,1E+2,0.25,10.0],"c":{},"d":[]  \n}\n',
  '  { "a" :  "v\\u00e9" ,\n "b" : [ 1 ,\n  2 ] , "c": 3\n , "e": { "x": 1 }\n }  \n ',
  '{\r\n  "crlf": "yes",\r\n  "n": [1, 2]\r\n}\r\n',
  '{\t"tab":\t"x"\t}',
  '{"dup": 1, "dup": 2}',
  '{"esc": "line\\nbreak \\\\ \\/ \\t", "unicode": "\\ud83d\\ude00"}',
  '[[[]], [{}], {"a": [{"b": null}]}]',
  '{"big": 12345678901234567890, "neg": -0.0}',
];

describe('jsonAsYaml', () => {
  it('builds the same document as yaml for the samples', () => {
    for (const text of SAMPLES) {
      const fast = jsonAsYaml(text);
      const slow = viaYaml(text);
      expect(fast, text).toBeDefined();
      expect(dump(fast!.doc.contents), text).toEqual(dump(slow.contents));
      expect(fast!.doc.range.slice(0, 2), text).toEqual(slow.range.slice(0, 2));
      expect(fast!.value, text).toEqual(slow.toJS());
    }
  });

  it('builds the same document as yaml for every JSON fixture and example', () => {
    const files = [...jsonFiles(join(ROOT, 'test', 'fixtures')), ...jsonFiles(join(ROOT, 'examples'))];
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = jsonAsYaml(text);
      if (!fast) continue;
      const slow = viaYaml(text);
      expect(dump(fast.doc.contents), file).toEqual(dump(slow.contents));
      expect(fast.value, file).toEqual(slow.toJS());
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('builds the same document as yaml for random JSON in random layouts', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const gap = () => pick(['', ' ', '  ', '\n', ' \n  ', '\r\n', '\t', '\n\n    ']);
    const scalar = () =>
      pick<() => string>([
        () => JSON.stringify(pick(['', 'a', 'x y', 'é', 'q"uote', 'back\\slash', 'tab\t', '{[,]}'])),
        () => String(Math.floor(rnd() * 2000) - 1000),
        () => pick(['1.50', '0.1', '2e10', '-3E-2', '0', '-0', '10.0']),
        () => pick(['true', 'false', 'null']),
      ])();
    const value = (depth: number): string => {
      if (depth > 3 || rnd() < 0.4) return scalar();
      const n = Math.floor(rnd() * 4);
      if (rnd() < 0.5) {
        const items = Array.from({ length: n }, () => `${gap()}${value(depth + 1)}${gap()}`);
        return `[${items.join(',')}${n === 0 ? gap() : ''}]`;
      }
      const entries = Array.from(
        { length: n },
        (_, i) => `${gap()}"k${i}"${gap()}:${gap()}${value(depth + 1)}${gap()}`,
      );
      return `{${entries.join(',')}${n === 0 ? gap() : ''}}`;
    };
    for (let k = 0; k < 300; k++) {
      const text = `${gap()}${rnd() < 0.5 ? `{"root":${value(0)}}` : `[${value(0)}]`}${gap()}`;
      const fast = jsonAsYaml(text);
      const slow = viaYaml(text);
      expect(fast, text).toBeDefined();
      expect(dump(fast!.doc.contents), JSON.stringify(text)).toEqual(dump(slow.contents));
      // The document's own end (trailing blank lines) is read by nothing; its start and content end are.
      expect(fast!.doc.range.slice(0, 2), JSON.stringify(text)).toEqual(slow.range.slice(0, 2));
    }
  });

  it('leaves anything that is not strict JSON to the YAML parser', () => {
    for (const text of [
      'a: 1',
      '{"a": 1,}',
      '{a: 1}',
      '// c\n{}',
      '{"a": 1} # c',
      '"just a string"',
      '',
      '\uFEFF{}',
    ])
      expect(jsonAsYaml(text), text).toBeUndefined();
  });
});
