// @vitest-environment happy-dom
// The policy page, drawn from the bundled procedure: every section, clause and bullet has its
// data's anchor as its id; the anchor a link names is marked; every rule's help sits under the
// clause it enforces; IT's own copy is named when configured.
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { EffectiveConfig } from '../../../components/effective-config.ts';
import { anchorFromHash, placeName, PolicyPage, rulesByAnchor } from '../../../entrypoints/policy/app.tsx';
import { DEFAULT_CONFIG, type ResolvedConfig } from '../../../rules/config.ts';
import { RULES } from '../../../rules/index.ts';
import { clauseAnchor, findBullet, findClause, procedure, type PolicyBullet } from '../../../rules/policy.ts';

function effective(policyUrl: string | null = null): EffectiveConfig {
  const resolved = { config: { ...DEFAULT_CONFIG, policyUrl }, issues: [], sources: {} } as unknown as ResolvedConfig;
  return { resolved, fromBackground: true, loading: false };
}

function draw(target = '', policyUrl: string | null = null): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(h(PolicyPage, { procedure, rules: RULES, effective: effective(policyUrl), target }), root);
  return root;
}

function anchors(): string[] {
  const bullets = (list: readonly PolicyBullet[]): string[] =>
    list.flatMap((b) => [b.anchor, ...bullets(b.bullets ?? [])]);
  return procedure.sections.flatMap((s) => [s.anchor, ...s.clauses.flatMap((c) => [c.anchor, ...bullets(c.bullets)])]);
}

describe('PolicyPage', () => {
  it('gives every section, clause and bullet its anchor as its id, once', () => {
    const root = draw();
    for (const anchor of anchors()) expect(root.querySelectorAll(`[id="${anchor}"]`), anchor).toHaveLength(1);
    expect(root.querySelector('[id="clause-9.3-2"]')!.textContent).toContain('Council email address');
    expect(root.querySelectorAll('.is-target')).toHaveLength(0);
    expect(root.textContent).not.toContain('You were sent here');
  });

  it('marks the anchor it was sent to and opens what Preflight flags there', () => {
    const root = draw('clause-9.3-2');
    const target = root.querySelector('[id="clause-9.3-2"]')!;
    expect(target.classList.contains('is-target')).toBe(true);
    expect(target.querySelector('.sent-here')!.textContent).toContain('You were sent here: clause 9.3, point 2');
    expect(root.querySelectorAll('.sent-here')).toHaveLength(1);
    expect(target.querySelector('details.flags')!.hasAttribute('open')).toBe(true);
    expect(root.querySelector('[id="clause-9.3-3"] details.flags')!.hasAttribute('open')).toBe(false);
  });

  it('puts every rule’s help under the clause or bullet it enforces, with examples both ways', () => {
    const root = draw();
    for (const rule of RULES) {
      const help = root.querySelector(`[id="${clauseAnchor(rule.clause, rule.bullet)}"] > details.flags`);
      expect(help, rule.id).not.toBeNull();
      expect(help!.textContent).toContain(rule.title);
    }
    const email = root.querySelector('[id="clause-9.3-2"] > details.flags')!;
    expect(email.querySelectorAll('li.flagged').length).toBeGreaterThan(0);
    expect(email.querySelectorAll('li.passes').length).toBeGreaterThan(0);
    expect(email.textContent).toContain('Personal accounts: ✖ Must fix');
    expect(email.textContent).toContain('The council’s own accounts: not checked');
  });

  it('names IT’s own copy when policyUrl is set, and only then', () => {
    expect(draw().querySelector('.council-copy')).toBeNull();
    const root = draw('', 'https://intranet.example.org/smp');
    const note = root.querySelector('.council-copy')!;
    expect(note.textContent).toContain('Your council’s own copy of the procedure is at');
    expect(note.querySelector('a')!.getAttribute('href')).toBe('https://intranet.example.org/smp');
  });

  it('has one h1, a contents navigation and a main landmark', () => {
    const root = draw();
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('nav[aria-label="Contents"]')).not.toBeNull();
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelectorAll('main section h2')).toHaveLength(procedure.sections.length);
  });
});

describe('rulesByAnchor and anchorFromHash', () => {
  it('finds every rule an anchor that exists in the procedure', () => {
    const all = new Set(anchors());
    for (const anchor of rulesByAnchor(RULES).keys()) expect(all.has(anchor), anchor).toBe(true);
  });

  it('names a place as a reader would', () => {
    expect(placeName(findClause('9.3')!)).toBe('clause 9.3');
    expect(placeName(findClause('9.3')!, findBullet('9.3', 2))).toBe('clause 9.3, point 2');
    expect(placeName(findClause('13')!, findBullet('13', 7))).toBe('clause 13, point 7');
    expect(placeName(findClause('Appendix 2')!, findBullet('Appendix 2', 8))).toBe('Appendix 2, item 8');
    const nested = findBullet('Appendix 2', 7)!.bullets![0]!;
    expect(placeName(findClause('Appendix 2')!, nested)).toBe('Appendix 2, item 7, point 1');
  });

  it('reads the hash as the anchor', () => {
    expect(anchorFromHash('#clause-9.3-2')).toBe('clause-9.3-2');
    expect(anchorFromHash('#clause-appendix-2-8')).toBe('clause-appendix-2-8');
    expect(anchorFromHash('')).toBe('');
    expect(anchorFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
  });
});
