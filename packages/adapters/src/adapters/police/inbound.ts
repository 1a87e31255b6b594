import type { AdapterIssue, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';
import { listCell } from '../shared/csv.js';
import { translate } from '../shared/translate.js';
import { ageOn, belgradeInstant, serbianDate } from '../shared/dates.js';
import { derivePseudonym } from '../shared/pseudonym.js';
import type { PoliceReferralRow } from './native.js';
import { EXPLOITATION_FORMS, GENDERS, IMMEDIATE_NEEDS } from './vocabulary.js';

/**
 * One row of the police export → one `nrm.referral` v3 to CPTV on the mandatory referral
 * route (legal obligation, no consent asked: seed L1838-1841). A child is also referred to
 * the centre for social work competent for the municipality (seed L1841, DOMAIN "Children").
 */
export function policeRowToCanonical(
  row: PoliceReferralRow,
  context: MappingContext,
): CanonicalMessage[] | AdapterIssue {
  const at = (column: string) => `row ${String(row.line)}, column ${column}`;
  const invalid = (column: string, message: string): AdapterIssue => ({
    code: 'NATIVE_FIELD_INVALID',
    message,
    path: at(column),
  });
  const reportedOn = serbianDate(row.datum_prijave);
  if (reportedOn === undefined) {
    return invalid('datum_prijave', `"${row.datum_prijave}" is not a dd.mm.yyyy date.`);
  }
  const time = row.vreme_prijave === '' ? '00:00' : row.vreme_prijave;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
    return invalid('vreme_prijave', `"${row.vreme_prijave}" is not a HH:mm time.`);
  }
  const birthDate = row.datum_rodjenja === '' ? undefined : serbianDate(row.datum_rodjenja);
  if (row.datum_rodjenja !== '' && birthDate === undefined) {
    return invalid('datum_rodjenja', `"${row.datum_rodjenja}" is not a dd.mm.yyyy date.`);
  }
  if (birthDate !== undefined && birthDate > reportedOn) {
    return invalid('datum_rodjenja', 'The birth date is after the date of the report.');
  }
  const gender = GENDERS[row.pol.toLowerCase()];
  if (gender === undefined) {
    return invalid('pol', `"${row.pol}" is not M, Ž or N.`);
  }
  const citizenship = listCell(row.drzavljanstvo).map((code) => code.toUpperCase());
  if (citizenship.some((code) => !/^[A-Z]{2}$/.test(code))) {
    return invalid('drzavljanstvo', `"${row.drzavljanstvo}" is not a list of ISO 3166 codes.`);
  }
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(row.opstina)) {
    return invalid('opstina', `"${row.opstina}" is not a municipality code such as beograd-zemun.`);
  }
  const forms = translate(
    listCell(row.oblici_eksploatacije),
    EXPLOITATION_FORMS,
    at('oblici_eksploatacije'),
  );
  if (!Array.isArray(forms)) {
    return forms;
  }
  if (forms.length === 0) {
    return invalid('oblici_eksploatacije', 'At least one form of exploitation is needed.');
  }
  const needs = translate(listCell(row.potrebe), IMMEDIATE_NEEDS, at('potrebe'));
  if (!Array.isArray(needs)) {
    return needs;
  }
  const language = row.jezik.toLowerCase();
  if (language !== '' && !/^[a-z]{2,3}$/.test(language)) {
    return invalid('jezik', `"${row.jezik}" is not an ISO 639 language code.`);
  }
  const interpreter = needs.includes('interpretation');
  if (interpreter && language === '') {
    return invalid('jezik', 'An interpreter is needed (potrebe: prevodilac): name the language.');
  }
  const indicatorIds = listCell(row.indikatori);
  const badIndicator = indicatorIds.find((id) => !/^[a-z0-9-]+\.[a-z0-9-]+$/.test(id));
  if (badIndicator !== undefined) {
    return invalid(
      'indikatori',
      `"${badIndicator}" is not an indicator id such as child.begging-on-street.`,
    );
  }
  const child = birthDate !== undefined && ageOn(birthDate, reportedOn) < 18;
  const cptv = context.directory.cptv;
  const csw = context.directory[`csw:${row.opstina}`];
  if (cptv === undefined) {
    return {
      code: 'DIRECTORY_INCOMPLETE',
      message: 'No agency id for the CPTV (directory.cptv).',
      path: 'directory.cptv',
    };
  }
  if (child && csw === undefined) {
    return invalid(
      'opstina',
      `No centre for social work is configured for ${row.opstina} (directory "csw:${row.opstina}"); a child's referral must address it.`,
    );
  }
  const to = child ? [cptv, csw!] : [cptv];
  const subject = derivePseudonym(
    'sub',
    context.agencyId,
    row.sifra_lica || row.broj_predmeta,
    context.pseudonymSecret,
  );
  const casePseudonym = derivePseudonym(
    'case',
    context.agencyId,
    row.broj_predmeta,
    context.pseudonymSecret,
  );
  const referredAt = belgradeInstant(reportedOn, time);
  const observedAt = referredAt;
  const observation = (fields: { indicator?: string; text?: string }) => ({
    catalogue: fields.indicator?.split('.')[0] ?? 'police',
    ...fields,
    observedBy: context.agencyId,
    observedAt,
  });
  const indicators = [
    ...indicatorIds.map((indicator) => observation({ indicator })),
    ...(row.zapazanje === '' ? [] : [observation({ text: row.zapazanje })]),
  ];
  const foreign = citizenship.length > 0 && !citizenship.includes('RS');
  const payload = {
    id: `ref_${casePseudonym.slice(5)}`,
    casePseudonym,
    subject: {
      pseudonym: subject,
      age: birthDate === undefined ? { status: 'unknown' } : { status: 'documented', birthDate },
      gender,
      citizenship,
      migrationStatus: citizenship.length === 0 ? 'unknown' : foreign ? 'unknown' : 'citizen',
      unaccompanied: false,
      separated: false,
      languages: language !== '' ? [language] : foreign ? [] : ['sr'],
      interpreterNeeded: interpreter,
    },
    referringAgency: context.agencyId,
    channel: 'police',
    referredAt,
    recipients: to,
    exploitation: {
      forms,
      countriesOfRecruitment: [],
      countriesOfExploitation: [],
      domestic: true,
    },
    indicators,
    immediateNeeds: needs,
    interpreter: interpreter ? { needed: true, language } : { needed: false },
    area: row.opstina,
    consentRefs: [],
  };
  return [
    {
      type: 'nrm.referral',
      version: 3,
      payload,
      to,
      subject,
      case: casePseudonym,
      purpose: 'identification',
      legalBasis: 'legal-obligation',
      subjectIsChild: child,
      area: row.opstina,
    },
  ];
}
