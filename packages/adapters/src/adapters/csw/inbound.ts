import type { AdapterIssue, CanonicalMessage, MappingContext } from '../../sdk/adapter.js';
import { listCell } from '../shared/csv.js';
import { ageOn, belgradeInstant, serbianDate } from '../shared/dates.js';
import { derivePseudonym } from '../shared/pseudonym.js';
import { EXPLOITATION_FORMS, IMMEDIATE_NEEDS } from '../shared/serbian-vocabulary.js';
import { translate } from '../shared/translate.js';
import type { CswCaseFile, XmlElement } from './native.js';
import {
  GUARDIAN_KINDS,
  GUARDIAN_TYPES,
  MANNERS,
  PARTICIPANT_ROLES,
  SOLUTIONS,
} from './vocabulary.js';

type Issue = AdapterIssue;

/** Reads attributes and children of one element, naming the XML path of whatever is wrong. */
class Reader {
  constructor(
    private readonly element: XmlElement,
    readonly path: string,
  ) {}

  attr(name: string): string | undefined {
    const value = this.element[`@_${name}`];
    return typeof value === 'string' && value !== '' ? value : undefined;
  }

  text(name: string): string | undefined {
    const value = this.element[name];
    if (typeof value === 'string') {
      return value === '' ? undefined : value;
    }
    const inner = (value as XmlElement | undefined)?.['#text'];
    return typeof inner === 'string' && inner !== '' ? inner : undefined;
  }

  child(name: string): Reader | undefined {
    const value = this.element[name];
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? new Reader(value as XmlElement, `${this.path}/${name}`)
      : value === ''
        ? new Reader({}, `${this.path}/${name}`)
        : undefined;
  }

  children(name: string): Reader[] {
    const value = this.element[name];
    return Array.isArray(value)
      ? value.map(
          (item, index) =>
            new Reader(
              (typeof item === 'object' ? item : {}) as XmlElement,
              `${this.path}/${name}[${String(index + 1)}]`,
            ),
        )
      : [];
  }

  issue(attribute: string, message: string): Issue {
    return { code: 'NATIVE_FIELD_INVALID', message, path: `${this.path}/@${attribute}` };
  }

  /** A dd.mm.yyyy date and optional HH:mm time attribute pair as an instant. */
  instant(dateName: string, timeName: string): string | Issue {
    const raw = this.attr(dateName) ?? '';
    const date = serbianDate(raw);
    if (date === undefined) {
      return this.issue(dateName, `"${raw}" is not a dd.mm.yyyy date.`);
    }
    const time = this.attr(timeName) ?? '00:00';
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
      return this.issue(timeName, `"${time}" is not a HH:mm time.`);
    }
    return belgradeInstant(date, time);
  }
}

const isIssue = (value: unknown): value is Issue =>
  typeof value === 'object' && value !== null && 'code' in value;

/**
 * One CSW case file → the messages the centre sends the CPTV: the referral of the child
 * (mandatory, no consent asked: seed L1838-1841), the guardian appointment and the
 * best-interests determination, which go beyond the referral minimum and travel on the
 * consent the centre recorded as guardian (`<saglasnost>`, SCENARIOS S1 d1).
 */
