// Forums, comment boxes and wikis beyond the big three: IT's `forums` list plus the sites the
// user enabled from the popup. Preflight asks for no host up front; the forum content script is
// registered at run time for the hosts it has been granted (optional host permissions).
import { enabledSites } from '../../utils/storage.ts';
import { currentConfig } from './engine-host.ts';

export const FORUM_SCRIPT_ID = 'preflight-forums';
const FORUM_SCRIPT = { js: ['/content-scripts/forums.js' as const] };

/** `forum.example.org` → `*://forum.example.org/*`; `*.example.org` keeps its wildcard. */
export function hostPattern(host: string): string {
  return `*://${host}/*`;
}

/** The hosts Preflight should check as forums: IT's list and the user's, each once. */
export async function wantedForumHosts(): Promise<string[]> {
  const [{ config }, user] = await Promise.all([currentConfig(), enabledSites.getValue()]);
  return [...new Set([...config.forums, ...user].map((h) => h.toLowerCase()))];
}

/** The wanted hosts Preflight has permission for, and those it still needs the user to allow. */
export async function forumAccess(): Promise<{ granted: string[]; missing: string[] }> {
  const hosts = await wantedForumHosts();
  const granted: string[] = [];
  const missing: string[] = [];
  for (const host of hosts) {
    const ok = await browser.permissions.contains({ origins: [hostPattern(host)] }).catch(() => false);
    (ok ? granted : missing).push(host);
  }
  return { granted, missing };
}

let syncing: Promise<void> = Promise.resolve();

/** Registers the forum content script for exactly the granted hosts (one at a time, in order). */
export function syncForumScripts(): Promise<void> {
  syncing = syncing.then(registerGranted, registerGranted);
  return syncing;
}

async function registerGranted(): Promise<void> {
  const { granted } = await forumAccess();
  const matches = granted.map(hostPattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [FORUM_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [FORUM_SCRIPT_ID] });
  if (!matches.length) return;
  await browser.scripting.registerContentScripts([
    { id: FORUM_SCRIPT_ID, matches, ...FORUM_SCRIPT, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Starts checking tabs already open on newly allowed hosts, without a reload. */
export async function injectIntoOpenTabs(origins: readonly string[]): Promise<void> {
  if (!origins.length) return;
  const tabs = await browser.tabs.query({ url: [...origins] });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: FORUM_SCRIPT.js })
      .catch((error: unknown) => console.warn('Preflight: could not start on an open tab', String(error)));
  }
}
