import { describe, expect, it } from 'vitest';
import * as nodeBuild from 'yaml';
import { Composer, Parser } from './yaml-parser.js';

const SAMPLE = 'a: 1\nb: [x, {c: d}]\nlist:\n  - &anchor k: v\n  - *anchor\n---\nsecond: "doc"\n';

function compose(P: typeof nodeBuild.Parser, C: typeof nodeBuild.Composer, text: string) {
  const composer = new C({ keepSourceTokens: false, prettyErrors: false, uniqueKeys: false });
  return [...composer.compose(new P().parse(text), true, text.length)];
}

describe('yaml parser build', () => {
  it('uses the build without per-token environment reads', () => {
    expect(Parser).not.toBe(nodeBuild.Parser);
  });

  it('gives the same documents as the Node build, recognised by the Node build', () => {
    const fast = compose(Parser, Composer, SAMPLE);
    const slow = compose(nodeBuild.Parser, nodeBuild.Composer, SAMPLE);
    expect(fast.map((d) => d.toJS())).toEqual(slow.map((d) => d.toJS()));
    expect(fast.map((d) => d.contents?.range)).toEqual(slow.map((d) => d.contents?.range));
    expect(nodeBuild.isMap(fast[0]!.contents)).toBe(true);
    expect(nodeBuild.isDocument(fast[1])).toBe(true);
  });
});
