/** The time line of the briefs: extents padded to whole months, ticks, and positions on it. */

const time = (d: string) => Date.parse(d.length === 7 ? `${d}-01` : d.length === 4 ? `${d}-01-01` : d);
const month = (t: number) => new Date(t).toISOString().slice(0, 7);

export interface TimeAxis {
  from: string;
  to: string;
  /** Month labels (YYYY-MM), at most about eight, evenly spaced. */
  ticks: string[];
  /** Whole months the briefs span, first to last. */
  spanMonths: number;
}

/** An axis from the month before the earliest date to the month after the latest. */
export function timeAxis(dates: string[]): TimeAxis {
  const ts = dates.map(time).sort((a, b) => a - b);
  const first = new Date(ts[0]!);
  const last = new Date(ts.at(-1)!);
  const from = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1));
  const to = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1));
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  const step = Math.max(1, Math.ceil(months / 8));
  const ticks: string[] = [];
  for (let i = step; i < months; i += step) ticks.push(month(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1)));
  const spanMonths = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
  return { from: month(from.getTime()) + '-01', to: month(to.getTime()) + '-01', ticks, spanMonths };
}

/** Position (0–100) of an ISO date on the axis. */
export function positionOnAxis(date: string, axis: Pick<TimeAxis, 'from' | 'to'>): number {
  const p = ((time(date) - time(axis.from)) / (time(axis.to) - time(axis.from))) * 100;
  return Math.max(0, Math.min(100, Math.round(p * 10) / 10));
}
