import { attributeRule } from '../aws/lib/attribute-rule.js';
import { ALL_WEB_APPS } from './lib/app-service.js';
import { isFalse, isTrue } from './lib/values.js';

export default attributeRule({
  id: 'azure/app-service-https-only',
  severity: 'medium',
  title: 'App Service accepts plain HTTP',
  why: 'Without `https_only`, the app also answers plain HTTP: session cookies, tokens and form data can be read or changed on public Wi-Fi or any network in between, and users who type the bare domain are never moved to HTTPS. The azurerm default is false.',
  fix: 'Set `https_only = true` on the web or function app (and its slots).',
  verify: 'Run `az webapp show -g <rg> -n <app> --query httpsOnly` and check it prints true.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 9.2',
    'CWE-319',
    'https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https',
  ],
  types: ALL_WEB_APPS,
  attr: 'https_only',
  ok: (v) => (isTrue(v) ? true : v === undefined || v === null || isFalse(v) ? false : undefined),
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not set https_only (default false): the app answers plain HTTP`
      : `${res.address} sets https_only = false: the app answers plain HTTP`,
  fixValue: 'true',
});