export function cswCaseToCanonical(
  file: CswCaseFile,
  context: MappingContext,
): CanonicalMessage[] | Issue {
  const root = new Reader(file.element, `/dosijei/predmet[@broj='${file.number}']`);
  const area = root.attr('opstina') ?? '';
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(area)) {
    return root.issue('opstina', `"${area}" is not a municipality code such as beograd-zemun.`);
  }
  const child = root.child('dete');
  if (child === undefined) {
    return {
      code: 'NATIVE_FIELD_MISSING',
      message: 'The case file has no <dete>.',
      path: `${root.path}/dete`,
    };
  }
  const cptv = context.directory.cptv;
  if (cptv === undefined) {
    return {
      code: 'DIRECTORY_INCOMPLETE',
      message: 'No agency id for the CPTV (directory.cptv).',
      path: 'directory.cptv',
    };
  }
  const subject = derivePseudonym(
    'sub',
    context.agencyId,
    child.attr('sifra') ?? file.number,
    context.pseudonymSecret,
  );
  const casePseudonym = derivePseudonym(
    'case',
    context.agencyId,
    file.number,
    context.pseudonymSecret,
  );
  const base = { to: [cptv], subject, case: casePseudonym, area };
  const messages: CanonicalMessage[] = [];

  const referral = root.child('uputstvo');
  if (referral !== undefined) {
    const message = referralMessage(referral, child, context, { ...base, casePseudonym });
    if (isIssue(message)) {
      return message;
    }
    messages.push(message);
  }
  const consent = root.child('saglasnost')?.attr('oznaka');
  const guardian = root.child('staratelj');
  const determination = root.child('najboljiInteres');
  if ((guardian !== undefined || determination !== undefined) && consent === undefined) {
    return {
      code: 'NATIVE_FIELD_MISSING',
      message:
        'Sharing the guardianship or the best-interests determination with the CPTV needs the guardian consent on file (<saglasnost oznaka="…">).',
      path: `${root.path}/saglasnost`,
    };
  }
  const viaConsent = {
    ...base,
    purpose: 'child-protection' as const,
    legalBasis: 'consent' as const,
    consentRefs: consent === undefined ? [] : [consent],
    subjectIsChild: true,
  };
  if (guardian !== undefined) {
    const payload = guardianPayload(guardian, subject, context);
    if (isIssue(payload)) {
      return payload;
    }
    messages.push({ type: 'nrm.guardian-appointment', version: 1, payload, ...viaConsent });
  }
  if (determination !== undefined) {
    const payload = determinationPayload(determination, subject, context, cptv);
    if (isIssue(payload)) {
      return payload;
    }
    messages.push({ type: 'nrm.best-interests-determination', version: 1, payload, ...viaConsent });
  }
  if (messages.length === 0) {
    return {
      code: 'NATIVE_FIELD_MISSING',
      message: 'The case file has nothing to send.',
      path: root.path,
    };
  }
  return messages;
}

function referralMessage(
  referral: Reader,
  child: Reader,
  context: MappingContext,
  base: { to: string[]; subject: string; case: string; casePseudonym: string; area: string },
): CanonicalMessage | Issue {
  const referredAt = referral.instant('datum', 'vreme');
  if (isIssue(referredAt)) {
    return referredAt;
  }
  const rawBirth = child.attr('datumRodjenja');
  const birthDate = rawBirth === undefined ? undefined : serbianDate(rawBirth);
  if (rawBirth !== undefined && birthDate === undefined) {
    return child.issue('datumRodjenja', `"${rawBirth}" is not a dd.mm.yyyy date.`);
  }
  if (birthDate !== undefined && ageOn(birthDate, referredAt.slice(0, 10)) >= 18) {
    return child.issue(
      'datumRodjenja',
      'The person was an adult on the day of the referral: not a child case file.',
    );
  }
  const gender = { m: 'male', ž: 'female' }[(child.attr('pol') ?? '').toLowerCase()] ?? 'unknown';
  const citizenship = listCell(child.attr('drzavljanstvo')).map((code) => code.toUpperCase());
  if (citizenship.some((code) => !/^[A-Z]{2}$/.test(code))) {
    return child.issue('drzavljanstvo', 'Not a list of ISO 3166 codes.');
  }
  const forms = translate(
    listCell(referral.text('oblici')),
    EXPLOITATION_FORMS,
    `${referral.path}/oblici`,
  );
  if (isIssue(forms)) {
    return forms;
  }
  if (forms.length === 0) {
    return {
      code: 'NATIVE_FIELD_MISSING',
      message: 'At least one form of exploitation is needed.',
      path: `${referral.path}/oblici`,
    };
  }
  const needs = translate(
    listCell(referral.text('potrebe')),
    IMMEDIATE_NEEDS,
    `${referral.path}/potrebe`,
  );
  if (isIssue(needs)) {
    return needs;
  }
  const observation = referral.text('zapazanje');
  const payload = {
    id: `ref_${base.casePseudonym.slice(5)}`,
    casePseudonym: base.casePseudonym,
    subject: {
      pseudonym: base.subject,
      age: birthDate === undefined ? { status: 'unknown' } : { status: 'documented', birthDate },
      gender,
      citizenship,
      migrationStatus: citizenship.includes('RS') ? 'citizen' : 'unknown',
      unaccompanied: child.attr('bezPratnje') === 'da',
      separated: false,
      languages: ['sr'],
      interpreterNeeded: false,
    },
    referringAgency: context.agencyId,
    channel: 'csw',
    referredAt,
    recipients: base.to,
    exploitation: {
      forms,
      countriesOfRecruitment: [],
      countriesOfExploitation: [],
      domestic: true,
    },
    indicators:
      observation === undefined
        ? []
        : [
            {
              catalogue: 'csw',
              text: observation,
              observedBy: context.agencyId,
              observedAt: referredAt,
            },
          ],
    immediateNeeds: needs,
    interpreter: { needed: false },
    area: base.area,
    consentRefs: [],
  };
  return {
    type: 'nrm.referral',
    version: 3,
    payload,
    to: base.to,
    subject: base.subject,
    case: base.case,
    area: base.area,
    purpose: 'identification',
    legalBasis: 'legal-obligation',
    subjectIsChild: true,
  };
}

