import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontsSource from './card-fonts.ts?raw';
import { baseFonts, extraFontFiles, fontFileBytes } from './card-fonts';
import templateSource from './social-card.ts?raw';
import { tokensCss, type CardText } from './social-card';

const require = createRequire(import.meta.url);

/** Everything besides its text that decides how a card looks. */
export interface CardTemplate {
  /** Source of the card template and whatever it reads (social-card.ts, card-fonts.ts, tokens.css). */
  sources: string[];
  /** The Latin font files every card loads. */
  fonts: Uint8Array[];
  /** satori and resvg versions: a new renderer may draw the same tree differently. */
  renderers: string[];
}

/** The template this build draws with. */
export function currentTemplate(): CardTemplate {
  return {
    sources: [templateSource, fontsSource, tokensCss],
    fonts: baseFonts().map((f) => f.data),
    renderers: ['satori', '@resvg/resvg-js'].map((pkg) => `${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`),
  };
}

const sha256 = (...parts: (string | Uint8Array)[]) => parts.reduce((h, p) => h.update(typeof p === 'string' ? `${p.length}:${p}` : p), createHash('sha256'));

/** A digest of the template, computed once per template object (fonts are hashed by content). */
const templateDigests = new WeakMap<CardTemplate, string>();
function templateDigest(t: CardTemplate): string {
  let d = templateDigests.get(t);
  if (!d) templateDigests.set(t, (d = sha256(...t.sources, ...t.fonts, ...t.renderers).digest('hex')));
  return d;
}

const fileDigests = new Map<string, string>();
function fileDigest(file: string): string {
  let d = fileDigests.get(file);
  if (!d) fileDigests.set(file, (d = sha256(fontFileBytes(file)).digest('hex')));
  return d;
}

/**
 * A card's cache key: its text, the template, and the contents of the extra (e.g. CJK) font
 * files its characters need, so those files count only for the cards that use them.
 */
export function cardKey(text: CardText, template: CardTemplate): string {
  const json = JSON.stringify(text);
  return sha256(templateDigest(template), json, ...extraFontFiles(json).map(fileDigest))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Rendered cards on disk, one PNG per key, kept between builds (a card takes about 70 ms to draw
 * and a few to read). `prune` removes the entries the current build does not use, so the
 * directory holds one build's worth of cards at most.
 */
export class CardCache {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  #file(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  has(key: string): boolean {
    return existsSync(this.#file(key));
  }

  /** The cached PNG, or undefined on a miss. */
  read(key: string): Uint8Array<ArrayBuffer> | undefined {
    try {
      return new Uint8Array(readFileSync(this.#file(key)));
    } catch {
      return undefined;
    }
  }

  write(key: string, png: Uint8Array): void {
    // Written under a temporary name then renamed over, a half-written file is never read as a card.
    const tmp = `${this.#file(key)}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, this.#file(key));
  }

  /**
   * Deletes every card not in `keep`; returns how many of `keep` were present (the hits). Another
   * build may share the directory (the site tests build copies of the project that link this
   * node_modules): a card it evicts is drawn again, and its half-written files are left alone
   * unless an hour old (left by a crash).
   */
  prune(keep: ReadonlySet<string>): { hits: number; removed: number } {
    let hits = 0;
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const file = join(this.dir, name);
      if (name.endsWith('.png') && keep.has(name.slice(0, -'.png'.length))) hits++;
      else if (name.endsWith('.png') || Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 3_600_000) {
        rmSync(file, { force: true });
        removed++;
      }
    }
    return { hits, removed };
  }
}
