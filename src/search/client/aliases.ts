/**
 * Words readers type that the briefs spell another way. (Acronyms the briefs always print beside
 * their full names, such as NATO, IPEF or FOIP, need no alias: each variant costs index bytes.) Each group lists equivalent forms; a query
 * that contains one form is also searched with each of the others.
 */
import { escapeRegExp } from '../../escape-regexp';
const ALIAS_GROUPS: string[][] = [
  ['DPRK', 'North Korea', 'North Korean'],
  ['ROK', 'South Korea'],
  ['SDF', 'Self-Defense Forces', 'Self-Defence Forces'],
  ['HNS', 'host nation support'],
  ['US', 'U.S.', 'United States', 'America'],
  ['UK', 'United Kingdom', 'Britain'],
  ['defence', 'defense'],
  ['Kim Jong-un', 'Kim Jong Un', 'Kim Jong-Un'],
  ['PM', 'Prime Minister'],
  ['CPTPP', 'TPP', 'Trans-Pacific Partnership'],
  ['PRC', 'China', 'Chinese'],
  ['Abe Shinzo', 'Shinzo Abe', 'Abe'],
  ['Ishiba Shigeru', 'Shigeru Ishiba', 'Ishiba'],
  ['Kishida Fumio', 'Fumio Kishida', 'Kishida'],
  ['Senkakus', 'Senkaku'],
  ['denuclearization', 'denuclearisation'],
  ['normalization', 'normalisation'],
  ['programme', 'program'],
  ['labour', 'labor'],
  ['aluminium', 'aluminum'],
  ['favour', 'favor'],
  ['centre', 'center'],
  ['2%', '2 percent', 'two per cent'],
  ['3%', '3 percent', 'three per cent'],
  ['$8 billion', 'US$8 billion', 'US$ 8 billion'],
];

/** Matches a form as a whole word or phrase, case-insensitively ("US" does not match "using"). */
function formPattern(form: string): RegExp {
  const start = /^\w/.test(form) ? '(?<![\\w$])' : '(?<!\\S)';
  const end = /\w$/.test(form) ? '(?![\\w-])' : '(?!\\S)';
  return new RegExp(`${start}${escapeRegExp(form)}${end}`, 'i');
}

/** The query as typed, followed by each variant with one alias replaced by another form (at most `max`). */
export function expandQuery(query: string, max = 6): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q) return [];
  const out = [q];
  for (const group of ALIAS_GROUPS) {
    // Longest form first, so "North Korean" wins over "North Korea".
    const found = [...group].sort((a, b) => b.length - a.length).find((f) => formPattern(f).test(q));
    if (!found) continue;
    for (const other of group) {
      if (other === found) continue;
      const variant = q.replace(formPattern(found), other);
      if (!out.some((o) => o.toLowerCase() === variant.toLowerCase())) out.push(variant);
    }
  }
  return out.slice(0, max);
}
