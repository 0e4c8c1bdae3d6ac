import { Composer, type Document, isMap, isPair, isScalar, isSeq, type Node, Parser } from 'yaml';

/**
 * For the parity tests of the YAML fast paths (json-as-yaml, block-yaml): everything about a node
 * that rules, edits and `toJS` may read (comments excepted), as plain data to compare.
 */
export function dumpYamlNode(n: unknown): unknown {
  if (isMap(n) || isSeq(n)) {
    return {
      kind: isMap(n) ? 'map' : 'seq',
      flow: n.flow,
      range: n.range,
      tag: n.tag,
      items: n.items.map((i) =>
        isPair(i) ? { key: dumpYamlNode(i.key), value: dumpYamlNode(i.value) } : dumpYamlNode(i),
      ),
    };
  }
  if (isScalar(n)) {
    const s = n as Node & { source?: string; format?: string; minFractionDigits?: number };
    return {
      value: n.value,
      type: n.type,
      range: n.range,
      source: s.source,
      format: s.format,
      minFractionDigits: s.minFractionDigits,
      tag: n.tag,
    };
  }
  return n;
}

/** The documents parseYamlStream (yaml-source.ts) gets from `yaml` itself, with the same options. */
export function composeWithYaml(text: string, customTags?: readonly unknown[]): Document.Parsed[] {
  const composer = new Composer({
    keepSourceTokens: false,
    prettyErrors: false,
    uniqueKeys: false,
    ...(customTags ? { customTags: customTags as never } : {}),
  });
  return [...composer.compose(new Parser().parse(text), true, text.length)];
}
