/** Pure calendar arithmetic on ISO instants; no clock is read here. */
const DAY_MS = 86_400_000;

export function addDays(instant: string, days: number): string {
  return new Date(Date.parse(instant) + days * DAY_MS).toISOString();
}

export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS;
}

export function isBefore(a: string, b: string): boolean {
  return Date.parse(a) < Date.parse(b);
}

/** Completed years between a birth date and an instant. */
export function ageAt(birthDate: string, at: string): number {
  const b = new Date(`${birthDate}T00:00:00Z`);
  const t = new Date(at);
  let age = t.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday =
    t.getUTCMonth() < b.getUTCMonth() ||
    (t.getUTCMonth() === b.getUTCMonth() && t.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) {
    age -= 1;
  }
  return age;
}

/**
 * `days` working days (Monday to Friday, in UTC) after `instant`. Public holidays are not
 * known here and not skipped, so the result is the earliest the target can fall.
 */
export function addWorkingDays(instant: string, days: number): string {
  const d = new Date(Date.parse(instant));
  let left = days;
  while (left > 0) {
    d.setTime(d.getTime() + DAY_MS);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) {
      left -= 1;
    }
  }
  return d.toISOString();
}
