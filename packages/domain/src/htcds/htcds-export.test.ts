import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS } from '../agency/agency-kind.js';
import { S1_CASE, S2_CASE } from '../case/__fixtures__/case-files.js';
import { CaseFile } from '../case/case-file.js';
import { EXPLOITATION_FORMS } from '../exploitation/exploitation-form.js';
import { Gender } from '../person/subject.js';
import { parseXForm, type XFormFields } from './__fixtures__/xform.js';
import { exportHtcds, type HtcdsRecord } from './htcds-export.js';
import {
  HTCDS_CASE_STATUS,
  HTCDS_CHILD_LABOUR,
  HTCDS_EXPLOITATION,
  HTCDS_GENDER,
  HTCDS_TRAFFICKING_STATUS,
  htcdsDecisionMakingOrg,
} from './htcds-vocabulary.js';

describe('exportHtcds', () => {
  it('maps the S1 child case: forced criminality is Other with a detail', () => {
    const r = exportHtcds(S1_CASE);
    expect(r.fields).toMatchObject({
      con_Consent: 'TRUE',
      prs_Gender: 'Masculine',
      prs_Citizenship: 'RS',
      vic_TraffickingStatus: 'ActualVictimOfTrafficking',
      vic_TraffickingStatusDecisionMakingOrg: 'NonPoliceGovernmentalOrganization',
      vic_TypeOfExploitation: 'ForcedBegging Other',
      cas_Status: 'FollowUp',
      cas_ReferringOrganisation: 'rs.police.belgrade-thb',
      cas_IncomingReferralDate: '2026-05-01',
    });
    expect(r.otherDetails.vic_TypeOfExploitation).toBe('forced criminality');
  });

  it('uses the status after review: the S2 refusal was overturned', () => {
    expect(exportHtcds(S2_CASE).fields.vic_TraffickingStatus).toBe('ActualVictimOfTrafficking');
    const { review: _r, ...refused } = S2_CASE;
    expect(exportHtcds(CaseFile.parse(refused)).fields.vic_TraffickingStatus).toBe(
      'NotAVictimOfTrafficking',
    );
    const { decision: _d, ...pending } = refused;
    const undecided = exportHtcds(CaseFile.parse(pending));
    expect(undecided.fields.vic_TraffickingStatus).toBe('PossibleVictimOfTrafficking');
    expect(undecided.fields.vic_TraffickingStatusDecisionMakingOrg).toBeUndefined();
  });

  it('leaves the birth date out unless asked, and declares what it discloses', () => {
    expect(exportHtcds(S2_CASE).fields.prs_Birthdate).toBeUndefined();
    const r = exportHtcds(S2_CASE, { includeBirthDate: true });
    expect(r.fields.prs_Birthdate).toBe('1996-05-04');
    expect(r.categories).toEqual(
      expect.arrayContaining(['identity', 'exploitation', 'process', 'location']),
    );
    expect(r.categories).not.toContain('health');
  });

  it('adds ChildLabour for a child in forced labour, and keeps one Other for several details', () => {
    const r = exportHtcds(
      CaseFile.parse({
        ...S1_CASE,
        referral: {
          ...S1_CASE.referral,
          exploitation: {
            forms: ['labour', 'forced-criminality', 'other'],
            otherDetail: 'drug couriering',
            domestic: true,
          },
        },
      }),
    );
    expect(r.fields.vic_TypeOfExploitation).toBe('ForcedLabour ChildLabour Other');
    expect(r.otherDetails.vic_TypeOfExploitation).toBe('forced criminality; drug couriering');
    expect(r.fields.vic_LocationOfExploitation).toBeUndefined();
  });

  it('records a withheld consent as FALSE', () => {
    expect(
      exportHtcds(CaseFile.parse({ ...S2_CASE, dataProcessingConsent: false })).fields.con_Consent,
    ).toBe('FALSE');
  });
});

const formPath = fileURLToPath(
  new URL('../../../../../shared/standards/htcds/htcds_xlsform.xml', import.meta.url),
);
const haveForm = existsSync(formPath);

describe('HTCDS v2 XLSForm conformance', () => {
  if (!haveForm) {
    console.info(
      `HTCDS XLSForm not found at ${formPath}: skipping the picklist conformance checks`,
    );
  }
  const form = (): XFormFields => parseXForm(readFileSync(formPath, 'utf8'));

  function conforms(form: XFormFields, record: HtcdsRecord): void {
    for (const [field, value] of Object.entries(record.fields)) {
      expect(form.types.has(field), `${field} is a field of the form`).toBe(true);
      const select = form.selects.get(field);
      if (select !== undefined) {
        const tokens = select.multiple ? value.split(' ') : [value];
        for (const t of tokens) {
          expect(select.values.has(t), `${field}: ${t} is in the choice list`).toBe(true);
        }
      }
      if (form.types.get(field) === 'date') {
        expect(value, field).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    for (const field of Object.keys(record.otherDetails)) {
      expect(
        record.fields[field as keyof typeof record.fields]?.split(' '),
        `${field} has an Other choice`,
      ).toContain('Other');
    }
  }

  it.skipIf(!haveForm)('reads the choice lists of the form', () => {
    const f = form();
    expect(f.selects.get('vic_TypeOfExploitation')?.multiple).toBe(true);
    expect(f.selects.get('vic_TraffickingStatus')?.multiple).toBe(false);
    expect(f.selects.get('prs_Citizenship')?.values.has('RS')).toBe(true);
    expect(f.types.get('cas_IncomingReferralDate')).toBe('date');
  });

  it.skipIf(!haveForm)('every value of every mapping table is in its choice list', () => {
    const f = form();
    const inList = (field: string, values: readonly string[]) => {
      const list = f.selects.get(field)?.values;
      for (const v of values) {
        expect(list?.has(v), `${field}: ${v}`).toBe(true);
      }
    };
    inList('prs_Gender', Object.values(HTCDS_GENDER));
    inList('vic_TypeOfExploitation', [
      ...Object.values(HTCDS_EXPLOITATION).map((e) => e.value),
      HTCDS_CHILD_LABOUR,
    ]);
    inList('vic_TraffickingStatus', Object.values(HTCDS_TRAFFICKING_STATUS));
    inList('vic_TraffickingStatusDecisionMakingOrg', AGENCY_KINDS.map(htcdsDecisionMakingOrg));
    inList('cas_Status', Object.values(HTCDS_CASE_STATUS));
  });

  it.skipIf(!haveForm)(
    'every exported value conforms to the form, for every form, gender and status',
    () => {
      const f = form();
      conforms(f, exportHtcds(S1_CASE, { includeBirthDate: true }));
      conforms(f, exportHtcds(S2_CASE, { includeBirthDate: true }));
      for (const [i, exploitationForm] of EXPLOITATION_FORMS.entries()) {
        for (const gender of Gender.options) {
          for (const status of Object.keys(HTCDS_CASE_STATUS)) {
            const file = CaseFile.parse({
              ...(i % 2 === 0 ? S1_CASE : S2_CASE),
              subject: { ...S2_CASE.subject, gender, citizenship: ['AF', 'RS'] },
              referral: {
                ...S2_CASE.referral,
                exploitation: { forms: [exploitationForm, 'labour'], domestic: true },
              },
              status,
            });
            conforms(f, exportHtcds(file, { includeBirthDate: true }));
          }
        }
      }
    },
  );
});
