import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-directory-listing.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [{ doc: httpDoc({ directoryListing: false }) }, { name: 'not observed', doc: httpDoc({}) }],
  invalid: [
    {
      doc: httpDoc({ directoryListing: true }),
      errors: [{ message: 'https://127.0.0.1:443/ serves an automatic directory listing' }],
    },
  ],
});
