/**
 * The client SDK, moved to its own package without the gateway's server dependencies.
 *
 * @deprecated Import from `@nrm/client` instead; `@nrm/gateway/client` is removed in the next
 * minor release.
 */
export * from '@nrm/client';
