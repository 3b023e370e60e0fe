// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupFindings, groupBySeverity } from '../../../components/popup-findings.tsx';
import type { ShownFinding } from '../../../utils/messages.ts';

const finding = (over: Partial<ShownFinding>): ShownFinding => ({
  rule: 'council-email',
  clause: '9.3',
  severity: 'error',
  start: 0,
  end: 5,
  excerpt: 'sam.jones@leightonlinslade-tc.gov.uk',
  message: 'This is a council email address.',
  suggestion: 'Use a personal email address.',
  title: 'Council email address in a personal post',
  clauseText: 'When making personal postings, employees should not divulge their Council email address.',
  explanation: 'Why.',
  href: 'chrome-extension://id/policy.html#clause-9.3',
  ...over,
});

describe('the popup’s findings', () => {
  const findings = [
    finding({ rule: 'views-disclaimer', severity: 'info', start: 9, title: 'Say your views are your own' }),
    finding({}),
    finding({ rule: 'grievance', severity: 'warning', start: 3, title: 'A complaint about work' }),
    finding({ rule: 'offensive-language', severity: 'error', start: 7, title: 'Offensive language', clause: '13' }),
  ];

  it('groups by severity, most serious first', () => {
    expect(groupBySeverity(findings).map(([s, list]) => [s, list.length])).toEqual([
      ['error', 2],
      ['warning', 1],
      ['info', 1],
    ]);
  });

  it('shows each finding’s rule, clause, words, suggestion and the clause’s own words; the link opens a tab', () => {
    const open = vi.fn();
    const root = document.createElement('div');
    render(h(PopupFindings, { findings, onOpenClause: open }), root);
    const headings = [...root.querySelectorAll('h2')].map((e) => e.textContent);
    expect(headings).toEqual([
      '✖ Must fix before posting (2)',
      '▲ Check before posting (1)',
      'ℹ For your information (1)',
    ]);
    const first = root.querySelector('li')!;
    expect(first.querySelector('.title')!.textContent).toBe('Council email address in a personal post');
    expect(first.querySelector('.clause')!.textContent).toBe('9.3');
    expect(first.querySelector('q')!.textContent).toBe('sam.jones@leightonlinslade-tc.gov.uk');
    expect(first.querySelector('.suggestion')!.textContent).toBe('Instead: Use a personal email address.');
    expect(first.querySelector('blockquote')!.textContent).toContain('should not divulge their Council email address');
    expect(first.querySelector('.severity')!.textContent).toContain('Must fix');
    const link = first.querySelector('a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(open).toHaveBeenCalledWith('chrome-extension://id/policy.html#clause-9.3');
    expect(click.defaultPrevented).toBe(true);
  });
});
