// utils/shown.ts: a finding dressed for showing reads the same on every surface: the rule's title,
// the procedure's own words for its clause or bullet, and a link to exactly that anchor.
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine.ts';
import { clauseWords } from '../../../rules/policy.ts';
import { policyHref, showFindings } from '../../../utils/shown.ts';

const PAGE = 'chrome-extension://abc/policy.html';
const DRAFT = 'Email me at sam.jones@leightonlinslade-tc.gov.uk about the allotments';

describe('showFindings', () => {
  it('adds the title, the clause’s words, the explanation and the bundled page’s anchor', () => {
    const [shown] = showFindings(check(DRAFT).findings, null, PAGE);
    expect(shown).toMatchObject({
      rule: 'council-email',
      clause: '9.3',
      severity: 'error',
      excerpt: 'sam.jones@leightonlinslade-tc.gov.uk',
      title: 'Council email address in a personal post',
      clauseText: clauseWords('9.3', 2),
      href: `${PAGE}#clause-9.3-2`,
    });
    expect(shown!.clauseText).toContain('Council email address');
    expect(shown!.explanation).toMatch(/personal capacity/);
  });

  it('links to IT’s copy of the procedure when policyUrl is set', () => {
    const [shown] = showFindings(check(DRAFT).findings, 'https://intranet.example.org/smp', PAGE);
    expect(shown!.href).toBe('https://intranet.example.org/smp#clause-9.3-2');
  });

  it('keeps every field of the engine’s finding', () => {
    const findings = check(`${DRAFT}. This bloody shit bus service is late again`).findings;
    const shown = showFindings(findings, null, PAGE);
    expect(shown).toHaveLength(findings.length);
    shown.forEach((s, i) => expect(s).toMatchObject(findings[i]!));
  });

  it('a clause without bullets links to the clause', () => {
    expect(policyHref(null, 'clause-13', PAGE)).toBe(`${PAGE}#clause-13`);
  });
});
