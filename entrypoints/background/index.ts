// The background: runs the rule engine for the content scripts, keeps each tab's latest
// findings for the popup (in memory only), and registers the forum content script for the hosts
// the user or IT enabled. It makes no network request, ever.
import type { Message, Requests, ShownFinding } from '../../utils/messages.ts';
import { enabledSites, userConfig } from '../../utils/storage.ts';
import { validateLayer } from '../../rules/config.ts';
import { checkDraft, configChanged, currentConfig, onLateManaged } from './engine-host.ts';
import { forumAccess, hostPattern, injectIntoOpenTabs, syncForumScripts } from './forums.ts';

type TabState = NonNullable<Requests['tabFindings']['reply']> & { box: string };

export default defineBackground(() => {
  // Latest findings per tab, for the popup. Memory only: a draft's excerpts never touch disk.
  const tabs = new Map<number, TabState>();
  // Each tab's origin (scheme and host, never the path), as its content script reported it.
  const origins = new Map<number, string>();

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = raw as Message;
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId === 0 && sender.url) noteOrigin(origins, tabId, sender.url);
    switch (message.type) {
      case 'check': {
        const host = sender.url ? new URL(sender.url).hostname : '';
        return checkDraft(message.text, message.field, message.site, host).then((reply) => {
          if (tabId !== undefined && sender.frameId === 0) {
            tabs.set(tabId, { site: message.site, field: message.field, reply, at: Date.now(), box: message.box });
            void showCount(tabId, reply.findings);
          }
          return reply;
        });
      }
      case 'forget': {
        if (tabId !== undefined && tabs.get(tabId)?.box === message.box) {
          tabs.delete(tabId);
          void showCount(tabId, []);
        }
        return Promise.resolve();
      }
      case 'tabFindings': {
        const state = tabs.get(message.tabId);
        if (!state) return Promise.resolve(null);
        const { box: _box, ...shown } = state;
        return Promise.resolve(shown);
      }
      case 'openClause':
        return openClause(message.href);
      case 'config':
        return currentConfig();
      case 'forumAccess':
        return forumAccess();
      case 'pageOpened':
        return Promise.resolve();
      case 'tabOrigin':
        return Promise.resolve(origins.get(message.tabId) ?? null);
      case 'startForum':
        return startForum(message.host);
      case 'validateConfig':
        // Here rather than in the page: the background knows every rule id the `rules` setting may name.
        return Promise.resolve(validateLayer(message.doc, 'user').issues);
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    origins.delete(tabId);
  });

  userConfig.watch(() => {
    configChanged();
    void syncForumScripts();
  });
  enabledSites.watch(() => void syncForumScripts());
  // IT's settings came after the configuration was first needed (Chromium's policy service starts late).
  onLateManaged(() => void syncForumScripts());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') {
      configChanged();
      void syncForumScripts();
    }
  });
  browser.permissions.onAdded.addListener((permissions) => {
    void syncForumScripts().then(() => injectIntoOpenTabs(permissions.origins ?? []));
  });
  browser.permissions.onRemoved.addListener(() => void syncForumScripts());
  browser.runtime.onStartup.addListener(() => void syncForumScripts());
  browser.runtime.onInstalled.addListener(() => void syncForumScripts());
});

function noteOrigin(origins: Map<number, string>, tabId: number, url: string): void {
  try {
    const { origin } = new URL(url);
    if (origin !== 'null') origins.set(tabId, origin);
  } catch {
    // Not an address: nothing to note.
  }
}

/** Starts the forum script on a host that was already allowed, in its open tabs too (twice is harmless). */
async function startForum(host: string): Promise<void> {
  await syncForumScripts();
  const origin = hostPattern(host);
  if (await browser.permissions.contains({ origins: [origin] }).catch(() => false)) await injectIntoOpenTabs([origin]);
}

/** The toolbar badge: how many errors and warnings the tab's draft has (info findings are not counted). */
async function showCount(tabId: number, findings: readonly ShownFinding[]): Promise<void> {
  const count = findings.filter((f) => f.severity !== 'info').length;
  const error = findings.some((f) => f.severity === 'error');
  try {
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    if (count) await browser.action.setBadgeBackgroundColor({ tabId, color: error ? '#b3261e' : '#8a4b00' });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Opens the procedure at a clause: only the bundled policy page or IT's own copy, nothing else. */
async function openClause(href: string): Promise<void> {
  const { config } = await currentConfig();
  const allowed = [browser.runtime.getURL('/policy.html'), config.policyUrl].filter((u): u is string => !!u);
  if (!allowed.some((base) => href === base || href.startsWith(`${base}#`))) return;
  await browser.tabs.create({ url: href });
}
