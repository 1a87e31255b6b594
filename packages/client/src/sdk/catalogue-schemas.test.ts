import { CATALOGUE } from '@nrm/schemas';
import { describe, expect, it } from 'vitest';
import { catalogueSchemas, parseErrorToGatewayError } from './catalogue-schemas.js';

const referral = CATALOGUE.get('nrm.referral')!;

describe('catalogueSchemas', () => {
  it('reads a referral v1 and upgrades it to the latest version', () => {
    const reading = catalogueSchemas.read('nrm.referral', 1, referral.examples[1]);
    expect(reading.ok).toBe(true);
    if (reading.ok) {
      expect(reading.version).toBe(3);
      expect(reading.value).toMatchObject({
        id: (referral.examples[1] as { referralId: string }).referralId,
      });
    }
  });

  it('derives the data categories a referral carries from the field metadata', () => {
    const categories = catalogueSchemas.dataCategories('nrm.referral', 1, referral.examples[1]);
    expect(categories).toEqual(
      expect.arrayContaining(['identity', 'exploitation', 'location', 'process']),
    );
  });

  it('maps parse failures to gateway codes with a payload path', () => {
    const unknown = catalogueSchemas.read('nrm.nothing', 1, {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_TYPE', path: 'payload' } });
    const invalid = catalogueSchemas.read('nrm.referral', 1, {
      ...(referral.examples[1] as object),
      area: '',
    });
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'SCHEMA_INVALID', path: 'payload.area' },
    });
    expect(() => catalogueSchemas.dataCategories('nrm.referral', 99, {})).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_VERSION' }),
    );
  });

  it('codes the gateway table does not know become SCHEMA_INVALID', () => {
    expect(
      parseErrorToGatewayError({ code: 'PAYLOAD_TOO_DEEP', message: 'too deep', issues: [] }),
    ).toMatchObject({ code: 'SCHEMA_INVALID', message: 'too deep', path: 'payload' });
    expect(
      parseErrorToGatewayError({ code: 'PAYLOAD_TOO_LARGE', message: 'big', issues: [] }).code,
    ).toBe('PAYLOAD_TOO_LARGE');
  });
});
