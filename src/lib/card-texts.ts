import type { SiteData } from '../analysis/site-data';
import { KIND_LABEL } from './claims';
import { formatPublicationDate } from './dates';
import type { CardText } from './social-card';

/** Every social card of the site by its path under /og/ (without ".png"). */
export function cardTexts(site: SiteData): Map<string, CardText> {
  const { briefs, themes, claims } = site;
  const cards = new Map<string, CardText>();
  cards.set('site', {
    kicker: `${briefs.length} think-tank briefs compared`,
    title: 'How will Japan fare under Trump 2.0? Where the analysts agree and differ',
    footer: `${claims.length} verified claims on ${themes.length} themes`,
  });
  for (const t of themes) {
    const matrix = {
      columns: briefs.map((b) => site.name(b.slug)),
      rows: site.matrix(t.slug).map((r) => ({
        question: r.question.text,
        cells: r.cells.map((c) => (c.addressed ? { label: c.answer.label, tone: c.answerIndex } : null)),
      })),
    };
    cards.set(`themes/${t.slug}`, {
      kicker: 'Theme · positions by brief',
      title: t.title,
      matrix,
      footer: `${site.claimsOfTheme(t.slug).length} claims compared`,
    });
  }
  for (const b of briefs) {
    const supplied = b.meta.title.from.source === 'editors' ? ' [title supplied]' : '';
    cards.set(`briefs/${b.slug}`, {
      kicker: `${b.meta.publisher.short} · ${b.meta.kind.value}`,
      title: b.meta.title.value + supplied,
      footer: formatPublicationDate(b.meta.date),
    });
  }
  for (const c of claims) {
    const b = site.brief(c.brief);
    cards.set(`claims/${c.id}`, {
      kicker: `Claim ${c.id} · ${KIND_LABEL[c.kind]}`,
      title: c.statement,
      quote: c.quote,
      footer: `${b.meta.publisher.short}, ${formatPublicationDate(b.meta.date)}`,
    });
  }
  return cards;
}
