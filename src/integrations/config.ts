import { z } from 'zod';
import { SEVERITIES } from '../core/severity.js';
import { DURATION_PATTERN, formatDuration, parseDuration } from './duration.js';

/** Every event the notifier can announce. */
export const EVENT_TYPES = [
  'finding.new',
  'finding.reopened',
  'finding.fixed',
  'sla.breached',
  'drift.detected',
  'fix.applied',
  'fix.failed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const DESTINATION_TYPES = ['webhook', 'slack', 'jira', 'splunk-hec', 'syslog', 'email'] as const;
export type DestinationType = (typeof DESTINATION_TYPES)[number];

const duration = z
  .union([
    z.number().int().nonnegative(),
    z.string().regex(DURATION_PATTERN, 'a duration such as 30s, 5m or 1h'),
  ])
  .transform((v) => (typeof v === 'number' ? v : (parseDuration(v) ?? 0)));

const httpUrl = z
  .string()
  .min(1)
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'an http(s) URL');

const name = z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash, underscore');

const retry = z
  .object({
    maxAttempts: z.number().int().min(1).max(100).default(8),
    initialDelay: duration.default(2000),
    maxDelay: duration.default(600_000),
  })
  .strict();

/** Fields every destination has. */
const common = {
  name,
  /** Per-request timeout. */
  timeout: duration.default(10_000),
  /** Minimum time between two requests to this destination (Slack defaults to 1s). */
  throttle: duration.optional(),
  /** Default digest window for routes to this destination (e-mail defaults to 1h). */
  digest: duration.optional(),
  retry: retry.prefault({}),
};

const webhook = z
  .object({
    ...common,
    type: z.literal('webhook'),
    url: httpUrl,
    /** Standard Webhooks signing secret (`whsec_<base64>` or any string). */
    secret: z.string().min(1).optional(),
    payload: z.enum(['plumb', 'ocsf']).default('plumb'),
    headers: z.record(z.string(), z.string()).optional(),
  })
  .strict();

const slack = z.object({ ...common, type: z.literal('slack'), url: httpUrl }).strict();

const jira = z
  .object({
    ...common,
    type: z.literal('jira'),
    /** Site base URL, e.g. https://example.atlassian.net */
    url: httpUrl,
    email: z.string().min(1),
    apiToken: z.string().min(1),
    project: z.string().min(1),
    issueType: z.string().min(1).default('Task'),
    labels: z.array(z.string().regex(/^\S+$/, 'a label without spaces')).default([]),
    /** Optional Jira priority name per severity, e.g. { critical: Highest }. */
    priorities: z.record(z.enum(SEVERITIES), z.string().min(1)).optional(),
  })
  .strict();

const splunk = z
  .object({
    ...common,
    type: z.literal('splunk-hec'),
    /** HEC base (https://splunk:8088) or the full collector endpoint. */
    url: httpUrl,
    token: z.string().min(1),
    index: z.string().min(1).optional(),
    sourcetype: z.string().min(1).default('plumbline:finding'),
    source: z.string().min(1).default('plumbline'),
    host: z.string().min(1).optional(),
    batchSize: z.number().int().min(1).max(1000).default(50),
  })
  .strict();

export const SYSLOG_FACILITIES = {
  kern: 0,
  user: 1,
  mail: 2,
  daemon: 3,
  auth: 4,
  syslog: 5,
  lpr: 6,
  news: 7,
  uucp: 8,
  cron: 9,
  authpriv: 10,
  ftp: 11,
  ntp: 12,
  audit: 13,
  alert: 14,
  clock: 15,
  local0: 16,
  local1: 17,
  local2: 18,
  local3: 19,
  local4: 20,
  local5: 21,
  local6: 22,
  local7: 23,
} as const;

const syslog = z
  .object({
    ...common,
    type: z.literal('syslog'),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).optional(),
    protocol: z.enum(['udp', 'tcp', 'tls']).default('udp'),
    facility: z.enum(Object.keys(SYSLOG_FACILITIES) as [keyof typeof SYSLOG_FACILITIES]).default('local0'),
    appName: z
      .string()
      .regex(/^[!-~]{1,48}$/, 'printable ASCII without spaces, at most 48')
      .default('plumbline'),
    hostname: z
      .string()
      .regex(/^[!-~]{1,255}$/, 'printable ASCII without spaces')
      .optional(),
    /** Largest UDP datagram to send; longer messages are truncated. */
    maxUdpBytes: z.number().int().min(480).max(65_000).default(8192),
    tls: z
      .object({
        /** PEM text of the CA (or CAs) that signed the receiver's certificate. */
        ca: z.string().min(1).optional(),
        caFile: z.string().min(1).optional(),
        servername: z.string().min(1).optional(),
        rejectUnauthorized: z.boolean().default(true),
      })
      .strict()
      .optional(),
  })
  .strict();

