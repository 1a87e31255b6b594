import { setTimeout as sleep } from 'node:timers/promises';

/** Waits `ms`, or less when `stop` aborts first; never throws. */
export async function pause(ms: number, stop: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal: stop });
  } catch {
    // Aborted: the caller sees `stop.aborted`.
  }
}

/** Resolves once `stop` aborts. */
export function stopped(stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (stop.aborted) {
      resolve();
    } else {
      stop.addEventListener('abort', () => resolve(), { once: true });
    }
  });
}