function guardianPayload(guardian: Reader, child: string, context: MappingContext): object | Issue {
  const kind = GUARDIAN_KINDS[guardian.attr('vrsta') ?? ''];
  if (kind === undefined) {
    return guardian.issue('vrsta', `Expected one of: ${Object.keys(GUARDIAN_KINDS).join(', ')}.`);
  }
  const type = GUARDIAN_TYPES[guardian.attr('tip') ?? ''];
  if (type === undefined) {
    return guardian.issue('tip', `Expected one of: ${Object.keys(GUARDIAN_TYPES).join(', ')}.`);
  }
  const appointedAt = guardian.instant('datum', 'vreme');
  if (isIssue(appointedAt)) {
    return appointedAt;
  }
  const ref = guardian.attr('oznaka');
  if (ref === undefined) {
    return guardian.issue('oznaka', 'The guardian has no reference (oznaka) in the case file.');
  }
  return {
    child,
    kind,
    appointingCsw: context.agencyId,
    guardian: {
      type,
      ...(type === 'csw-staff' ? { agency: context.agencyId } : {}),
      ref,
    },
    appointedAt,
  };
}

function determinationPayload(
  determination: Reader,
  child: string,
  context: MappingContext,
  cptv: string,
): object | Issue {
  const id = determination.attr('oznaka') ?? '';
  if (!/^[0-9A-Za-z_-]{4,64}$/.test(id)) {
    return determination.issue('oznaka', `"${id}" is not an id of 4-64 letters, digits, - or _.`);
  }
  const conductedAt = determination.instant('datum', 'vreme');
  if (isIssue(conductedAt)) {
    return conductedAt;
  }
  const participants = [];
  for (const participant of determination.children('ucesnik')) {
    const role = PARTICIPANT_ROLES[participant.attr('uloga') ?? ''];
    if (role === undefined) {
      return participant.issue(
        'uloga',
        `Expected one of: ${Object.keys(PARTICIPANT_ROLES).join(', ')}.`,
      );
    }
    const agency =
      role === 'csw-guardian'
        ? context.agencyId
        : role === 'competent-authority'
          ? cptv
          : undefined;
    participants.push({ role, ...(agency === undefined ? {} : { agency }) });
  }
  if (participants.length < 2) {
    return {
      code: 'NATIVE_FIELD_MISSING',
      message: 'A determination has at least two participants.',
      path: `${determination.path}/ucesnik`,
    };
  }
  const solution = SOLUTIONS[determination.attr('resenje') ?? ''];
  if (solution === undefined) {
    return determination.issue(
      'resenje',
      `Expected one of: ${Object.keys(SOLUTIONS).join(', ')} (other solutions need their risk assessment; not exported).`,
    );
  }
  const heard = determination.child('glasDeteta');
  if (heard === undefined) {
    return {
      code: 'NATIVE_FIELD_MISSING',
      message: 'The child’s participation (<glasDeteta>) is required.',
      path: `${determination.path}/glasDeteta`,
    };
  }
  const wasHeard = heard.attr('saslusano') === 'da';
  const manner = MANNERS[heard.attr('nacin') ?? ''];
  const views = heard.text('#text');
  const reasoning = determination.text('obrazlozenje');
  if (reasoning === undefined) {
    return {
      code: 'NATIVE_FIELD_MISSING',
      message: 'The determination has no reasoning (<obrazlozenje>).',
      path: `${determination.path}/obrazlozenje`,
    };
  }
  return {
    id,
    child,
    ledBy: context.agencyId,
    conductedAt,
    participants,
    childParticipation: {
      heard: wasHeard,
      ...(manner === undefined ? {} : { manner }),
      ...(views === undefined ? {} : wasHeard ? { views } : { reasonNotHeard: views }),
    },
    outcome: { durableSolution: { kind: solution }, reasoning },
  };
}
