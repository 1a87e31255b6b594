import { describe, expect, it } from 'vitest';
import { GuardianAppointment } from './guardian-appointment.js';
import { guardianCaseloadWarnings, guardianRequired } from './guardian-required.js';

const at = '2026-04-01T10:00:00Z';
const age = { status: 'documented', birthDate: '2012-05-14' } as const;
const appoint = (child: string, ref = 'g-0001') =>
  GuardianAppointment.parse({
    child,
    kind: 'temporary',
    appointingCsw: 'rs.csw.belgrade',
    guardian: { type: 'csw-staff', agency: 'rs.csw.belgrade', ref },
    appointedAt: '2026-03-01T10:00:00Z',
  });
const child = 'sub_4F8K2M7Q9X1B3R5T';

describe('GUARDIAN_REQUIRED (seed L1285-1287)', () => {
  it('an unaccompanied child needs a guardian in office', () => {
    expect(guardianRequired({ child, age, unaccompanied: true, appointments: [], at })).toEqual([
      {
        code: 'GUARDIAN_REQUIRED',
        message: 'an unaccompanied child needs a guardian appointed by the CSW',
        path: ['appointments'],
      },
    ]);
    expect(
      guardianRequired({ child, age, unaccompanied: true, appointments: [appoint(child)], at }),
    ).toEqual([]);
  });
  it('does not apply to an accompanied child or an adult', () => {
    expect(guardianRequired({ child, age, unaccompanied: false, appointments: [], at })).toEqual(
      [],
    );
    const adult = { status: 'documented', birthDate: '1990-01-01' } as const;
    expect(
      guardianRequired({ child, age: adult, unaccompanied: true, appointments: [], at }),
    ).toEqual([]);
  });
});

describe('GUARDIAN_CASELOAD_ABOVE_STANDARD (seed L178-180), a warning', () => {
  const children = Array.from({ length: 26 }, (_, i) => `sub_CHILD${String(i).padStart(11, '0')}`);
  it('warns when a guardian has more than 25 children in office', () => {
    const appointments = children.map((c) => appoint(c));
    expect(guardianCaseloadWarnings('g-0001', appointments, at)).toEqual([
      expect.objectContaining({ code: 'GUARDIAN_CASELOAD_ABOVE_STANDARD', severity: 'warning' }),
    ]);
    expect(guardianCaseloadWarnings('g-0001', appointments.slice(0, 25), at)).toEqual([]);
  });
});
