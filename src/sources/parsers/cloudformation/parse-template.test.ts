import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import { detectKind } from '../../kinds.js';
import { isUnknown } from '../terraform/values.js';
import type { SourceFile } from '../types.js';
import { type CloudFormationDocument, isEditable, locate, valueAt } from './cloudformation-document.js';
import { cloudformationHandler } from './handler.js';
import { looksLikeTemplate, parseTemplate } from './parse-template.js';

function file(text: string, path = 'template.yaml'): SourceFile {
  return { path, absPath: `/x/${path}`, text, lines: new LineIndex(text) };
}

function parse(text: string, path = 'template.yaml') {
  const r = parseTemplate(file(text, path));
  return { doc: r.documents[0] as CloudFormationDocument | undefined, diagnostics: r.diagnostics };
}

const SHORT_FORMS = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
    Default: prod
  Public:
    Type: String
    Default: "false"
  Subnets:
    Type: CommaDelimitedList
    Default: "a, b, c"
  Secret:
    Type: String
    NoEcho: true
  Ami:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami
Mappings:
  Sizes:
    prod:
      Class: db.r6g.large
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Equals [!Ref AWS::Region, eu-west-1]]
  Either: !Or [!Condition IsProd, !Equals [!Ref AWS::Region, eu-west-1]]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "\${Env}-data-\${AWS::AccountId}"
      Tags:
        - Key: env
          Value: !Sub
            - "\${Prefix}-\${Env}"
            - Prefix: app
        - Key: joined
          Value: !Join ["-", [!Ref Env, x, !Select [1, !Ref Subnets]]]
        - Key: split
          Value: !Select [0, !Split [",", "p,q"]]
        - Key: ref
          Value: !GetAtt Db.Endpoint.Address
        - Key: list
          Value: !GetAtt [Db, Arn]
        - !If [IsDev, {Key: dev, Value: "1"}, !Ref AWS::NoValue]
      VersioningConfiguration: !If [IsProd, {Status: Enabled}, !Ref AWS::NoValue]
      LoggingConfiguration: !If [Both, {DestinationBucketName: logs}, !Ref AWS::NoValue]
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: !FindInMap [Sizes, !Ref Env, Class]
      PubliclyAccessible: !Ref Public
      MasterUserPassword: !Ref Secret
      Az: !Select [0, !GetAZs ""]
      Cidr: !Select [0, !Cidr ["10.0.0.0/16", 4, 8]]
      Imported: !ImportValue shared-vpc
      Data: !Base64 "hello"
      Image: !Ref Ami
      Inc: !Transform {Name: AWS::Include, Parameters: {Location: s3://x}}
  DevOnly:
    Type: AWS::SNS::Topic
    Condition: IsDev
  Maybe:
    Type: AWS::SNS::Topic
    Condition: Either
`;

describe('CloudFormation template parsing', () => {
  it('reads short-form tags and resolves what is decidable', () => {
    const { doc, diagnostics } = parse(SHORT_FORMS);
    expect(diagnostics).toEqual([]);
    expect(doc).toBeDefined();
    if (!doc) return;
    expect(doc.resources.map((r) => r.logicalId)).toEqual(['Bucket', 'Db', 'Maybe']);
    const bucket = doc.resource('Bucket');
    if (!bucket) throw new Error('no bucket');
    expect(isUnknown(bucket.properties['BucketName'])).toBe(true);
    const tags = bucket.properties['Tags'] as { Key: string; Value: unknown }[];
    expect(tags.map((t) => t.Key)).toEqual(['env', 'joined', 'split', 'ref', 'list']);
    expect(tags[0]?.Value).toBe('app-prod');
    expect(tags[1]?.Value).toBe('prod-x-b');
    expect(tags[2]?.Value).toBe('p');
    expect(isUnknown(tags[3]?.Value)).toBe(true);
    expect(bucket.properties['VersioningConfiguration']).toEqual({ Status: 'Enabled' });
    expect(isUnknown(bucket.properties['LoggingConfiguration'])).toBe(true);
    const db = doc.resource('Db');
    if (!db) throw new Error('no db');
    expect(db.properties['DBInstanceClass']).toBe('db.r6g.large');
    expect(db.properties['PubliclyAccessible']).toBe('false');
    for (const k of ['MasterUserPassword', 'Az', 'Cidr', 'Imported', 'Data', 'Image', 'Inc'])
      expect(isUnknown(db.properties[k]), k).toBe(true);
    expect(doc.resource('Maybe')?.conditional).toBe(false);
    expect(doc.parameters.find((p) => p.name === 'Secret')?.noEcho).toBe(true);
  });

  it('points at exact lines and knows what can be edited', () => {
    const { doc } = parse(SHORT_FORMS);
    if (!doc) throw new Error('no doc');
    const db = doc.resource('Db');
    const bucket = doc.resource('Bucket');
    if (!db || !bucket) throw new Error('missing');
    expect(locate(doc, db, ['PubliclyAccessible']).start.line).toBe(52);
    expect(locate(doc, db, ['StorageEncrypted']).start.line).toBe(50);
    expect(locate(doc, bucket, ['VersioningConfiguration', 'Status']).start.line).toBe(46);
    expect(isEditable(db, ['PubliclyAccessible'])).toBe(false);
    expect(isEditable(db, ['StorageEncrypted'])).toBe(true);
    expect(isEditable(bucket, ['VersioningConfiguration', 'Status'])).toBe(false);
    expect(valueAt(db, ['Nope', 'Deeper'])).toBeUndefined();
  });

  it('keeps escaped Sub variables, uses Sub variable maps and FindInMap defaults', () => {
    const { doc } = parse(`AWSTemplateFormatVersion: x
Mappings:
  M:
    a:
      b: found
Resources:
  T:
    Type: AWS::SNS::Topic
    Properties:
      A: !Sub "\${!Literal}-\${X}"
      B: !Sub ["\${X}-\${Y}", {X: 1, Y: !FindInMap [M, a, b]}]
      C: !FindInMap [M, nope, b, {DefaultValue: fallback}]
      D: [!Ref AWS::NoValue, keep]
`);
    const t = doc?.resource('T');
    expect(isUnknown(t?.properties['A'])).toBe(true);
    expect(t?.properties['B']).toBe('1-found');
    expect(t?.properties['C']).toBe('fallback');
    expect(t?.properties['D']).toEqual(['keep']);
    const lit = parse(
      'AWSTemplateFormatVersion: x\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      A: !Sub "${!Literal}"\n',
    );
    expect(lit.doc?.resource('T')?.properties['A']).toBe('${Literal}');
  });

  it('reads JSON templates with long-form intrinsics', () => {
    const text = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": { "Open": { "Type": "String", "Default": "true" } },
  "Conditions": { "IsOpen": { "Fn::Equals": [{ "Ref": "Open" }, "true"] } },
  "Resources": {
    "Db": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "PubliclyAccessible": { "Fn::If": ["IsOpen", true, false] },
        "DBName": { "Fn::Join": ["", ["app", { "Ref": "AWS::StackName" }]] }
      }
    }
  }
}
`;
    const { doc, diagnostics } = parse(text, 'stack.json');
    expect(diagnostics).toEqual([]);
    expect(doc?.format).toBe('json');
    const db = doc?.resource('Db');
    expect(db?.properties['PubliclyAccessible']).toBe(true);
    expect(isUnknown(db?.properties['DBName'])).toBe(true);
    if (doc && db) expect(locate(doc, db, ['PubliclyAccessible']).start.line).toBe(9);
  });

  it('recognises SAM templates and reads Globals', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
`;
    expect(looksLikeTemplate(text)).toBe(true);
    const { doc } = parse(text);
    expect(doc?.sam).toBe(true);
    expect(doc?.globals).toEqual({ Function: { Runtime: 'python3.12' } });
    expect(doc?.ofType('AWS::Serverless::Function')).toHaveLength(1);
  });

  it('detects templates by content without stealing other YAML kinds', () => {
    const k8s = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  Type: AWS::S3::Bucket\n';
    const compose = 'services:\n  web:\n    image: nginx\n';
    const serverless =
      'service: x\nprovider:\n  name: aws\nresources:\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n';
    const workflow = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: []\n';
    for (const t of [k8s, compose, serverless, workflow]) expect(looksLikeTemplate(t)).toBe(false);
    const bare = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n';
    expect(looksLikeTemplate(bare)).toBe(true);
    expect(detectKind('infra/stack.yaml', bare)?.kind).toBe('cloudformation');
    expect(detectKind('infra/stack.json', '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}')?.kind).toBe(
      'cloudformation',
    );
    expect(detectKind('infra/network.template', undefined)?.kind).toBe('cloudformation');
    expect(detectKind('k8s/cm.yaml', k8s)?.kind).toBe('kubernetes');
    expect(detectKind('docker-compose.yml', compose)?.kind).toBe('compose');
  });

  it('skips a .template file that is not CloudFormation, quietly', () => {
    const r = cloudformationHandler.parse(file('Hello {{ name }}\n', 'mail.template'), {
      readText: () => undefined,
      glob: () => [],
    });
    expect(r).toEqual({ documents: [], diagnostics: [] });
  });
});

describe('hostile and malformed templates', () => {
  it('reports an unterminated quote with its line and keeps going', () => {
    const { doc, diagnostics } = parse(
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: "AWS::S3::Bucket\n',
    );
    expect(doc).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]?.code).toBe('parse-error');
    expect(diagnostics[0]?.range?.start.line).toBeGreaterThanOrEqual(4);
  });

  it('reports structural problems as warnings with their line', () => {
    const { doc, diagnostics } = parse(
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  NoType:\n    Properties: {}\n  Scalar: 3\n  Ok:\n    Type: AWS::SNS::Topic\n',
    );
    expect(doc?.resources.map((r) => r.logicalId)).toEqual(['Ok']);
    expect(diagnostics.map((d) => [d.level, d.range?.start.line])).toEqual([
      ['warning', 4],
      ['warning', 5],
    ]);
    const list = parse('AWSTemplateFormatVersion: "2010-09-09"\nResources: [1, 2]\n');
    expect(list.diagnostics[0]?.range?.start.line).toBe(2);
  });

  it('survives binary junk, huge lines, deep nesting and condition cycles', () => {
    const junk = `AWSTemplateFormatVersion: x\n${'\u0000\u0001\uFFFD'.repeat(1000)}\n`;
    expect(() => parse(junk)).not.toThrow();
    const huge = `AWSTemplateFormatVersion: "2010-09-09"\nDescription: ${'x'.repeat(2_000_000)}\nResources: {}\n`;
    expect(parse(huge).doc?.resources).toEqual([]);
    const deep = `AWSTemplateFormatVersion: x\nResources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      P: ${'['.repeat(3000)}${']'.repeat(3000)}\n`;
    expect(() => parse(deep)).not.toThrow();
    const nestedFn = `AWSTemplateFormatVersion: x\nResources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      P: ${'!Join ["", ['.repeat(200)}x${']]'.repeat(200)}\n`;
    expect(() => parse(nestedFn)).not.toThrow();
    const cycle = `AWSTemplateFormatVersion: x
Conditions:
  A: !Condition B
  B: !Not [!Condition A]
Resources:
  T:
    Type: AWS::SNS::Topic
    Condition: A
    Properties:
      TopicName: !If [B, x, y]
`;
    const { doc } = parse(cycle);
    expect(doc?.resource('T')?.conditional).toBe(true);
    expect(isUnknown(doc?.resource('T')?.properties['TopicName'])).toBe(true);
  });

  it('stops alias bombs', () => {
    const bomb = `AWSTemplateFormatVersion: x
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
Resources: {}
`;
    const { doc, diagnostics } = parse(bomb);
    expect(doc).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  it('parses a few hundred templates quickly', () => {
    const start = performance.now();
    for (let i = 0; i < 300; i++) parse(SHORT_FORMS);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
