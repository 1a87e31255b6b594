import {
  cyrillicTable,
  instantInWords,
  reportLabels,
  type LawfulBasisRule,
  type PartySelector,
  type ReportLanguage,
  type WrittenLanguage,
} from '@nrm/domain';
import type { PolicyInForce } from '../policy/policy-in-force.js';
import type { LoggedDisclosure } from './disclosure-records.js';

// The DPO's readable views of the lawful-basis policy and of the non-consent disclosures.
// Vocabulary words come from the report's label tables; rule words from RULE_WORDS.

interface PolicyWords {
  title: string;
  inForceFrom: string;
  digest: string;
  orderHeading: string;
  order: readonly string[];
  rulesHeading: string;
  basis: string;
  allows: string;
  from: string;
  to: string;
  about: string;
  purposes: string;
  data: string;
  conditions: string;
  reference: string;
  anyAgency: string;
  subjects: Readonly<Record<LawfulBasisRule['subjects'], string>>;
  justification: string;
  alertsDpo: string;
  explicitOnly: string;
  none: string;
  nonConsentHeading: string;
  nothing: string;
}

const WORDS: Readonly<Record<WrittenLanguage, PolicyWords>> = {
  en: {
    title: 'Lawful-basis policy',
    inForceFrom: 'in force from',
    digest: 'digest (as the transparency log records it)',
    orderHeading: 'How the gateway decides each disclosure, in this order',
    order: [
      'Routing: the recipients must be allowed for the message type (a referral about a child must also go to the competent centre for social work); otherwise it is refused as a whole.',
      'Legal duties first: unless the sender names another basis, the rules below are tried in order, so a disclosure a legal duty covers is recorded on that duty and no withdrawal of consent holds it back; a rule marked "only when the sender asks for it" is used only when the sender names its basis.',
      'Consent: then the consents cited for the person, newest first; a consent covers only its controller and the disclosers the person agreed to.',
      'The first single consent or rule that covers the sender, the recipient, the person, the purpose and every data category allows it; otherwise it is refused and every reason is logged.',
    ],
    rulesHeading: 'Rules',
    basis: 'Lawful basis',
    allows: 'Allows',
    from: 'From',
    to: 'To',
    about: 'About',
    purposes: 'Purposes',
    data: 'Data (at most)',
    conditions: 'Conditions',
    reference: 'Legal reference',
    anyAgency: 'any agency',
    subjects: { any: 'anyone', child: 'children only', adult: 'adults only' },
    justification: 'the sender must give a reason',
    alertsDpo: 'the data protection officer is alerted',
    explicitOnly: 'only when the sender asks for it',
    none: 'none',
    nonConsentHeading: 'Disclosures on a basis other than consent',
    nothing: 'None.',
  },
  'sr-Latn': {
    title: 'Pravila o pravnom osnovu',
    inForceFrom: 'na snazi od',
    digest: 'otisak (kako ga beleži evidencija transparentnosti)',
    orderHeading: 'Kako mrežni prolaz odlučuje o svakom deljenju, ovim redom',
    order: [
      'Usmeravanje: primaoci moraju biti dozvoljeni za vrstu poruke (upućivanje deteta mora ići i nadležnom centru za socijalni rad); u suprotnom se deljenje u celini odbija.',
      'Najpre zakonske obaveze: osim ako pošiljalac navede drugi osnov, pravila ispod se proveravaju redom, pa se deljenje koje obuhvata zakonska obaveza beleži na toj obavezi i opoziv pristanka ga ne zadržava; pravilo označeno sa „samo kada ga pošiljalac zatraži” primenjuje se samo kada pošiljalac navede njegov osnov.',
      'Pristanak: zatim pristanci navedeni za lice, od najnovijeg; pristanak obuhvata samo onoga ko ga je evidentirao i pošiljaoce sa kojima se lice saglasilo.',
      'Prvi pojedinačni pristanak ili pravilo koje obuhvata pošiljaoca, primaoca, lice, svrhu i svaku vrstu podataka dozvoljava deljenje; u suprotnom se ono odbija i beleži se svaki razlog.',
    ],
    rulesHeading: 'Pravila',
    basis: 'Pravni osnov',
    allows: 'Dozvoljava',
    from: 'Od',
    to: 'Kome',
    about: 'O kome',
    purposes: 'Svrhe',
    data: 'Podaci (najviše)',
    conditions: 'Uslovi',
    reference: 'Propis',
    anyAgency: 'svaki organ ili organizacija',
    subjects: { any: 'svako lice', child: 'samo deca', adult: 'samo punoletna lica' },
    justification: 'pošiljalac mora navesti razlog',
    alertsDpo: 'obaveštava se lice za zaštitu podataka o ličnosti',
    explicitOnly: 'samo kada ga pošiljalac zatraži',
    none: 'nema',
    nonConsentHeading: 'Deljenja na drugom pravnom osnovu, bez pristanka',
    nothing: 'Nema.',
  },
};

