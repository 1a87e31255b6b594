import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GATEWAY_POLICY, GATEWAY_PROFILE } from '../consent-check/gateway-policy.js';
import { ManualClock } from '../registry/clock.js';
import { seedDemo } from '../seed/seed-demo.js';
import { openSqliteStore, type Store } from '../store/open-store.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPermittedCategories } from './permitted-categories.js';

const at = new Date();
let store: Store;
let dir: string;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  dir = mkdtempSync(join(tmpdir(), 'nrm-permitted-'));
  await seedDemo(store.store.registry, dir, at);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = () => ({
  store: store.store,
  clock: new ManualClock(at),
  policy: GATEWAY_POLICY,
  profile: GATEWAY_PROFILE,
});
const principal = (agencyId: string) => ({
  kind: 'agency' as const,
  agencyId,
  credentialId: 'cred',
  scopes: ['send' as const],
});

describe('checkPermittedCategories', () => {
  it('under the duty to report, CPTV may give the police identity, exploitation and the report (criminal proceedings), never health', async () => {
    const answer = await checkPermittedCategories(ctx(), principal('rs.cptv'), {
      to: ['rs.police.belgrade-thb'],
      subject: 'sub_AbCdEfGhIjKlMnOpQrSt',
      purpose: 'legal-proceedings',
      legalBasis: 'legal-obligation',
      categories: ['identity', 'health', 'exploitation', 'criminal-proceedings'],
    });
    expect(answer).toEqual({
      policy: { id: 'rs-nrm-gateway', version: 2 },
      recipients: [
        {
          agency: 'rs.police.belgrade-thb',
          permitted: ['identity', 'exploitation', 'criminal-proceedings'],
          withheld: ['health'],
          refused: [
            {
              detail: 'category-not-covered',
              message: 'rule duty-to-report does not cover health',
            },
          ],
        },
      ],
    });
  });

  it('FORBIDDEN for a caller that is not a registered agency', async () => {
    await expect(
      checkPermittedCategories(ctx(), principal('rs.ghost'), {
        to: ['rs.cptv'],
        subject: 'sub_AbCdEfGhIjKlMnOpQrSt',
        purpose: 'assistance',
        categories: ['identity'],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
