/**
 * Every way a reference adapter refuses native input, provoked: the broken fixtures each
 * adapter ships give these codes at these paths, and a few refusals the fixtures do not
 * reach are provoked here directly.
 */
import { describe, expect, it } from 'vitest';
import type { Adapter, AdapterFixtures } from '../sdk/adapter.js';
import { isIssue } from '../sdk/runner.js';
import { ADAPTERS } from './index.js';
import { fixtures as policeFixtures } from './police/conformance.js';
import { adapter as police } from './police/index.js';
import { adapter as csw } from './csw/index.js';
import { fixtures as cswFixtures } from './csw/conformance.js';
import { adapter as hotline } from './ngo-hotline/index.js';
import { fixtures as hotlineFixtures } from './ngo-hotline/conformance.js';
import { adapter as partner } from './foreign-partner/index.js';
import { fixtures as partnerFixtures } from './foreign-partner/conformance.js';

/** [native id, code, path] of every refused record of an input. */
function refusals(adapter: Adapter, fixtures: AdapterFixtures, input: string | Uint8Array) {
  return adapter.inbound!.parse(input).flatMap((parsed) => {
    if ('error' in parsed) {
      return [[parsed.nativeId, parsed.error.code, parsed.error.path]];
    }
    const mapped = adapter.inbound!.toCanonical(parsed.record, fixtures.context);
    return isIssue(mapped) ? [[parsed.nativeId, mapped.code, mapped.path]] : [];
  });
}

const EXPECTED: Record<string, string[][][]> = {
  police: [
    [
      ['KU-2026-0170', 'NATIVE_FIELD_INVALID', 'row 2, column datum_prijave'],
      ['KU-2026-0171', 'NATIVE_FIELD_INVALID', 'row 3, column oblici_eksploatacije'],
      ['row 4', 'NATIVE_FIELD_MISSING', 'row 4, column broj_predmeta'],
      ['KU-2026-0173', 'NATIVE_FIELD_INVALID', 'row 5, column opstina'],
    ],
    [['file', 'NATIVE_RECORD_UNREADABLE', 'file']],
  ],
  cptv: [
    [
      ['CPTV-2026-00190', 'NATIVE_FIELD_INVALID', '/zapisi/0/vrsta'],
      ['CPTV-2026-00191', 'NATIVE_FIELD_INVALID', '/zapisi/1/svrha'],
      ['CPTV-2026-00192', 'NATIVE_FIELD_INVALID', '/zapisi/2/lice'],
      ['record 3', 'NATIVE_FIELD_INVALID', '/zapisi/3'],
    ],
    [['body', 'NATIVE_RECORD_UNREADABLE', '/zapisi']],
    [['body', 'NATIVE_RECORD_UNREADABLE', '']],
  ],
  csw: [
    [
      [
        'GCSR-BG-2026-0390',
        'NATIVE_FIELD_INVALID',
        "/dosijei/predmet[@broj='GCSR-BG-2026-0390']/dete/@datumRodjenja",
      ],
      [
        'GCSR-BG-2026-0391',
        'NATIVE_FIELD_MISSING',
        "/dosijei/predmet[@broj='GCSR-BG-2026-0391']/saglasnost",
      ],
      ['predmet 3', 'NATIVE_FIELD_MISSING', '/dosijei/predmet[3]/@broj'],
      [
        'GCSR-BG-2026-0393',
        'NATIVE_FIELD_INVALID',
        "/dosijei/predmet[@broj='GCSR-BG-2026-0393']/najboljiInteres/@resenje",
      ],
    ],
    [['file', 'NATIVE_RECORD_UNREADABLE', '/dosijei']],
    [['file', 'NATIVE_RECORD_UNREADABLE', '/dosijei']],
  ],
  'ngo-hotline': [
    [
      ['ASTRA-SOS-2026-1210', 'CONSENT_NOT_GIVEN', 'ASTRA-SOS-2026-1210/saglasnost/data'],
      ['ASTRA-SOS-2026-1211', 'NATIVE_FIELD_INVALID', '/pozivi/1/vreme'],
      ['ASTRA-SOS-2026-1212', 'CHILD_CALLER', 'ASTRA-SOS-2026-1212/pozivalac/godine'],
    ],
    [['body', 'NATIVE_RECORD_UNREADABLE', '']],
    [['body', 'NATIVE_RECORD_UNREADABLE', '']],
  ],
  'foreign-partner': [
    [['LEFOE-2026-0042', 'NATIVE_FIELD_INVALID', '/returnRisk/destination']],
    [['LEFOE-2026-0043', 'NATIVE_FIELD_INVALID', '/senderCountry']],
    [['LEFOE-2026-0044', 'NATIVE_FIELD_INVALID', '/recipients/0']],
    [['file', 'NATIVE_RECORD_UNREADABLE', '']],
  ],
};

describe('broken fixtures are refused record by record, with code and path', () => {
  for (const { adapter, fixtures } of ADAPTERS) {
    it(adapter.name, () => {
      expect(
        (fixtures.inboundInvalid ?? []).map((input) => refusals(adapter, fixtures, input)),
      ).toEqual(EXPECTED[adapter.name]);
    });
  }
});

