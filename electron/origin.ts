/**
 * The app's one origin. The renderer is always served from `app://levenslijn/`; IPC, navigation
 * and the protocol handler all compare against these constants.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'levenslijn';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** URL of the wall view for a case (hash route, so the protocol only ever serves index.html). */
export function wallUrl(caseId: string): string {
  return `${APP_INDEX_URL}#/wall/${encodeURIComponent(caseId)}`;
}

/** True only for URLs on `app://levenslijn/` (no credentials, no port, no look-alike hosts). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}