function wordsIn(language: ReportLanguage): PolicyWords {
  return language === 'sr-Cyrl' ? cyrillicTable(WORDS['sr-Latn']) : WORDS[language];
}

function partyText(p: PartySelector, language: ReportLanguage): string {
  const l = reportLabels(language);
  switch (p.by) {
    case 'any':
      return wordsIn(language).anyAgency;
    case 'kind':
      return p.kinds.map((k) => l.agencyKinds[k]).join('; ');
    case 'profile-role':
      return l.agencyKinds[p.role === 'competent-authority' ? 'competent-authority' : 'csw'];
  }
}

/** `nrm dpo policy` as text: version, the order of evaluation, every rule in words. */
export function policyText(current: PolicyInForce, language: ReportLanguage): string {
  const w = wordsIn(language);
  const l = reportLabels(language);
  const lines = [
    `${w.title} ${current.id}, v${current.version} (${w.inForceFrom} ${instantInWords(current.policy.effectiveFrom, language)})`,
    `${w.digest}: ${current.digest}`,
    '',
    `${w.orderHeading}:`,
    ...w.order.map((step, i) => `  ${i + 1}. ${step}`),
    '',
    `${w.rulesHeading}:`,
  ];
  current.policy.rules.forEach((rule, i) => {
    const conditions = [
      ...(rule.requiresJustification ? [w.justification] : []),
      ...(rule.alertDpo ? [w.alertsDpo] : []),
      ...(rule.explicitOnly ? [w.explicitOnly] : []),
    ];
    const rows: [string, string][] = [
      [w.basis, l.bases[rule.basis]],
      [w.allows, l.ruleDescriptions[rule.id] ?? rule.description],
      [w.from, partyText(rule.sender, language)],
      [w.to, partyText(rule.recipient, language)],
      [w.about, w.subjects[rule.subjects]],
      [w.purposes, rule.purposes.map((p) => l.purposes[p]).join('; ')],
      [w.data, rule.categories.map((c) => l.categories[c]).join('; ')],
      [w.conditions, conditions.length === 0 ? w.none : conditions.join('; ')],
      [w.reference, l.ruleReferences[rule.id] ?? '—'],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    lines.push('', `  ${i + 1}. ${l.rules[rule.id] ?? rule.id} [${rule.id}]`);
    for (const [k, v] of rows) {
      lines.push(`     ${`${k}:`.padEnd(width + 2)}${v}`);
    }
  });
  return `${lines.join('\n')}\n`;
}

/** `nrm dpo non-consent` as text: one line per disclosure, the rule in words. */
export function nonConsentText(
  disclosures: readonly LoggedDisclosure[],
  language: ReportLanguage,
): string {
  const w = wordsIn(language);
  const l = reportLabels(language);
  const lines = [`${w.nonConsentHeading}:`];
  if (disclosures.length === 0) {
    lines.push(`  ${w.nothing}`);
  }
  for (const d of disclosures) {
    const rule =
      d.basis?.kind === 'policy'
        ? `${l.bases[d.basis.lawfulBasis]}: ${l.rules[d.basis.ruleId] ?? d.basis.ruleId} [${d.basis.ruleId}, v${d.basis.policyVersion}]`
        : '';
    lines.push(
      `  ${d.at}  ${d.subject}  ${d.sender} → ${d.recipient}  ${l.outcomes[d.outcome]}`,
      `      ${rule}`,
      `      ${d.categories.map((c) => l.categories[c]).join('; ')} — ${l.purposes[d.purpose]}`,
      `      ${w.reference}: ${d.basis?.kind === 'policy' ? (l.ruleReferences[d.basis.ruleId] ?? '—') : '—'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
