import { describe, expect, it } from 'vitest';
import { ConsultationRequest } from './consultation-request.js';

const valid = {
  consultationId: '0190f5a2-7c3e-7a10-9b2c-3d4e5f600002',
  role: 'support-provider',
  contemplatedOutcome: 'refused',
  summary: 'Labour exploitation on a construction site abroad.',
  requestedAt: '2026-04-01T09:00:00+02:00',
  respondBy: '2026-04-08T16:00:00+02:00',
};

describe('ConsultationRequest', () => {
  it('accepts a request for an opinion before a contemplated refusal', () => {
    expect(ConsultationRequest.parse(valid)).toEqual(valid);
  });

  it('rejects an unknown role, naming its path', () => {
    const r = ConsultationRequest.safeParse({ ...valid, role: 'prosecutor' });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['role']]);
  });

  it('rejects an empty summary', () => {
    const r = ConsultationRequest.safeParse({ ...valid, summary: '' });
    expect(r.error?.issues.map((i) => i.path)).toEqual([['summary']]);
  });

  it('rejects an opinion due before it was asked for (offsets compared as instants)', () => {
    const r = ConsultationRequest.safeParse({
      ...valid,
      requestedAt: '2026-04-01T09:00:00Z',
      respondBy: '2026-04-01T10:00:00+02:00',
    });
    expect(r.error?.issues).toMatchObject([
      { path: ['respondBy'], message: 'respondBy must be after requestedAt' },
    ]);
  });
});
