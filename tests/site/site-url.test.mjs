// A build for deployment must name the public address: without SITE_URL, canonical links, social
// cards, citations and data URLs would all point at 127.0.0.1.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { astroBuild, copyProject } from './project-copy.mjs';

describe('SITE_URL', () => {
  const dir = copyProject('site-url-');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a build without it stops at once and says how to set it or build locally', () => {
    const { status, out } = astroBuild(dir, { SITE_URL: undefined });
    assert.notEqual(status, 0);
    assert.match(out, /SITE_URL is not set/);
    assert.match(out, /npm start/);
  });

  it('a build with an address that is not http(s) stops too', () => {
    const { status, out } = astroBuild(dir, { SITE_URL: 'javascript:alert(1)' });
    assert.notEqual(status, 0);
    assert.match(out, /SITE_URL must be an http\(s\) address/);
  });
});
