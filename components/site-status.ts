// What Preflight is doing on a page, worked out from the page's address and the user's switches.
// Plain logic with no browser API, shared by the popup and the options page and unit-tested.
import type { Mode } from '../rules/types.ts';

export type PageStatus =
  /** Not a web page (browser settings, the extensions gallery, a file): no extension runs there. */
  | { kind: 'browser' }
  /** Preflight may not read the page's address: it is not one of its sites and was never allowed. */
  | { kind: 'unknown' }
  /** A site Preflight could check (a forum, a comment box) that nobody has enabled. */
  | { kind: 'not-enabled'; host: string }
  /** IT or the user want it checked, but the browser's permission for the host is missing. */
  | { kind: 'needs-permission'; host: string }
  /** Switched off on the options page. */
  | { kind: 'off'; host: string }
  /** Snoozed everywhere until `until` (ms since the epoch). */
  | { kind: 'snoozed'; host: string; until: number }
  /** Checking drafts on this page. */
  | { kind: 'watching'; host: string };

export interface StatusInput {
  /** The tab's address; undefined when the browser does not tell Preflight (no access to the host). */
  url: string | undefined;
  /** The always-on content script's match patterns (the manifest's `content_scripts`). */
  builtIn: readonly string[];
  /** Forum hosts wanted by IT or the user, granted or not (may hold `*.example.org`). */
  wanted: readonly string[];
  /** The wanted hosts the browser has granted. */
  granted: readonly string[];
  disabled: readonly string[];
  snoozedUntil: number;
  now?: number;
}

/** Whether a host name is matched by a host list entry: `example.org` exactly, `*.example.org` with its subdomains. */
export function hostMatches(entry: string, host: string): boolean {
  const e = entry.toLowerCase();
  const h = host.toLowerCase();
  if (e === '*') return true;
  return e.startsWith('*.') ? h === e.slice(2) || h.endsWith(e.slice(1)) : h === e;
}

/** Whether a match pattern such as `*://*.x.com/*` covers the address (scheme and host; paths are always `/*` here). */
export function patternMatches(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const scheme = m[1]!;
  if (scheme === '*' ? !['http:', 'https:'].includes(url.protocol) : url.protocol !== `${scheme}:`) return false;
  return hostMatches(m[2]!, url.hostname);
}

/** Pages no extension may run on, even with every permission. */
function isBrowserPage(url: URL): boolean {
  if (!['http:', 'https:'].includes(url.protocol)) return true;
  return (
    url.hostname === 'chromewebstore.google.com' ||
    (url.hostname === 'chrome.google.com' && url.pathname.startsWith('/webstore')) ||
    url.hostname === 'microsoftedge.microsoft.com' ||
    url.hostname === 'addons.mozilla.org'
  );
}

export function pageStatus(input: StatusInput): PageStatus {
  if (!input.url) return { kind: 'unknown' };
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return { kind: 'unknown' };
  }
  if (isBrowserPage(url)) return { kind: 'browser' };
  const host = url.hostname.toLowerCase();
  const builtIn = input.builtIn.some((p) => patternMatches(p, url));
  if (!builtIn) {
    if (!input.wanted.some((w) => hostMatches(w, host))) return { kind: 'not-enabled', host };
    if (!input.granted.some((g) => hostMatches(g, host))) return { kind: 'needs-permission', host };
  }
  if (input.disabled.includes(host)) return { kind: 'off', host };
  const now = input.now ?? Date.now();
  if (input.snoozedUntil > now) return { kind: 'snoozed', host, until: input.snoozedUntil };
  return { kind: 'watching', host };
}

/** A time of day as staff read it on a clock: "14:05". */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** One sentence saying what Preflight is doing on the page. */
export function statusSentence(status: PageStatus): string {
  switch (status.kind) {
    case 'browser':
      return 'Preflight does not run on this page (browser pages).';
    case 'unknown':
      return 'Preflight is not checking this page.';
    case 'not-enabled':
      return `Preflight is not checking ${status.host}.`;
    case 'needs-permission':
      return `Forums need your permission: Preflight may check ${status.host} once you allow it.`;
    case 'off':
      return `Not checking ${status.host}: it is switched off.`;
    case 'snoozed':
      return `Not checking ${status.host}: snoozed until ${clockTime(status.until)}.`;
    case 'watching':
      return `Watching for drafts on ${status.host} — nothing to report.`;
  }
}

export const MODE_LABEL: Readonly<Record<Mode, string>> = {
  personal: 'My own account',
  official: 'The council’s official account',
};

/** Adds a host to a list once (lower case), keeping the order. */
export function withHost(list: readonly string[], host: string): string[] {
  const h = host.trim().toLowerCase();
  return list.includes(h) ? [...list] : [...list, h];
}

export function withoutHost(list: readonly string[], host: string): string[] {
  const h = host.trim().toLowerCase();
  return list.filter((x) => x !== h);
}

/** A host name the user typed (or pasted as an address), cleaned; null when it is not one. */
export function parseHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  }
  text = text.replace(/\/.*$/, '');
  return /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(text) ? text : null;
}
