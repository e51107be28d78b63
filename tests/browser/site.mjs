// One static server over dist/ and one Chromium for a test file; both stopped at the end.
import { after, before } from 'node:test';
import { serve } from '../../scripts/serve-dist.mjs';
import { launch } from './chromium.mjs';

/** Registers before/after hooks and returns a getter for { url, browser }. */
export function useSite() {
  const ctx = {};
  before(async () => {
    const { server, url } = await serve('dist');
    ctx.server = server;
    ctx.url = url;
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    ctx.server?.close();
  });
  return ctx;
}

/** A new page in its own context, logging page errors into `errors`. */
export async function newPage(ctx, options = {}) {
  const context = await ctx.browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return page;
}
