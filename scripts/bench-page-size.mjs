// Prints each reader page's gzipped size against its budget (1.3 × gzipped text + 5 KB + 8 B per claim marker). Run after a build.
import { readerPageWeights } from './lib/page-weight.mjs';

const kb = (n) => (n / 1024).toFixed(1).padStart(5);
console.log('reader page                               html   css  html+css  text  budget  ratio   js (launcher, not in budget)');
for (const p of readerPageWeights()) {
  console.log(
    `${p.slug.padEnd(40)} ${kb(p.html)} ${kb(p.css)}   ${kb(p.sent)}  ${kb(p.text)}  ${kb(p.budget)}  ${(p.sent / p.text).toFixed(2)}  ${kb(p.js)}   (KB gzipped)`,
  );
}
