import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSchemaValid, issuesOf, mapAll } from '../../../test/reference-adapter-checks.js';
import { standardsFolder } from '../../../test/shared-standards.js';
import { fixtures } from './conformance.js';
import { EXTENSION, SYSTEM } from './fhir-profile.js';
import { validateFhirResource } from './fhir-validation.js';
import { adapter } from './index.js';

const examples = standardsFolder('fhir-r4-examples');

// The R4 definitions load once per process and take seconds on a busy machine.
beforeAll(() => {
  validateFhirResource({ resourceType: 'Basic', code: { text: 'warm-up' } });
}, 120_000);
const example = (file: string): string => readFileSync(join(examples.path, file), 'utf8');

describe('fhir adapter inbound: a hospital’s Bundle → canonical messages', () => {
  it('maps the Consent, the ServiceRequest and the Task to schema-valid messages', () => {
    const messages = mapAll(adapter, fixtures, fixtures.inboundValid![0]!);
    expectSchemaValid(messages);
    expect(messages.map((m) => [m.type, m.to])).toEqual([
      ['nrm.consent-record', ['rs.astra', 'rs.cptv']],
      ['nrm.service-referral', ['rs.astra']],
      ['nrm.service-update', ['rs.cptv']],
    ]);
    expect(messages[1]).toMatchObject({
      subject: 'sub_7RwK2pX9mQ4vT8bN3cZ1',
      consentRefs: ['0193a1c2-7d4e-7f10-8a2b-3c4d5e6f7001'],
      // Born in 1998: an adult.
      subjectIsChild: false,
      payload: { service: 'psychosocial', requester: 'rs.health.kbc-srbija', provider: 'rs.astra' },
    });
    expect(messages[2]?.payload).toMatchObject({
      serviceReferralId: 'sr_cptv_2026_0501',
      status: 'in-progress',
      by: 'rs.health.kbc-srbija',
    });
  });

  it('never carries the Patient’s name or the hospital’s record number', () => {
    const text = JSON.stringify(mapAll(adapter, fixtures, fixtures.inboundValid![0]!));
    for (const secret of ['Đorđević', 'Jelena', '48213', '1998-07-14']) {
      expect(text).not.toContain(secret);
    }
  });

  it('refuses bad resources one by one, with a code and where', () => {
    const [mixed, patientAlone, noPseudonym, notJson] = fixtures.inboundInvalid!;
    expect(issuesOf(adapter, fixtures, mixed!).map((i) => [i.code, i.path])).toEqual([
      ['FHIR_CODE_NOT_MAPPED', 'ServiceRequest.code'],
      ['FHIR_RESOURCE_INVALID', '/entry/2/resource/status'],
      ['FHIR_RESOURCE_NOT_MAPPED', '/entry/3/resource/resourceType'],
    ]);
    expect(issuesOf(adapter, fixtures, patientAlone!).map((i) => i.code)).toEqual([
      'FHIR_RESOURCE_NOT_MAPPED',
    ]);
    expect(issuesOf(adapter, fixtures, noPseudonym!).map((i) => [i.code, i.path])).toEqual([
      ['FHIR_SUBJECT_UNKNOWN', 'Consent.patient'],
    ]);
    expect(issuesOf(adapter, fixtures, notJson!).map((i) => i.code)).toEqual([
      'NATIVE_RECORD_UNREADABLE',
    ]);
  });

  it('presumes a child when the Patient’s birth date is not known (AGE_DISPUTED_TREATED_AS_CHILD)', () => {
    const bundle = JSON.parse(fixtures.inboundValid![0] as string) as {
      entry: { resource: { resourceType: string } }[];
    };
    const task = bundle.entry.find((e) => e.resource.resourceType === 'Task')!.resource;
    const alone = JSON.stringify({
      ...task,
      for: { identifier: { system: SYSTEM.subjectPseudonym, value: 'sub_7RwK2pX9mQ4vT8bN3cZ1' } },
    });
    expect(mapAll(adapter, fixtures, alone)[0]?.subjectIsChild).toBe(true);
  });

  it('refuses a value FHIR accepts but the wire does not, naming the canonical field', () => {
    const bundle = JSON.parse(fixtures.inboundValid![0] as string) as {
      entry: { resource: Record<string, unknown> }[];
    };
    const [patient, consent, , task] = bundle.entry.map((e) => e.resource);
    const oddLanguage = { ...consent, language: 'x-klingon' };
    const upperCaseRequester = {
      ...task,
      requester: { identifier: { system: SYSTEM.agencyId, value: 'RS.CPTV' } },
    };
    const bundleOf = (...resources: unknown[]) =>
      JSON.stringify({
        resourceType: 'Bundle',
        type: 'collection',
        entry: resources.map((resource) => ({ resource })),
      });
    expect(issuesOf(adapter, fixtures, bundleOf(patient, oddLanguage))).toEqual([
      expect.objectContaining({
        code: 'NATIVE_FIELD_INVALID',
        path: 'nrm.consent-record: language',
      }),
    ]);
    expect(issuesOf(adapter, fixtures, bundleOf(patient, upperCaseRequester))).toEqual([
      expect.objectContaining({ code: 'NATIVE_FIELD_INVALID', path: 'envelope: to.0' }),
    ]);
  });

  it('refuses a ServiceRequest without the person’s consent (assistance with informed consent)', () => {
    const bundle = JSON.parse(fixtures.inboundValid![0] as string) as {
      entry: { resource: Record<string, unknown> }[];
    };
    const request = bundle.entry.find((e) => e.resource.resourceType === 'ServiceRequest')!;
    const withoutConsent = {
      ...request.resource,
      extension: (request.resource.extension as { url: string }[]).filter(
        (e) => e.url !== EXTENSION.informedConsent,
      ),
    };
    expect(issuesOf(adapter, fixtures, JSON.stringify(withoutConsent))).toEqual([
      expect.objectContaining({ code: 'FHIR_CONSENT_MISSING', path: 'ServiceRequest.extension' }),
    ]);
  });
});

