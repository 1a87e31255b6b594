import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AgencyId, CasePseudonym, SubjectPseudonym } from '../ids.js';
import {
  requestServiceReferral,
  ServiceReferral,
  transitionServiceReferral,
  type ServiceReferralEvent,
} from './service-referral.js';
import {
  nextServiceReferralStatus,
  SERVICE_REFERRAL_EVENT_TYPES,
  SERVICE_REFERRAL_STATUSES,
  ServiceReferralStatus,
  TERMINAL_SERVICE_REFERRAL_STATUSES,
  isTerminalServiceReferralStatus,
  type ServiceReferralEventType,
} from './service-referral-status.js';

const atina = AgencyId.parse('rs.atina');
const cptv = AgencyId.parse('rs.cptv');
const csw = AgencyId.parse('rs.csw.belgrade');
const T0 = '2026-03-01T09:00:00Z';

function requested(): ServiceReferral {
  const r = requestServiceReferral({
    id: 'svc-ref-0001',
    case: CasePseudonym.parse('case_ABCDEFGHIJKLMNOP'),
    subject: SubjectPseudonym.parse('sub_ABCDEFGHIJKLMNOP'),
    service: 'accommodation',
    requester: cptv,
    provider: atina,
    consent: { informed: true, givenBy: 'self', givenAt: '2026-03-01T08:30:00Z' },
    providerChoice: { chosenBy: 'subject', alternativesOffered: 2 },
    requestedAt: T0,
  });
  if (!r.ok) {
    throw new Error(r.error.message);
  }
  return r.value;
}

function event(
  type: ServiceReferralEventType,
  at: string,
  by = type === 'cancel' ? cptv : atina,
): ServiceReferralEvent {
  return type === 'reject' || type === 'cancel'
    ? { type, at, by, reason: 'stated reason' }
    : { type, at, by };
}

describe('service referral', () => {
  it('starts requested, with the request in its history, and parses as a ServiceReferral', () => {
    const r = requested();
    expect(r.status).toBe('requested');
    expect(r.history).toEqual([{ status: 'requested', at: T0, by: cptv }]);
    expect(ServiceReferral.safeParse(r).success).toBe(true);
  });

  it('refuses a request made before the informed consent was given', () => {
    const r = requestServiceReferral({ ...requested(), requestedAt: '2026-03-01T08:00:00Z' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', path: ['consent', 'givenAt'] },
    });
  });

  it('cannot represent a referral without informed consent', () => {
    const r = ServiceReferral.safeParse({
      ...requested(),
      consent: { informed: false, givenBy: 'self', givenAt: T0 },
    });
    expect(r.success).toBe(false);
  });

  it('runs the happy path requested → accepted → in-progress → completed', () => {
    let r = requested();
    for (const [type, at] of [
      ['accept', '2026-03-01T10:00:00Z'],
      ['start', '2026-03-02T10:00:00Z'],
      ['complete', '2026-04-02T10:00:00Z'],
    ] as const) {
      const next = transitionServiceReferral(r, event(type, at));
      expect(next.ok).toBe(true);
      if (next.ok) {
        r = next.value;
      }
    }
    expect(r.status).toBe('completed');
    expect(r.history.map((h) => h.status)).toEqual([
      'requested',
      'accepted',
      'in-progress',
      'completed',
    ]);
  });

  it('records the reason of a rejection', () => {
    const r = transitionServiceReferral(requested(), event('reject', '2026-03-01T10:00:00Z'));
    expect(r.ok && r.value.history[1]).toEqual({
      status: 'rejected',
      at: '2026-03-01T10:00:00Z',
      by: atina,
      reason: 'stated reason',
    });
  });

  it('refuses an event from an agency that may not send it', () => {
    const r = transitionServiceReferral(requested(), event('accept', '2026-03-01T10:00:00Z', csw));
    expect(r).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED', path: ['by'] } });
    const cancelByStranger = transitionServiceReferral(
      requested(),
      event('cancel', '2026-03-01T10:00:00Z', csw),
    );
    expect(cancelByStranger.ok).toBe(false);
  });

  it('lets the requester cancel but not accept', () => {
    expect(
      transitionServiceReferral(requested(), event('cancel', '2026-03-01T10:00:00Z', cptv)).ok,
    ).toBe(true);
    expect(
      transitionServiceReferral(requested(), event('accept', '2026-03-01T10:00:00Z', cptv)).ok,
    ).toBe(false);
  });

  it('refuses an event dated before the latest change', () => {
    const r = transitionServiceReferral(requested(), event('accept', '2026-02-28T10:00:00Z'));
    expect(r).toMatchObject({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED', path: ['at'] } });
  });

  it('refuses start before accept', () => {
    const r = transitionServiceReferral(requested(), event('start', '2026-03-01T10:00:00Z'));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', path: ['status'] },
    });
  });
});

