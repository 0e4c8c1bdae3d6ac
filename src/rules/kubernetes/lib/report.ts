import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import type { RuleContext } from '../../../core/rule.js';
import { appendToSeq, removeKey, removeSeqItem, setKey } from '../../../fixers/yaml-edit.js';
import type {
  K8sResource,
  KubernetesDocument,
} from '../../../sources/parsers/kubernetes/kubernetes-document.js';
import { type PodTemplateRef, podTemplates } from '../../../sources/parsers/kubernetes/workloads.js';
import type { YamlPath, YamlSource } from '../../../sources/parsers/yaml-source.js';
import { flowAppend, flowRemoveItem, flowRemoveKey, flowSetKey } from './flow-edit.js';
import type { PodTemplate } from './pod-checks.js';
import type { FixIntent, Problem } from './problem.js';

/**
 * The YAML adapter of the Kubernetes checks: turns `Problem`s (paths relative to `root` inside
 * `resource`) into reports with exact ranges, and their `FixIntent`s into minimal text edits.
 */
export function reportProblems(
  ctx: RuleContext,
  resource: K8sResource,
  root: YamlPath,
  problems: readonly Problem[],
): void {
  const base = [...resource.basePath, ...root];
  const src = resource.source;
  const located = problems.map((p) => ({ p, at: src.entryRange([...base, ...p.at]) }));
  located.sort((a, b) => a.at.start.offset - b.at.start.offset);
  for (const { p, at } of located) {
    const suggest = p.suggest;
    ctx.report({
      at,
      message: p.message,
      path: p.logical === '' ? resource.id : `${resource.id}/${p.logical}`,
      ...(p.severity ? { severity: p.severity } : {}),
      ...(p.evidence !== undefined ? { evidence: p.evidence } : {}),
      ...(p.fix ? { fix: (e: EditBuilder) => applyIntents(e, src, base, p.fix ?? []) } : {}),
      ...(suggest
        ? {
            suggest: {
              question: suggest.question,
              option: suggest.option,
              placeholder: suggest.placeholder,
              edits: (e: EditBuilder, value: string) => applyIntents(e, src, base, suggest.intents(value)),
            },
          }
        : {}),
    });
  }
}

/** Runs a pod check on every pod template of the document and reports its problems. */
export function checkPodTemplates(
  doc: KubernetesDocument,
  ctx: RuleContext,
  check: (pod: PodTemplate, ref: PodTemplateRef) => readonly Problem[],
): void {
  for (const ref of podTemplates(doc)) {
    const pod: PodTemplate = { metadata: ref.template.metadata, spec: ref.spec };
    reportProblems(ctx, ref.resource, ref.templatePath, check(pod, ref));
  }
}

/** Materialises fix intents as edits; null (no fix) when any of them cannot be made safely. */
export function applyIntents(
  e: EditBuilder,
  src: YamlSource,
  base: YamlPath,
  intents: readonly FixIntent[],
): TextEdit[] | null {
  const edits: TextEdit[] = [];
  for (const intent of intents) {
    const edit = applyIntent(e, src, base, intent);
    if (!edit) return null;
    edits.push(edit);
  }
  return edits;
}

function applyIntent(e: EditBuilder, src: YamlSource, base: YamlPath, intent: FixIntent): TextEdit | null {
  switch (intent.op) {
    case 'set': {
      const map = [...base, ...intent.map];
      const target = [...map, intent.key];
      if (src.has(target)) {
        const edit =
          replaceQuoted(e, src, target, intent.value) ?? setKey(e, src, map, intent.key, intent.value);
        return edit && noTrailingSpace(e, edit);
      }
      if (insertsIntoFlow(src, map)) return flowSetKey(e, src, map, intent.key, intent.value);
      const edit = setKey(e, src, map, intent.key, intent.value);
      return edit && noTrailingSpace(e, edit);
    }
    case 'remove': {
      const path = [...base, ...intent.path];
      return removeKey(e, src, path) ?? flowRemoveKey(e, src, path);
    }
    case 'remove-item': {
      const seq = [...base, ...intent.seq];
      return removeSeqItem(e, src, seq, intent.index) ?? flowRemoveItem(e, src, seq, intent.index);
    }
    case 'append': {
      const seq = [...base, ...intent.seq];
      return flowAppend(e, src, seq, intent.value) ?? appendToSeq(e, src, seq, intent.value);
    }
  }
}

/**
 * True when the missing entries would go into a flow mapping: one with entries, or an empty
 * `{}` that itself sits in a flow collection (JSON), where a block cannot be opened.
 */
function insertsIntoFlow(src: YamlSource, mapPath: YamlPath): boolean {
  for (let depth = mapPath.length; depth >= 0; depth--) {
    const node = src.node(mapPath.slice(0, depth));
    if (node === undefined) continue;
    if (!isMap(node) || !node.flow) return false;
    if (node.items.length > 0 || depth === 0) return true;
    const parent = src.node(mapPath.slice(0, depth - 1));
    return (isMap(parent) || isSeq(parent)) && parent.flow === true;
  }
  return false;
}

/** When an edit starts a new line (replacing `{}` by a block), drop the spaces it would leave behind. */
function noTrailingSpace(e: EditBuilder, edit: TextEdit): TextEdit {
  if (!edit.text.startsWith(e.eol)) return edit;
  let start = edit.start;
  while (start > 0 && (e.text[start - 1] === ' ' || e.text[start - 1] === '\t')) start--;
  return start === edit.start ? edit : { ...edit, start };
}

/**
 * Replaces an existing quoted string scalar keeping its quote style (`"..."` stays `"..."`, so
 * JSON manifests stay JSON). Undefined when the target is not a quoted string being set to one.
 */
function replaceQuoted(
  e: EditBuilder,
  src: YamlSource,
  path: YamlPath,
  value: unknown,
): TextEdit | undefined {
  if (typeof value !== 'string') return undefined;
  const node = src.node(path) as Node | undefined;
  if (!node || !isScalar(node) || !node.range) return undefined;
  const quote = e.text[node.range[0]];
  if (quote === '"') return e.replace([node.range[0], node.range[1]], JSON.stringify(value));
  if (quote === "'") return e.replace([node.range[0], node.range[1]], `'${value.replace(/'/g, "''")}'`);
  return undefined;
}
