// The options page as one view. Everything comes from storage and the background; any change
// (here, in the popup, or by IT) reloads it, except what the user is typing in the editor.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask } from '../../components/ask.ts';
import type { ResolvedConfig } from '../../rules/config.ts';
import type { Mode } from '../../rules/types.ts';
import { disabledSites, enabledSites, siteModes, snoozedUntil, userConfig } from '../../utils/storage.ts';
import { EffectiveConfig } from './effective-config.tsx';
import { ForumsSection } from './forums.tsx';
import { SitesSection, SnoozeSection } from './sites.tsx';
import { UserDocument } from './user-document.tsx';

export interface OptionsData {
  resolved: ResolvedConfig;
  access: { granted: string[]; missing: string[] };
  disabled: string[];
  modes: Record<string, Mode>;
  snoozedUntil: number;
  enabled: string[];
  userDoc: unknown;
}

async function load(): Promise<OptionsData> {
  const [resolved, access, disabled, modes, snoozed, enabled, userDoc] = await Promise.all([
    ask('config', {}),
    ask('forumAccess', {}),
    disabledSites.getValue(),
    siteModes.getValue(),
    snoozedUntil.getValue(),
    enabledSites.getValue(),
    userConfig.getValue(),
  ]);
  return { resolved, access, disabled, modes, snoozedUntil: snoozed, enabled, userDoc };
}

export function Options() {
  const [data, setData] = useState<OptionsData | null>(null);
  const reload = useCallback(() => void load().then(setData), []);

  useEffect(() => {
    reload();
    const changed = () => reload();
    browser.storage.onChanged.addListener(changed);
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.storage.onChanged.removeListener(changed);
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  }, [reload]);

  return (
    <div class="options">
      <header class="options-header">
        <h1>Preflight settings</h1>
        <p>
          Preflight checks your social media drafts against the council’s social media procedure before you post.
          Everything here stays on this computer.
        </p>
      </header>
      {data ? (
        <main>
          <SitesSection data={data} />
          <SnoozeSection until={data.snoozedUntil} />
          <ForumsSection data={data} onChange={reload} />
          <EffectiveConfig resolved={data.resolved} />
          <UserDocument stored={data.userDoc} managed={data.resolved.sources} />
        </main>
      ) : (
        <main>
          <p role="status">Loading your settings…</p>
        </main>
      )}
    </div>
  );
}
