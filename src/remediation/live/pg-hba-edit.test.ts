import { describe, expect, it } from 'vitest';
import { trustToScram } from './pg-hba-edit.js';

describe('trustToScram', () => {
  it('changes only the method word of host lines', () => {
    const text = [
      '# TYPE  DATABASE  USER  ADDRESS  METHOD',
      'local   all       all            trust',
      'host    all       all   127.0.0.1/32  trust   # loopback',
      'hostssl all       all   10.0.0.0 255.0.0.0 trust',
      'host    all       all   ::1/128  scram-sha-256',
      'host    trust     trust 10.1.0.0/16 md5',
      'host    all       all   0.0.0.0/0 trust clientcert=verify-ca',
      '',
    ].join('\r\n');
    const r = trustToScram(text);
    expect(r.lines).toEqual([3, 4, 7]);
    expect(r.text).toBe(
      [
        '# TYPE  DATABASE  USER  ADDRESS  METHOD',
        'local   all       all            trust',
        'host    all       all   127.0.0.1/32  scram-sha-256   # loopback',
        'hostssl all       all   10.0.0.0 255.0.0.0 scram-sha-256',
        'host    all       all   ::1/128  scram-sha-256',
        'host    trust     trust 10.1.0.0/16 md5',
        'host    all       all   0.0.0.0/0 scram-sha-256 clientcert=verify-ca',
        '',
      ].join('\r\n'),
    );
    expect(trustToScram(r.text).lines).toEqual([]);
  });
});
