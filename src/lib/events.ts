import type { Claim } from '../model';

/** One dated event with every claim (and so brief) that mentions it. */
export interface TimelineEvent {
  id: string;
  date: string;
  label: string;
  claims: Claim[];
  briefs: string[];
}

/** Claims → the events they mention, merged by id, in date order. */
export function collectEvents(claims: Claim[]): TimelineEvent[] {
  const byId = new Map<string, TimelineEvent>();
  for (const c of claims) {
    for (const e of c.events) {
      const ev = byId.get(e.id) ?? { id: e.id, date: e.date, label: e.label, claims: [], briefs: [] };
      ev.claims.push(c);
      if (!ev.briefs.includes(c.brief)) ev.briefs.push(c.brief);
      byId.set(e.id, ev);
    }
  }
  return [...byId.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
