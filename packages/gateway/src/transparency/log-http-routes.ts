import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { validate } from '../api/validate.js';
import type { GatewayContext } from '../context/gateway-context.js';

const TreeSize = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Query of the public consistency proof between two checkpoints. */
export const CheckpointConsistencyQuery = z.strictObject({
  oldSize: TreeSize.meta({ param: { description: 'Tree size of the older checkpoint.' } }),
  newSize: TreeSize.meta({ param: { description: 'Tree size of the newer checkpoint.' } }),
});

/** The note verifier key and origin a witness needs to read the gateway's checkpoints. */
export const NoteKeyResponse = z
  .object({
    origin: z.string(),
    verifierKey: z.string().meta({
      description:
        'C2SP signed-note verifier key name+hash+base64key (Ed25519); compare it out of band.',
    }),
  })
  .meta({ id: 'NoteKey' });

/**
 * The log's public witness interface: the newest checkpoint (a C2SP tlog-checkpoint signed
 * note), the note verifier key, and consistency proofs between checkpoints. No credentials:
 * checkpoints and proofs hold only hashes and sizes, and every agency, auditor or external
 * witness must be able to check that the log only grows.
 */
export function registerLogWitnessRoutes(app: FastifyInstance, ctx: GatewayContext): void {
  app.get('/v1/log/checkpoint', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(await ctx.log.latestCheckpoint()),
  );
  app.get('/v1/log/note-key', () => ({
    origin: ctx.logOrigin,
    verifierKey: ctx.noteKey.verifierKey,
  }));
  app.get('/v1/log/checkpoint/consistency', async (request) => {
    const { oldSize, newSize } = validate(CheckpointConsistencyQuery, request.query, 'query');
    return ctx.log.consistencyProof(oldSize, newSize);
  });
}
