// What the checker found in a draft: a count, the language and which checks it allowed, the
// draft with the findings' words marked, and the findings grouped by how serious they are.
import { countText, FindingList, groupBySeverity, SEVERITY_ORDER, SeverityLabel } from '../../components/findings.tsx';
import { languageName } from '../../components/language-names.ts';
import { MarkedText } from '../../components/marked-text.tsx';
import { readsAsEnglish } from '../../rules/language.ts';
import type { Rule, Severity } from '../../rules/types.ts';
import type { ShownFinding } from '../../utils/messages.ts';

const COUNTED: Readonly<Record<Severity, (n: number) => string>> = {
  error: (n) => `${n} must fix`,
  warning: (n) => `${n} to check`,
  info: (n) => `${n} ${n === 1 ? 'note' : 'notes'}`,
};

/** "3 findings: 1 must fix, 2 to check." */
export function summaryText(findings: readonly Pick<ShownFinding, 'severity'>[]): string {
  if (findings.length === 0) return 'No findings: nothing in this draft matches Preflight’s checks.';
  const parts = SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => COUNTED[s](n));
  return `${countText(findings.length)}: ${parts.join(', ')}.`;
}

export { groupBySeverity };

export function LanguageNote({ language, rules }: { language: string; rules: readonly Rule[] }) {
  if (readsAsEnglish(language)) {
    return (
      <p class="language">
        Language: {language === 'und' ? 'too short to tell, so checked as English' : languageName(language)}.
      </p>
    );
  }
  const still = rules.filter((r) => !r.englishOnly);
  const skipped = rules.filter((r) => r.englishOnly);
  return (
    <div class="language not-english">
      <p>
        Language: <strong>{languageName(language)}</strong>. Checks that depend on English wording were skipped; the
        checks that look for patterns still apply.
      </p>
      <details>
        <summary>Which checks still apply</summary>
        <p>Still checked:</p>
        <ul>
          {still.map((r) => (
            <li key={r.id}>{r.title}</li>
          ))}
        </ul>
        <p>Skipped (English only):</p>
        <ul>
          {skipped.map((r) => (
            <li key={r.id}>{r.title}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

export interface ResultsProps {
  text: string;
  language: string;
  findings: readonly ShownFinding[];
  rules: readonly Rule[];
}

/** What the status line says about a checked draft (one live region, so screen readers hear each change). */
export function statusText(text: string, findings: readonly Pick<ShownFinding, 'severity'>[]): string {
  return text.trim() === '' ? 'Type or paste a draft above to check it.' : summaryText(findings);
}

export function Results({ text, language, findings, rules }: ResultsProps) {
  if (text.trim() === '') return null;
  return (
    <>
      <LanguageNote language={language} rules={rules} />
      {findings.length > 0 && (
        <>
          <h3>Where in your draft</h3>
          <MarkedText text={text} findings={findings} label="Your draft, with the findings marked" />
          {groupBySeverity(findings).map(([severity, list]) => (
            <section class={`group ${severity}`} key={severity} aria-labelledby={`group-${severity}`}>
              <h3 id={`group-${severity}`}>
                <SeverityLabel severity={severity} /> <span class="group-count">{countText(list.length)}</span>
              </h3>
              <FindingList findings={list} links />
            </section>
          ))}
        </>
      )}
    </>
  );
}
