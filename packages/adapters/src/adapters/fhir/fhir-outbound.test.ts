import { validateResource } from '@medplum/core';
import type { Bundle, Task } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSchemaValid, mapAll, received } from '../../../test/reference-adapter-checks.js';
import { fixtures, HOSPITAL } from './conformance.js';
import type { FhirEntry } from './fhir-entry.js';
import { validateFhirResource } from './fhir-validation.js';
import { adapter } from './index.js';

// The R4 definitions load once per process and take seconds on a busy machine.
beforeAll(() => {
  validateFhirResource({ resourceType: 'Basic', code: { text: 'warm-up' } });
}, 120_000);

const deliveredAt = '2026-05-05T09:01:00+02:00';
const recordsOf = (): FhirEntry[][] =>
  fixtures.outboundMessages!.map((m) => {
    const record = adapter.outbound!.fromCanonical(
      received(m, 'rs.cptv', deliveredAt),
      fixtures.context,
    );
    expect(record, m.type).not.toBeNull();
    return record!;
  });

describe('fhir adapter outbound: canonical messages → FHIR R4 resources', () => {
  it('writes every resource, and the transaction Bundle, valid for both validators', () => {
    const records = recordsOf();
    expect(records.map((r) => r.map((e) => e.resource.resourceType))).toEqual([
      ['Patient', 'ServiceRequest', 'Task'],
      ['Task'],
      ['Consent'],
    ]);
    for (const e of records.flat()) {
      expect(validateFhirResource(e.resource), e.request?.url).toEqual([]);
    }
    const bundle = JSON.parse(adapter.outbound!.serialize(records) as string) as Bundle;
    expect(validateFhirResource(bundle)).toEqual([]);
    expect(bundle.type).toBe('transaction');
  });

  it('writes conditional updates keyed by identifiers: a redelivered message creates nothing new', () => {
    const once = recordsOf();
    const twice = adapter.outbound!.serialize([...once, ...recordsOf()]) as string;
    const bundle = JSON.parse(twice) as Bundle;
    expect(bundle.entry?.map((e) => e.request?.url)).toEqual([
      'Patient?identifier=https%3A%2F%2Fnrm-exchange.org%2Ffhir%2Fsid%2Fsubject-pseudonym%7Csub_7RwK2pX9mQ4vT8bN3cZ1',
      'ServiceRequest?identifier=https%3A%2F%2Fnrm-exchange.org%2Ffhir%2Fsid%2Fservice-referral-id%7Csr_cptv_2026_0501',
      'Task?identifier=https%3A%2F%2Fnrm-exchange.org%2Ffhir%2Fsid%2Fservice-referral-id%7Csr_cptv_2026_0501',
      'Task?identifier=https%3A%2F%2Fnrm-exchange.org%2Ffhir%2Fsid%2Fservice-referral-id%7Csr_kbc_2026_0042',
      'Consent?identifier=urn%3Aietf%3Arfc%3A3986%7Curn%3Auuid%3A0193a1c2-7d4e-7f10-8a2b-3c4d5e6f7002',
    ]);
    expect(bundle.entry?.every((e) => e.request?.method === 'PUT')).toBe(true);
  });

  it('round trip: the hospital moves the Task it received to in-progress; that comes back as an nrm.service-update', () => {
    const [referral] = recordsOf();
    const task = referral!.find((e) => e.resource.resourceType === 'Task')!.resource as Task;
    const updated: Task = {
      ...task,
      status: 'in-progress',
      lastModified: '2026-05-06T08:00:00+02:00',
    };
    const messages = mapAll(adapter, fixtures, JSON.stringify(updated));
    expectSchemaValid(messages);
    expect(messages).toMatchObject([
      {
        type: 'nrm.service-update',
        to: ['rs.cptv'],
        subject: 'sub_7RwK2pX9mQ4vT8bN3cZ1',
        consentRefs: ['0193a1c2-7d4e-7f10-8a2b-3c4d5e6f7001'],
        payload: { serviceReferralId: 'sr_cptv_2026_0501', status: 'in-progress', by: HOSPITAL },
      },
    ]);
  });

  it('round trip: a consent record written as a FHIR Consent reads back as the same record', () => {
    const message = fixtures.outboundMessages![2]!;
    const [consent] = adapter.outbound!.fromCanonical(
      received(message, 'rs.cptv', deliveredAt),
      fixtures.context,
    )!;
    // Read back at the controller, the agency that recorded it.
    const atCptv = { ...fixtures.context, agencyId: 'rs.cptv' };
    const messages = mapAll(
      adapter,
      { ...fixtures, context: atCptv },
      JSON.stringify(consent!.resource),
    );
    expectSchemaValid(messages);
    expect(messages[0]?.payload).toEqual(message.payload);
    expect(messages[0]?.to).toEqual([HOSPITAL]);
  });

  it('the JSON Schema catches a code binding that validateResource lets through', () => {
    const [referral] = recordsOf();
    const task = referral!.find((e) => e.resource.resourceType === 'Task')!.resource;
    const bogus = { ...task, status: 'bogus' } as unknown as Task;
    // validateResource reads the definitions validateFhirResource loaded in beforeAll.
    expect(validateResource(bogus).filter((i) => i.severity === 'error')).toEqual([]);
    expect(validateFhirResource(bogus)).toEqual([
      expect.objectContaining({
        path: '/status',
        message: 'must be equal to one of the allowed values',
      }),
    ]);
  });

  it('writes nothing for messages a health institution keeps no FHIR record of', () => {
    const decision = received(
      {
        type: 'nrm.case-closure',
        version: 1,
        payload: {
          case: 'case_5HnQ8wL2xV7mR3tK9pD4',
          subject: 'sub_7RwK2pX9mQ4vT8bN3cZ1',
          closedBy: 'rs.cptv',
          closedAt: '2027-03-01T12:00:00+01:00',
          reason: { kind: 'assistance-completed' },
          servicesProvided: ['medical-ordinary'],
        },
        to: [HOSPITAL],
        subject: 'sub_7RwK2pX9mQ4vT8bN3cZ1',
        purpose: 'assistance',
        legalBasis: 'consent',
        subjectIsChild: false,
      },
      'rs.cptv',
      deliveredAt,
    );
    expect(adapter.outbound!.fromCanonical(decision, fixtures.context)).toBeNull();
  });
});
