import { main } from './main.js';

// The process entry: bin/plumb.js imports this module; everything else imports main.ts.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
