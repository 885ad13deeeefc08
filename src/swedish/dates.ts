/** Swedish dates: "16 augusti 2017", "den 1 maj 2024". */

export const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Datumet "${iso}" är inte i formen ÅÅÅÅ-MM-DD`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** "2017-08-16" → "16 augusti 2017". */
export function longDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2024-04-17" → "17 april" (the year left out, as the seeds write dates in the same year). */
export function dayMonth(iso: string): string {
  const [, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]}`;
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return parts(iso)[0];
}

/** Parses "16 augusti 2017" (or "16 augusti") back to ISO; `defaultYear` fills a missing year. */
export function parseLongDate(text: string, defaultYear?: number): string | undefined {
  const m = /(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+(\d{4}))?/i.exec(
    text,
  );
  if (!m) return undefined;
  const year = m[3] ? Number(m[3]) : defaultYear;
  if (year === undefined) return undefined;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  const day = Number(m[1]);
  const dt = new Date(Date.UTC(year, month - 1, day));
  if (dt.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
