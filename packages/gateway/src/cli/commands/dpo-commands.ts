import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConsentGiver, Instant, ReportLanguage } from '@nrm/domain';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { subjectPseudonym } from '../../dpo/known-subject.js';
import { GatewayError } from '@nrm/client/errors';
import { adminClient, fromTrpcError } from '../admin-client.js';
import type { CliContext } from '@nrm/client/cli';
import { nonConsentText, policyText } from '../../dpo/policy-text.js';
import { erasureText, retentionPreviewText, sweepText } from '../dpo-output.js';

/** Exit code of `nrm dpo subject-access` for a pseudonym the gateway never saw. */
export const UNKNOWN_SUBJECT_EXIT = 3;

interface AdminFlags {
  gateway?: string;
  adminToken?: string;
}

interface FilterFlags extends AdminFlags {
  subject?: string;
  agency?: string;
  from?: string;
  to?: string;
}

/** The admin connection the flags or NRM_GATEWAY_URL / NRM_ADMIN_TOKEN name. */
export function adminConnection(context: CliContext, flags: AdminFlags) {
  const gatewayUrl = flags.gateway ?? context.io.env['NRM_GATEWAY_URL'];
  const adminToken = flags.adminToken ?? context.io.env['NRM_ADMIN_TOKEN'];
  if (gatewayUrl === undefined || adminToken === undefined) {
    throw new GatewayError('UNAUTHENTICATED', {
      message: 'Needs --gateway and --admin-token (or NRM_GATEWAY_URL and NRM_ADMIN_TOKEN).',
    });
  }
  return adminClient(gatewayUrl, adminToken);
}

/** Flags shared by every command that talks to the admin API. */
export function withAdmin(command: Command): Command {
  return command
    .option('--gateway <url>', 'gateway base URL (default: $NRM_GATEWAY_URL)')
    .option('--admin-token <token>', 'DPO or auditor token (default: $NRM_ADMIN_TOKEN)');
}

/**
 * Commander parser for an instant option: an ISO 8601 date-time with its offset, else a
 * usage error that shows an example instead of the validator's pattern.
 */
function isoInstant(option: string): (value: string) => string {
  return (value) => {
    if (!Instant.safeParse(value).success) {
      throw new InvalidArgumentError(
        `--${option} needs a date and time with its offset, like 2026-04-01T00:00:00Z or 2026-04-01T02:00:00+02:00; got "${value}".`,
      );
    }
    return value;
  };
}

function withFilter(command: Command): Command {
  return withAdmin(command)
    .option('--subject <pseudonym>', 'only this subject (sub_…)')
    .option('--agency <id>', 'only disclosures sent or received by this agency')
    .option(
      '--from <instant>',
      'decisions at or after this ISO instant (2026-04-01T00:00:00Z)',
      isoInstant('from'),
    )
    .option(
      '--to <instant>',
      'decisions before this ISO instant (2026-05-01T00:00:00Z)',
      isoInstant('to'),
    );
}

interface ReadableFlags {
  format: 'text' | 'json';
  lang: ReportLanguage;
}

/** Text for a person at a terminal (in English or Serbian), or JSON for a script. */
function withReadable(command: Command): Command {
  return command
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'),
    )
    .addOption(
      new Option('--lang <language>', 'language of the text')
        .choices(ReportLanguage.options)
        .default('en'),
    );
}

const filterOf = (flags: FilterFlags) => ({
  ...(flags.subject === undefined ? {} : { subject: flags.subject }),
  ...(flags.agency === undefined ? {} : { agency: flags.agency }),
  ...(flags.from === undefined ? {} : { from: flags.from }),
  ...(flags.to === undefined ? {} : { to: flags.to }),
});

/** Run an admin call; its errors become GatewayErrors (an unreachable gateway names the URL). */
async function viaTrpc<T>(
  context: CliContext,
  flags: AdminFlags,
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw fromTrpcError(error, flags.gateway ?? context.io.env['NRM_GATEWAY_URL']);
  }
}

/**
 * `nrm dpo …`: the data protection officer's questions to the gateway (admin tRPC), printed
 * as JSON — disclosures, denied attempts, non-consent bases, alerts, the policy in force,
 * the subject access report (JSON, HTML or text; English or Serbian) and erasure requests.
 */
