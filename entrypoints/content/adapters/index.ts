// Every site adapter, most specific first: a box claimed by one is not claimed by a later one.
import { commentBox } from './comment-box.ts';
import { discourse } from './discourse.ts';
import { facebook } from './facebook.ts';
import { linkedin } from './linkedin.ts';
import { mastodon } from './mastodon.ts';
import { mediawiki } from './mediawiki.ts';
import { phpbb } from './phpbb.ts';
import { profile } from './profile.ts';
import { hostMatches, type SiteAdapter } from './types.ts';
import { wordpress } from './wordpress.ts';
import { x } from './x.ts';

export const ADAPTERS: readonly SiteAdapter[] = [
  x,
  facebook,
  linkedin,
  mediawiki,
  phpbb,
  wordpress,
  discourse,
  mastodon,
  profile,
  commentBox,
];

/** Where the always-on content script runs: every adapter's own hosts, as match patterns. */
export const STATIC_MATCHES: string[] = [...new Set(ADAPTERS.flatMap((a) => a.hosts.map((h) => `*://${h}/*`)))];

/** The adapters for this page: the script's own hosts, or the forum adapters on an enabled forum. */
export function adaptersFor(hostname: string, entry: 'sites' | 'forums'): SiteAdapter[] {
  return ADAPTERS.filter((a) => (entry === 'forums' ? a.onForums : hostMatches(a.hosts, hostname)));
}