const email = z
  .object({
    ...common,
    type: z.literal('email'),
    smtp: z
      .object({
        host: z.string().min(1),
        port: z.number().int().min(1).max(65535).default(587),
        /** true: TLS from the first byte (port 465); false: STARTTLS when offered. */
        secure: z.boolean().default(false),
        user: z.string().min(1).optional(),
        pass: z.string().min(1).optional(),
        requireTLS: z.boolean().default(false),
        ignoreTLS: z.boolean().default(false),
        rejectUnauthorized: z.boolean().default(true),
      })
      .strict(),
    from: z.string().min(3),
    to: z.array(z.string().min(3)).min(1),
    /** Also send to the owning team's contact address when it is an e-mail address. */
    toTeamContact: z.boolean().default(false),
    /** Events at or above this severity are sent at once; the rest wait for the digest. */
    immediateSeverity: z.enum(SEVERITIES).default('critical'),
  })
  .strict();

export const destinationSchema = z.discriminatedUnion('type', [webhook, slack, jira, splunk, syslog, email]);

export const routeSchema = z
  .object({
    events: z.array(z.enum(EVENT_TYPES)).min(1),
    minSeverity: z.enum(SEVERITIES).default('info'),
    /** Owning team names (or ids); omitted = every team, and unowned findings. */
    teams: z.array(z.string().min(1)).min(1).optional(),
    targetGroups: z.array(z.string().min(1)).min(1).optional(),
    to: z.array(name).min(1),
    /** Collect matching events and send one message per team per window. */
    digest: duration.optional(),
  })
  .strict();

export const notificationsSchema = z
  .object({
    enabled: z.boolean().default(true),
    destinations: z.array(destinationSchema).default([]),
    routes: z.array(routeSchema).default([]),
    /** How often serve mode looks for findings past their SLA. */
    slaCheckInterval: duration.default(300_000),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    const seen = new Set<string>();
    cfg.destinations.forEach((d, i) => {
      if (seen.has(d.name))
        ctx.addIssue({
          code: 'custom',
          path: ['destinations', i, 'name'],
          message: `duplicate destination "${d.name}"`,
        });
      seen.add(d.name);
      if (d.type === 'syslog' && d.protocol !== 'tls' && d.tls)
        ctx.addIssue({
          code: 'custom',
          path: ['destinations', i, 'tls'],
          message: 'tls options need protocol: tls',
        });
    });
    cfg.routes.forEach((r, i) => {
      r.to.forEach((t, j) => {
        if (!seen.has(t))
          ctx.addIssue({
            code: 'custom',
            path: ['routes', i, 'to', j],
            message: `unknown destination "${t}"`,
          });
      });
    });
  });

export type NotificationsConfig = z.output<typeof notificationsSchema>;
export type DestinationConfig = z.output<typeof destinationSchema>;
export type RouteConfig = z.output<typeof routeSchema>;
export type DestinationOf<T extends DestinationType> = Extract<DestinationConfig, { type: T }>;