const POLICE_HEADER =
  'broj_predmeta;sifra_lica;datum_prijave;vreme_prijave;datum_rodjenja;pol;drzavljanstvo;jezik;opstina;oblici_eksploatacije;indikatori;zapazanje;potrebe\n';

describe('refusals the fixtures do not reach', () => {
  const policeRow = (cells: string) => refusals(police, policeFixtures, POLICE_HEADER + cells);

  it('police: a child in a municipality without a configured CSW, an interpreter without a language, a bad time, an unquoted ";"', () => {
    expect(
      policeRow('KU-1;L-1;01.04.2026;10:00;01.01.2014;M;RS;;novi-sad;prosjačenje;;;smeštaj\n'),
    ).toEqual([['KU-1', 'NATIVE_FIELD_INVALID', 'row 2, column opstina']]);
    expect(
      policeRow('KU-2;L-2;01.04.2026;10:00;01.01.1990;M;BD;;novi-sad;radna;;;prevodilac\n'),
    ).toEqual([['KU-2', 'NATIVE_FIELD_INVALID', 'row 2, column jezik']]);
    expect(policeRow('KU-3;L-3;01.04.2026;25:00;01.01.1990;M;RS;;novi-sad;radna;;;\n')).toEqual([
      ['KU-3', 'NATIVE_FIELD_INVALID', 'row 2, column vreme_prijave'],
    ]);
    expect(policeRow('KU-4;L-4;01.04.2026;10:00;01.01.1990;M;RS;;novi-sad;radna;;a; b;\n')).toEqual(
      [['KU-4', 'NATIVE_RECORD_UNREADABLE', 'row 2']],
    );
    expect(
      refusals(
        police,
        { ...policeFixtures, context: { agencyId: 'rs.police.belgrade-thb', directory: {} } },
        POLICE_HEADER + 'KU-5;L-5;01.04.2026;10:00;01.01.1990;M;RS;;novi-sad;radna;;;\n',
      ),
    ).toEqual([['KU-5', 'DIRECTORY_INCOMPLETE', 'directory.cptv']]);
  });

  it('csw: a guardian without a reference, an adult in a child case file', () => {
    const file = (inner: string) =>
      `<dosijei><predmet broj="P-1" opstina="beograd-zemun"><dete sifra="D-1" datumRodjenja="01.01.1990"/>${inner}</predmet></dosijei>`;
    expect(
      refusals(
        csw,
        cswFixtures,
        file('<uputstvo datum="01.04.2026"><oblici>radna</oblici></uputstvo>'),
      ),
    ).toEqual([
      ['P-1', 'NATIVE_FIELD_INVALID', "/dosijei/predmet[@broj='P-1']/dete/@datumRodjenja"],
    ]);
    expect(
      refusals(
        csw,
        cswFixtures,
        file(
          '<saglasnost oznaka="x"/><staratelj vrsta="privremeni" tip="srodnik" datum="01.04.2026"/>',
        ),
      ),
    ).toEqual([['P-1', 'NATIVE_FIELD_INVALID', "/dosijei/predmet[@broj='P-1']/staratelj/@oznaka"]]);
  });

  it('ngo-hotline: consent that leaves out the CPTV, a recipient not in the directory', () => {
    const call = (saglasnost: object) =>
      JSON.stringify({
        pozivId: 'C-1',
        vreme: '2026-04-01T10:00:00+02:00',
        pozivalac: { sifra: 'K-1', pol: 'ž' },
        opstina: 'nis',
        oblici: ['radna'],
        opis: 'x',
        saglasnost: { data: true, ...saglasnost },
      });
    expect(refusals(hotline, hotlineFixtures, call({ primaoci: ['policija'] }))).toEqual([
      ['C-1', 'CONSENT_MISSING', 'C-1/saglasnost/primaoci'],
    ]);
    expect(refusals(hotline, hotlineFixtures, call({ primaoci: ['cptv', 'tužilaštvo'] }))).toEqual([
      ['C-1', 'NATIVE_FIELD_INVALID', 'C-1/saglasnost/primaoci/1'],
    ]);
  });

  it('foreign-partner: a withdrawn country code (YU), an agency it may not name as discloser', () => {
    const file = JSON.parse(
      new TextDecoder().decode(partnerFixtures.inboundValid![0] as Uint8Array),
    ) as Record<string, unknown>;
    expect(
      refusals(partner, partnerFixtures, JSON.stringify({ ...file, senderCountry: 'YU' })),
    ).toEqual([['LEFOE-2026-0041', 'NATIVE_FIELD_INVALID', '/senderCountry']]);
    const consent = { ...(file.consent as object), mayShare: ['Interpol'] };
    expect(refusals(partner, partnerFixtures, JSON.stringify({ ...file, consent }))).toEqual([
      ['LEFOE-2026-0041', 'NATIVE_FIELD_INVALID', '/consent/mayShare/0'],
    ]);
  });
});
