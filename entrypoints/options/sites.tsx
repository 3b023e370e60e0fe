// Per-site switches (on/off, personal or official account) and the snooze for every site.
import { useEffect, useState } from 'preact/hooks';
import { MODE_LABEL, clockTime, withHost, withoutHost } from '../../components/site-status.ts';
import { MODES, type Mode } from '../../rules/types.ts';
import { disabledSites, siteModes, snoozedUntil } from '../../utils/storage.ts';
import type { OptionsData } from './options.tsx';

/** The sites Preflight checks by itself, by the host name the browser shows for them. */
const BUILT_IN_SITES = ['x.com', 'www.facebook.com', 'www.linkedin.com', 'en.wikipedia.org'];

const HOUR = 60 * 60 * 1000;

export function siteList(data: OptionsData): string[] {
  const forums = [...data.access.granted, ...data.access.missing].filter((h) => !h.startsWith('*.'));
  const hosts = [...BUILT_IN_SITES, ...forums, ...Object.keys(data.modes), ...data.disabled];
  return [...new Set(hosts.map((h) => h.toLowerCase()))];
}

export function SitesSection({ data }: { data: OptionsData }) {
  const setOn = async (host: string, on: boolean) => {
    const list = await disabledSites.getValue();
    await disabledSites.setValue(on ? withoutHost(list, host) : withHost(list, host));
  };
  const setMode = async (host: string, mode: Mode) => {
    const modes = await siteModes.getValue();
    await siteModes.setValue({ ...modes, [host]: mode });
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="hint">
        Switch Preflight off for a site, or say which account you post from there. The council’s official account gets
        stricter checks on personal data and politics; your own account gets the checks for staff posting as themselves.
      </p>
      <table class="sites">
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Checking</th>
            <th scope="col">I post from</th>
          </tr>
        </thead>
        <tbody>
          {siteList(data).map((host) => {
            const on = !data.disabled.includes(host);
            return (
              <tr key={host}>
                <th scope="row">{host}</th>
                <td>
                  <label class="switch">
                    <input
                      type="checkbox"
                      checked={on}
                      aria-label={`Check drafts on ${host}`}
                      onChange={(e) => void setOn(host, e.currentTarget.checked)}
                    />
                    <span aria-hidden="true">{on ? 'On' : 'Off'}</span>
                  </label>
                </td>
                <td>
                  <select
                    aria-label={`Account I post from on ${host}`}
                    value={data.modes[host] ?? 'personal'}
                    onChange={(e) => void setMode(host, e.currentTarget.value as Mode)}
                  >
                    {MODES.map((m) => (
                      <option key={m} value={m}>
                        {MODE_LABEL[m]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="hint">A change of account re-checks any draft open on that site straight away.</p>
    </section>
  );
}

export function SnoozeSection({ until }: { until: number }) {
  const [now, setNow] = useState(Date.now());
  // Show "snoozed" only while it lasts: wake when it runs out.
  useEffect(() => {
    setNow(Date.now());
    if (until <= Date.now()) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(until - Date.now() + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [until]);
  const snoozed = until > now;
  return (
    <section aria-labelledby="snooze-heading">
      <h2 id="snooze-heading">Snooze</h2>
      {snoozed ? (
        <div class="row">
          <p role="status" class="snoozed">
            Snoozed until {clockTime(until)}
          </p>
          <button type="button" class="button" onClick={() => void snoozedUntil.setValue(0)}>
            Resume checking
          </button>
        </div>
      ) : (
        <div class="row">
          <button type="button" class="button secondary" onClick={() => void snoozedUntil.setValue(Date.now() + HOUR)}>
            Snooze for an hour
          </button>
          <p class="hint">Preflight stops checking on every site for one hour, then starts again by itself.</p>
        </div>
      )}
    </section>
  );
}
