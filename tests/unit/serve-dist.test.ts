import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';
import { parseRedirectsFile, redirectFor } from '../../scripts/lib/redirects-file.mjs';
import { serve } from '../../scripts/serve-dist.mjs';

describe('the _headers file', () => {
  const rules = parseHeadersFile(
    ['# comment', '/*', '  X-A: one', '  Cache-Control: no-cache', '', '/_astro/*', '  Cache-Control: immutable', '/exact/', '  X-B: two'].join('\n'),
  );
  it('applies every matching block, later ones adding to earlier ones', () => {
    expect(headersFor(rules, '/_astro/a.js')).toEqual({ 'X-A': 'one', 'Cache-Control': 'no-cache, immutable' });
    expect(headersFor(rules, '/exact/')).toEqual({ 'X-A': 'one', 'Cache-Control': 'no-cache', 'X-B': 'two' });
    expect(headersFor(rules, '/exact/more')).toEqual({ 'X-A': 'one', 'Cache-Control': 'no-cache' });
  });
  it('treats regex characters in a path literally', () => {
    expect(headersFor(parseHeadersFile('/a.b\n  X: y'), '/aXb')).toEqual({});
  });
  it('names the line of a header outside any path block', () => {
    expect(() => parseHeadersFile('\n  X-A: one')).toThrow('_headers:2');
    expect(() => parseHeadersFile('nopath\n  X: y')).toThrow('_headers:1');
  });
});

describe('the _redirects file', () => {
  const rules = parseRedirectsFile(['# old names', '/old/*   /new/:splat  301', '/a.json /b.json', '/t /u 302'].join('\n'));
  it('carries the rest of the path over a splat, and the status', () => {
    expect(redirectFor(rules, '/old/x/y/')).toEqual({ location: '/new/x/y/', status: 301 });
    expect(redirectFor(rules, '/a.json')).toEqual({ location: '/b.json', status: 301 });
    expect(redirectFor(rules, '/t')).toEqual({ location: '/u', status: 302 });
    expect(redirectFor(rules, '/a.jsonx')).toBeUndefined();
  });
  it('names the line of a malformed rule', () => {
    expect(() => parseRedirectsFile('/a /b 301\nnot-a-path /x')).toThrow('_redirects:2');
    expect(() => parseRedirectsFile('/a /b 200')).toThrow('_redirects:1');
  });
});

describe('the local static server', () => {
  let dir: string;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-'));
    mkdirSync(join(dir, 'dist/about'), { recursive: true });
    mkdirSync(join(dir, 'dist-secret'));
    writeFileSync(join(dir, 'dist/index.html'), '<p>home</p>');
    writeFileSync(join(dir, 'dist/about/index.html'), '<p>about</p>');
    writeFileSync(join(dir, 'dist/404.html'), '<p>missing</p>');
    writeFileSync(join(dir, 'dist/_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n");
    writeFileSync(join(dir, 'dist-secret/secret.txt'), 'TOP SECRET');
    writeFileSync(join(dir, 'dist/_redirects'), '/old/* /about/:splat 301\n/about/* /elsewhere/ 301\n');
    ({ server, url } = await serve(join(dir, 'dist')));
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = (path: string) => fetch(url + path, { redirect: 'manual' });

  it('serves directory index pages with the headers of _headers', async () => {
    const res = await get('/about/');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<p>about</p>');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
  });
  it('answers a missing path with 404.html, under the same headers', async () => {
    const res = await get('/nowhere/');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<p>missing</p>');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
  });
  it('survives a malformed %-escape', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(404);
    expect((await get('/')).status).toBe(200);
  });
  it('never reaches a sibling folder whose name starts with the root’s', async () => {
    const res = await get('/..%2fdist-secret%2fsecret.txt');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('SECRET');
  });
  it('does not serve the host configuration files themselves', async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/_redirects')).status).toBe(404);
  });
  it('redirects a path that has no file, as the host would, and serves a file a rule would shadow', async () => {
    const res = await get('/old/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/about/');
    expect((await get('/about/')).status).toBe(200);
  });
});
