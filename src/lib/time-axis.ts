/** Position (0–100) of an ISO date between two others, for drawing a time line. */
export function positionOnAxis(date: string, from: string, to: string): number {
  const t = (d: string) => Date.parse(d.length === 7 ? `${d}-01` : d.length === 4 ? `${d}-01-01` : d);
  const p = ((t(date) - t(from)) / (t(to) - t(from))) * 100;
  return Math.max(0, Math.min(100, Math.round(p * 10) / 10));
}
