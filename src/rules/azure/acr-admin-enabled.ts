import { attributeRule } from '../aws/lib/attribute-rule.js';
import { isTrue } from './lib/values.js';

export default attributeRule({
  id: 'azure/acr-admin-enabled',
  severity: 'medium',
  title: 'Container registry admin user is enabled',
  why: 'The registry admin user is a shared username and password with push and pull rights on every repository. It cannot be scoped or tied to a person, so whoever finds it in a CI log or a config file can push a backdoored image that your clusters then run. The azurerm default is false; only an explicit true is reported.',
  fix: 'Set `admin_enabled = false` and give pipelines and clusters their own identities (managed identity with AcrPull/AcrPush, or repository-scoped tokens).',
  verify: 'Run `az acr show -n <registry> --query adminUserEnabled` and check it prints false.',
  references: [
    'CWE-798',
    'CWE-250',
    'https://learn.microsoft.com/azure/container-registry/container-registry-authentication#admin-account',
  ],
  types: ['azurerm_container_registry'],
  attr: 'admin_enabled',
  ok: (v) => !isTrue(v),
  message: (res) => `${res.address} enables the registry admin user (shared push/pull credential)`,
  fixValue: 'false',
});
