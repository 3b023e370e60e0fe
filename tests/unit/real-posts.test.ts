// The real-posts report (npm run corpus -- --real): its arithmetic and its behaviour without the data.
import { describe, expect, it, vi } from 'vitest';
import { binaryFigures, everydayAlarms, preflightTone, runReal } from '../../scripts/real-posts.ts';

describe('real posts report', () => {
  it('computes precision, recall and macro-F1 over both classes', () => {
    const posts = [1, 1, 1, 0, 0, 0, 0, 0].map((label, i) => ({ id: String(i), text: '', label }));
    const flagged = [true, true, false, true, false, false, false, false];
    const f = binaryFigures(posts, flagged);
    expect([f.tp, f.fp, f.fn, f.tn]).toEqual([2, 1, 1, 4]);
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBeCloseTo(2 / 3);
    // Negative class: precision 4/5, recall 4/5.
    expect(f.macroF1).toBeCloseTo((2 / 3 + 4 / 5) / 2);
  });

  it('counts a council-context warning on an everyday post as an alarm, and tone findings not', () => {
    const alarms = everydayAlarms([
      { id: 'a', text: 'Email me at sam.jones@leightonlinslade-tc.gov.uk' },
      { id: 'b', text: 'shit, missed the bus' },
    ]);
    expect(alarms.map((a) => [a.id, a.rule])).toEqual([['a', 'council-email']]);
  });

  it('flags for tone on any of the three tone rules', () => {
    const tone = preflightTone();
    expect(tone.flags('what a spineless weasel he is')).toBe(true);
    expect(tone.flags('lovely walk along the canal')).toBe(false);
  });

  it('skips with a message when the data is not beside the checkout', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(runReal(['--gate'], '/nonexistent/real-posts')).toBe(0);
    expect(log.mock.calls.flat().join(' ')).toMatch(/not here; skipped/);
    log.mockRestore();
  });
});