export function addDpoCommands(
  program: Command,
  context: CliContext,
  exit: { code: number } = { code: 0 },
): void {
  const { io } = context;
  const print = (value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  const dpo = program.command('dpo').description('data protection officer (admin token)');

  const queries = [
    ['disclosures', 'disclosure decisions (allowed, denied, withheld)'],
    ['denied', 'denied disclosure attempts'],
    ['alerts', 'disclosures that alert the DPO (vital interests)'],
  ] as const;
  for (const [name, description] of queries) {
    withFilter(dpo.command(name).description(description)).action(async (flags: FilterFlags) => {
      const admin = adminConnection(context, flags);
      const filter = filterOf(flags);
      const answer = await viaTrpc(context, flags, () =>
        name === 'disclosures'
          ? admin.dpo.disclosures.query(filter)
          : name === 'denied'
            ? admin.dpo.denied.query(filter)
            : admin.dpo.alerts.query(filter),
      );
      print(answer);
    });
  }

  withReadable(
    withFilter(
      dpo
        .command('non-consent')
        .description('disclosures on a basis other than consent, with the rule in words'),
    ),
  ).action(async (flags: FilterFlags & ReadableFlags) => {
    const answer = await viaTrpc(context, flags, () =>
      adminConnection(context, flags).dpo.nonConsent.query(filterOf(flags)),
    );
    io.stdout(
      flags.format === 'json'
        ? `${JSON.stringify(answer, null, 2)}\n`
        : nonConsentText(answer, flags.lang),
    );
  });

  withReadable(
    withAdmin(
      dpo
        .command('policy')
        .description(
          'the lawful-basis policy in force: version, order of evaluation, each rule in words with its legal reference',
        ),
    ),
  ).action(async (flags: AdminFlags & ReadableFlags) => {
    const current = await viaTrpc(context, flags, () =>
      adminConnection(context, flags).dpo.policy.query(),
    );
    io.stdout(
      flags.format === 'json'
        ? `${JSON.stringify(current, null, 2)}\n`
        : policyText(current, flags.lang),
    );
  });

  withAdmin(
    dpo
      .command('subject-access')
      .description('the subject access report for one person (by pseudonym)')
      .argument('<pseudonym>', 'the subject pseudonym (sub_…)')
      .addOption(
        new Option('--lang <language>', 'report language')
          .choices(ReportLanguage.options)
          .default('en'),
      )
      .addOption(
        new Option('--format <format>', 'output format')
          .choices(['json', 'html', 'text'])
          .default('json'),
      )
      .option('--out <file>', 'write to a file instead of standard output'),
  ).action(
    async (
      pseudonym: string,
      flags: AdminFlags & { lang: ReportLanguage; format: 'json' | 'html' | 'text'; out?: string },
    ) => {
      subjectPseudonym(pseudonym, 'pseudonym');
      const rendered = await viaTrpc(context, flags, () =>
        adminConnection(context, flags).dpo.subjectAccess.query({
          subject: pseudonym,
          language: flags.lang,
          format: flags.format,
        }),
      );
      if (flags.out === undefined) {
        io.stdout(rendered.body);
      } else {
        writeFileSync(resolve(io.cwd, flags.out), rendered.body);
      }
      if (!rendered.subjectKnown) {
        // The report itself stays neutral; the DPO must not take it for a real answer.
        io.stderr(
          `notice: the gateway holds nothing about ${pseudonym} (no message, consent or log entry). Check the pseudonym before sending this report.\n`,
        );
        exit.code = UNKNOWN_SUBJECT_EXIT;
      }
    },
  );

  withAdmin(
    dpo
      .command('erase')
      .description(
        'an erasure request: shows what would be deleted, kept and logged; --yes executes it',
      )
      .argument('<pseudonym>', 'the subject pseudonym (sub_…)')
      .addOption(
        new Option('--requested-by <giver>', 'who asked')
          .choices(ConsentGiver.options)
          .makeOptionMandatory(),
      )
      .requiredOption('--recorded-by <agency>', 'the agency that received the request')
      .option('--hold <reference...>', 'pending proceedings (pseudonymous references): legal hold')
      .option('--yes', 'execute: delete what may go and log the erasure')
      .option('--confirm <pseudonym>', 'execute, confirming by typing the pseudonym again')
      .option('--json', 'print the outcome as JSON'),
  ).action(
    async (
      pseudonym: string,
      flags: AdminFlags & {
        requestedBy: ConsentGiver;
        recordedBy: string;
        hold?: string[];
        yes?: boolean;
        confirm?: string;
        json?: boolean;
      },
    ) => {
      subjectPseudonym(pseudonym, 'pseudonym');
      if (flags.confirm !== undefined && flags.confirm !== pseudonym) {
        throw new GatewayError('BAD_REQUEST', {
          message: `--confirm must repeat the pseudonym ${pseudonym}; nothing was erased.`,
          path: 'confirm',
        });
      }
      const execute = flags.yes === true || flags.confirm !== undefined;
      const since = io.now().toISOString();
      const outcome = await viaTrpc(context, flags, () =>
        adminConnection(context, flags).dpo.erase.mutate({
          subject: pseudonym,
          requestedBy: flags.requestedBy,
          recordedBy: flags.recordedBy,
          pendingProceedings: (flags.hold ?? []).map((reference) => ({ reference, since })),
          dryRun: !execute,
        }),
      );
      io.stdout(
        flags.json === true ? `${JSON.stringify(outcome, null, 2)}\n` : erasureText(outcome),
      );
    },
  );

  const retention = dpo.command('retention').description('the retention sweep of ciphertext');
  withAdmin(
    retention
      .command('preview')
      .description('what a sweep now would delete, and what it keeps until when')
      .option('--json', 'print as JSON'),
  ).action(async (flags: AdminFlags & { json?: boolean }) => {
    const preview = await viaTrpc(context, flags, () =>
      adminConnection(context, flags).dpo.retentionPreview.query(),
    );
    io.stdout(
      flags.json === true ? `${JSON.stringify(preview, null, 2)}\n` : retentionPreviewText(preview),
    );
  });
  withAdmin(
    retention
      .command('run')
      .description('run the sweep now (logged); needs --yes')
      .option('--yes', 'delete what is due now')
      .option('--json', 'print as JSON'),
  ).action(async (flags: AdminFlags & { yes?: boolean; json?: boolean }) => {
    if (flags.yes !== true) {
      throw new GatewayError('BAD_REQUEST', {
        message: 'Deleting needs --yes; `nrm dpo retention preview` shows what would go.',
        path: 'yes',
      });
    }
    const swept = await viaTrpc(context, flags, () =>
      adminConnection(context, flags).dpo.retentionSweep.mutate(),
    );
    io.stdout(flags.json === true ? `${JSON.stringify(swept, null, 2)}\n` : sweepText(swept));
  });
}
