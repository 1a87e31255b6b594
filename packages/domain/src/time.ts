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
