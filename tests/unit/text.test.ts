import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../rules/draft.ts';
import { compileTerms, findAll, normalise } from '../../rules/detectors/text.ts';

describe('normalise', () => {
  it('leaves plain ASCII alone', () => {
    const n = normalise('Cllr Bates is a clown');
    expect(n.text).toBe('Cllr Bates is a clown');
    expect(n.toOriginal({ start: 5, end: 10 })).toEqual({ start: 5, end: 10 });
  });

  it('removes zero-width characters and maps matches back to the original', () => {
    const original = 'what a sh\u200Bam\u200Dbles';
    const n = normalise(original);
    expect(n.text).toBe('what a shambles');
    const span = n.toOriginal({ start: 7, end: 15 });
    expect(original.slice(span.start, span.end)).toBe('sh\u200Bam\u200Dbles');
  });

  it('drops Latin accents and combining marks, keeps emoji offsets right', () => {
    const original = '🙄 Cllr Bätes is a cl\u0301own 🤡';
    const n = normalise(original);
    expect(n.text).toBe('🙄 Cllr Bates is a clown 🤡');
    const at = n.text.indexOf('clown');
    const span = n.toOriginal({ start: at, end: at + 5 });
    expect(original.slice(span.start, span.end)).toBe('cl\u0301own');
  });

  it('makes curly quotes, dashes and odd spaces plain', () => {
    expect(normalise('can’t\u00A0stand it — honestly').text).toBe("can't stand it - honestly");
  });

  it('copes with right-to-left text and lone surrogates', () => {
    expect(() => normalise('مرحبا \u202Eabc\u202C \uD800 end')).not.toThrow();
    expect(normalise('\u202Eabc').text).toBe('abc');
  });
});

describe('compileTerms', () => {
  it('matches whole words only, any case, with flexible spaces and hyphens', () => {
    const re = compileTerms(['waste of space', 'not fit for purpose', 'jobsworth']);
    expect(
      findAll(re, 'A total WASTE  OF-SPACE, jobsworths everywhere, not-fit-for-purpose').map((m) => m.text),
    ).toEqual(['WASTE  OF-SPACE', 'not-fit-for-purpose']);
  });
  it('supports a trailing * for word endings and does not match inside words', () => {
    const re = compileTerms(['incompeten*', 'ass']);
    expect(findAll(re, 'Incompetence! Such incompetent people. Classy bass assessment').map((m) => m.text)).toEqual([
      'Incompetence',
      'incompetent',
    ]);
  });
  it('is linear on a pathological input', () => {
    const re = compileTerms(['a a a a b', 'a-a-a-a-c']);
    const input = 'a '.repeat(200_000);
    const t = performance.now();
    findAll(re, input);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends and line breaks but not on Cllr. or St.', () => {
    const s = splitSentences('Spoke to Cllr. Bates today. He was great!\nSee you at St. Mary’s? Yes');
    expect(s.map((x) => x.text)).toEqual([
      'Spoke to Cllr. Bates today.',
      'He was great!',
      'See you at St. Mary’s?',
      'Yes',
    ]);
  });
});
