import { describe, expect, it } from 'vitest';
import { currentGuardian, GuardianAppointment } from './guardian-appointment.js';

const child = 'sub_CHILDAAAAAAAAAAAA';
const base = {
  child,
  appointingCsw: 'rs.csw.belgrade',
  guardian: { type: 'csw-staff', agency: 'rs.csw.belgrade', ref: 'g-001' },
};
const temporary = GuardianAppointment.parse({
  ...base,
  kind: 'temporary',
  appointedAt: '2026-03-01T10:00:00Z',
});
const legal = GuardianAppointment.parse({
  ...base,
  kind: 'legal',
  guardian: { ...base.guardian, ref: 'g-002' },
  appointedAt: '2026-03-20T10:00:00Z',
  endedAt: '2026-09-01T10:00:00Z',
});

describe('guardian appointment', () => {
  it('refuses a guardianship that ends before it starts', () => {
    const r = GuardianAppointment.safeParse({
      ...base,
      kind: 'legal',
      appointedAt: '2026-03-20T10:00:00Z',
      endedAt: '2026-03-01T10:00:00Z',
    });
    expect(r.error?.issues[0]?.path).toEqual(['endedAt']);
  });
  it('has no guardian before the first appointment or for another child', () => {
    expect(currentGuardian([temporary, legal], child, '2026-02-01T00:00:00Z')).toBeUndefined();
    expect(
      currentGuardian([temporary, legal], 'sub_OTHERAAAAAAAAAAAA', '2026-04-01T00:00:00Z'),
    ).toBeUndefined();
  });
  it('the temporary guardian acts until a legal guardian is appointed, then the legal one', () => {
    expect(currentGuardian([legal, temporary], child, '2026-03-10T00:00:00Z')?.guardian.ref).toBe(
      'g-001',
    );
    expect(currentGuardian([temporary, legal], child, '2026-04-01T00:00:00Z')?.guardian.ref).toBe(
      'g-002',
    );
  });
  it('falls back to the temporary guardian after the legal guardianship ended', () => {
    expect(currentGuardian([temporary, legal], child, '2026-09-01T10:00:00Z')?.guardian.ref).toBe(
      'g-001',
    );
  });
  it('among guardians of the same kind, the latest appointment wins', () => {
    const later = GuardianAppointment.parse({
      ...base,
      kind: 'temporary',
      guardian: { ...base.guardian, ref: 'g-003' },
      appointedAt: '2026-03-05T10:00:00Z',
    });
    expect(currentGuardian([later, temporary], child, '2026-03-10T00:00:00Z')?.guardian.ref).toBe(
      'g-003',
    );
  });
});
