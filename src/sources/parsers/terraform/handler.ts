import type { FileKindHandler } from '../types.js';

/** Placeholder until the Terraform parser lands: recognises nothing. */
export const terraformHandler: FileKindHandler = {
  kind: 'terraform',
  label: 'Terraform (HCL, .tf.json, plan JSON)',
  comments: ['#', '//'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
