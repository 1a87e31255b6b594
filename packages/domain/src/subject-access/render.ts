import { SPECIAL_CATEGORIES } from '../data-protection/vocabulary.js';
import type { ReportLabels } from './labels.js';
import { instantInWords, messageTypeInWords, reportLabels } from './labels.js';
import type {
  ReportedAgency,
  ReportedConsent,
  ReportedDisclosure,
  ReportedErasure,
  SubjectAccessReport,
} from './subject-access-report.js';
import { basisInWords, basisReference, reasonInWords } from './subject-access-report.js';

/** One labelled block of the printable document; HTML and text are written from the same blocks. */
interface Block {
  readonly heading: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
}

interface Section {
  readonly heading: string;
  /** Shown when there are no blocks. */
  readonly empty?: string;
  readonly paragraphs?: readonly string[];
  readonly blocks: readonly Block[];
}

interface PrintableDocument {
  readonly lang: string;
  readonly title: string;
  readonly intro: string;
  readonly sections: readonly Section[];
}

function agencyText(a: ReportedAgency, l: ReportLabels): string {
  return a.kind === undefined ? `${a.name} (${a.id})` : `${a.name} (${l.agencyKinds[a.kind]})`;
}

function categoriesText(d: Pick<ReportedDisclosure, 'categories'>, l: ReportLabels): string {
  return d.categories
    .map((c) =>
      SPECIAL_CATEGORIES.includes(c)
        ? `${l.categories[c]} (${l.ui.specialCategory})`
        : l.categories[c],
    )
    .join('; ');
}

function disclosureBlock(d: ReportedDisclosure, index: number, report: SubjectAccessReport): Block {
  const l = reportLabels(report.language);
  const when = (t: string): string => instantInWords(t, report.language);
  const rows: [string, string][] = [
    [l.ui.when, when(d.at)],
    [l.ui.from, agencyText(d.sender, l)],
    [l.ui.to, agencyText(d.recipient, l)],
    [l.ui.data, categoriesText(d, l)],
    [l.ui.purpose, l.purposes[d.purpose]],
  ];
  if (d.basis !== undefined) {
    // Recomputed rather than read from the JSON, so the words always match `report.language`.
    rows.push([l.ui.basis, basisInWords(d.basis, report.consents, l)]);
  }
  rows.push([l.ui.outcome, l.outcomes[d.outcome]]);
  const reason =
    d.reasonCode === undefined ? undefined : reasonInWords(d.reasonCode, d.reasonDetail, l);
  if (reason !== undefined) {
    rows.push([l.ui.reason, reason.text]);
  }
  const reference =
    reason?.legalReference ?? (d.basis === undefined ? undefined : basisReference(d.basis, l));
  if (reference !== undefined && reference !== '') {
    rows.push([l.ui.legalReference, reference]);
  }
  if (d.outcome === 'allowed') {
    rows.push([
      l.ui.delivered,
      d.deliveredAt === undefined ? l.ui.notDelivered : when(d.deliveredAt),
    ]);
    if (d.acknowledgedAt !== undefined) {
      rows.push([l.ui.acknowledged, when(d.acknowledgedAt)]);
    }
  }
  return { heading: `${index + 1}. ${messageTypeInWords(d.messageType, l)}`, rows };
}

function consentBlock(c: ReportedConsent, index: number, report: SubjectAccessReport): Block {
  const l = reportLabels(report.language);
  const when = (t: string): string => instantInWords(t, report.language);
  const recipients = c.recipients
    .map((r) =>
      r.by === 'agency'
        ? agencyText(r.agency, l)
        : `${l.agencyKinds[r.kind]} (${l.ui.everyAgencyOfKind})`,
    )
    .join('; ');
  const rows: [string, string][] = [
    [l.ui.givenBy, l.givers[c.givenBy]],
    [l.ui.recordedBy, agencyText(c.controller, l)],
    [l.ui.recipients, recipients],
    [l.ui.purpose, c.purposes.map((p) => l.purposes[p]).join('; ')],
    [l.ui.data, categoriesText(c, l)],
    [l.ui.validFrom, when(c.validFrom)],
    [l.ui.validUntil, c.validUntil === undefined ? l.ui.untilWithdrawn : when(c.validUntil)],
    [l.ui.consentState, l.consentStatus[c.status]],
  ];
  if (c.withdrawal !== undefined) {
    rows.push([
      l.ui.withdrawnOn,
      `${when(c.withdrawal.at)} (${l.givers[c.withdrawal.by]}; ${agencyText(c.withdrawal.recordedBy, l)})`,
    ]);
  }
  return { heading: `${index + 1}. ${l.bases.consent}`, rows };
}

