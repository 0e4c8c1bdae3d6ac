import type { BaseDocument } from '../core/document.js';
import type { AnyRule } from '../core/rule.js';

/**
 * Which documents a rule can be skipped on, learnt by watching it check a document that has
 * nothing in it.
 *
 * Cloud rules ask a document for resources of a few types (`doc.ofType('aws_s3_bucket')`) and
 * find nothing in most documents: a Terraform root module holds a dozen types, the catalogue
 * checks a few hundred. Those empty calls were a third of the time spent running Terraform rules
 * (each rule, still cold, costs microseconds even to find nothing).
 *
 * The probe runs the rule once over a stand-in document whose `ofType` records the types asked
 * for and returns nothing. If the rule read nothing else of the document, reported nothing and
 * did not throw, then on any real document where all those types are absent it reads exactly the
 * same (empty) answers, takes the same path and reports nothing again: skipping it there changes
 * no result. Any other access (`doc.resources`, `doc.text`, `doc.path`...) makes the rule always
 * run. No rule declares anything, so no declaration can go stale.
 */
export type RuleGuard = { readonly types: readonly string[]; readonly key: string } | null;

/** Each rule's guard, with the options object it was learnt for (options can change its path). */
const guards = new WeakMap<AnyRule, { readonly options: object; readonly guard: RuleGuard }>();

/**
 * Whether `rule` (with `options`) would find nothing in `doc` without running it. `seen` holds
 * what is known of this document per guard: rule families share their type lists (20 Terraform
 * kubernetes rules ask for the same 88 workload types), so the engine passes one per document.
 */
export function skippable(
  rule: AnyRule,
  options: Record<string, unknown>,
  doc: BaseDocument,
  seen: Map<string, boolean> = new Map(),
): boolean {
  const ofType = (doc as { ofType?: unknown }).ofType;
  if (typeof ofType !== 'function') return false;
  const guard = guardOf(rule, options, doc.kind);
  if (guard === null) return false;
  let any = seen.get(guard.key);
  if (any === undefined) {
    any = guard.types.some((t) => (ofType.call(doc, t) as readonly unknown[]).length > 0);
    seen.set(guard.key, any);
  }
  return !any;
}

function guardOf(rule: AnyRule, options: Record<string, unknown>, kind: string): RuleGuard {
  const known = guards.get(rule);
  if (known?.options === options) return known.guard;
  const guard = probe(rule, options, kind);
  guards.set(rule, { options, guard });
  return guard;
}

/** The resource types `rule` asks an empty document for, or null when it reads anything else. */
export function probe(rule: AnyRule, options: Record<string, unknown>, kind: string): RuleGuard {
  const types = new Set<string>();
  let readOther = false;
  const NOTHING: readonly unknown[] = Object.freeze([]);
  const ofType = (...asked: unknown[]) => {
    for (const t of asked) {
      if (typeof t === 'string') types.add(t);
      else readOther = true;
    }
    return NOTHING;
  };
  const empty = new Proxy(Object.create(null) as object, {
    get(_target, key) {
      if (key === 'kind') return kind;
      if (key === 'ofType') return ofType;
      readOther = true;
      return undefined;
    },
    has() {
      readOther = true;
      return false;
    },
  });
  let reported = false;
  try {
    rule.check(empty as BaseDocument, {
      options,
      report() {
        reported = true;
      },
    });
  } catch {
    return null;
  }
  return readOther || reported ? null : { types: [...types], key: [...types].sort().join('\u0000') };
}
