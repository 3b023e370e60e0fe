// @vitest-environment happy-dom
// The draft mirror on the checker page: each finding's words in a <mark>, overlapping findings
// marked once, the severity as an icon and a word, and the draft never parsed as markup.
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { markSegments, MarkedText } from '../../../components/marked-text.tsx';

describe('markSegments', () => {
  it('cuts the text at each finding', () => {
    const segments = markSegments('Email me at sam@x.gov.uk today', [{ start: 12, end: 24, severity: 'error' }]);
    expect(segments.map((s) => [s.text, s.severity, s.starts])).toEqual([
      ['Email me at ', null, null],
      ['sam@x.gov.uk', 'error', 'error'],
      [' today', null, null],
    ]);
  });

  it('marks overlapping findings once, with the more serious severity where they overlap', () => {
    const segments = markSegments('abcdefghij', [
      { start: 2, end: 6, severity: 'warning' },
      { start: 4, end: 8, severity: 'error' },
    ]);
    expect(segments.map((s) => [s.text, s.severity, s.starts])).toEqual([
      ['ab', null, null],
      ['cd', 'warning', 'warning'],
      ['ef', 'error', 'error'],
      ['gh', 'error', null],
      ['ij', null, null],
    ]);
  });

  it('ignores spans outside the text (a stale finding never throws)', () => {
    expect(markSegments('short', [{ start: 10, end: 20, severity: 'info' }])).toEqual([
      { start: 0, end: 5, text: 'short', severity: null, starts: null, titles: [] },
    ]);
    expect(markSegments('', [])).toEqual([]);
  });
});

describe('MarkedText', () => {
  it('renders marks with the severity as a word, and the draft as text', () => {
    const root = document.createElement('div');
    const text = '<b>hi</b> sam@x.gov.uk';
    render(
      h(MarkedText, {
        text,
        findings: [{ start: 10, end: 22, severity: 'error', title: 'Council email' }],
        label: 'Draft',
      }),
      root,
    );
    expect(root.querySelector('b')).toBeNull();
    const mark = root.querySelector('mark')!;
    expect(mark.textContent).toBe('sam@x.gov.uk');
    expect(mark.getAttribute('data-severity')).toBe('error');
    expect(mark.getAttribute('title')).toBe('Council email');
    expect(root.querySelector('.mark-tag')!.textContent).toContain('Must fix');
    expect(root.textContent).toContain('<b>hi</b>');
    expect(root.firstElementChild!.getAttribute('aria-label')).toBe('Draft');
  });
});
