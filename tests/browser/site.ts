// One static server over dist/ and one Chromium for a test file; both stopped at the end.
import type { Server } from 'node:http';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../scripts/lib/chromium.mjs';
import { serve } from '../../scripts/serve-dist.mjs';

/** The running site of a test file: its base URL and the browser. Filled in by the beforeAll hook. */
export interface Site {
  url: string;
  browser?: Browser;
  server?: Server;
}

/** A page that records the messages of uncaught errors in its scripts. */
export type TestPage = Page & { errors: string[] };

/**
 * Registers beforeAll/afterAll hooks and returns the site they start: dist/, or the folder that
 * `prepare` makes (a variant of dist/, say) before the server starts.
 */
export function useSite(prepare?: () => Promise<string>): Site {
  const ctx: Site = { url: '' };
  beforeAll(async () => {
    const { server, url } = await serve(prepare ? await prepare() : 'dist');
    ctx.server = server;
    ctx.url = url;
    ctx.browser = await launch();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    ctx.server?.close();
  });
  return ctx;
}

/** A new page in its own context, logging page errors into `errors`. */
export async function newPage(ctx: Site, options: BrowserContextOptions = {}): Promise<TestPage> {
  if (!ctx.browser) throw new Error('newPage() runs inside a test, after useSite() has started the browser');
  const context = await ctx.browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = Object.assign(await context.newPage(), { errors: [] as string[] });
  page.on('pageerror', (e) => page.errors.push(e.message));
  return page;
}
