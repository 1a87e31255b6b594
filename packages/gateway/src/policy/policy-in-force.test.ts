import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GATEWAY_POLICY } from '../consent-check/gateway-policy.js';
import { generateKeyPair, readPrivateKey } from '../registry/openpgp-signature.js';
import { openSqliteStore, type Store } from '../store/open-store.js';
import { GatewayLog } from '../transparency/gateway-log.js';
import { policyInForce, recordPolicyInForce } from './policy-in-force.js';

const at = new Date('2026-05-01T10:00:00Z');
let store: Store;
let log: GatewayLog;
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  const pair = await generateKeyPair('gateway', at);
  log = await GatewayLog.open(
    store.store,
    { privateKey: await readPrivateKey(pair.privateKey), publicKey: pair.publicKey },
    () => at,
  );
});
afterEach(() => store.close());

describe('the policy in force', () => {
  it('is identified by id, version and the digest of its canonical JSON', () => {
    const current = policyInForce(GATEWAY_POLICY);
    expect(current).toMatchObject({ id: 'rs-nrm-gateway', version: 2 });
    expect(current.digest).toMatch(/^[0-9a-f]{64}$/);
    const edited = policyInForce({ ...GATEWAY_POLICY, rules: GATEWAY_POLICY.rules.slice(1) });
    expect(edited.digest).not.toBe(current.digest);
  });

  it('is logged once per change: first start, the same policy again (no entry), an edit', async () => {
    expect(await recordPolicyInForce(log, GATEWAY_POLICY, at)).toBe(true);
    expect(await recordPolicyInForce(log, GATEWAY_POLICY, at)).toBe(false);
    const next = { ...GATEWAY_POLICY, version: 3 };
    expect(await recordPolicyInForce(log, next, at)).toBe(true);
    const leaves = await log.leaves();
    expect(leaves.map((l) => (l.kind === 'policy-changed' ? l.policyVersion : -1))).toEqual([2, 3]);
  });
});
