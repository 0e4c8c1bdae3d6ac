import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';
import type { ConfInclude } from '../conf-include.js';

/** Where a setting or record is written, and whether its findings belong to this document. */
export interface PgOrigin {
  /** File (relative path) the line is in. */
  readonly file: string;
  /** True when it is in the document's own file. */
  readonly own: boolean;
  /**
   * True when findings about it belong to this document: it is in the document's own file, or
   * in an included file that is not scanned on its own.
   */
  readonly reportable: boolean;
  /** Offsets of the whole line(s) including the final line break, for removing it. */
  readonly lineSpan: readonly [number, number];
}

/** One `name = value` line of postgresql.conf. */
export interface PgSetting extends PgOrigin {
  /** Lower-case parameter name (`listen_addresses`, `auto_explain.log_min_duration`). */
  readonly name: string;
  readonly nameRange: Range;
  /** The value PostgreSQL sees: quotes removed, escapes decoded, units kept (`128MB`). */
  readonly value: string;
  /** The value as written, quotes included. */
  readonly raw: string;
  readonly quoted: boolean;
  readonly valueRange: Range;
  /** From the name to the end of the value. */
  readonly range: Range;
}

export interface PostgresConfDocument extends BaseDocument {
  readonly kind: 'postgresql-conf';
  readonly lines: LineIndex;
  /** Settings in the order PostgreSQL reads them (includes expanded in place; last one wins). */
  readonly settings: readonly PgSetting[];
  readonly includes: readonly ConfInclude[];
  /** A piece of a configuration (postgresql.auto.conf, a conf.d file), not the main file. */
  readonly fragment: boolean;
  /**
   * The main file with every include found: rules may report a setting as *missing* (and so
   * at its built-in default) only when this is true.
   */
  readonly complete: boolean;
}

/** One token of a pg_hba.conf field; a field may be a comma-separated list of them. */
export interface HbaToken {
  /** Text without quotes. */
  readonly value: string;
  readonly raw: string;
  /** Quoted tokens are names, never keywords: `"all"` is a role called all. */
  readonly quoted: boolean;
  readonly range: Range;
}

export interface HbaField {
  readonly tokens: readonly HbaToken[];
  readonly range: Range;
}

export interface HbaOption {
  readonly name: string;
  readonly value: string;
  readonly range: Range;
}

export type HbaConnectionType = 'local' | 'host' | 'hostssl' | 'hostnossl' | 'hostgssenc' | 'hostnogssenc';

/** One record of pg_hba.conf: who may connect from where, and how they authenticate. */
export interface HbaRecord extends PgOrigin {
  readonly type: HbaConnectionType;
  readonly typeRange: Range;
  readonly database: HbaField;
  readonly user: HbaField;
  /** Absent for `local` records. */
  readonly address?: HbaField;
  /** The separate netmask field (`192.168.0.0 255.255.0.0` style), when used. */
  readonly mask?: HbaField;
  /** Lower-case method name (`scram-sha-256`, `trust`...). */
  readonly method: string;
  readonly methodRange: Range;
  readonly options: readonly HbaOption[];
  readonly range: Range;
  /** 1-based line of the record in its file. */
  readonly line: number;
}

export interface PgHbaDocument extends BaseDocument {
  readonly kind: 'pg-hba';
  readonly lines: LineIndex;
  /** Records in matching order (first match wins), includes expanded in place. */
  readonly records: readonly HbaRecord[];
  readonly includes: readonly ConfInclude[];
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'postgresql-conf': PostgresConfDocument;
    'pg-hba': PgHbaDocument;
  }
}
