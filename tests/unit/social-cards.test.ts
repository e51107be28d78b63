import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coverageWarnings, drawMissingCards } from '../../src/lib/card-build';
import { CardCache, cardKey, currentTemplate } from '../../src/lib/card-cache';
import { extraFontFiles, parseUnicodeRange, uncoveredChars } from '../../src/lib/card-fonts';
import { answerShares, CARD_COLUMNS_MAX, matrixLayout, renderCard, type CardText } from '../../src/lib/social-card';

const card = (title: string, extra: Partial<CardText> = {}): CardText => ({ kicker: 'Claim 1.2 · Assessment', title, footer: 'RSIS, 1 April 2025', ...extra });

describe('card cache key', () => {
  const template = currentTemplate();
  const key = cardKey(card('Japan raises defence spending'), template);

  it('is the same for the same text and template', () => {
    expect(cardKey(card('Japan raises defence spending'), currentTemplate())).toBe(key);
  });

  it('changes with the text', () => {
    expect(cardKey(card('Japan raises defence spending.'), template)).not.toBe(key);
    expect(cardKey(card('Japan raises defence spending', { quote: 'q' }), template)).not.toBe(key);
  });

  it('changes with the template source, the fonts and the renderer versions', () => {
    const changedSource = { ...template, sources: template.sources.map((s, i) => (i === 0 ? s + ' ' : s)) };
    const font = Uint8Array.from(template.fonts[0]!);
    font[font.length - 1] = font[font.length - 1]! ^ 1;
    const changedFont = { ...template, fonts: [font, ...template.fonts.slice(1)] };
    const changedRenderer = { ...template, renderers: template.renderers.map((r) => r + '-next') };
    for (const t of [changedSource, changedFont, changedRenderer]) expect(cardKey(card('Japan raises defence spending'), t)).not.toBe(key);
  });

  it('counts the CJK font files only for the cards whose characters need them', () => {
    expect(extraFontFiles(JSON.stringify(card('Japan raises defence spending')))).toEqual([]);
    expect(extraFontFiles('石破茂').every((f) => f.includes('noto-sans-jp'))).toBe(true);
    expect(extraFontFiles('석열').length).toBeGreaterThan(0);
    expect(extraFontFiles('석열').every((f) => f.includes('noto-sans-kr'))).toBe(true);
    // A Latin letter the Latin base files lack comes from the same face's latin-ext file, not from Noto.
    expect(extraFontFiles('ő').some((f) => f.includes('source-serif-4-latin-ext'))).toBe(true);
  });
});

describe('card cache on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the stored bytes on a hit, nothing on a miss, and prunes what the build did not use', () => {
    const cache = new CardCache(dir);
    expect(cache.read('a')).toBeUndefined();
    cache.write('a', Uint8Array.of(1, 2, 3));
    cache.write('b', Uint8Array.of(4));
    expect([...cache.read('a')!]).toEqual([1, 2, 3]);
    // Another build's card being written at this moment.
    writeFileSync(join(dir, 'd.png.123.tmp'), '');
    expect(cache.prune(new Set(['a', 'c']))).toEqual({ hits: 1, removed: 1 });
    expect(readdirSync(dir).sort()).toEqual(['a.png', 'd.png.123.tmp']);
  });
});

describe('drawing cards in worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every missing card, byte for byte as the build thread draws it', async () => {
    const cache = new CardCache(dir);
    const template = currentTemplate();
    const cards = new Map(Array.from({ length: 20 }, (_, i) => [`claims/${i}`, card(`Claim number ${i} on Japan`, { quote: `Quote ${i}` })] as const));
    const keys = new Map([...cards].map(([path, text]) => [path, cardKey(text, template)]));
    expect(await drawMissingCards(cards, keys, cache, 2)).toBe(20);
    expect([...keys.values()].every((k) => cache.has(k))).toBe(true);
    const inProcess = new Uint8Array(await renderCard(cards.get('claims/7')!));
    expect(Buffer.from(cache.read(keys.get('claims/7')!)!).equals(inProcess)).toBe(true);
    // Nothing missing: nothing drawn.
    expect(await drawMissingCards(cards, keys, cache, 2)).toBe(0);
  }, 120_000);
});

