import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './azure-storage-key.js';

const KEY = 'V71kDRuIr2jhTxs+OHKDpnJh/rgiOaPq/N9RtlnnudSkpmKog0Qwp/' + 'vaQcT7xl2cwC6dT0ctPVnaawqrczLJWI==';
const EMULATOR = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      {
        name: 'the public storage emulator key',
        path: 'appsettings.Development.json',
        code: `{"Storage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${EMULATOR};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"}\n`,
      },
      {
        name: 'reference',
        code: 'AZURE_STORAGE=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${KEY}\n',
      },
      { name: 'development storage shortcut', code: 'AZURE_STORAGE=UseDevelopmentStorage=true\n' },
    ],
    invalid: [
      {
        path: 'appsettings.json',
        code: `{\n  "ConnectionStrings": {\n    "Blob": "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${KEY};EndpointSuffix=core.windows.net"\n  }\n}\n`,
        errors: [{ line: 3, severity: 'critical', message: /Azure storage account key V71k\*\*\*/ }],
      },
    ],
  },
  { path: '.env' },
);
