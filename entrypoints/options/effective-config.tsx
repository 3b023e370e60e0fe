// The configuration in effect: every setting, its value, and whether IT, the user or the default
// set it; then any value that was ignored, in words, grouped by who wrote it.
import type { ConfigIssue, FieldPath, ResolvedConfig } from '../../rules/config.ts';
import { FIELD_LABEL, ISSUE_GROUP, SOURCE_LABEL, valueText } from './text.ts';

function fieldValue(resolved: ResolvedConfig, path: FieldPath): unknown {
  const [a, b] = path.split('.') as [string, string | undefined];
  const top = (resolved.config as unknown as Record<string, unknown>)[a];
  return b ? (top as Record<string, unknown>)[b] : top;
}

export function groupIssues(issues: readonly ConfigIssue[]): Array<[string, ConfigIssue[]]> {
  const groups = new Map<string, ConfigIssue[]>();
  for (const issue of issues) {
    const heading = ISSUE_GROUP[issue.source];
    groups.set(heading, [...(groups.get(heading) ?? []), issue]);
  }
  return [...groups];
}

export function EffectiveConfig({ resolved }: { resolved: ResolvedConfig }) {
  const paths = Object.keys(resolved.sources) as FieldPath[];
  const groups = groupIssues(resolved.issues);
  return (
    <>
      <section aria-labelledby="config-heading">
        <h2 id="config-heading">Settings in effect</h2>
        <p class="hint">
          Settings from your IT team come first, then your own, then Preflight’s defaults for Leighton-Linslade Town
          Council.
        </p>
        <table class="config">
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Value</th>
              <th scope="col">Comes from</th>
            </tr>
          </thead>
          <tbody>
            {paths.map((path) => (
              <tr key={path} data-setting={path}>
                <th scope="row">
                  {FIELD_LABEL[path]}
                  <code class="path">{path}</code>
                </th>
                <td class="value">{valueText(path, fieldValue(resolved, path))}</td>
                <td class={`source ${resolved.sources[path]}`}>{SOURCE_LABEL[resolved.sources[path]]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">Problems with the settings</h2>
        {groups.length ? (
          <>
            <p>These values were ignored; everything else applies.</p>
            {groups.map(([heading, issues]) => (
              <div class="issues" key={heading}>
                <h3>{heading}</h3>
                <ul>
                  {issues.map((issue, i) => (
                    <li key={i}>{issue.message}</li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        ) : (
          <p>
            <span aria-hidden="true">✔ </span>No problems: every setting was accepted.
          </p>
        )}
      </section>
    </>
  );
}
