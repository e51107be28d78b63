// @ts-check
// Finds Debian's Chromium (or CHROME_PATH) and launches it headless, for the browser tests and the
// scripts that drive a browser (screenshots, the search benchmark).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Path of a Chromium binary, or an error saying how to install one.
 * @returns {string}
 */
function chromePath() {
  const path = [process.env['CHROME_PATH'], ...CANDIDATES].find((p) => p && existsSync(p));
  if (!path) throw new Error('No Chromium found. Install it with `apt-get update && apt-get install -y chromium`, or set CHROME_PATH.');
  return path;
}

/** @returns {Promise<import('playwright-core').Browser>} */
export function launch() {
  return chromium.launch({
    executablePath: chromePath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
