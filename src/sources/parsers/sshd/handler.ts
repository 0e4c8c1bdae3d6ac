import type { FileKindHandler } from '../types.js';

/** Placeholder until the OpenSSH sshd_config parser lands: recognises nothing. */
export const sshdHandler: FileKindHandler = {
  kind: 'sshd',
  label: 'OpenSSH sshd_config',
  comments: ['#'],
  byName: () => false,
  parse: () => ({ documents: [], diagnostics: [] }),
};
