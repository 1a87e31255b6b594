import { describe, expect, it } from 'vitest';
import { InfoResponse } from './info-response.js';

const valid = {
  requestId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600001',
  answeredAt: '2026-03-06T11:30:00+01:00',
  answers: [{ question: 0, answer: 'The family received one-off material assistance in 2025.' }],
  withheldCategories: ['health'],
  withholdingReason: 'Health data is not covered by the consent on file.',
};

describe('InfoResponse', () => {
  it('accepts an answer that states what was withheld and why', () => {
    expect(InfoResponse.parse(valid)).toEqual(valid);
  });

  it('rejects an answer to a question number beyond 19, naming its path', () => {
    const r = InfoResponse.safeParse({ ...valid, answers: [{ question: 20, answer: 'x' }] });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['answers', 0, 'question']]);
  });

  it('rejects two answers to the same question', () => {
    const r = InfoResponse.safeParse({
      ...valid,
      answers: [
        { question: 1, answer: 'a' },
        { question: 1, answer: 'b' },
      ],
    });
    expect(r.error?.issues).toMatchObject([
      { path: ['answers'], message: 'each question is answered at most once' },
    ]);
  });

  it('rejects a category listed as withheld twice', () => {
    const r = InfoResponse.safeParse({ ...valid, withheldCategories: ['health', 'health'] });
    expect(r.error?.issues).toMatchObject([{ path: ['withheldCategories'] }]);
  });
});
