// The popup's one view: what Preflight found in this tab's draft (or why there is nothing to
// show), the personal/official switch for the site, and the way to start on a forum.
import { useEffect, useState } from 'preact/hooks';
import { countText } from '../../components/findings.tsx';
import { PopupFindings } from '../../components/popup-findings.tsx';
import {
  MODE_LABEL,
  clockTime,
  statusSentence,
  withHost,
  withoutHost,
  type PageStatus,
} from '../../components/site-status.ts';
import type { Mode } from '../../rules/types.ts';
import { MODES } from '../../rules/types.ts';
import { disabledSites, enabledSites, siteModes, snoozedUntil } from '../../utils/storage.ts';
import { ask } from '../../components/ask.ts';
import type { PopupData } from './data.ts';

/** The draft's findings are fetched again this often while the popup is open (memory only, cheap). */
const REFRESH_MS = 1000;

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en-GB'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function Popup({ initial }: { initial: PopupData }) {
  const [status, setStatus] = useState<PageStatus>(initial.status);
  const [findings, setFindings] = useState(initial.findings);
  const [mode, setMode] = useState<Mode>(initial.mode);
  const [modeChanged, setModeChanged] = useState(false);
  const [note, setNote] = useState('');
  const host = 'host' in status ? status.host : '';
  const tabId = initial.tabId;

  useEffect(() => {
    if (tabId === null) return;
    const timer = setInterval(() => {
      ask('tabFindings', { tabId })
        .then(setFindings)
        .catch(() => undefined);
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [tabId]);

  const openTab = (url: string) => {
    void browser.tabs.create({ url });
    // Closing is what a toolbar popup does after opening a tab; as a page (tests) it stays.
    if (tabId === null) window.close();
  };

  const chooseMode = async (next: Mode) => {
    setMode(next);
    setModeChanged(true);
    const modes = await siteModes.getValue();
    await siteModes.setValue({ ...modes, [host]: next });
  };

  // permissions.request must be the first thing the click does: the browser only asks while it
  // still counts as the user's click. The host is listed at once too, so a grant that closes the
  // popup still ends with the site checked.
  const checkThisSite = (already: boolean) => {
    const asking = already ? Promise.resolve(true) : browser.permissions.request({ origins: [`*://${host}/*`] });
    void (async () => {
      const listed = await enabledSites.getValue();
      const wasListed = listed.includes(host);
      await enabledSites.setValue(withHost(listed, host));
      const ok = await asking.catch(() => false);
      if (ok) {
        await ask('startForum', { host });
        setStatus({ kind: 'watching', host });
        setNote(`Preflight now checks drafts on ${host}.`);
      } else {
        if (!wasListed) await enabledSites.setValue(withoutHost(await enabledSites.getValue(), host));
        setNote(`Preflight was not allowed to read ${host}, so it is not checking it.`);
      }
    })();
  };

  const allow = () => {
    const asking = browser.permissions.request({ origins: [`*://${host}/*`] });
    void asking
      .catch(() => false)
      .then(async (ok) => {
        if (!ok) return setNote(`Preflight was not allowed to read ${host}, so it is not checking it.`);
        await ask('startForum', { host });
        setStatus({ kind: 'watching', host });
        setNote(`Preflight now checks drafts on ${host}.`);
      });
  };

  const switchOn = async () => {
    await disabledSites.setValue(withoutHost(await disabledSites.getValue(), host));
    setStatus({ kind: 'watching', host });
    setNote(`Preflight is checking ${host} again.`);
  };

  const resume = async () => {
    await snoozedUntil.setValue(0);
    setStatus({ kind: 'watching', host });
    setNote('Preflight is checking again.');
  };

  const shown = status.kind === 'watching' && findings && findings.reply.findings.length > 0 ? findings : null;
  const reply = shown?.reply;

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>Preflight</h1>
        {host && <p class="host">{host}</p>}
      </header>
      <main>
        {reply ? (
          <>
            <p class="summary" role="status">
              {countText(reply.findings.length)} in your draft
            </p>
            {reply.skippedEnglishOnly.length > 0 && (
              <p class="hint">
                This draft looks like {languageName(reply.language)}, so {reply.skippedEnglishOnly.length} checks that
                depend on English wording were skipped.
              </p>
            )}
            {reply.enforcement === 'block' && reply.findings.some((f) => f.severity === 'error') && (
              <p class="hint">Your IT team does not allow posting while a “Must fix” finding remains.</p>
            )}
            <PopupFindings findings={reply.findings} onOpenClause={openTab} />
          </>
        ) : (
          <div class="empty">
            <p role="status">{statusSentence(status)}</p>
            <StatusAction
              status={status}
              granted={initial.granted}
              onCheck={checkThisSite}
              onAllow={allow}
              onSwitchOn={() => void switchOn()}
              onResume={() => void resume()}
            />
          </div>
        )}
        {note && (
          <p class="note" role="status">
            {note}
          </p>
        )}
        {host && status.kind !== 'not-enabled' && (
          <fieldset class="mode">
            <legend>On {host} I am posting from</legend>
            {MODES.map((m) => (
              <label key={m}>
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => void chooseMode(m)} />
                {MODE_LABEL[m]}
              </label>
            ))}
            <p class="hint">
              {modeChanged
                ? 'Saved. Your draft has been checked again for this account.'
                : mode === 'official'
                  ? 'Official accounts get the stricter checks for council posts.'
                  : 'Personal accounts get the checks for staff posting as themselves.'}
            </p>
          </fieldset>
        )}
      </main>
      <footer class="popup-footer">
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
        {reply && <span class="checked-at">Checked at {clockTime(shown.at)}</span>}
      </footer>
    </div>
  );
}

interface StatusActionProps {
  status: PageStatus;
  granted: boolean;
  onCheck: (already: boolean) => void;
  onAllow: () => void;
  onSwitchOn: () => void;
  onResume: () => void;
}

function StatusAction({ status, granted, onCheck, onAllow, onSwitchOn, onResume }: StatusActionProps) {
  switch (status.kind) {
    case 'not-enabled':
      return (
        <>
          <button type="button" class="button" onClick={() => onCheck(granted)}>
            Check this site
          </button>
          <p class="hint">
            For forums and comment boxes.
            {!granted && ` Your browser will ask you to let Preflight read pages on ${status.host}.`}
          </p>
        </>
      );
    case 'needs-permission':
      return (
        <button type="button" class="button" onClick={onAllow}>
          Allow Preflight on {status.host}
        </button>
      );
    case 'off':
      return (
        <button type="button" class="button" onClick={onSwitchOn}>
          Switch back on
        </button>
      );
    case 'snoozed':
      return (
        <button type="button" class="button" onClick={onResume}>
          Resume checking
        </button>
      );
    case 'unknown':
      return <p class="hint">To check a forum or comment site, add it in Preflight’s settings.</p>;
    default:
      return null;
  }
}
