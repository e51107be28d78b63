import type { Figure } from '../schemas/claim';

const num = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2 });

/** "2% of GDP", "US$8 billion", "10–20%", "54,000 troops": a figure in its unit. */
export function formatFigure(f: Figure): string {
  const v = f.upper === undefined ? num(f.value) : `${num(f.value)}–${num(f.upper)}`;
  switch (f.unit) {
    case 'percent of GDP':
      return `${v}% of GDP`;
    case 'percent':
      return `${v}%`;
    case 'USD billion':
      return `US$${v} billion`;
    case 'JPY billion':
      return `¥${v} billion`;
    case 'JPY trillion':
      return `¥${v} trillion`;
    case 'year':
      return v.replace(/,/g, '');
    case 'count':
      return v;
    default:
      return `${v} ${f.unit}`;
  }
}
