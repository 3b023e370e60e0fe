// One finding as staff read it: how serious (an icon and a word, never colour alone), which
// clause, what matched, what to do, and the procedure's own words one click away. Shared by the
// Post gate, the badge's details, the popup and the checker page.
import type { Severity } from '../rules/types.ts';
import type { ShownFinding } from '../utils/messages.ts';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Must fix', warning: 'Check', info: 'Note' };
export const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: 'ℹ' };

/** Most serious first. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The findings by severity, most serious first; empty groups left out. */
export function groupBySeverity<T extends { severity: Severity }>(findings: readonly T[]): [Severity, T[]][] {
  return SEVERITY_ORDER.map((s): [Severity, T[]] => [s, findings.filter((f) => f.severity === s)]).filter(
    ([, list]) => list.length > 0,
  );
}

export function SeverityLabel({ severity }: { severity: Severity }) {
  return (
    <span class={`severity ${severity}`}>
      <span aria-hidden="true">{SEVERITY_ICON[severity]} </span>
      {SEVERITY_LABEL[severity]}
    </span>
  );
}

export interface FindingListProps {
  findings: readonly ShownFinding[];
  /** Show a link to the clause on the policy page (pages and popup; not inside a site's page). */
  links?: boolean;
  /**
   * Inside a site's page a link to an extension page cannot be followed: given this, the clause
   * link is a button that asks the extension to open it.
   */
  onOpenClause?: (href: string) => void;
}

export function FindingList({ findings, links = false, onOpenClause }: FindingListProps) {
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li class={`finding ${f.severity}`} key={`${f.rule}-${f.start}`}>
          <div class="finding-head">
            <SeverityLabel severity={f.severity} />
            <span class="clause" title={`Clause ${f.clause} of the social media procedure`}>
              {f.clause}
            </span>
            <strong class="title">{f.title}</strong>
          </div>
          <p class="excerpt">
            <q>{f.excerpt}</q>
          </p>
          <p class="message">{f.message}</p>
          {f.suggestion && <p class="suggestion">{f.suggestion}</p>}
          {f.clauseText && (
            <details>
              <summary>What clause {f.clause} says</summary>
              <blockquote>{f.clauseText}</blockquote>
              <p class="why">{f.explanation}</p>
            </details>
          )}
          {links && !onOpenClause && (
            <a class="clause-link" href={f.href} target="_blank" rel="noopener">
              Read clause {f.clause} in the procedure
            </a>
          )}
          {onOpenClause && (
            <button type="button" class="clause-link" onClick={() => onOpenClause(f.href)}>
              Read clause {f.clause} in the procedure
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function countText(n: number): string {
  return `${n} ${n === 1 ? 'finding' : 'findings'}`;
}
