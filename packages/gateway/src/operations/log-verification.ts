import type { GatewayContext } from '../context/gateway-context.js';

/**
 * What the live verification badge needs: the gateway's own check of the stored log (every
 * entry rehashed against the signed heads), the newest signed head, and a consistency proof
 * from an earlier head to it that the browser checks itself. The earlier head is the one the
 * viewer saw last (`since`, with the root it remembers) or else the previous signed head.
 */
export async function logVerification(ctx: GatewayContext, since: number | undefined) {
  const state = await ctx.log.verify();
  const heads = await ctx.store.logStorage.treeHeads();
  const head = (h: (typeof heads)[number] | undefined) =>
    h === undefined ? null : { treeSize: h.treeSize, rootHash: h.rootHash, timestamp: h.timestamp };
  const latest = heads.at(-1);
  const previous =
    since === undefined
      ? heads.filter((h) => h.treeSize < (latest?.treeSize ?? 0)).at(-1)
      : undefined;
  const oldSize = since ?? previous?.treeSize;
  const consistency =
    latest === undefined || oldSize === undefined || oldSize > latest.treeSize
      ? null
      : await ctx.log.consistencyProof(oldSize, latest.treeSize);
  return {
    gatewayCheck: state,
    latest: head(latest),
    previous: head(previous),
    consistency,
  };
}
