import {
  DEFAULT_CHECKPOINT_SCHEDULE,
  type CheckpointSchedule,
} from '../transparency/checkpoint-worker.js';
import { positiveInteger } from './server-config.js';

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
