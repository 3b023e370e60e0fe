// Runs the rule engine for every tab. Checking here, off the page's main thread, is why typing
// never waits on Preflight: a content script only posts the draft and paints the reply.
import { check } from '../../rules/engine.ts';
import { resolveConfig, type Config, type ResolvedConfig } from '../../rules/config.ts';
import { RULES } from '../../rules/index.ts';
import { readsAsEnglish } from '../../rules/language.ts';
import type { Field, Mode, Site } from '../../rules/types.ts';
import type { CheckReply } from '../../utils/messages.ts';
import { showFindings } from '../../utils/shown.ts';
import { managedCache, managedConfig, siteModes, userConfig } from '../../utils/storage.ts';

let resolved: Promise<ResolvedConfig> | null = null;

/**
 * How long a read of IT's settings may hold up the configuration. With a managed schema, Chromium
 * answers `storage.managed` only once its policy service has loaded the extensions' policy: a few
 * seconds after the browser starts (3-5 s measured, Chromium 156, with or without a policy).
 */
const MANAGED_WAIT_MS = 1_000;
/** IT's settings as last read: used meanwhile when a read outlasts MANAGED_WAIT_MS. */
let lastManaged: unknown = null;
let lateManagedListener: (() => void) | null = null;

/** Called when IT's settings answered late and differ from what was used meanwhile (resolve again). */
export function onLateManaged(listener: () => void): void {
  lateManagedListener = listener;
}

async function managedWithin(ms: number): Promise<unknown> {
  const read = managedConfig().then((value) => {
    lastManaged = value;
    void managedCache.setValue(value);
    return value;
  });
  const late = Symbol('late');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const first = await Promise.race([read, new Promise((done) => (timer = setTimeout(() => done(late), ms)))]);
  clearTimeout(timer);
  if (first !== late) return first;
  // Meanwhile: what was read last, in this worker or (after a browser start) in the last session.
  const meanwhile = lastManaged ?? (await managedCache.getValue());
  void read.then((value) => {
    if (JSON.stringify(value) !== JSON.stringify(meanwhile)) {
      configChanged();
      lateManagedListener?.();
    }
  });
  return meanwhile;
}

/** The effective configuration: IT-managed over the user's over the bundled default. */
export function currentConfig(): Promise<ResolvedConfig> {
  resolved ??= (async () => {
    const [managed, user] = await Promise.all([managedWithin(MANAGED_WAIT_MS), userConfig.getValue()]);
    return resolveConfig([
      { source: 'managed', value: managed },
      { source: 'user', value: user },
    ]);
  })();
  return resolved;
}

/** Forget the cached configuration (storage changed), and every reply computed under it. */
export function configChanged(): void {
  resolved = null;
  recent.clear();
}

// The last few replies, by everything that decides them: undo, redo and a gate that re-asks
// about text just checked cost nothing. Memory only, and small.
const RECENT_MAX = 32;
const recent = new Map<string, CheckReply>();

export async function modeFor(host: string): Promise<Mode> {
  const modes = await siteModes.getValue();
  return modes[host] ?? 'personal';
}

export async function checkDraft(text: string, field: Field, site: Site, host: string): Promise<CheckReply> {
  const [{ config }, mode] = await Promise.all([currentConfig(), modeFor(host)]);
  const key = `${mode}\u0000${field}\u0000${site}\u0000${text}`;
  const known = recent.get(key);
  if (known) return known;
  const reply = runCheck(text, field, site, mode, config);
  recent.set(key, reply);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return reply;
}

function runCheck(text: string, field: Field, site: Site, mode: Mode, config: Config): CheckReply {
  const result = check(text, { mode, field, site }, config, {
    // The rule's name only: the draft is personal data and never reaches a log.
    onRuleError: (rule, error) => console.error(`Preflight: rule ${rule} failed`, String(error).slice(0, 200)),
  });
  const findings = showFindings(result.findings, config.policyUrl);
  const english = readsAsEnglish(result.language);
  return {
    language: result.language,
    findings,
    mode,
    enforcement: config.enforcement,
    skippedEnglishOnly: english ? [] : RULES.filter((r) => r.englishOnly).map((r) => r.id),
  };
}
