import type { FileKindHandler } from '../types.js';
import { isTemplateName, looksLikeTemplate, parseTemplate } from './parse-template.js';

/**
 * AWS CloudFormation and SAM templates, YAML (short-form tags included) or JSON. Recognised by
 * conventional names (`*.template`, `*.cfn.yaml`) or by a specific content sniff (a
 * `.template` file that turns out not to be CloudFormation is skipped quietly).
 */
export const cloudformationHandler: FileKindHandler = {
  kind: 'cloudformation',
  label: 'AWS CloudFormation / SAM template',
  comments: ['#'],
  byName: (_path, base) => isTemplateName(base),
  byContent: (text) => looksLikeTemplate(text),
  parse(file) {
    if (!looksLikeTemplate(file.text) && !/\.(?:cfn|cloudformation)\./i.test(file.path))
      return { documents: [], diagnostics: [] };
    return parseTemplate(file);
  },
};
