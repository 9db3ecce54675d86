// The bearer token of this browser tab (sessionStorage: gone when the tab closes) and what its claims say.
// The console never verifies a token: it only reads the claims to choose a view; every service verifies it.

const KEY = 'slp.console.token';

export const ROLES = ['consortium-analyst', 'library-staff', 'partner-admin', 'portal', 'platform-admin'];

export function token() {
  return sessionStorage.getItem(KEY);
}

/** Decodes a pasted token (with or without "Bearer "), stores it for this tab and answers its claims. */
export function signIn(pasted) {
  const raw = String(pasted || '').trim().replace(/^Bearer\s+/i, '');
  const claims = decode(raw);
  sessionStorage.setItem(KEY, raw);
  return claims;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** The claims of the stored token, or null when there is none (or it cannot be read). */
export function claims() {
  const raw = token();
  if (!raw) {
    return null;
  }
  try {
    return decode(raw);
  } catch {
    return null;
  }
}

export function decode(raw) {
  const parts = raw.split('.');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) {
    throw new Error('This is not a JSON Web Token: a token has three parts separated by dots (header.claims.signature).');
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const value = JSON.parse(new TextDecoder().decode(bytes));
    if (value === null || typeof value !== 'object') {
      throw new Error('not an object');
    }
    return value;
  } catch {
    throw new Error('The claims part of this token could not be read: copy the whole token again.');
  }
}

export function rolesOf(tokenClaims) {
  const groups = tokenClaims?.groups;
  const list = Array.isArray(groups) ? groups : typeof groups === 'string' ? [groups] : [];
  return list.filter((role) => ROLES.includes(role));
}

export function isExpired(tokenClaims, now = Date.now()) {
  return typeof tokenClaims?.exp === 'number' && tokenClaims.exp * 1000 <= now;
}

/** The views this token's roles and tenancy claims open, first the one to start with. */
export function viewsOf(tokenClaims) {
  const views = [];
  const roles = rolesOf(tokenClaims);
  if (roles.includes('consortium-analyst') && tokenClaims.consortium_id) {
    views.push({ label: 'Consortium', route: `#/consortium/${encodeURIComponent(tokenClaims.consortium_id)}` });
  }
  if (roles.includes('library-staff') && tokenClaims.library_id) {
    views.push({ label: 'Library', route: `#/library/${encodeURIComponent(tokenClaims.library_id)}` });
  }
  if (roles.includes('partner-admin') && tokenClaims.partner_id) {
    views.push({ label: 'Partner', route: `#/partner/${encodeURIComponent(tokenClaims.partner_id)}` });
  }
  if (roles.includes('portal') || roles.includes('platform-admin')) {
    views.push({ label: 'Open a view', route: '#/open' });
  }
  return views;
}
