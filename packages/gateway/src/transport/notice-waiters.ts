import type { DeliveryNotice } from './delivery-notice.js';

/** A long-poll's registration: `woken` settles on a notice for its recipient, the timeout or close. */
export interface NoticeWait {
  /** True when a notice came, false on timeout or close. */
  readonly woken: Promise<boolean>;
  cancel(): void;
}

/**
 * The long-polls waiting in this process, by recipient. Registration comes before the inbox is
 * read, so a notice that lands between the read and the wait still wakes the poll.
 */
export class NoticeWaiters {
  private readonly waiting = new Map<string, Set<(woken: boolean) => void>>();
  private closed = false;

  wait(recipient: string, ms: number): NoticeWait {
    if (this.closed || ms <= 0) {
      return { woken: Promise.resolve(false), cancel: () => {} };
    }
    let settle: (woken: boolean) => void = () => {};
    const woken = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => settle(false), ms);
      timer.unref();
      settle = (value) => {
        clearTimeout(timer);
        this.remove(recipient, settle);
        resolve(value);
      };
    });
    let set = this.waiting.get(recipient);
    if (set === undefined) {
      set = new Set();
      this.waiting.set(recipient, set);
    }
    set.add(settle);
    return { woken, cancel: () => settle(false) };
  }

  notify(notice: DeliveryNotice): void {
    for (const settle of [...(this.waiting.get(notice.recipient) ?? [])]) {
      settle(true);
    }
  }

  /** How many polls wait for `recipient` (metrics, tests). */
  count(recipient: string): number {
    return this.waiting.get(recipient)?.size ?? 0;
  }

  /** End every wait (shutdown): the polls answer with what the inbox holds. */
  close(): void {
    this.closed = true;
    for (const set of [...this.waiting.values()]) {
      for (const settle of [...set]) {
        settle(false);
      }
    }
  }

  private remove(recipient: string, settle: (woken: boolean) => void): void {
    const set = this.waiting.get(recipient);
    set?.delete(settle);
    if (set?.size === 0) {
      this.waiting.delete(recipient);
    }
  }
}
