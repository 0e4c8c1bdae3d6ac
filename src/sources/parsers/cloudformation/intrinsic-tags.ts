import {
  type CollectionTag,
  Pair,
  Scalar,
  type ScalarTag,
  type YAMLMap,
  type YAMLSeq,
  YAMLMap as YMap,
} from 'yaml';

/**
 * CloudFormation's short-form YAML tags (`!Ref X`, `!GetAtt A.B`, `!Sub "..."`...), each
 * mapped to its long form (`{ Ref: X }`, `{ "Fn::GetAtt": [A, B] }`...). Collections keep
 * their node (wrapped in a one-key map with the collection's range), so YamlSource paths such
 * as `[..., 'Fn::Join', 1]` and their ranges keep working; scalars become a Scalar whose value
 * is the long-form object.
 */

const FUNCTIONS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'If',
  'Equals',
  'And',
  'Or',
  'Not',
  'Length',
  'ToJsonString',
] as const;

/** Long-form key of a short tag name: `Ref`, `Condition` or `Fn::<Name>`. */
function longKey(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

function scalarValue(name: string, text: string): unknown {
  if (name === 'GetAtt') {
    // `!GetAtt Res.Attr.Nested`: the logical id has no dots, the attribute may.
    const dot = text.indexOf('.');
    return dot === -1 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
  }
  return text;
}

function wrap(key: string, coll: YAMLMap.Parsed | YAMLSeq.Parsed): YMap {
  const map = new YMap();
  map.items.push(new Pair(new Scalar(key), coll));
  map.range = coll.range;
  return map;
}

function tagsFor(name: string): (ScalarTag | CollectionTag)[] {
  const key = longKey(name);
  const tag = `!${name}`;
  return [
    { tag, resolve: (text: string) => ({ [key]: scalarValue(name, text) }) },
    { tag, collection: 'seq', resolve: (coll) => wrap(key, coll) },
    { tag, collection: 'map', resolve: (coll) => wrap(key, coll) },
  ];
}

/** Custom tags for `parseYamlStream(text, { customTags })`. */
export const CFN_TAGS: readonly (ScalarTag | CollectionTag)[] = [
  ...tagsFor('Ref'),
  ...tagsFor('Condition'),
  ...FUNCTIONS.flatMap(tagsFor),
];
