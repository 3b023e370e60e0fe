// A finding as the extension's surfaces show it: the engine's finding plus the rule's title, the
// procedure's own words and where to read the clause. Shared by the background (which answers the
// content scripts and the popup) and the checker page (which runs the engine itself), so a finding
// reads the same everywhere.
import { RULES_BY_ID } from '../rules/index.ts';
import { clauseAnchor, clauseWords } from '../rules/policy.ts';
import type { Finding } from '../rules/types.ts';
import type { ShownFinding } from './messages.ts';

/** The bundled policy page, as an address: `chrome-extension://<id>/policy.html`. */
export function bundledPolicyPage(): string {
  return browser.runtime.getURL('/policy.html');
}

/**
 * Where a link to a clause goes: IT's copy of the procedure (`policyUrl`) when configured, else
 * the bundled policy page. `anchor` is the element id on the page (`clause-9.3-2`).
 */
export function policyHref(policyUrl: string | null, anchor: string, bundled: string = bundledPolicyPage()): string {
  return `${policyUrl ?? bundled}#${anchor}`;
}

/**
 * The engine's findings with what a page needs to show them. `bundled` is the policy page's
 * address (tests pass one; the extension's own is the default).
 */
export function showFindings(findings: readonly Finding[], policyUrl: string | null, bundled?: string): ShownFinding[] {
  let page = bundled;
  return findings.map((f) => {
    const rule = RULES_BY_ID.get(f.rule);
    // Every finding comes from a listed rule; the fallback only keeps a page standing if not.
    const clause = rule?.clause ?? f.clause;
    const bullet = rule?.bullet ?? null;
    page ??= bundledPolicyPage();
    return {
      ...f,
      title: rule?.title ?? f.rule,
      clauseText: clauseWords(clause, bullet),
      explanation: rule?.explanation ?? '',
      href: policyHref(policyUrl, clauseAnchor(clause, bullet), page),
    };
  });
}
