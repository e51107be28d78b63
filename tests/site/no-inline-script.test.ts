// What the Content-Security-Policy forbids, checked on every page of dist/ (the browser test loads
// one page of each template under the real header): no inline script, no event-handler attribute,
// no javascript: URL, and no script or stylesheet from another origin. A JSON-LD block
// (`type="application/ld+json"`) is data the browser never runs, so the policy does not apply to it.
import assert from 'node:assert/strict';
import { it } from 'vitest';
import { htmlPages, load } from './dist.ts';

it('no page carries script the header policy would block', () => {
  const problems: string[] = [];
  for (const [path, file] of htmlPages()) {
    const $ = load(file);
    $('script:not([src])').each((_, el) => {
      if ($(el).attr('type') !== 'application/ld+json') problems.push(`${path}: inline <script type="${$(el).attr('type') ?? ''}">`);
    });
    $('*').each((_, el) => {
      for (const name of Object.keys('attribs' in el ? el.attribs : {}))
        if (/^on/i.test(name)) problems.push(`${path}: ${name}= on <${$(el).prop('tagName')}>`);
    });
    $('[href], [src], [action]').each((_, el) => {
      const url = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
      if (/^\s*(javascript|data|vbscript):/i.test(url) && $(el).prop('tagName') !== 'IMG')
        problems.push(`${path}: ${url.slice(0, 40)} on <${$(el).prop('tagName')}>`);
    });
    $('script[src], link[rel="stylesheet"]').each((_, el) => {
      const url = $(el).attr('src') ?? $(el).attr('href') ?? '';
      if (!url.startsWith('/')) problems.push(`${path}: ${url} is not from the site itself`);
    });
  }
  assert.deepEqual(problems, []);
});
