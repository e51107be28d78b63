// Every built page is valid HTML by html-validate's recommended rules, less four that do not fit the
// site for the reasons given beside them.
import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { describe, it } from 'vitest';
import { htmlPages } from './dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A claim page's title is the claim's one-line statement, which is what a reader shares.
    'long-title': 'off',
    // The positions matrix restates table roles: its narrow layout sets `display: block` on the
    // table, which strips table semantics in Chromium and WebKit unless the roles are explicit.
    'no-redundant-role': 'off',
    // Event ids such as `1957-foreign-policy-principles` are valid HTML ids (HTML5 allows a digit first).
    'valid-id': ['error', { relaxed: true }],
    // Whitespace at the end of a line of compressed output is layout of the file, not of the page.
    'no-trailing-whitespace': 'off',
  },
});

describe('html-validate', () => {
  it('finds no error on any page of dist/', async () => {
    const errors: string[] = [];
    for (const [path, file] of htmlPages()) {
      const report = await validator.validateFile(file);
      for (const m of report.results.flatMap((r) => r.messages)) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    assert.deepEqual(errors.slice(0, 30), [], `${errors.length} errors`);
  });
});