describe('service referral state machine (properties)', () => {
  const eventType = fc.constantFrom(...SERVICE_REFERRAL_EVENT_TYPES);

  it('no sequence of events reaches an invalid state; illegal events give a typed error and change nothing', () => {
    fc.assert(
      fc.property(fc.array(eventType, { maxLength: 12 }), (types) => {
        let r = requested();
        types.forEach((type, i) => {
          const at = new Date(Date.parse(T0) + (i + 1) * 3_600_000).toISOString();
          const expected = nextServiceReferralStatus(r.status, type);
          const result = transitionServiceReferral(r, event(type, at));
          if (expected === undefined) {
            expect(result.ok).toBe(false);
            if (!result.ok) {
              expect(result.error.code).toBe('TRANSITION_NOT_ALLOWED');
            }
          } else {
            expect(result.ok).toBe(true);
            if (result.ok) {
              expect(result.value.status).toBe(expected);
              r = result.value;
            }
          }
          expect(ServiceReferral.safeParse(r).success).toBe(true);
          expect(r.history[r.history.length - 1]?.status).toBe(r.status);
        });
      }),
    );
  });

  it('a terminal state accepts no event', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TERMINAL_SERVICE_REFERRAL_STATUSES),
        eventType,
        (status, type) => {
          expect(nextServiceReferralStatus(status, type)).toBeUndefined();
        },
      ),
    );
  });

  it('every state, and so every terminal state, is reachable from requested', () => {
    const seen = new Set<ServiceReferralStatus>(['requested']);
    const queue: ServiceReferralStatus[] = ['requested'];
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      for (const type of SERVICE_REFERRAL_EVENT_TYPES) {
        const next = nextServiceReferralStatus(s, type);
        if (next !== undefined && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...SERVICE_REFERRAL_STATUSES].sort());
    expect(
      TERMINAL_SERVICE_REFERRAL_STATUSES.every(
        (t) => seen.has(t) && isTerminalServiceReferralStatus(t),
      ),
    ).toBe(true);
  });

  it('random walks through the real transition function end in each terminal state', () => {
    const reached = new Set<ServiceReferralStatus>();
    fc.assert(
      fc.property(fc.array(eventType, { minLength: 1, maxLength: 8 }), (types) => {
        let r = requested();
        types.forEach((type, i) => {
          const result = transitionServiceReferral(
            r,
            event(type, new Date(Date.parse(T0) + (i + 1) * 60_000).toISOString()),
          );
          if (result.ok) {
            r = result.value;
          }
        });
        reached.add(r.status);
      }),
      { numRuns: 500, seed: 20260301 },
    );
    for (const t of TERMINAL_SERVICE_REFERRAL_STATUSES) {
      expect(reached.has(t)).toBe(true);
    }
  });
});

const fhirDir = fileURLToPath(
  new URL('../../../../../shared/standards/fhir-r4-examples/', import.meta.url),
);
const haveFhir = existsSync(fhirDir);

describe('FHIR R4 Task statuses', () => {
  if (!haveFhir) {
    console.info(`FHIR examples not found at ${fhirDir}: skipping the FHIR Task status comparison`);
  }
  it.skipIf(!haveFhir)(
    'reads the FHIR examples: in-progress is one of our statuses, draft is not',
    () => {
      const status = (file: string): unknown =>
        (JSON.parse(readFileSync(`${fhirDir}${file}`, 'utf8')) as { status?: unknown }).status;
      expect(status('Task-example1.json')).toBe('in-progress');
      expect(ServiceReferralStatus.safeParse(status('Task-example1.json')).success).toBe(true);
      // A referral exists only once requested: FHIR's draft has no counterpart here.
      expect(status('Task-example3.json')).toBe('draft');
      expect(ServiceReferralStatus.safeParse(status('Task-example3.json')).success).toBe(false);
    },
  );
});