export class NotificationConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly detail: string,
  ) {
    super(`${file}: invalid key "${key}": ${detail}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Expands `${NAME}` and `${NAME:-default}` in every string of the section (`$${` stays a literal
 * `${`). A reference to an unset variable without a default is an error naming the key.
 */
export function expandEnv(value: unknown, env: Env, path: string[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(
      /\$?\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
      (all, varName: string, dflt?: string) => {
        if (all.startsWith('$$')) return all.slice(1);
        const v = env[varName];
        if (v !== undefined && v !== '') return v;
        if (dflt !== undefined) return dflt;
        throw new NotificationConfigError(
          'plumb.yaml',
          ['notifications', ...path].join('.'),
          `environment variable ${varName} is not set`,
        );
      },
    );
  }
  if (Array.isArray(value)) return value.map((v, i) => expandEnv(v, env, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandEnv(v, env, [...path, k])]));
  }
  return value;
}

/**
 * Validates the `notifications:` section of plumb.yaml (raw, as parsed from YAML). Errors name the
 * file and key, e.g. `plumb.yaml: invalid key "notifications.routes.0.to.0": unknown destination "x"`.
 */
export function parseNotificationsConfig(
  raw: unknown,
  options: { env?: Env; file?: string } = {},
): NotificationsConfig {
  const file = options.file ?? 'plumb.yaml';
  let expanded: unknown;
  try {
    expanded = expandEnv(raw ?? {}, options.env ?? process.env);
  } catch (e) {
    if (e instanceof NotificationConfigError) throw new NotificationConfigError(file, e.key, e.detail);
    throw e;
  }
  const r = notificationsSchema.safeParse(expanded);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const key = ['notifications', ...issue.path.map(String)].join('.');
    const extra =
      issue.code === 'unrecognized_keys' ? ` (${(issue as { keys: string[] }).keys.join(', ')})` : '';
    throw new NotificationConfigError(file, key, `${issue.message}${extra}`);
  }
  return r.data;
}

/** The strings of a destination that must never appear in a log line or an API response. */
export function secretsOf(d: DestinationConfig): string[] {
  const out: string[] = [];
  switch (d.type) {
    case 'webhook':
      if (d.secret) out.push(d.secret, d.secret.replace(/^whsec_/, ''));
      for (const v of Object.values(d.headers ?? {})) out.push(v);
      out.push(...urlSecrets(d.url));
      break;
    case 'slack':
      // An incoming-webhook URL is itself the credential.
      out.push(d.url, new URL(d.url).pathname);
      break;
    case 'jira':
      out.push(d.apiToken, Buffer.from(`${d.email}:${d.apiToken}`).toString('base64'));
      break;
    case 'splunk-hec':
      out.push(d.token);
      break;
    case 'email':
      if (d.smtp.pass) out.push(d.smtp.pass);
      break;
    case 'syslog':
      break;
  }
  return out.filter((s) => s.length >= 4);
}

function urlSecrets(url: string): string[] {
  const u = new URL(url);
  return [u.password, u.search.slice(1), ...[...u.searchParams.values()]].filter(Boolean);
}

const MASK = '********';

/** Replaces every secret of the destinations in `text` (error messages, response bodies). */
export function redact(text: string, destinations: readonly DestinationConfig[]): string {
  let out = text;
  const secrets = destinations.flatMap(secretsOf).sort((a, b) => b.length - a.length);
  for (const s of secrets) out = out.split(s).join(MASK);
  return out;
}

function redactUrl(url: string, wholePath: boolean): string {
  const u = new URL(url);
  const path = wholePath ? (u.pathname === '/' ? '/' : `/${MASK}`) : u.pathname;
  return `${u.protocol}//${u.host}${path}${u.search ? `?${MASK}` : ''}`;
}

export type RedactedDestination = Record<string, unknown> & { name: string; type: DestinationType };

/**
 * Destinations as the API may show them: secrets, tokens, passwords and secret-bearing URL parts
 * replaced by `********`, durations spelt back as `30s`/`1h`.
 */
export function redactedDestinations(config: NotificationsConfig): RedactedDestination[] {
  return config.destinations.map((d) => {
    const base: Record<string, unknown> = {
      ...d,
      timeout: formatDuration(d.timeout),
      retry: {
        maxAttempts: d.retry.maxAttempts,
        initialDelay: formatDuration(d.retry.initialDelay),
        maxDelay: formatDuration(d.retry.maxDelay),
      },
      ...(d.throttle !== undefined ? { throttle: formatDuration(d.throttle) } : {}),
      ...(d.digest !== undefined ? { digest: formatDuration(d.digest) } : {}),
    };
    switch (d.type) {
      case 'webhook':
        base.url = redactUrl(d.url, false);
        if (d.secret) base.secret = MASK;
        if (d.headers) base.headers = Object.fromEntries(Object.keys(d.headers).map((k) => [k, MASK]));
        break;
      case 'slack':
        base.url = redactUrl(d.url, true);
        break;
      case 'jira':
        base.apiToken = MASK;
        break;
      case 'splunk-hec':
        base.token = MASK;
        break;
      case 'email':
        base.smtp = { ...d.smtp, ...(d.smtp.pass ? { pass: MASK } : {}) };
        break;
      case 'syslog':
        break;
    }
    return base as RedactedDestination;
  });
}
