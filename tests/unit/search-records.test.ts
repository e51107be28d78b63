// A paragraph's search record carries the themes of its own brief's claims: paragraph ids are made
// from a paragraph's first words, so two briefs can share one, and the theme filter must not mix them.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { loadCorpus } from '../../src/pipeline/corpus.ts';
import { briefToRecords } from '../../src/search/index/records.ts';

const corpus = loadCorpus(join(import.meta.dirname, '../..'));

describe('paragraph search records', () => {
  it('take theme filters from their own brief’s claims only, when another brief has a paragraph with the same id', () => {
    for (const [i, brief] of corpus.briefs.entries()) {
      const other = corpus.briefs[(i + 1) % corpus.briefs.length]!;
      const block = brief.cleaned.blocks.find((b) => b.kind === 'paragraph')!;
      const before = briefToRecords(brief, corpus.claims, corpus.themes).find((r) => r.url.endsWith(`#${block.id}`))!;
      const theme = corpus.themes.find((t) => !(before.filters['theme'] ?? []).includes(t.title))!;
      assert.ok(theme, `${brief.slug}: a theme its first paragraph is not filed under`);
      const twin = { ...corpus.claims.find((c) => c.brief === other.slug)!, blockId: block.id, themes: [theme.slug] };
      const after = briefToRecords(brief, [...corpus.claims, twin], corpus.themes).find((r) => r.url.endsWith(`#${block.id}`))!;
      assert.deepEqual(after.filters['theme'], before.filters['theme'], `${brief.slug}#${block.id} must not take ${theme.title} from ${other.slug}`);
    }
  });
});