describe.skipIf(!examples.present)('HL7’s official FHIR R4 examples', () => {
  const files = examples.present
    ? readdirSync(examples.path).filter((f) => f.endsWith('.json'))
    : [];

  it('parse and are valid FHIR R4 for both validators', () => {
    expect(files).toHaveLength(10);
    for (const file of files) {
      expect(validateFhirResource(JSON.parse(example(file))), file).toEqual([]);
    }
  });

  it('are each refused with a clear issue: none carries the exchange’s identifiers', () => {
    const refusals = Object.fromEntries(
      files.map((file) => [file, issuesOf(adapter, fixtures, example(file)).map((i) => i.code)]),
    );
    expect(refusals).toEqual({
      'Consent-consent-example-Emergency.json': ['FHIR_FIELD_MISSING'],
      'Consent-consent-example-basic.json': ['FHIR_FIELD_MISSING'],
      // A deny provision: the exchange records what a person agreed to share, not refusals.
      'Consent-consent-example-notOrg.json': ['FHIR_STATUS_NOT_MAPPED'],
      'Consent-consent-example-signature.json': ['FHIR_FIELD_MISSING'],
      'Organization-1.json': ['FHIR_RESOURCE_NOT_MAPPED'],
      'Patient-example.json': ['FHIR_RESOURCE_NOT_MAPPED'],
      // Completed orders are history, not new referrals.
      'ServiceRequest-example.json': ['FHIR_STATUS_NOT_MAPPED'],
      'ServiceRequest-physiotherapy.json': ['FHIR_STATUS_NOT_MAPPED'],
      'Task-example1.json': ['FHIR_FIELD_MISSING'],
      // A draft Task has no service-referral status.
      'Task-example3.json': ['FHIR_STATUS_NOT_MAPPED'],
    });
  });

  it('Task/example1 maps once it names the referral, the requester, the consent and the pseudonym', () => {
    const task = JSON.parse(example('Task-example1.json')) as Record<string, unknown>;
    const profiled = {
      ...task,
      basedOn: [{ identifier: { system: SYSTEM.serviceReferralId, value: 'sr_cptv_2026_0501' } }],
      requester: { identifier: { system: SYSTEM.agencyId, value: 'rs.cptv' } },
      for: { identifier: { system: SYSTEM.subjectPseudonym, value: 'sub_7RwK2pX9mQ4vT8bN3cZ1' } },
      input: [
        {
          type: { coding: [{ system: SYSTEM.taskInput, code: 'consent-record' }] },
          valueIdentifier: {
            system: SYSTEM.uri,
            value: 'urn:uuid:0193a1c2-7d4e-7f10-8a2b-3c4d5e6f7001',
          },
        },
      ],
    };
    const messages = mapAll(adapter, fixtures, JSON.stringify(profiled));
    expectSchemaValid(messages);
    expect(messages[0]?.payload).toEqual({
      serviceReferralId: 'sr_cptv_2026_0501',
      status: 'in-progress',
      at: task.lastModified,
      by: 'rs.health.kbc-srbija',
    });
  });
});
