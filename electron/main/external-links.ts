/**
 * Sites the app may send the user to, in their own browser: the legal texts the policy
 * cites. Exact host names, no wildcards, so a look-alike subdomain cannot slip through.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'eur-lex.europa.eu',
  'telegram.org',
  'www.telegram.org',
];

/**
 * Opens `url` in the system browser when it is an allow-listed https link, and reports
 * whether it did. The opener is a parameter so the rule is tested without Electron; the
 * URL is `unknown` because it comes from the renderer.
 */
export function openExternalIfAllowed(url: unknown, open: (href: string) => unknown): boolean {
  const href = allowedExternalHref(url);
  if (href === null) return false;
  void Promise.resolve(open(href)).catch((error: unknown) => {
    console.error('opening an external link failed', error);
  });
  return true;
}

/** The normalised href to open, or null. Only the parsed form is ever handed to the OS. */
export function allowedExternalHref(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  return EXTERNAL_LINK_HOSTS.includes(parsed.hostname) ? parsed.href : null;
}
