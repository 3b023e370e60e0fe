// Everything the popup shows, gathered in one parallel round: the tab, its latest findings (kept
// in the background's memory), the forum hosts and the user's switches.
import { pageStatus, type PageStatus } from '../../components/site-status.ts';
import type { Mode } from '../../rules/types.ts';
import { ask } from '../../components/ask.ts';
import type { Requests } from '../../utils/messages.ts';
import { disabledSites, siteModes, snoozedUntil } from '../../utils/storage.ts';

export type TabFindings = Requests['tabFindings']['reply'];

export interface PopupData {
  tabId: number | null;
  status: PageStatus;
  findings: TabFindings;
  mode: Mode;
  /** For a forum nobody enabled yet: whether the browser already lets Preflight read it. */
  granted: boolean;
}

/**
 * The tab the popup is about. Opened from the toolbar it is the active tab; opened as a page
 * (`popup.html?tab=<id>`, as the end-to-end tests do) it is the tab named in the address.
 */
export function popupTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  return raw && /^\d+$/.test(raw) ? Number(raw) : null;
}

async function findTab(tabId: number | null) {
  if (tabId !== null) return browser.tabs.get(tabId).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function builtInPatterns(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
}

export async function loadPopup(requested: number | null): Promise<PopupData> {
  const found = findTab(requested);
  // With ?tab= the tab id is known at once: ask for its findings while the tab is looked up.
  const early = requested === null ? null : ask('tabFindings', { tabId: requested }).catch(() => null);
  const tab = await found;
  const tabId = tab?.id ?? null;
  const [findings, reported, access, disabled, snoozed, modes] = await Promise.all([
    tabId === null ? null : (early ?? ask('tabFindings', { tabId }).catch(() => null)),
    tabId === null || tab?.url ? null : ask('tabOrigin', { tabId }).catch(() => null),
    ask('forumAccess', {}).catch(() => ({ granted: [], missing: [] })),
    disabledSites.getValue(),
    snoozedUntil.getValue(),
    siteModes.getValue(),
  ]);
  const status = pageStatus({
    // The browser tells Preflight a tab's address only where it may read the page; elsewhere the
    // content script's report names the site.
    url: tab?.url ?? reported ?? undefined,
    builtIn: builtInPatterns(),
    wanted: [...access.granted, ...access.missing],
    granted: access.granted,
    disabled,
    snoozedUntil: snoozed,
  });
  const host = 'host' in status ? status.host : '';
  const granted =
    status.kind === 'not-enabled'
      ? await browser.permissions.contains({ origins: [`*://${host}/*`] }).catch(() => false)
      : status.kind !== 'needs-permission';
  return { tabId, status, findings, mode: modes[host] ?? 'personal', granted };
}
