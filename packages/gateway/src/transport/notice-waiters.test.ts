import { describe, expect, it } from 'vitest';
import { NoticeWaiters } from './notice-waiters.js';

const notice = (recipient: string) => ({ messageId: 'm1', recipient, kind: 'accepted' as const });

describe('NoticeWaiters', () => {
  it('wakes every wait of the notice recipient and none of another', async () => {
    const waiters = new NoticeWaiters();
    const first = waiters.wait('rs.cptv', 60_000);
    const second = waiters.wait('rs.cptv', 60_000);
    const other = waiters.wait('rs.astra', 60_000);
    waiters.notify(notice('rs.cptv'));
    expect(await first.woken).toBe(true);
    expect(await second.woken).toBe(true);
    expect(waiters.count('rs.cptv')).toBe(0);
    expect(waiters.count('rs.astra')).toBe(1);
    other.cancel();
    expect(await other.woken).toBe(false);
    expect(waiters.count('rs.astra')).toBe(0);
  });

  it('a wait that runs out settles false and is forgotten', async () => {
    const waiters = new NoticeWaiters();
    const wait = waiters.wait('rs.cptv', 1);
    expect(await wait.woken).toBe(false);
    expect(waiters.count('rs.cptv')).toBe(0);
  });

  it('close ends every wait and later waits end at once', async () => {
    const waiters = new NoticeWaiters();
    const wait = waiters.wait('rs.cptv', 60_000);
    waiters.close();
    expect(await wait.woken).toBe(false);
    expect(await waiters.wait('rs.cptv', 60_000).woken).toBe(false);
  });
});
