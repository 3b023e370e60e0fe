// @vitest-environment happy-dom
// The checker page: live results as you type (after a short pause), with the engine in the page;
// the bundled default when the background does not answer, said in words; findings grouped by
// severity; the language and the checks it leaves.
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { EffectiveConfig } from '../../../components/effective-config.ts';
import { CheckerPage, checkDraft, DEBOUNCE_MS, examplesToTry } from '../../../entrypoints/checker/app.tsx';
import { groupBySeverity, summaryText } from '../../../entrypoints/checker/results.tsx';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../../rules/config.ts';
import { RULES } from '../../../rules/index.ts';

const PAGE = 'chrome-extension://abc/policy.html';
const DRAFT = 'Email me at sam.jones@leightonlinslade-tc.gov.uk about the allotments';

function effective(fromBackground: boolean): EffectiveConfig {
  const resolved = { config: DEFAULT_CONFIG, issues: [], sources: {} } as unknown as ResolvedConfig;
  return { resolved, fromBackground, loading: false };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function draw(fromBackground = true): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(h(CheckerPage, { effective: effective(fromBackground), rules: RULES, policyPage: PAGE }), root);
  return root;
}

async function type(root: HTMLElement, text: string): Promise<void> {
  const box = root.querySelector('textarea')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await pause(DEBOUNCE_MS + 100);
}

describe('CheckerPage', () => {
  it('checks the draft once typing pauses and shows the finding, marked and linked', async () => {
    const root = draw();
    await type(root, DRAFT);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('1 finding: 1 must fix.');
    expect(root.querySelector('mark')!.textContent).toBe('sam.jones@leightonlinslade-tc.gov.uk');
    const finding = root.querySelector('li.finding')!;
    expect(finding.textContent).toContain('Council email address in a personal post');
    expect(finding.querySelector('a.clause-link')!.getAttribute('href')).toBe(`${PAGE}#clause-9.3-2`);
    expect(root.textContent).toContain('Language: English.');
  });

  it('says when it uses the bundled default because the background did not answer', () => {
    expect(draw(false).textContent).toContain('checks with the bundled default settings');
    expect(draw(true).textContent).not.toContain('bundled default');
  });

  it('labels every control', () => {
    const root = draw();
    for (const id of ['draft', 'field', 'site', 'example']) {
      expect(root.querySelector(`label[for="${id}"]`), id).not.toBeNull();
      expect(root.querySelector(`#${id}`), id).not.toBeNull();
    }
    expect(root.querySelector('fieldset legend')!.textContent).toBe('Posting as');
  });
});

describe('checkDraft and the result’s parts', () => {
  it('uses the context it is given', () => {
    const personal = checkDraft({ text: DRAFT, mode: 'personal', field: 'post', site: 'other' }, DEFAULT_CONFIG, PAGE);
    expect(personal.findings.map((f) => f.rule)).toEqual(['council-email']);
    const official = checkDraft({ text: DRAFT, mode: 'official', field: 'post', site: 'other' }, DEFAULT_CONFIG, PAGE);
    expect(official.findings.map((f) => f.rule)).not.toContain('council-email');
  });

  it('counts and groups by severity, most serious first', () => {
    const findings = [{ severity: 'info' as const }, { severity: 'error' as const }, { severity: 'info' as const }];
    expect(summaryText(findings)).toBe('3 findings: 1 must fix, 2 notes.');
    expect(summaryText([])).toMatch(/^No findings/);
    expect(groupBySeverity(findings).map(([s, list]) => [s, list.length])).toEqual([
      ['error', 1],
      ['info', 2],
    ]);
  });

  it('offers only flagged examples that need no special setting, and each is flagged as offered', () => {
    const groups = examplesToTry(RULES);
    expect(groups.length).toBeGreaterThan(10);
    for (const { rule, examples } of groups) {
      for (const e of examples) {
        expect(e.flagged && !e.config).toBe(true);
        const result = checkDraft(
          { text: e.text, mode: e.mode ?? 'personal', field: e.field ?? 'post', site: e.site ?? 'other' },
          DEFAULT_CONFIG,
          PAGE,
        );
        expect(
          result.findings.map((f) => f.rule),
          `${rule.id}: ${e.text}`,
        ).toContain(rule.id);
      }
    }
  });
});