function erasureBlock(e: ReportedErasure, index: number, report: SubjectAccessReport): Block {
  const l = reportLabels(report.language);
  const when = (t: string): string => instantInWords(t, report.language);
  const erased = [
    ...(e.deleted.ciphertext === 0 ? [] : [`${l.storedItems.ciphertext}: ${e.deleted.ciphertext}`]),
    ...(e.deleted.consentEvidence === 0
      ? []
      : [`${l.storedItems['consent-evidence']}: ${e.deleted.consentEvidence}`]),
  ];
  const rows: [string, string][] = [
    [l.ui.when, when(e.at)],
    [l.ui.requestedBy, l.givers[e.requestedBy]],
    [l.ui.recordedBy, agencyText(e.recordedBy, l)],
    [l.ui.erased, erased.length === 0 ? l.ui.erasedNothing : erased.join('; ')],
    ...e.kept.map((k): [string, string] => {
      const count = k.item === 'transparency-log' ? '' : `: ${k.count}`;
      const until = k.until === undefined ? '' : ` (${l.ui.until} ${when(k.until)})`;
      return [l.ui.kept, `${l.storedItems[k.item]}${count}${until} — ${l.keepReasons[k.reason]}`];
    }),
  ];
  return { heading: `${index + 1}. ${l.ui.erasureRequest}`, rows };
}

function documentOf(report: SubjectAccessReport): PrintableDocument {
  const l = reportLabels(report.language);
  const s = report.summary;
  return {
    lang: report.language,
    title: l.ui.title,
    intro: l.ui.intro,
    sections: [
      {
        heading: l.ui.summary,
        blocks: [
          {
            heading: '',
            rows: [
              [l.ui.subject, report.subject],
              [l.ui.generatedAt, instantInWords(report.generatedAt, report.language)],
              [l.ui.countShared, String(s.shared)],
              [l.ui.countRecipients, String(s.recipients)],
              [l.ui.countDenied, String(s.denied)],
              [l.ui.countWithheld, String(s.withheld)],
              [l.ui.countConsentsGiven, String(s.consentsGiven)],
              [l.ui.countConsentsWithdrawn, String(s.consentsWithdrawn)],
            ],
          },
        ],
      },
      {
        heading: l.ui.sectionShared,
        empty: l.ui.nothingShared,
        blocks: report.shared.map((d, i) => disclosureBlock(d, i, report)),
      },
      {
        heading: l.ui.sectionRefused,
        empty: l.ui.nothingRefused,
        blocks: report.notShared.map((d, i) => disclosureBlock(d, i, report)),
      },
      {
        heading: l.ui.sectionConsents,
        empty: l.ui.noConsents,
        blocks: report.consents.map((c, i) => consentBlock(c, i, report)),
      },
      {
        heading: l.ui.sectionErasures,
        empty: l.ui.noErasures,
        blocks: report.erasures.map((e, i) => erasureBlock(e, i, report)),
      },
      {
        heading: l.ui.sectionRights,
        paragraphs: [
          l.ui.rightAccess,
          l.ui.rightWithdrawal,
          l.ui.rightErasure,
          l.ui.rightComplaint,
          l.ui.pseudonymNote,
        ],
        blocks: [],
      },
    ],
  };
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const PRINT_CSS = `body{font:11pt/1.45 system-ui,sans-serif;max-width:48rem;margin:2rem auto;color:#111}
h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #999;margin-top:2rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.2rem .5rem;border-bottom:1px solid #ddd}
th{width:14rem;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:10pt}section,.block{break-inside:avoid}a{color:inherit}}`;

/**
 * The report as one self-contained HTML page (no external resources) with print CSS, in
 * the report's language. Every value is escaped: agency names come from a directory.
 */
export function renderSubjectAccessHtml(report: SubjectAccessReport): string {
  const doc = documentOf(report);
  const e = escapeHtml;
  const sections = doc.sections.map((s) => {
    const blocks = s.blocks.map((b) => {
      const rows = b.rows.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`);
      const heading = b.heading === '' ? '' : `<h3>${e(b.heading)}</h3>`;
      return `<div class="block">${heading}<table>${rows.join('')}</table></div>`;
    });
    const paragraphs = (s.paragraphs ?? []).map((p) => `<p>${e(p)}</p>`);
    const empty = s.blocks.length === 0 && s.empty !== undefined ? [`<p>${e(s.empty)}</p>`] : [];
    return `<section><h2>${e(s.heading)}</h2>${[...paragraphs, ...empty, ...blocks].join('\n')}</section>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(doc.lang)}">`,
    `<head><meta charset="utf-8"><title>${e(doc.title)}</title><style>${PRINT_CSS}</style></head>`,
    `<body><h1>${e(doc.title)}</h1><p>${e(doc.intro)}</p>`,
    ...sections,
    '</body></html>',
    '',
  ].join('\n');
}

/** The report as plain text, for a letter or a terminal; same content as the HTML. */
export function renderSubjectAccessText(report: SubjectAccessReport): string {
  const doc = documentOf(report);
  const lines: string[] = [doc.title, '='.repeat(doc.title.length), '', doc.intro];
  for (const s of doc.sections) {
    lines.push('', s.heading, '-'.repeat(s.heading.length));
    for (const p of s.paragraphs ?? []) {
      lines.push(p, '');
    }
    if (s.blocks.length === 0 && s.empty !== undefined) {
      lines.push(s.empty);
    }
    for (const b of s.blocks) {
      if (b.heading !== '') {
        lines.push('', b.heading);
      }
      const width = Math.max(...b.rows.map(([k]) => k.length));
      for (const [k, v] of b.rows) {
        lines.push(`  ${`${k}:`.padEnd(width + 2)}${v}`);
      }
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
