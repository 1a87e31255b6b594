import { createHash } from 'node:crypto';
import type { LawfulBasisPolicy } from '@nrm/domain';
import type { GatewayLog } from '../transparency/gateway-log.js';
import { canonicalJson } from '@nrm/client/transparency';

/** The lawful-basis policy as the DPO sees it: the document, its version and its digest. */
export interface PolicyInForce {
  id: string;
  version: number;
  /** Hex SHA-256 of the policy's canonical JSON: the value the transparency log records. */
  digest: string;
  policy: LawfulBasisPolicy;
}

/** Describe a policy with the digest that identifies it in the log. */
export function policyInForce(policy: LawfulBasisPolicy): PolicyInForce {
  const digest = createHash('sha256').update(canonicalJson(policy)).digest('hex');
  return { id: policy.id, version: policy.version, digest, policy };
}

/**
 * Append a `policy-changed` entry when the policy the gateway starts with is not the one the
 * log last recorded (first start, new version, or an edited document under the same
 * version — the digest tells). Returns whether an entry was appended.
 */
export async function recordPolicyInForce(
  log: GatewayLog,
  policy: LawfulBasisPolicy,
  at: Date,
): Promise<boolean> {
  const current = policyInForce(policy);
  const last = (await log.leaves()).findLast((leaf) => leaf.kind === 'policy-changed');
  if (
    last?.kind === 'policy-changed' &&
    last.policy === current.id &&
    last.policyVersion === current.version &&
    last.digest === current.digest
  ) {
    return false;
  }
  await log.record([
    {
      kind: 'policy-changed',
      at: at.toISOString(),
      policy: current.id,
      policyVersion: current.version,
      digest: current.digest,
    },
  ]);
  return true;
}
