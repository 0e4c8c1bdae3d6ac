import type { Severity } from '../../../core/severity.js';

/**
 * The judging side of the Kubernetes rules, shared by every input shape (YAML manifests today,
 * Terraform `kubernetes_*` resources later): checks are pure functions over plain objects in
 * the Kubernetes API shape (camelCase, as in a manifest) and return `Problem`s. Each input
 * shape has a small adapter that turns `at` into a source range and `FixIntent`s into edits.
 */
export type SubPath = readonly (string | number)[];

/** A change described as data, relative to the same root as `Problem.at`. */
export type FixIntent =
  /** Set `key` in the mapping at `map` (missing parents are created). */
  | { readonly op: 'set'; readonly map: SubPath; readonly key: string; readonly value: unknown }
  /** Remove a mapping entry. */
  | { readonly op: 'remove'; readonly path: SubPath }
  /** Remove one item of a sequence. */
  | { readonly op: 'remove-item'; readonly seq: SubPath; readonly index: number }
  /** Append an item to a sequence (created when missing). */
  | { readonly op: 'append'; readonly seq: SubPath; readonly value: unknown };

export interface SuggestedFix {
  readonly question: string;
  /** Rule option carrying the answer. */
  readonly option: string;
  readonly placeholder: string;
  readonly intents: (value: string) => readonly FixIntent[];
}

export interface Problem {
  /** Path of the offending entry (or the nearest existing place when something is missing). */
  readonly at: SubPath;
  /** Logical sub-path, appended to the object's id: `containers[app]/securityContext/privileged`. */
  readonly logical: string;
  readonly message: string;
  /** Overrides the rule's default severity for this problem. */
  readonly severity?: Severity;
  readonly evidence?: string;
  /** Automatic fix. Omitted when no safe change exists. */
  readonly fix?: readonly FixIntent[];
  /** Fix that needs a human answer (mutually exclusive with `fix`). */
  readonly suggest?: SuggestedFix;
}
