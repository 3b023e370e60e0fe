// The effective configuration (IT-managed over the user's over the bundled default), as the
// background resolved it. The policy and checker pages use it; when the background cannot
// answer, they carry on with the bundled default and say so.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../rules/config.ts';
import type { Requests } from '../utils/messages.ts';

export interface EffectiveConfig {
  resolved: ResolvedConfig;
  /** Whether the configuration came from the background; false: the bundled default, because it did not answer. */
  fromBackground: boolean;
  /** Whether the answer is still awaited (the bundled default is in use meanwhile). */
  loading: boolean;
}

const FALLBACK: ResolvedConfig = { config: DEFAULT_CONFIG, issues: [], sources: {} as ResolvedConfig['sources'] };

/** Asks the background for the effective configuration; the bundled default if it does not answer. */
export async function loadEffectiveConfig(): Promise<EffectiveConfig> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'config' })) as Requests['config']['reply'] | undefined;
    if (reply?.config) return { resolved: reply, fromBackground: true, loading: false };
  } catch (error) {
    console.warn('Preflight: the background did not send the configuration', String(error).slice(0, 200));
  }
  return { resolved: FALLBACK, fromBackground: false, loading: false };
}

/** The effective configuration for a page: the bundled default until the background answers. */
export function useEffectiveConfig(load: () => Promise<EffectiveConfig> = loadEffectiveConfig): EffectiveConfig {
  const [state, setState] = useState<EffectiveConfig>({ resolved: FALLBACK, fromBackground: false, loading: true });
  useEffect(() => {
    let live = true;
    void load().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
