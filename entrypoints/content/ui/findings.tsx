// One finding as staff read it: how serious, which clause, what matched, what to do, and the
// procedure's own words one click away. Shared by the Post gate and the badge's details.
import type { ShownFinding } from '../../../utils/messages.ts';

const SEVERITY_LABEL = { error: 'Must fix', warning: 'Check', info: 'Note' } as const;

export function FindingList({ findings }: { findings: readonly ShownFinding[] }) {
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li class={`finding ${f.severity}`} key={`${f.rule}-${f.start}`}>
          <div class="finding-head">
            <span class={`severity ${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
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
        </li>
      ))}
    </ul>
  );
}

export function countText(n: number): string {
  return `${n} ${n === 1 ? 'finding' : 'findings'}`;
}
