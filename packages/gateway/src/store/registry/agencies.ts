import { Agency, AgencyId, type AgencyKind } from '@nrm/domain';
import type { Kysely } from 'kysely';
import { GatewayError } from '@nrm/client/errors';
import type { AgencyTable, Database } from '../tables.js';

/** An agency as registered with the gateway: the domain's Agency plus its webhook, if any. */
export interface RegisteredAgency extends Agency {
  webhookUrl: string | null;
}

function fromRow(row: AgencyTable): RegisteredAgency {
  return {
    id: AgencyId.parse(row.id),
    name: row.name,
    kind: row.kind as AgencyKind,
    jurisdiction: row.jurisdiction,
    competentAreas: JSON.parse(row.competent_areas) as string[],
    webhookUrl: row.webhook_url,
  };
}

/** Register or update an agency (idempotent: the seed and the operator use the same call). */
export async function upsertAgency(
  db: Kysely<Database>,
  input: unknown,
  webhookUrl: string | null,
  at: Date,
): Promise<RegisteredAgency> {
  const parsed = Agency.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GatewayError('SCHEMA_INVALID', {
      message: issue?.message ?? 'Invalid agency.',
      path: ['agency', ...(issue?.path ?? [])].join('.'),
    });
  }
  const agency = parsed.data;
  const values = {
    name: agency.name,
    kind: agency.kind,
    jurisdiction: agency.jurisdiction,
    competent_areas: JSON.stringify(agency.competentAreas),
    webhook_url: webhookUrl,
  };
  await db
    .insertInto('agencies')
    .values({ id: agency.id, created_at: at.toISOString(), ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  return { ...agency, webhookUrl };
}

export async function findAgency(
  db: Kysely<Database>,
  id: string,
): Promise<RegisteredAgency | undefined> {
  const row = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : fromRow(row);
}

export async function listAgencies(db: Kysely<Database>): Promise<RegisteredAgency[]> {
  const rows = await db.selectFrom('agencies').selectAll().orderBy('id').execute();
  return rows.map(fromRow);
}
