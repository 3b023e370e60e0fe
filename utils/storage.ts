// The extension's own storage, declared once. Nothing here ever holds a draft.
import { storage } from '#imports';
import type { Mode } from '../rules/types.ts';

/** The user's configuration document (SPEC §4), as typed on the options page. Validated on use. */
export const userConfig = storage.defineItem<unknown>('local:config', { fallback: null, version: 1 });

/** Personal or official account, per host name (e.g. `x.com`). Personal when absent. */
export const siteModes = storage.defineItem<Record<string, Mode>>('local:siteModes', { fallback: {}, version: 1 });

/** Hosts the user asked Preflight to check from the popup ("check this site"), beside IT's `forums`. */
export const enabledSites = storage.defineItem<string[]>('local:enabledSites', { fallback: [], version: 1 });

/** Hosts on which the user switched Preflight off (options page). */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 });

/** Preflight is snoozed everywhere until this time (ms since the epoch); 0 when not snoozed. */
export const snoozedUntil = storage.defineItem<number>('local:snoozedUntil', { fallback: 0, version: 1 });

/** Whether Preflight should be checking on `host` now. */
export function activeOn(host: string, disabled: readonly string[], snoozed: number, now = Date.now()): boolean {
  return snoozed <= now && !disabled.includes(host.toLowerCase());
}

/**
 * The last IT-managed configuration read, kept for the first seconds after the browser starts,
 * when Chromium's policy service has not answered yet: IT's settings apply from the first check.
 */
export const managedCache = storage.defineItem<unknown>('local:managedCache', { fallback: null, version: 1 });

/** The IT-managed configuration (`storage.managed`, via the managed schema). Empty when none is set. */
export async function managedConfig(): Promise<unknown> {
  try {
    const managed = await browser.storage.managed.get(null);
    return Object.keys(managed).length ? managed : null;
  } catch {
    // Firefox throws when no managed storage manifest is installed: that simply means "none".
    return null;
  }
}