describe('non-Latin text on cards', () => {
  // A character no font has is drawn as the empty box (.notdef). Replacing a character of a title by
  // one no bundled font has (Ethiopic ሰ) changes the image only if that character had a real glyph,
  // so every position is checked, in a mixed title and in a quote, as names appear on claim cards.
  const draws = async (text: CardText) => Buffer.from(await renderCard(text)).toString('base64');
  const BOX = 'ሰ';

  it.each([
    ['title', (s: string) => card(`Prime Minister ${s} meets the press`)],
    ['quote', (s: string) => card('A claim', { quote: `Abe said ${s} in Tokyo` })],
  ])(
    'draws every character of Japanese and Korean names in a %s, none as an empty box',
    async (_, make) => {
      const names = '石破茂 윤석열';
      const original = await draws(make(names));
      for (const [i, ch] of [...names].entries()) {
        if (ch === ' ') continue;
        const boxed = [...names].map((c, j) => (j === i ? BOX : c)).join('');
        expect(await draws(make(boxed)), `“${ch}” is drawn as an empty box`).not.toBe(original);
      }
    },
    60_000,
  );

  it('finds no uncovered character in Japanese, Korean or accented Latin', () => {
    expect(uncoveredChars('石破茂 윤석열 Shinzō Abe, “Kishida” – ¥')).toEqual([]);
  });

  it('draws characters no bundled font has as identical boxes, and warns naming the card and characters', async () => {
    expect(await draws(card('ሰላም'))).toBe(await draws(card('ምላሰ')));
    const warnings = coverageWarnings(
      new Map([
        ['claims/1.2', card('Ethiopia ሰላም')],
        ['claims/1.3', card('Tibet', { quote: 'བོད' })],
        ['themes/alliances', card('石破茂 and 윤석열')],
      ]),
    );
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('/og/claims/1.2.png');
    expect(warnings[0]).toContain('“ሰ” (U+1230)');
    expect(warnings[1]).toContain('/og/claims/1.3.png');
    expect(warnings[1]).toContain('U+0F56');
  }, 60_000);

  it('reads unicode-range lists with ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });
});

describe('a theme card for many briefs', () => {
  const cell = (label: string, tone: number) => ({ label, tone });
  it('counts each answer, most given first, with the briefs that do not address the question last', () => {
    expect(answerShares([cell('Hold', 1), null, cell('Raise', 0), cell('Raise', 0), null, cell('Hold', 1), cell('Raise', 0)])).toEqual([
      { label: 'Raise', tone: 0, count: 3 },
      { label: 'Hold', tone: 1, count: 2 },
      { label: 'Not addressed', tone: null, count: 2 },
    ]);
    expect(answerShares([null, null])).toEqual([{ label: 'Not addressed', tone: null, count: 2 }]);
  });
  it(`shows a chip per brief up to ${CARD_COLUMNS_MAX} briefs, and the share of each answer beyond`, async () => {
    const matrix = (n: number) => ({
      columns: Array.from({ length: n }, (_, i) => `B${i}`),
      rows: [{ question: 'Q?', cells: Array.from({ length: n }, (_, i) => (i % 3 ? cell('Yes', 0) : null)) }],
    });
    expect(matrixLayout(matrix(CARD_COLUMNS_MAX))).toBe('columns');
    expect(matrixLayout(matrix(CARD_COLUMNS_MAX + 1))).toBe('shares');
    const png = Buffer.from(await renderCard({ kicker: 'Theme', title: 'Many briefs', matrix: matrix(60), footer: 'f' }));
    // A PNG's IHDR: width and height at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
