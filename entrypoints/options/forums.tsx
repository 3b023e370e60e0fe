// Forums and comment sites: the hosts IT and the user want checked, whether the browser lets
// Preflight read them, an Allow button for each that it does not, and the user's own list.
import { useState } from 'preact/hooks';
import { ask } from '../../components/ask.ts';
import { parseHost, withHost, withoutHost } from '../../components/site-status.ts';
import { enabledSites } from '../../utils/storage.ts';
import type { OptionsData } from './options.tsx';
import { SOURCE_LABEL } from './text.ts';

const pattern = (host: string) => `*://${host}/*`;

export function ForumsSection({ data, onChange }: { data: OptionsData; onChange: () => void }) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const [note, setNote] = useState('');
  const hosts = [...data.access.granted, ...data.access.missing].sort();
  const fromConfig = new Set(data.resolved.config.forums.map((h) => h.toLowerCase()));
  const configSource = SOURCE_LABEL[data.resolved.sources.forums];

  // The permission request comes first in each handler: the browser only asks during the click.
  const allow = (host: string) => {
    void browser.permissions
      .request({ origins: [pattern(host)] })
      .catch(() => false)
      .then(async (ok) => {
        setNote(ok ? `Preflight now checks ${host}.` : `Preflight was not allowed to read ${host}.`);
        if (ok) await ask('startForum', { host });
        onChange();
      });
  };

  const add = (event: Event) => {
    event.preventDefault();
    const host = parseHost(typed);
    if (!host) {
      setProblem(`“${typed.trim()}” is not a site address. Type a host name such as forum.example.org.`);
      return;
    }
    setProblem('');
    const asking = browser.permissions.request({ origins: [pattern(host)] }).catch(() => false);
    void (async () => {
      await enabledSites.setValue(withHost(await enabledSites.getValue(), host));
      setTyped('');
      const ok = await asking;
      if (ok) await ask('startForum', { host });
      setNote(
        ok
          ? `Added ${host}. Preflight now checks it.`
          : `Added ${host}, but Preflight may not read it until you allow it.`,
      );
      onChange();
    })();
  };

  const remove = async (host: string) => {
    await enabledSites.setValue(withoutHost(await enabledSites.getValue(), host));
    setNote(
      fromConfig.has(host)
        ? `Removed ${host} from your list; it stays on the list from ${configSource}.`
        : `Removed ${host}.`,
    );
  };

  return (
    <section aria-labelledby="forums-heading">
      <h2 id="forums-heading">Forums and comment sites</h2>
      <p class="hint">
        Facebook, X, LinkedIn and Wikipedia are checked without asking. Any other site is checked only once it is on
        this list and you have let Preflight read its pages.
      </p>
      {hosts.length ? (
        <table class="forums">
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Listed by</th>
              <th scope="col">Permission</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {hosts.map((host) => {
              const granted = data.access.granted.includes(host);
              const mine = data.enabled.includes(host);
              const by = [fromConfig.has(host) ? configSource : '', mine ? 'You' : ''].filter(Boolean).join(', ');
              return (
                <tr key={host}>
                  <th scope="row">{host}</th>
                  <td>{by}</td>
                  <td>
                    {granted ? (
                      <span class="granted">
                        <span aria-hidden="true">✔ </span>Allowed
                      </span>
                    ) : (
                      <span class="missing">
                        <span aria-hidden="true">▲ </span>Needs your permission
                      </span>
                    )}
                  </td>
                  <td class="actions">
                    {!granted && (
                      <button type="button" class="button" onClick={() => allow(host)} aria-label={`Allow ${host}`}>
                        Allow
                      </button>
                    )}
                    {mine && (
                      <button
                        type="button"
                        class="button secondary"
                        onClick={() => void remove(host)}
                        aria-label={`Remove ${host}`}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>No forums or comment sites yet.</p>
      )}
      <form class="add-forum" onSubmit={add} noValidate>
        <label for="forum-host">Add a forum or comment site</label>
        <div class="row">
          <input
            id="forum-host"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="forum.example.org"
            value={typed}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'forum-host-problem' : undefined}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            Add
          </button>
        </div>
        {problem && (
          <p id="forum-host-problem" class="problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      {note && (
        <p class="note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
