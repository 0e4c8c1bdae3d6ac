import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { SourceFile } from '../types.js';
import type { ComposeDocument } from './compose-document.js';
import { parseShortPort, parseShortVolume } from './compose-syntax.js';
import { composeHandler, looksLikeCompose } from './handler.js';

const io = { readText: () => undefined, glob: () => [] };

function file(text: string, path = 'docker-compose.yml'): SourceFile {
  return { path, absPath: `/x/${path}`, text, lines: new LineIndex(text) };
}

function parse(text: string) {
  const result = composeHandler.parse(file(text), io);
  return { docs: result.documents as ComposeDocument[], diagnostics: result.diagnostics };
}

describe('compose detection', () => {
  it('recognises conventional names', () => {
    for (const base of [
      'docker-compose.yml',
      'docker-compose.yaml',
      'docker-compose.override.yml',
      'docker-compose-dev.yml',
      'compose.yaml',
      'compose.prod.yml',
    ])
      expect(composeHandler.byName?.(`a/${base}`, base), base).toBe(true);
    for (const base of ['composer.json', 'compose.json', 'my-compose.yml', 'values.yaml'])
      expect(composeHandler.byName?.(`a/${base}`, base), base).toBe(false);
  });

  it('sniffs content', () => {
    expect(looksLikeCompose('services:\n  web:\n    image: nginx:1.27\n')).toBe(true);
    expect(looksLikeCompose('version: "3.8"\nservices: # apps\n  web:\n    build: .\n')).toBe(true);
    expect(looksLikeCompose('apiVersion: v1\nkind: List\nservices:\n  web:\n    image: x\n')).toBe(false);
    expect(looksLikeCompose('services:\n  - name: a\n')).toBe(false);
    expect(looksLikeCompose('services:\n  api:\n    image:\n      repository: acme/api\n')).toBe(false);
    expect(looksLikeCompose('jobs:\n  build:\n    runs-on: ubuntu-latest\n')).toBe(false);
  });
});

