import type { OutboundMapping } from '../sdk/adapter.js';

/**
 * A delivered message as the adapter contract hands it to an outbound mapping, named from
 * the contract itself so the reference adapters follow it wherever the SDK's type lives.
 */
export type ReceivedMessage = Parameters<OutboundMapping<unknown>['fromCanonical']>[0];
