import type { Severity } from '../core/severity.js';
import type { NotificationEvent } from './events.js';
import { EVENT_LABELS } from './events.js';

/** CEF header fields: backslash and pipe are escaped; a header cannot hold a line break. */
export function cefHeader(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** CEF extension values: backslash and equals are escaped, line breaks become `\n` / `\r`. */
export function cefValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/=/g, '\\=')
    .replace(/\r\n/g, '\\n')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** CEF's 0–10 severity. */
export const CEF_SEVERITY: Record<Severity, number> = { critical: 10, high: 8, medium: 5, low: 3, info: 1 };

/** RFC 5424 severities (0 emergency … 7 debug). */
export const SYSLOG_SEVERITY: Record<Severity, number> = { critical: 2, high: 3, medium: 4, low: 5, info: 6 };

export function cefExtension(
  fields: ReadonlyArray<readonly [string, string | number | undefined | null]>,
): string {
  return fields
    .filter(([k, v]) => /^[A-Za-z0-9]+$/.test(k) && v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${cefValue(String(v))}`)
    .join(' ');
}

/** One event as a CEF:0 line (no syslog header). */
export function toCef(event: NotificationEvent, productVersion: string): string {
  const f = event.finding;
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(f.path);
  const header = [
    'CEF:0',
    cefHeader('Plumbline'),
    cefHeader('plumb'),
    cefHeader(productVersion),
    cefHeader(f.ruleId),
    cefHeader(`${EVENT_LABELS[event.type]}: ${f.title}`.slice(0, 512)),
    String(CEF_SEVERITY[f.severity]),
  ].join('|');
  const ext = cefExtension([
    ['rt', Date.parse(event.at)],
    ['cat', event.type],
    ['externalId', f.fingerprint],
    ['msg', f.message],
    [isUrl ? 'request' : 'filePath', f.path],
    ['cn1Label', f.line !== undefined ? 'line' : undefined],
    ['cn1', f.line],
    ['cs1Label', 'state'],
    ['cs1', event.state],
    ['cs2Label', 'team'],
    ['cs2', event.owner.teamName ?? event.owner.teamId ?? 'unowned'],
    ['cs3Label', 'targetGroup'],
    ['cs3', event.targetGroup],
    ['cs4Label', 'remediation'],
    ['cs4', event.fix.remediation.slice(0, 1000)],
    ['cs5Label', 'logicalPath'],
    ['cs5', f.logicalPath],
    ['cs6Label', event.run ? 'fixRun' : undefined],
    ['cs6', event.run?.id],
    ['outcome', event.run?.status],
    ['reason', event.run?.reason],
  ]);
  return `${header}|${ext}`;
}

/** RFC 5424 header field: printable US-ASCII without spaces, or `-`. */
function headerField(value: string | undefined, max: number): string {
  const v = (value ?? '').replace(/[^!-~]/g, '').slice(0, max);
  return v === '' ? '-' : v;
}

/** An RFC 5424 message: `<PRI>1 TIMESTAMP HOST APP PROCID MSGID - MSG` (no structured data). */
export function syslog5424(options: {
  facility: number;
  severity: number;
  timestamp: Date;
  hostname: string;
  appName: string;
  procId?: string;
  msgId?: string;
  message: string;
}): string {
  const pri = options.facility * 8 + options.severity;
  return [
    `<${pri}>1`,
    options.timestamp.toISOString(),
    headerField(options.hostname, 255),
    headerField(options.appName, 48),
    headerField(options.procId, 128),
    headerField(options.msgId, 32),
    '-',
    options.message,
  ].join(' ');
}

/** RFC 6587 octet counting (also RFC 5425 for TLS): `<length> <message>`. */
export function octetFrame(message: string): Buffer {
  const body = Buffer.from(message, 'utf8');
  return Buffer.concat([Buffer.from(`${body.length} `, 'ascii'), body]);
}

/** Cut a UTF-8 string to at most `max` bytes without splitting a character. */
export function truncateUtf8(text: string, max: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= max) return text;
  let end = max;
  while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}
