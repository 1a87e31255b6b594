import { describe, expect, it } from 'vitest';
import { Progress } from './progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (text: string) => chunks.push(text) };
}

describe('Progress', () => {
  it('redraws a bar in place on a terminal', () => {
    const tty = stream(true);
    const progress = new Progress(tty, 'police export.csv', 4);
    progress.tick('sent');
    progress.tick('skipped');
    progress.tick('rejected');
    progress.tick('sent');
    expect(progress.finish()).toEqual({ sent: 2, skipped: 1, rejected: 1 });
    expect(tty.chunks.every((chunk) => chunk.startsWith('\r'))).toBe(true);
    expect(tty.chunks[1]).toBe(
      `\rpolice export.csv [${'#'.repeat(15)}${'-'.repeat(15)}]  50% 2/4 (1 sent, 1 already sent, 0 rejected)`,
    );
    expect(tty.chunks.at(-1)?.endsWith('100% 4/4 (2 sent, 1 already sent, 1 rejected)\n')).toBe(
      true,
    );
  });

  it('writes plain lines elsewhere: one per `every` records and a last one', () => {
    const log = stream(false);
    const progress = new Progress(log, 'police', 5, 2);
    for (let index = 0; index < 5; index += 1) {
      progress.tick('sent');
    }
    progress.finish();
    expect(log.chunks).toEqual([
      'police: 2/5 records (2 sent, 0 already sent, 0 rejected)\n',
      'police: 4/5 records (4 sent, 0 already sent, 0 rejected)\n',
      'police: 5/5 records (5 sent, 0 already sent, 0 rejected)\n',
    ]);
  });
});
