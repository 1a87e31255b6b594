import { GatewayError } from '../errors/gateway-error.js';
import {
  DEFAULT_CHECKPOINT_SCHEDULE,
  type CheckpointSchedule,
} from '../transparency/checkpoint-worker.js';

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') {
    return fallback;
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new GatewayError('BAD_REQUEST', {
      message: `${name} must be a positive integer, got "${text}".`,
      path: name,
    });
  }
  return value;
}

/** The checkpoint schedule from NRM_CHECKPOINT_EVERY_ENTRIES and NRM_CHECKPOINT_EVERY_SECONDS. */
export function checkpointScheduleFromEnv(env: NodeJS.ProcessEnv): CheckpointSchedule {
  return {
    everyEntries: positiveInteger(
      env,
      'NRM_CHECKPOINT_EVERY_ENTRIES',
      DEFAULT_CHECKPOINT_SCHEDULE.everyEntries,
    ),
    everyMs:
      positiveInteger(
        env,
        'NRM_CHECKPOINT_EVERY_SECONDS',
        DEFAULT_CHECKPOINT_SCHEDULE.everyMs / 1000,
      ) * 1000,
  };
}
