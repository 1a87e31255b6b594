import type { Role } from './roles.js';

/** Who is signed in. The token lives in this tab's sessionStorage only: never a URL, never a cookie. */
export interface Session {
  token: string;
  name: string;
  role: Role;
}

const KEY = 'nrm-admin-session';

export function loadSession(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw === null ? undefined : (JSON.parse(raw) as Session);
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session | undefined): void {
  if (session === undefined) {
    sessionStorage.removeItem(KEY);
  } else {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  }
}
