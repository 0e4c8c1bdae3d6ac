import { describe, expect, it } from 'vitest';
import { amqpFramer, readTable } from './amqp/amqp-wire.js';
import { decodeBson, encodeBson } from './mongodb/bson.js';
import { mqttFramer } from './mqtt/probe.js';
import { authResponse, nativePasswordHash, parseGreeting } from './mysql/mysql-wire.js';
import { parseNatsInfo } from './nats/probe.js';
import { scramClient, scramVerifier } from './postgres/scram.js';
import { ProbeError } from './probe-error.js';
import { encodeCommand, parseResp, RespError } from './redis/resp.js';

describe('RESP', () => {
  it('parses nested replies and waits for incomplete ones', () => {
    const buf = Buffer.from('*3\r\n$5\r\nflags\r\n*2\r\n+on\r\n+nopass\r\n:42\r\n');
    expect(parseResp(buf)?.value).toEqual(['flags', ['on', 'nopass'], 42]);
    expect(parseResp(buf.subarray(0, buf.length - 3))).toBeNull();
    expect(parseResp(Buffer.from('-NOAUTH Authentication required.\r\n'))?.value).toBeInstanceOf(RespError);
    expect(encodeCommand(['CONFIG', 'GET', 'x']).toString()).toBe(
      '*3\r\n$6\r\nCONFIG\r\n$3\r\nGET\r\n$1\r\nx\r\n',
    );
  });
  it('rejects junk, huge lengths and deep nesting', () => {
    expect(() => parseResp(Buffer.from('?\r\n'))).toThrow(ProbeError);
    expect(() => parseResp(Buffer.from('$99999999\r\n'))).toThrow(/too large/);
    expect(() => parseResp(Buffer.from(`${'*1\r\n'.repeat(20)}:1\r\n`))).toThrow(/deep/);
    expect(() => parseResp(Buffer.alloc(70_000, 0x2b))).toThrow(/too long/);
  });
});

describe('SCRAM-SHA-256', () => {
  it('matches the RFC 7677 example exchange', () => {
    const c = scramClient('pencil', 'rOprNGfwEbeRWgbNEkqO', 'user');
    expect(c.firstMessage).toBe('n,,n=user,r=rOprNGfwEbeRWgbNEkqO');
    const final = c.finalMessage(
      'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096',
    );
    expect(final).toBe(
      'c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=',
    );
    expect(c.verifyServer('v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=')).toBe(true);
    expect(c.verifyServer('v=AAAA')).toBe(false);
  });
  it('refuses a server nonce that does not extend ours', () => {
    expect(() => scramClient('x', 'abc').finalMessage('r=zzz,s=AAAA,i=4096')).toThrow(/malformed/);
  });
  it('builds stored verifiers in PostgreSQL format', () => {
    expect(scramVerifier('pw', 4096, Buffer.alloc(16))).toMatch(
      /^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/,
    );
  });
});

describe('MySQL wire', () => {
  it('hashes native passwords like PASSWORD()', () => {
    expect(nativePasswordHash('password')).toBe('*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19');
    expect(authResponse('mysql_native_password', '', Buffer.alloc(20))).toHaveLength(0);
    expect(authResponse('mysql_native_password', 'x', Buffer.alloc(20))).toHaveLength(20);
  });
  it('parses a handshake v10 and rejects junk', () => {
    const g = Buffer.concat([
      Buffer.from([10]),
      Buffer.from('10.11.6-MariaDB\0'),
      Buffer.from([1, 0, 0, 0]),
      Buffer.from('abcdefgh'),
      Buffer.from([0]),
      Buffer.from([0xff, 0xff]), // capabilities low, including SSL (0x800)
      Buffer.from([45, 2, 0]),
      Buffer.from([0xff, 0x81]), // capabilities high: PLUGIN_AUTH
      Buffer.from([21]),
      Buffer.alloc(10),
      Buffer.from('ijklmnopqrst\0'),
      Buffer.from('mysql_native_password\0'),
    ]);
    const parsed = parseGreeting(g, 'mysql://x:1');
    expect(parsed).toMatchObject({
      serverVersion: '10.11.6-MariaDB',
      connectionId: 1,
      authPlugin: 'mysql_native_password',
    });
    expect(parsed.capabilities & 0x800).toBe(0x800);
    expect(parsed.nonce.toString()).toBe('abcdefghijklmnopqrst');
    expect(() => parseGreeting(Buffer.from('SSH-2.0-OpenSSH_9.6\r\n'), 'mysql://x:1')).toThrow(ProbeError);
    expect(() => parseGreeting(Buffer.from([10, 0x41, 0x41]), 'mysql://x:1')).toThrow(/not a MySQL/);
  });
});

describe('BSON', () => {
  it('round-trips command documents', () => {
    const doc = { hello: 1, $db: 'admin', nested: { ok: true, list: ['a', 2.5] }, none: null };
    expect(decodeBson(encodeBson(doc))).toEqual(doc);
  });
  it('rejects truncated and lying documents', () => {
    const good = encodeBson({ a: 'b' });
    expect(() => decodeBson(good.subarray(0, good.length - 2))).toThrow(ProbeError);
    const lying = Buffer.from(good);
    lying.writeInt32LE(1000, 0);
    expect(() => decodeBson(lying)).toThrow(/length/);
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 30; i++) {
      const next: Record<string, unknown> = {};
      cur['x'] = next;
      cur = next;
    }
    expect(() => decodeBson(encodeBson(deep as never))).toThrow(/deep/);
  });
});

describe('framers and greetings', () => {
  it('MQTT remaining length', () => {
    expect(mqttFramer(Buffer.from([0x20, 0x02, 0, 0]))).toBe(4);
    expect(mqttFramer(Buffer.from([0x20]))).toBeNull();
    expect(() => mqttFramer(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff]))).toThrow(ProbeError);
  });
  it('AMQP frames, version headers and tables', () => {
    expect(amqpFramer(Buffer.from('AMQP\0\0\x09\x01', 'latin1'))).toBe(8);
    expect(() => amqpFramer(Buffer.from('AAAAAAAAAAAA'))).toThrow(ProbeError);
    expect(() => amqpFramer(Buffer.from([1, 0, 0, 0, 0, 0, 1, 0x00, 0x00]))).toThrow(/frame-end/);
    const table = Buffer.from([0, 0, 0, 12, 1, 0x70, 0x53, 0, 0, 0, 1, 0x78, 1, 0x74, 0x74, 1]);
    expect(readTable(table, 0).values.get('p')).toBe('x');
    expect(() => readTable(Buffer.from([0, 0, 1, 0]), 0)).toThrow(/runs past/);
  });
  it('NATS INFO', () => {
    expect(parseNatsInfo('INFO {"auth_required":true}', 'nats://x:1')).toEqual({ auth_required: true });
    expect(() => parseNatsInfo('INFO [1]', 'nats://x:1')).toThrow(ProbeError);
    expect(() => parseNatsInfo('-ERR', 'nats://x:1')).toThrow(/not a NATS/);
  });
});
