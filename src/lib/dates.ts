import type { PublicationDate } from '../schemas/brief';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "14 January 2025", "March 2024", "2019": a partial ISO date in words. */
export function formatPartialDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y!;
}

/** A publication date as readers should see it, precision included. */
export function formatPublicationDate(date: PublicationDate): string {
  if (date.precision === 'after') return `Not stated (written on or after ${formatPartialDate(date.value)})`;
  return formatPartialDate(date.value);
}

/** A publication date for tight places: "1 April 2025", "on or after 11 November 2024". */
export function shortPublicationDate(date: PublicationDate): string {
  return date.precision === 'after' ? `on or after ${formatPartialDate(date.value)}` : formatPartialDate(date.value);
}

/** The earliest day the date can stand for, for sorting and time lines. */
export function sortKey(date: PublicationDate): string {
  return date.precision === 'month' ? `${date.value}-01` : date.value;
}

/** The year, or undefined when it is not stated. */
export function publicationYear(date: PublicationDate): string | undefined {
  return date.precision === 'after' ? undefined : date.value.slice(0, 4);
}
