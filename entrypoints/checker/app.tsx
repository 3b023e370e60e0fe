// The checker page: paste or type a draft, say where it is going, and see what Preflight finds,
// as you type. The engine runs here, in the page, with the configuration in effect in this
// browser (IT's settings over the user's over the default), so IT can try a configuration and
// staff can learn what the procedure asks.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EffectiveConfig } from '../../components/effective-config.ts';
import { exampleContext, FIELD_NAMES, SITE_NAMES } from '../../components/rule-examples.ts';
import type { Config } from '../../rules/config.ts';
import { check } from '../../rules/engine.ts';
import {
  FIELDS,
  MODES,
  SITES,
  type Field,
  type Mode,
  type Rule,
  type RuleExample,
  type Site,
} from '../../rules/types.ts';
import type { ShownFinding } from '../../utils/messages.ts';
import { showFindings } from '../../utils/shown.ts';
import { Results, statusText } from './results.tsx';

/** How long typing must pause before the draft is checked again. */
export const DEBOUNCE_MS = 150;

export interface Draft {
  text: string;
  mode: Mode;
  field: Field;
  site: Site;
}

export interface Checked extends Draft {
  language: string;
  findings: ShownFinding[];
}

/** Runs the engine over a draft and dresses its findings for showing. */
export function checkDraft(draft: Draft, config: Config, policyPage?: string): Checked {
  const result = check(
    draft.text,
    { mode: draft.mode, field: draft.field, site: draft.site },
    config,
    // The rule's name only: the draft never reaches a log.
    { onRuleError: (rule, error) => console.error(`Preflight: rule ${rule} failed`, String(error).slice(0, 200)) },
  );
  return { ...draft, language: result.language, findings: showFindings(result.findings, config.policyUrl, policyPage) };
}

const MODE_NAMES: Readonly<Record<Mode, string>> = {
  personal: 'My own account (personal)',
  official: 'The council’s account (official)',
};

/** The examples offered by "Try an example": every rule's flagged examples that need no special setting. */
export function examplesToTry(rules: readonly Rule[]): { rule: Rule; examples: RuleExample[] }[] {
  return rules
    .map((rule) => ({ rule, examples: rule.examples.filter((e) => e.flagged && !e.config) }))
    .filter((g) => g.examples.length > 0);
}

function shorten(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function ConfigNote({ effective }: { effective: EffectiveConfig }) {
  if (effective.loading) return <p class="config-note">Reading your settings…</p>;
  if (!effective.fromBackground) {
    return (
      <p class="config-note warning-note" role="note">
        <span aria-hidden="true">▲ </span>
        Preflight could not read the settings in effect in this browser, so this page checks with the bundled default
        settings. Results here may differ from what you see on a site.
      </p>
    );
  }
  const { config, issues } = effective.resolved;
  return (
    <p class="config-note">
      Checked with the settings in effect in this browser (set by IT, by you, or the defaults).
      {config.enforcement === 'block' && ' IT has set Preflight to stop posts that have a “Must fix” finding.'}
      {issues.length > 0 &&
        ` ${issues.length === 1 ? 'One setting was' : `${issues.length} settings were`} not accepted and ${
          issues.length === 1 ? 'is' : 'are'
        } ignored: see the options page.`}
    </p>
  );
}

export interface CheckerPageProps {
  effective: EffectiveConfig;
  rules: readonly Rule[];
  /** The bundled policy page's address (tests pass one; the extension's own is the default). */
  policyPage?: string;
}

export function CheckerPage({ effective, rules, policyPage }: CheckerPageProps) {
  const [draft, setDraft] = useState<Draft>({ text: '', mode: 'personal', field: 'post', site: 'other' });
  const [checked, setChecked] = useState<Checked | null>(null);
  const [example, setExample] = useState('');
  const config = effective.resolved.config;
  const groups = useMemo(() => examplesToTry(rules), [rules]);

  // Live as you type: the draft is checked once typing pauses; changing where it goes re-checks too.
  useEffect(() => {
    const timer = setTimeout(() => setChecked(checkDraft(draft, config, policyPage)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, config, policyPage]);

  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const tryExample = (value: string) => {
    setExample(value);
    const [g, e] = value.split(':').map(Number);
    const chosen = groups[g ?? -1]?.examples[e ?? -1];
    if (!chosen) return;
    setDraft({
      text: chosen.text,
      mode: chosen.mode ?? 'personal',
      field: chosen.field ?? 'post',
      site: chosen.site ?? 'other',
    });
  };

  return (
    <>
      <header class="page-header">
        <p class="brand">Preflight</p>
        <h1>Check a draft</h1>
        <p class="intro">
          Type or paste a post, comment or profile text to see what Preflight would flag under the council’s{' '}
          <a href="policy.html">social media procedure</a>. It is checked on this computer: nothing you type here is
          sent anywhere or saved.
        </p>
        <ConfigNote effective={effective} />
      </header>
      <main>
        <section class="draft-section" aria-labelledby="draft-heading">
          <h2 id="draft-heading">Your draft</h2>
          <div class="example-picker">
            <label for="example">Try an example</label>
            <select id="example" value={example} onChange={(e) => tryExample(e.currentTarget.value)}>
              <option value="">Choose an example that Preflight flags…</option>
              {groups.map((g, gi) => (
                <optgroup label={`${g.rule.title} (clause ${g.rule.clause})`} key={g.rule.id}>
                  {g.examples.map((ex, ei) => {
                    const where = exampleContext(ex);
                    return (
                      <option value={`${gi}:${ei}`} key={ex.text}>
                        {shorten(ex.text)}
                        {where ? ` (${where})` : ''}
                      </option>
                    );
                  })}
                </optgroup>
              ))}
            </select>
          </div>
          <label for="draft" class="draft-label">
            Draft
          </label>
          <textarea
            id="draft"
            rows={6}
            spellcheck
            placeholder="For example: Email me at sam.jones@leightonlinslade-tc.gov.uk about the allotments"
            value={draft.text}
            onInput={(e) => {
              update({ text: e.currentTarget.value });
              setExample('');
            }}
          />
          <div class="context">
            <fieldset class="modes">
              <legend>Posting as</legend>
              {MODES.map((m) => (
                <label key={m}>
                  <input
                    type="radio"
                    name="mode"
                    value={m}
                    checked={draft.mode === m}
                    onChange={() => update({ mode: m })}
                  />{' '}
                  {MODE_NAMES[m]}
                </label>
              ))}
            </fieldset>
            <div class="select-field">
              <label for="field">What you are writing</label>
              <select
                id="field"
                value={draft.field}
                onChange={(e) => update({ field: e.currentTarget.value as Field })}
              >
                {FIELDS.map((f) => (
                  <option value={f} key={f}>
                    {FIELD_NAMES[f].replace(/^an? /, '').replace(/^./, (c) => c.toUpperCase())}
                  </option>
                ))}
              </select>
            </div>
            <div class="select-field">
              <label for="site">Where</label>
              <select id="site" value={draft.site} onChange={(e) => update({ site: e.currentTarget.value as Site })}>
                {SITES.map((s) => (
                  <option value={s} key={s}>
                    {SITE_NAMES[s].replace(/^an? /, '').replace(/^./, (c) => c.toUpperCase())}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </section>
        <section class="results" aria-labelledby="results-heading">
          <h2 id="results-heading">What Preflight found</h2>
          <p class="summary" role="status">
            {checked ? statusText(checked.text, checked.findings) : statusText('', [])}
          </p>
          {checked && (
            <Results text={checked.text} language={checked.language} findings={checked.findings} rules={rules} />
          )}
        </section>
      </main>
    </>
  );
}
