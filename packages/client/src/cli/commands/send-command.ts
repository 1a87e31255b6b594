import { LAWFUL_BASES, PURPOSES, type LawfulBasis, type Purpose } from '@nrm/domain';
import { Option, type Command } from 'commander';
import { positiveInt, type CliContext, type ConnectionOptions } from '../cli-context.js';

interface SendOptions extends ConnectionOptions {
  type: string;
  version: number;
  to: string[];
  subject: string;
  case?: string;
  purpose: Purpose;
  legalBasis: LawfulBasis;
  consentRef: string[];
  justification?: string;
  child: boolean;
  area?: string;
  inReplyTo?: string;
  expiresInDays: number;
  consentScope?: string;
}

/** `nrm send <payload.json>`: validate, seal, sign and submit through the SDK. */
export function addSendCommand(program: Command, context: CliContext): void {
  context
    .withConnection(
      program
        .command('send')
        .description('validate, seal, sign and submit a payload')
        .argument('<payload>', 'payload JSON file')
        .requiredOption('--type <type>', 'message type, e.g. nrm.referral')
        .option('--version <n>', 'message type version', positiveInt, 1)
        .requiredOption('--to <agencyIds...>', 'recipient agency ids')
        .requiredOption('--subject <pseudonym>', 'subject pseudonym sub_…')
        .option('--case <pseudonym>', 'case pseudonym case_…')
        .addOption(
          new Option('--purpose <purpose>', 'purpose').choices(PURPOSES).makeOptionMandatory(),
        )
        .addOption(
          new Option('--legal-basis <basis>', 'lawful basis')
            .choices(LAWFUL_BASES)
            .makeOptionMandatory(),
        )
        .option('--consent-ref <id...>', 'consent record ids relied upon', [])
        .option('--justification <text>', 'why the disclosure is necessary (vital interests)')
        .option('--child', 'the subject is a child or the age is disputed', false)
        .option('--area <code>', "municipality of the subject's whereabouts")
        .option('--in-reply-to <id>', 'id of the message answered')
        .option('--expires-in-days <days>', 'delivery deadline in days', positiveInt, 30)
        .option(
          '--consent-scope <file>',
          'nrm.consent-record only: the consent scope JSON, sent in clear and signed',
        ),
    )
    .action(async (payloadFile: string, options: SendOptions) => {
      const client = await context.connect(options);
      const payload = context.readJsonFile(payloadFile, 'payload');
      const consentScope =
        options.consentScope === undefined
          ? undefined
          : context.readJsonFile(options.consentScope, 'consentScope');
      const sent = await client.send({
        type: options.type,
        version: options.version,
        payload,
        to: options.to,
        subject: options.subject,
        ...(options.case === undefined ? {} : { case: options.case }),
        purpose: options.purpose,
        legalBasis: options.legalBasis,
        consentRefs: options.consentRef,
        ...(options.justification === undefined ? {} : { justification: options.justification }),
        subjectIsChild: options.child,
        ...(options.area === undefined ? {} : { area: options.area }),
        ...(options.inReplyTo === undefined ? {} : { inReplyTo: options.inReplyTo }),
        expiresInDays: options.expiresInDays,
        ...(consentScope === undefined ? {} : { consentScope }),
      });
      const summary = {
        id: sent.id,
        status: sent.status,
        dataCategories: sent.envelope.dataCategories,
        receipt: sent.receipt,
      };
      context.io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    });
}
