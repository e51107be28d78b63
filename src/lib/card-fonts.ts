import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 600;
  style: 'normal';
}

/** One file of a Fontsource family and the code points its @font-face `unicode-range` declares. */
interface Subset {
  file: string;
  ranges: [number, number][];
}

interface Family {
  name: string;
  weight: 400 | 600;
  subsets: Subset[];
}

/** `U+0-7F,U+2000-206F,U+4??` → [[0, 0x7f], [0x2000, 0x206f], [0x400, 0x4ff]]. */
export function parseUnicodeRange(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-') as [string, string | undefined];
    if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'f'), 16)];
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/** Every `.woff` subset of a Fontsource stylesheet (satori reads WOFF, not WOFF2) with its unicode-range. */
function familyFromCss(name: string, pkg: string, weight: 400 | 600): Family {
  const cssPath = require.resolve(`@fontsource/${pkg}/${weight}.css`);
  const css = readFileSync(cssPath, 'utf8');
  const subsets = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, block]) => {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block!)?.[1];
    return file && range ? [{ file: join(dirname(cssPath), 'files', file), ranges: parseUnicodeRange(range) }] : [];
  });
  return { name, weight, subsets };
}

const covers = (s: Subset, cp: number) => s.ranges.some(([a, b]) => cp >= a && cp <= b);

/**
 * The card's two faces (Source Serif 4 for titles and quotes, Source Sans 3 for the rest) in every
 * script Fontsource ships them in, then Noto Sans JP and KR for Japanese and Korean names: only the
 * Latin files are always loaded; the others, split by Fontsource into small numbered subsets, are
 * loaded for the characters a card needs.
 */
const SOURCE = [familyFromCss('Serif', 'source-serif-4', 600), familyFromCss('Sans', 'source-sans-3', 400)];
const CJK = [familyFromCss('Noto Sans JP', 'noto-sans-jp', 400), familyFromCss('Noto Sans KR', 'noto-sans-kr', 400)];
const isLatin = (s: Subset) => /-latin-\d+-normal\.woff$/.test(s.file);

const bytes = new Map<string, Buffer>();
function fileBytes(file: string): Buffer {
  let data = bytes.get(file);
  if (!data) bytes.set(file, (data = readFileSync(file)));
  return data;
}

const font = (family: Family, s: Subset, name = family.name): CardFont => ({ name, data: fileBytes(s.file), weight: family.weight, style: 'normal' });

/** The fonts every card loads: the Latin files of both faces. */
export function baseFonts(): CardFont[] {
  return SOURCE.map((f) => font(f, f.subsets.find(isLatin)!));
}

/**
 * The extra subset files the characters of `text` need beyond the Latin base: a Source Serif/Sans
 * file where those faces have the script (so a ō in a serif title stays serif), else the first
 * Noto Sans JP or KR file that has the character.
 */
function extraSubsets(text: string): { family: Family; subset: Subset }[] {
  const found = new Map<string, { family: Family; subset: Subset }>();
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    if (SOURCE.every((f) => covers(f.subsets.find(isLatin)!, cp))) continue;
    const source = SOURCE.flatMap((family) => family.subsets.filter((s) => !isLatin(s) && covers(s, cp)).map((subset) => ({ family, subset })));
    const cjk = CJK.flatMap((family) => family.subsets.filter((s) => covers(s, cp)).map((subset) => ({ family, subset })));
    for (const hit of source.length > 0 ? source : cjk.slice(0, 1)) found.set(hit.subset.file, hit);
  }
  return [...found.values()];
}

/** The font files, beyond the Latin base, that a card with this text draws from. */
export function extraFontFiles(text: string): string[] {
  return extraSubsets(text)
    .map((x) => x.subset.file)
    .sort();
}

/** The contents of a font file, read once. */
export function fontFileBytes(file: string): Buffer {
  return fileBytes(file);
}

/** Satori's `loadAdditionalAsset`: the subset fonts for the characters of a segment no loaded font has. */
export async function loadFallbackFonts(_languageCode: string, segment: string): Promise<CardFont[]> {
  // Each subset under a name of its own: satori keeps one font per name and weight, so subsets
  // sharing the family's name would hide each other. As fallbacks they are tried in turn.
  return extraSubsets(segment).map(({ family, subset }) => font(family, subset, `${family.name} ${basename(subset.file, '.woff')}`));
}

/** The characters of `text` that no bundled font has (they would be drawn as empty boxes). */
export function uncoveredChars(text: string): string[] {
  const all = [...SOURCE, ...CJK].flatMap((f) => f.subsets);
  return [...new Set(text)].filter((ch) => !/\s/.test(ch) && !all.some((s) => covers(s, ch.codePointAt(0)!)));
}
