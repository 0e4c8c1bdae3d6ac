import { defineRule } from '../../core/rule.js';
import { detectPrefixed } from './lib/scan.js';

/** `AccountKey=` in a storage connection string: 64 bytes, base64-encoded (88 characters). */
const KEY = /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g;

/** The storage emulator’s account key, published in Microsoft’s documentation for everyone. */
const EMULATOR_KEY_START = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq';

export default defineRule({
  id: 'secrets/azure-storage-key',
  kind: 'text',
  severity: 'critical',
  title: 'Azure storage account key committed',
  why: 'A storage account key is full administrator access to every blob, file share, queue and table in the account, from anywhere unless the firewall blocks it. It never expires on its own and also signs SAS tokens.',
  fix: 'Rotate the key (Storage account > Access keys > Rotate key) after moving its users to the other key, and switch applications to Microsoft Entra ID (managed identity) or short-lived SAS tokens loaded from Key Vault.',
  verify:
    'Check the key’s “last rotated” date in the portal (or that requests signed with the old key get 403), then re-run the scan.',
  references: [
    'CWE-798',
    'CIS Microsoft Azure Foundations Benchmark 3.4',
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
  ],
  check(doc, ctx) {
    detectPrefixed(doc, ctx, {
      detector: 'azure-storage-key',
      label: 'Azure storage account key',
      literals: ['AccountKey='],
      regex: KEY,
      prefixLength: 0,
      accept: (m) => !m.value.startsWith(EMULATOR_KEY_START),
      noSuggestion: true,
    });
  },
});
