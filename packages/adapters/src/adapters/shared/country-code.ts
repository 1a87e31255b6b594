const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Region codes ICU names that are no current country: ISO 3166's user-assigned ranges (AA,
 * QM-QZ, XA-XZ, ZZ), the groupings EU, EZ, UN, and withdrawn codes a partner's old records
 * still carry (YU Yugoslavia, CS Serbia and Montenegro, SU, DD, ZR, TP, BU, AN, NT). XK
 * (Kosovo), user-assigned but used by the EU and the Serbian NRM's partners, stays accepted.
 */
const NOT_A_COUNTRY = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN|YU|CS|SU|DD|ZR|TP|BU|AN|NT)$/;

/**
 * Is this an ISO 3166-1 alpha-2 country code? The runtime's own region names (ICU) are the
 * list: an unknown code has no name and comes back as itself.
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_A_COUNTRY.test(code)) {
    return false;
  }
  try {
    return regions.of(code) !== code;
  } catch {
    return false;
  }
}
