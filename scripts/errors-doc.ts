/**
 * Writes docs/errors.md from the catalogue of content problems (`npm run docs:errors`).
 * A unit test fails when the file differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { renderErrorsDoc } from '../src/pipeline/problems/errors-doc';

writeFileSync('docs/errors.md', renderErrorsDoc());
console.log('wrote docs/errors.md');
