import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';
import type { YamlPath, YamlSource } from '../yaml-source.js';

/** A value with its location: `path` into the YAML document and the value's source range. */
export interface GhaValue<T = unknown> {
  readonly value: T;
  readonly path: YamlPath;
  readonly range: Range;
  readonly keyRange: Range;
}

/** One event under `on:`, whatever form (`on: push`, `on: [push]`, `on: {push: ...}`) it took. */
export interface GhaTrigger {
  readonly name: string;
  readonly config: unknown;
  readonly range: Range;
}

export interface GhaPermissions {
  /** `read-all`/`write-all` shorthands, `{}` (none), a per-scope map, or an expression/other. */
  readonly kind: 'read-all' | 'write-all' | 'none' | 'map' | 'other';
  /** Per-scope access (`contents` -> `read`) when `kind` is `map`. */
  readonly scopes: ReadonlyMap<string, string>;
  readonly path: YamlPath;
  readonly range: Range;
  readonly keyRange: Range;
}

/** A parsed `uses:` reference. */
export interface GhaUses {
  readonly raw: string;
  /** `action` (owner/repo[/path]@ref), `reusable` (a workflow file), `local` (./...), `docker`. */
  readonly kind: 'action' | 'reusable' | 'local' | 'docker';
  /** Lower-cased `owner`, `owner/repo` for actions and reusable workflows; '' otherwise. */
  readonly owner: string;
  readonly repo: string;
  /** Path inside the repository (`sub/dir` or `.github/workflows/x.yml`), '' for the root. */
  readonly subpath: string;
  readonly ref: string | null;
  readonly path: YamlPath;
  readonly range: Range;
}

export interface GhaStep {
  readonly index: number;
  readonly path: YamlPath;
  readonly range: Range;
  readonly name: string | null;
  readonly id: string | null;
  readonly if: string | null;
  readonly uses: GhaUses | null;
  readonly with: ReadonlyMap<string, GhaValue>;
  readonly run: GhaValue<string> | null;
  readonly env: ReadonlyMap<string, GhaValue>;
  /** The step's `shell:`, else the job's or workflow's `defaults.run.shell`, else null. */
  readonly shell: string | null;
}

export interface GhaRunsOn {
  /** Labels and group names (lower-cased); expressions kept as written. */
  readonly labels: readonly string[];
  /** True when any part is a `${{ }}` expression, so labels are not fully known. */
  readonly expression: boolean;
  readonly range: Range;
}

export interface GhaJob {
  readonly id: string;
  readonly path: YamlPath;
  readonly keyRange: Range;
  readonly name: string | null;
  readonly if: string | null;
  readonly runsOn: GhaRunsOn | null;
  readonly permissions: GhaPermissions | null;
  readonly env: ReadonlyMap<string, GhaValue>;
  readonly steps: readonly GhaStep[];
  /** For a job that calls a reusable workflow. */
  readonly uses: GhaUses | null;
  /** `secrets:` of a reusable-workflow call: `inherit`, or the explicit map. */
  readonly secrets: GhaValue | null;
}

export interface GithubActionsDocument extends BaseDocument {
  readonly kind: 'github-actions';
  readonly lines: LineIndex;
  readonly source: YamlSource;
  readonly name: string | null;
  readonly triggers: readonly GhaTrigger[];
  /** Range of the `on` key (or the start of the file when absent). */
  readonly onKeyRange: Range;
  readonly permissions: GhaPermissions | null;
  readonly env: ReadonlyMap<string, GhaValue>;
  readonly jobs: readonly GhaJob[];
  readonly jobsKeyRange: Range | null;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'github-actions': GithubActionsDocument;
  }
}
