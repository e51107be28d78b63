// The made-up corpus of the scaling benchmark (npm run bench:scale) must be the same for the same seed,
// and must pass every content check, or the benchmark would measure a build that fails or varies.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { parse } from 'yaml';
import { syntheticBriefs, writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { loadCorpus } from '../../src/pipeline/corpus.ts';

const ROOT = join(import.meta.dirname, '../..');
const N = 3;

describe('the synthetic corpus of the scaling benchmark', () => {
  it('is the same for the same seed, and differs for another', () => {
    const files = (seed: number) => syntheticBriefs(ROOT, N, seed).briefs.map((b) => [b.raw.text, b.meta, b.claims, b.positions]);
    assert.deepEqual(files(1), files(1));
    assert.notDeepEqual(files(1), files(2));
  });

  it('quotes every claim word for word, once, from its raw text, and gives each brief realistic length', () => {
    for (const b of syntheticBriefs(ROOT, N).briefs) {
      const words = b.raw.text.split(/\s+/).length;
      assert.ok(words >= 1500 && words <= 7000, `${b.slug}: ${words} words`);
      const claims: { quote: string }[] = parse(b.claims).claims;
      assert.ok(claims.length >= 60 && claims.length <= 90, `${b.slug}: ${claims.length} claims`);
      for (const c of claims) {
        const at = b.raw.text.indexOf(c.quote);
        assert.ok(at >= 0 && b.raw.text.indexOf(c.quote, at + 1) === -1, `${b.slug}: ${c.quote}`);
      }
    }
  });

  it('passes every content check, positions and syntheses included, in place of the real corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synthetic-corpus-'));
    try {
      cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
      const written = writeSyntheticCorpus(dir, N);
      const corpus = loadCorpus(dir); // throws, listing every problem, if a check fails
      assert.equal(corpus.briefs.length, N);
      assert.equal(corpus.claims.length, written.claims);
      assert.equal(readdirSync(join(dir, 'content/raw')).length, N, 'the real captures are gone');
      assert.ok(corpus.positions.length > 0);
      for (const t of corpus.themes) {
        const sentences = t.synthesis.sections.flatMap((s) => s.sentences);
        assert.ok(sentences.length > 0, `${t.slug}: a synthesis to check`);
        assert.ok(
          sentences.every((s) => s.claimLinks.every((l) => l.id.startsWith('syn'))),
          `${t.slug}: links made-up claims only`,
        );
      }
      assert.match(readFileSync(join(dir, corpus.themes[0]!.file), 'utf8'), /^---\n[\s\S]*\nquestions:/, 'the front matter is kept');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
