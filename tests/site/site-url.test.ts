// A build for deployment must name the public address: without SITE_URL, canonical links, social
// cards, citations and data URLs would all point at 127.0.0.1.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { BUILD_TIMEOUT, astroBuild, copyProject } from './project-copy.ts';

describe('SITE_URL', () => {
  const dir = copyProject('site-url-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'a build without it stops at once and says how to set it or build locally',
    () => {
      const { status, out } = astroBuild(dir, { SITE_URL: undefined });
      assert.notEqual(status, 0);
      assert.match(out, /SITE_URL is not set/);
      assert.match(out, /npm start/);
    },
    BUILD_TIMEOUT,
  );

  it(
    'a build with an address that is not http(s) stops too',
    () => {
      const { status, out } = astroBuild(dir, { SITE_URL: 'javascript:alert(1)' });
      assert.notEqual(status, 0);
      assert.match(out, /SITE_URL must be an http\(s\) address/);
    },
    BUILD_TIMEOUT,
  );
});
