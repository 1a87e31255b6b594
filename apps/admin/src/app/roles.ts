/** The admin roles of the gateway (registry/admin-users.ts). */
export type Role = 'operator' | 'dpo' | 'auditor';

/** Every page of the app, by its path under /admin/. */
export const PAGES = [
  'operations',
  'agencies',
  'consents',
  'disclosures',
  'policy',
  'log',
  'subject-access',
  'accountability',
  'procedure',
] as const;
export type Page = (typeof PAGES)[number];

/**
 * Which pages each role sees. The server authorises every call again: hiding a page is for
 * clarity, not protection.
 */
export const PAGES_BY_ROLE: Record<Role, readonly Page[]> = {
  operator: ['operations', 'agencies'],
  dpo: ['consents', 'disclosures', 'policy', 'log', 'subject-access', 'procedure'],
  auditor: ['accountability', 'procedure', 'log'],
};
