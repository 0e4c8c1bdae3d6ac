import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';
import type { YamlPath, YamlSource } from '../yaml-source.js';

/**
 * A value read from a service, with where it really lives. `inherited` is true when it comes
 * from a YAML merge key (`<<: *defaults`): `path` and `range` then point at the anchored
 * mapping, so an edit there changes every service that merges it.
 */
export interface ComposeField<T> {
  readonly value: T;
  /** Path of the value in the YAML document (through the anchor for inherited values). */
  readonly path: YamlPath;
  readonly range: Range;
  readonly keyRange: Range;
  readonly inherited: boolean;
}

/** One item of a list-valued key (`cap_add`, `security_opt`...). */
export interface ComposeListItem {
  readonly value: string;
  readonly index: number;
  readonly path: YamlPath;
  readonly range: Range;
}

/** A variable of `environment`, from either the `- K=V` list or the `K: V` map form. */
export interface ComposeEnvVar {
  readonly name: string;
  /** The literal value; null when it is taken from the host (`- K` or `K:` with no value). */
  readonly value: string | null;
  readonly style: 'list' | 'map';
  readonly path: YamlPath;
  /** The whole entry (list item, or key through value). */
  readonly range: Range;
  /** Just the value text, when it can be replaced safely in place (no escapes in the source). */
  readonly valueRange: Range | null;
  readonly inherited: boolean;
}

export interface ComposePort {
  /** The short-syntax text, or null for the long (mapping) syntax. */
  readonly raw: string | null;
  readonly style: 'short' | 'long';
  /** Host address the port is bound to; null when none is given (all interfaces). */
  readonly hostIp: string | null;
  /** Published host port or range; null for an ephemeral port, '' when explicitly empty. */
  readonly hostPort: string | null;
  readonly containerPort: string;
  readonly protocol: string;
  /** True when any part uses `${...}` interpolation, so it cannot be judged statically. */
  readonly variable: boolean;
  readonly index: number;
  readonly path: YamlPath;
  readonly range: Range;
}

export type ComposeVolumeType = 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image' | 'unknown';

export interface ComposeVolume {
  readonly raw: string | null;
  readonly style: 'short' | 'long';
  readonly type: ComposeVolumeType;
  /** Host path (bind) or volume name; null for anonymous volumes and tmpfs. */
  readonly source: string | null;
  readonly target: string | null;
  readonly readOnly: boolean;
  readonly variable: boolean;
  readonly index: number;
  readonly path: YamlPath;
  readonly range: Range;
}

export interface ComposeService {
  readonly name: string;
  /** `['services', name]`. */
  readonly path: YamlPath;
  readonly nameRange: Range;
  readonly image: ComposeField<string> | null;
  /** True when the service builds its own image (`build:` present). */
  readonly build: boolean;
  readonly privileged: ComposeField<unknown> | null;
  readonly readOnly: ComposeField<unknown> | null;
  readonly user: ComposeField<string> | null;
  readonly networkMode: ComposeField<string> | null;
  readonly pid: ComposeField<string> | null;
  readonly ipc: ComposeField<string> | null;
  readonly usernsMode: ComposeField<string> | null;
  /** Where `cap_add` / `security_opt` live (null when absent), for edits that append or remove. */
  readonly capAdd: ComposeField<readonly ComposeListItem[]> | null;
  readonly capDrop: ComposeField<readonly ComposeListItem[]> | null;
  readonly securityOpt: ComposeField<readonly ComposeListItem[]> | null;
  readonly environment: readonly ComposeEnvVar[];
  readonly ports: readonly ComposePort[];
  readonly volumes: readonly ComposeVolume[];
  /** Every top-level key of the service after merges, for rules that need something rarer. */
  readonly fields: ReadonlyMap<string, ComposeField<unknown>>;
}

export interface ComposeDocument extends BaseDocument {
  readonly kind: 'compose';
  readonly lines: LineIndex;
  readonly source: YamlSource;
  readonly services: readonly ComposeService[];
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    compose: ComposeDocument;
  }
}

/** Compose accepts YAML 1.1 style booleans for flags such as `privileged` and `read_only`. */
export function isTruthy(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === 'string') return /^(?:true|yes|on|1)$/i.test(value.trim());
  return value === 1;
}
