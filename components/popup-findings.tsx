// The popup's findings, grouped by how serious they are: each with its rule, clause number, the
// words that matched, what to do instead, the procedure's own words and a link to the clause.
import type { Severity } from '../rules/types.ts';
import type { ShownFinding } from '../utils/messages.ts';
import { groupBySeverity, SEVERITY_ICON, SeverityLabel } from './findings.tsx';

const GROUP_HEADING: Readonly<Record<Severity, string>> = {
  error: 'Must fix before posting',
  warning: 'Check before posting',
  info: 'For your information',
};

export { groupBySeverity };

export interface PopupFindingsProps {
  findings: readonly ShownFinding[];
  /** Opens the clause (the popup opens it in a new tab rather than navigating itself). */
  onOpenClause: (href: string) => void;
}

export function PopupFindings({ findings, onOpenClause }: PopupFindingsProps) {
  return (
    <div class="popup-findings">
      {groupBySeverity(findings).map(([severity, list]) => (
        <section key={severity} aria-labelledby={`group-${severity}`}>
          <h2 id={`group-${severity}`} class={`group-heading ${severity}`}>
            <span aria-hidden="true">{SEVERITY_ICON[severity]} </span>
            {GROUP_HEADING[severity]} ({list.length})
          </h2>
          <ul class="findings">
            {list.map((f) => (
              <li class={`finding ${f.severity}`} key={`${f.rule}-${f.start}`}>
                <div class="finding-head">
                  <SeverityLabel severity={f.severity} />
                  <span class="clause">{f.clause}</span>
                  <strong class="title">{f.title}</strong>
                </div>
                <p class="excerpt">
                  <span class="label">Your words: </span>
                  <q>{f.excerpt}</q>
                </p>
                <p class="message">{f.message}</p>
                {f.suggestion && (
                  <p class="suggestion">
                    <span class="label">Instead: </span>
                    {f.suggestion}
                  </p>
                )}
                {f.clauseText && (
                  <figure class="clause-words">
                    <blockquote>{f.clauseText}</blockquote>
                    <figcaption>Social media procedure, clause {f.clause}</figcaption>
                  </figure>
                )}
                <a
                  class="clause-link"
                  href={f.href}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenClause(f.href);
                  }}
                >
                  Read clause {f.clause} in the procedure
                  <span class="visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
