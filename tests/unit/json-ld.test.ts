import { describe, expect, it } from 'vitest';
import { jsonLdText, pageTrail } from '../../src/lib/json-ld';

describe('jsonLdText', () => {
  const data = { text: 'He wrote “</script><script>alert(1)</script>” and <!-- a & b -->', line: 'a\u2028b' };
  it('leaves nothing that could end a script element or open a comment', () => {
    const out = jsonLdText(data);
    expect(out).not.toMatch(/<|>|&/);
    expect(out).toContain('\\u003c/script\\u003e');
  });
  it('reads back as the same data', () => {
    expect(JSON.parse(jsonLdText(data))).toEqual(data);
  });
});

describe('pageTrail', () => {
  const site = 'https://example.org';
  it('is Home alone on the home page', () => {
    expect(pageTrail('/', 'Home', site)).toEqual([{ name: 'Home', url: 'https://example.org/' }]);
  });
  it('puts a top-level page under Home', () => {
    expect(pageTrail('/about/', 'About', site).map((c) => c.name)).toEqual(['Home', 'About']);
  });
  it('puts a page under its section', () => {
    expect(pageTrail('/themes/alliances/', 'Alliances', site)).toEqual([
      { name: 'Home', url: 'https://example.org/' },
      { name: 'Themes', url: 'https://example.org/themes/' },
      { name: 'Alliances', url: 'https://example.org/themes/alliances/' },
    ]);
  });
});
