import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NrmClient, type ReceivedMessage, type SendRequest, type SendResult } from '@nrm/client';
import { readAgencyPrivateKey } from '@nrm/client/crypto';
import { GatewayError } from '@nrm/client/errors';
import { formatStep, type TraceStep } from './trace.js';

/** Where the demo runs: a gateway and the folder of its demo agencies (tokens and keys). */
export interface DemoOptions {
  gatewayUrl: string;
  /** `<dataDir>/demo-agencies` of the gateway: `<agency id>/token` and `private-key.asc`. */
  agenciesDir: string;
  /** `<dataDir>/demo-admins` (`<role>/token`); by default beside `agenciesDir`. */
  adminsDir?: string;
  /** A folder the demo may write to (SDK state, the partner's gpg folder). */
  workDir: string;
  /** Called with each trace line as it happens. */
  log?: (line: string) => void;
}

/** How a step's message is handled after the gateway accepted it. */
export interface SendOptions {
  /** Recipients pull (open, verify, acknowledge) right away; false = they are offline. Default true. */
  deliver?: boolean;
  /** Show the data categories the envelope declared under the line (what left the sender). */
  showCategories?: boolean;
}

/**
 * One run of the demo: agency clients on the SDK, the trace, and what each agency received.
 * Scenarios call {@link DemoRun.send}; every call adds one line to the trace.
 */
export class DemoRun {
  readonly steps: TraceStep[] = [];
  /** Everything each agency pulled from its inbox during the run, by agency id. */
  readonly received = new Map<string, ReceivedMessage[]>();
  /** When this run began: the demo's people keep their pseudonyms, earlier runs' facts stay. */
  readonly startedAt = Date.now();
  /** The people each scenario is about, by pseudonym, as printed: for the DPO guide. */
  readonly subjects: { scenario: string; who: string; pseudonym: string }[] = [];
  private readonly clients = new Map<string, NrmClient>();

  constructor(readonly options: DemoOptions) {}

  /** Name a scenario's person: printed, so a DPO can look them up (`nrm dpo subject-access`). */
  subject(scenario: string, who: string, pseudonym: string): string {
    this.subjects.push({ scenario, who, pseudonym });
    this.options.log?.(`     ${scenario} subject: ${pseudonym}  (${who})`);
    return pseudonym;
  }

  /** The demo material of one agency: its token and its armored private key. */
  agencyFile(agencyId: string, name: 'token' | 'private-key.asc'): string {
    return join(this.options.agenciesDir, agencyId, name);
  }

  /** The SDK client of a demo agency. */
  async client(agencyId: string): Promise<NrmClient> {
    let client = this.clients.get(agencyId);
    if (client === undefined) {
      const stateDir = join(this.options.workDir, 'state', agencyId);
      mkdirSync(stateDir, { recursive: true });
      client = new NrmClient({
        gatewayUrl: this.options.gatewayUrl,
        token: readFileSync(this.agencyFile(agencyId, 'token'), 'utf8').trim(),
        agencyId,
        privateKey: await readAgencyPrivateKey(
          readFileSync(this.agencyFile(agencyId, 'private-key.asc'), 'utf8'),
        ),
        stateDir,
      });
      this.clients.set(agencyId, client);
    }
    return client;
  }

  /** Report entries of this run only: a gateway the demo ran against before keeps those too. */
  thisRun<T extends { at: string }>(entries: readonly T[]): T[] {
    return entries.filter((e) => Date.parse(e.at) >= this.startedAt);
  }

  /** Add a line to the trace. */
  record(step: TraceStep): void {
    this.steps.push(step);
    this.options.log?.(formatStep(step));
  }

  /**
   * Send one message as `from` and record the gateway's answer against `expected`
   * (`accepted` or an error code). Accepted messages are pulled by their recipients unless
   * `deliver` is false; the line then shows each recipient's delivery status.
   */
  async send(
    scenario: string,
    day: string,
    from: string,
    request: SendRequest,
    expected: string,
    options: SendOptions = {},
  ): Promise<SendResult | undefined> {
    const step = { scenario, day, from, to: request.to, type: request.type, expected };
    let result: SendResult;
    try {
      result = await (await this.client(from)).send(request);
    } catch (error) {
      if (!(error instanceof GatewayError)) {
        throw error;
      }
      this.record({ ...step, answer: error.code, delivery: '', detail: error.message });
      return undefined;
    }
    if (options.deliver ?? true) {
      for (const recipient of request.to) {
        await this.pull(recipient);
      }
    }
    const removed = result.removed ?? [];
    const details = [
      ...(removed.length === 0 ? [] : [`minimised: removed ${removed.join(', ')}`]),
      ...(options.showCategories === true
        ? [`categories: ${result.envelope.dataCategories.join(', ')}`]
        : []),
    ];
    this.record({
      ...step,
      answer: result.status,
      delivery: await this.delivery(from, result.id),
      ...(details.length === 0 ? {} : { detail: details.join('; ') }),
    });
    return result;
  }

  /** A recipient pulls its inbox: every message is opened, verified and acknowledged by the SDK. */
  async pull(agencyId: string): Promise<ReceivedMessage[]> {
    const pulled: ReceivedMessage[] = [];
    for await (const item of (await this.client(agencyId)).inbox()) {
      if (!item.ok) {
        throw item.error;
      }
      pulled.push(item.message);
    }
    this.received.set(agencyId, [...(this.received.get(agencyId) ?? []), ...pulled]);
    return pulled;
  }

  /** Delivery status per recipient of a message, as its sender sees it: `rs.cptv acknowledged, …`. */
  async delivery(sender: string, messageId: string): Promise<string> {
    const status = await (await this.client(sender)).status(messageId);
    return status.recipients.map((r) => `${r.agency} ${r.status}`).join(', ');
  }

  /**
   * GET a data protection officer's route (`/v1/dpo/…`) with the demo DPO token; rejects with
   * the gateway's error body on a non-2xx answer.
   */
  async dpoGet(path: string): Promise<unknown> {
    const adminsDir = this.options.adminsDir ?? join(this.options.agenciesDir, '..', 'demo-admins');
    const token = readFileSync(join(adminsDir, 'dpo', 'token'), 'utf8').trim();
    const response = await fetch(`${this.options.gatewayUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(`GET ${path}: ${String(response.status)} ${JSON.stringify(body)}`);
    }
    return body;
  }

  /** Whether `agencyId` has received the message `messageId` during this run. */
  hasReceived(agencyId: string, messageId: string): boolean {
    return (this.received.get(agencyId) ?? []).some((m) => m.id === messageId);
  }
}
