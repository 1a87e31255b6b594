/** A dd.mm.yyyy date (Serbian exports) as an ISO calendar date, or undefined when not a real date. */
export function serbianDate(text: string): string | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(text.trim());
  if (match === null) {
    return undefined;
  }
  const [, day, month, year] = match;
  const iso = `${year!}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso
    ? undefined
    : iso;
}

/** `2026-03-02` as `02.03.2026`. */
export function toSerbianDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

/** The UTC offset of Europe/Belgrade at a moment, e.g. `+01:00` or `+02:00` (summer time). */
function belgradeOffset(at: Date): string {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Belgrade', timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** A Belgrade wall-clock date and time (`HH:mm`) as an ISO instant with its offset. */
export function belgradeInstant(isoDate: string, time = '00:00'): string {
  const local = `${isoDate}T${time}:00`;
  // The offset at noon UTC of that day is the day's offset except in the switch-over hours.
  const offset = belgradeOffset(new Date(`${isoDate}T12:00:00Z`));
  return `${local}${offset}`;
}

/** Whole years between a birth date and a day (both ISO dates). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.slice(0, 10).split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
