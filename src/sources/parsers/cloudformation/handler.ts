import type { FileKindHandler } from '../types.js';

/** Placeholder until the CloudFormation parser lands: recognises nothing. */
export const cloudformationHandler: FileKindHandler = {
  kind: 'cloudformation',
  label: 'AWS CloudFormation / SAM template',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
