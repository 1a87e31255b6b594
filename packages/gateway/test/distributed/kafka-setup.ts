import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startKafka, type RunningKafka } from '../../../../scripts/services/kafka.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bootstrap addresses of the run's broker; null when Java or Maven is missing. */
    kafkaBrokers: string[] | null;
  }
}

function has(command: string): boolean {
  try {
    execFileSync(command, ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let kafka: RunningKafka | undefined;

/** One real broker for the whole run of the distributed suite (it takes seconds to start). */
export async function setup(project: TestProject): Promise<void> {
  if (!has('java') || !has('mvn')) {
    console.warn('distributed suite skipped: java and mvn are needed for the Kafka broker');
    project.provide('kafkaBrokers', null);
    return;
  }
  kafka = await startKafka({ log: (line) => console.log(line) });
  project.provide('kafkaBrokers', kafka.brokers);
}

export async function teardown(): Promise<void> {
  await kafka?.stop();
}
