/**
 * Exponential backoff with full jitter (AWS architecture blog): the delay before attempt n+1
 * is uniform in [base·2^(n-1)/2, base·2^(n-1)], capped, so retries of many recipients spread out.
 * `random` is a parameter so the schedule is testable.
 */
export function backoffDelay(
  attempts: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
