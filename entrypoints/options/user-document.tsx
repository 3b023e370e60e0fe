// The user's own configuration document: typed as JSON, checked before it is saved. A document
// with a problem is not saved, and what the user typed stays in the box.
import { useState } from 'preact/hooks';
import { ask } from '../../components/ask.ts';
import type { ConfigSource, FieldPath } from '../../rules/config.ts';
import { userConfig } from '../../utils/storage.ts';
import { documentText, parseDocument } from './text.ts';

const EXAMPLE = `{
  "colleagues": ["Tom Reed", "Priya Shah"],
  "organisations": [{ "name": "Greenway Grounds Ltd", "approved": false }],
  "lexicon": { "derogatory": ["numpties"] }
}`;

type Outcome = { kind: 'saved'; text: string } | { kind: 'problems'; problems: string[] } | null;

export function UserDocument({ stored, managed }: { stored: unknown; managed: Record<FieldPath, ConfigSource> }) {
  // Filled once from storage: later reloads of the page's data never overwrite what is being typed.
  const [text, setText] = useState(() => documentText(stored));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [saving, setSaving] = useState(false);
  const itSets = Object.values(managed).some((s) => s === 'managed');

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    try {
      const parsed = parseDocument(text);
      if (!parsed.ok) return setOutcome({ kind: 'problems', problems: [parsed.problem] });
      const issues = await ask('validateConfig', { doc: parsed.value });
      // Nothing is saved, so the validator's "it was ignored" would mislead here.
      const problems = issues.map((i) => i.message.replace(/; (it|that entry) was ignored\.$/, '.'));
      if (problems.length) return setOutcome({ kind: 'problems', problems });
      await userConfig.setValue(parsed.value);
      setOutcome({
        kind: 'saved',
        text:
          parsed.value === null ? 'Saved: you have no settings of your own now.' : 'Saved. Your settings apply now.',
      });
    } finally {
      setSaving(false);
    }
  };

  const problems = outcome?.kind === 'problems' ? outcome.problems : [];
  return (
    <section aria-labelledby="document-heading">
      <h2 id="document-heading">Your own settings</h2>
      <p class="hint">
        One JSON document, in the same form your IT team uses. Leave it empty to use only your IT team’s settings and
        Preflight’s defaults.
        {itSets && ' Where your IT team has set something, theirs is used instead of yours.'}
      </p>
      <details class="example">
        <summary>Show an example</summary>
        <pre>{EXAMPLE}</pre>
      </details>
      <form onSubmit={(e) => void save(e)}>
        <label for="user-document">Your settings document (JSON)</label>
        <textarea
          id="user-document"
          rows={12}
          spellcheck={false}
          value={text}
          aria-invalid={problems.length ? 'true' : undefined}
          aria-describedby={problems.length ? 'document-problems' : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (outcome?.kind === 'saved') setOutcome(null);
          }}
        />
        <div class="row">
          <button type="submit" class="button" disabled={saving}>
            Save
          </button>
        </div>
      </form>
      {outcome?.kind === 'saved' && (
        <p class="note" role="status">
          <span aria-hidden="true">✔ </span>
          {outcome.text}
        </p>
      )}
      {problems.length > 0 && (
        <div id="document-problems" class="problems" role="alert">
          <p>
            <strong>Not saved.</strong> {problems.length === 1 ? 'One thing needs' : `${problems.length} things need`}{' '}
            changing first:
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