describe('compose parser', () => {
  it('reads services and their fields with ranges', () => {
    const { docs } = parse(
      [
        'services:',
        '  web:',
        '    image: nginx:1.27',
        '    privileged: true',
        '    cap_add: [NET_ADMIN, SYS_TIME]',
        '    security_opt:',
        '      - seccomp:unconfined',
        '    network_mode: host',
        '    pid: "host"',
        '    user: "1000:1000"',
        '    read_only: yes',
        '',
      ].join('\n'),
    );
    const web = docs[0]?.services[0];
    expect(web?.name).toBe('web');
    expect(web?.image?.value).toBe('nginx:1.27');
    expect(web?.image?.range.start.line).toBe(3);
    expect(web?.privileged?.value).toBe(true);
    expect(web?.privileged?.range.start.line).toBe(4);
    expect(web?.capAdd?.value.map((c) => c.value)).toEqual(['NET_ADMIN', 'SYS_TIME']);
    expect(web?.securityOpt?.value[0]?.range.start.line).toBe(7);
    expect(web?.networkMode?.value).toBe('host');
    expect(web?.pid?.value).toBe('host');
    expect(web?.user?.value).toBe('1000:1000');
    expect(web?.readOnly?.value).toBe('yes');
  });

  it('normalises list and map environments', () => {
    const { docs } = parse(
      [
        'services:',
        '  a:',
        '    image: x:1',
        '    environment:',
        '      - A=1',
        '      - "B=two words"',
        '      - C',
        '      - D=',
        '  b:',
        '    image: y:1',
        '    environment:',
        '      E: 5',
        '      F:',
        '      G: "g"',
        '',
      ].join('\n'),
    );
    const [a, b] = docs[0]?.services ?? [];
    expect(a?.environment.map((e) => [e.name, e.value, e.range.start.line])).toEqual([
      ['A', '1', 5],
      ['B', 'two words', 6],
      ['C', null, 7],
      ['D', '', 8],
    ]);
    const text = docs[0]?.text ?? '';
    const bRange = a?.environment[1]?.valueRange;
    expect(bRange && text.slice(bRange.start.offset, bRange.end.offset)).toBe('two words');
    expect(b?.environment.map((e) => [e.name, e.value, e.range.start.line])).toEqual([
      ['E', '5', 12],
      ['F', null, 13],
      ['G', 'g', 14],
    ]);
  });

  it('parses ports in short and long syntax', () => {
    const { docs } = parse(
      [
        'services:',
        '  db:',
        '    image: postgres:16',
        '    ports:',
        '      - "5432:5432"',
        '      - 127.0.0.1:6379:6379',
        '      - 9000',
        '      - "[::1]:53:53/udp"',
        '      - "${DB_PORT:-5433}:5432"',
        '      - target: 27017',
        '        published: "27017"',
        '        host_ip: 0.0.0.0',
        '',
      ].join('\n'),
    );
    const ports = docs[0]?.services[0]?.ports ?? [];
    expect(ports.map((p) => [p.hostIp, p.hostPort, p.containerPort, p.protocol, p.variable])).toEqual([
      [null, '5432', '5432', 'tcp', false],
      ['127.0.0.1', '6379', '6379', 'tcp', false],
      [null, null, '9000', 'tcp', false],
      ['::1', '53', '53', 'udp', false],
      [null, '${DB_PORT:-5433}', '5432', 'tcp', true],
      ['0.0.0.0', '27017', '27017', 'tcp', false],
    ]);
    expect(ports.map((p) => p.range.start.line)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('parses volumes in short and long syntax', () => {
    const { docs } = parse(
      [
        'services:',
        '  agent:',
        '    image: agent:1',
        '    volumes:',
        '      - /var/run/docker.sock:/var/run/docker.sock:ro',
        '      - ./data:/data',
        '      - cache:/cache',
        '      - /anon',
        '      - C:\\Users\\me:/home',
        '      - type: bind',
        '        source: /etc',
        '        target: /host/etc',
        '        read_only: true',
        '',
      ].join('\n'),
    );
    const vols = docs[0]?.services[0]?.volumes ?? [];
    expect(vols.map((v) => [v.type, v.source, v.target, v.readOnly])).toEqual([
      ['bind', '/var/run/docker.sock', '/var/run/docker.sock', true],
      ['bind', './data', '/data', false],
      ['volume', 'cache', '/cache', false],
      ['volume', null, '/anon', false],
      ['bind', 'C:\\Users\\me', '/home', false],
      ['bind', '/etc', '/host/etc', true],
    ]);
  });

  it('applies YAML merge keys and points inherited values at the anchor', () => {
    const { docs } = parse(
      [
        'x-defaults: &defaults',
        '  privileged: true',
        '  environment: &env',
        '    TZ: UTC',
        'services:',
        '  a:',
        '    <<: *defaults',
        '    image: a:1',
        '  b:',
        '    <<: [*defaults]',
        '    image: b:1',
        '    privileged: false',
        '',
      ].join('\n'),
    );
    const [a, b] = docs[0]?.services ?? [];
    expect(a?.privileged?.inherited).toBe(true);
    expect(a?.privileged?.path).toEqual(['x-defaults', 'privileged']);
    expect(a?.privileged?.range.start.line).toBe(2);
    expect(a?.environment.map((e) => [e.name, e.inherited])).toEqual([['TZ', true]]);
    expect(b?.privileged?.value).toBe(false);
    expect(b?.privileged?.inherited).toBe(false);
  });

  it('never throws on malformed or hostile input', () => {
    const inputs = [
      'services:\n  web:\n    image: "unterminated\n',
      'services: [\n',
      '\u0000\u0001\u0002binary junk\uFFFD',
      `services:\n  web:\n    image: ${'x'.repeat(200_000)}\n`,
      'a: &a [*a]\nservices: *a\n',
      `${Array.from(
        { length: 12 },
        (_, i) =>
          `l${i}: &l${i} [${Array(10)
            .fill(i === 0 ? 'x' : `*l${i - 1}`)
            .join(',')}]`,
      ).join('\n')}\nservices:\n  web:\n    environment: *l11\n`,
      'services:\n  web: null\n  db: 5\n  x: [1, 2]\n',
      'services:\n  web:\n    ports: "8080:80"\n    volumes: {a: b}\n    environment: 7\n    cap_add: ALL\n',
      '- just\n- a list\n',
      '',
    ];
    for (const text of inputs) {
      expect(() => parse(text)).not.toThrow();
    }
    expect(parse(inputs[0] ?? '').diagnostics[0]?.code).toBe('parse-error');
    expect(parse(inputs[5] ?? '').diagnostics.length).toBeGreaterThan(0);
  });
});

describe('compose syntax helpers', () => {
  it('splits ports and volumes around interpolation', () => {
    expect(parseShortPort('${IP:-127.0.0.1}:8080:80')).toEqual({
      hostIp: '${IP:-127.0.0.1}',
      hostPort: '8080',
      containerPort: '80',
      protocol: 'tcp',
    });
    expect(parseShortPort('127.0.0.1::5432')?.hostPort).toBe('');
    expect(parseShortVolume('${DATA:-./data}:/data:rw')).toEqual({
      source: '${DATA:-./data}',
      target: '/data',
      mode: 'rw',
    });
  });
});
