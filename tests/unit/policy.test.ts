// The procedure as bundled data: generated faithfully from the council's text, with the anchors
// the policy page links to, and every rule's clause reference resolving to the council's words.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';
import {
  clauseAnchor,
  clauseWords,
  findBullet,
  findClause,
  findSection,
  procedure,
  type PolicyBullet,
} from '../../rules/policy.ts';
import { OUTPUT_PATH, parseProcedure, procedureJson, SOURCE_PATH } from '../../scripts/build-policy.ts';

const source = existsSync(SOURCE_PATH) ? readFileSync(SOURCE_PATH, 'utf8') : null;
if (source === null) {
  console.warn(`policy.test.ts: ${SOURCE_PATH} not found; skipping the tests that re-parse the procedure.`);
}

/** Every word of the data, in document order (numbers as printed are not words). */
function dataWords(): string[] {
  const words: string[] = [];
  const add = (text: string | null | undefined) => {
    if (text) words.push(...text.split(/\s+/).filter(Boolean));
  };
  const addBullet = (b: PolicyBullet) => {
    add(b.heading);
    add(b.text);
    b.bullets?.forEach(addBullet);
  };
  for (const section of procedure.sections) {
    add(section.title);
    for (const clause of section.clauses) {
      add(clause.text);
      clause.bullets.forEach(addBullet);
      add(clause.after);
    }
  }
  return words;
}

/** Every word of the source text, less numbering, appendix labels and the PDF's link debris. */
function sourceWords(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !/^https?:\/\/\S+$/.test(line) && !/^Appendix \d+\s*$/.test(line))
    .map((line) => line.replace(/^\s?\d+(\.\d+)?\.?\s+/, ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
}

describe.skipIf(source === null)('rules/policy/procedure.json against the source text', () => {
  it('is what npm run build:policy makes of the source today', () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(procedureJson(parseProcedure(source!)));
  });

  it('keeps every word of the procedure, in order, and adds none', () => {
    expect(dataWords()).toEqual(sourceWords(source!));
  });
});

describe('the procedure data', () => {
  it('names the document and the council', () => {
    expect(procedure).toMatchObject({
      title: 'Social Media Procedure',
      organisation: 'Leighton Linslade Town Council',
      source: 'social-media-procedure.txt',
    });
  });

  it('has sections 1 to 14 and the two appendices, in order', () => {
    expect(procedure.sections.map((s) => s.id)).toEqual([
      ...Array.from({ length: 14 }, (_, i) => String(i + 1)),
      'Appendix 1',
      'Appendix 2',
    ]);
    expect(findSection('9.3')?.title).toBe('Personal Use of Social Media');
    expect(findSection('10.1')?.title).toBe(
      'Social Media Use for Employees Working with Children and/or Vulnerable Adults.',
    );
    expect(findSection('13')?.title).toBeNull();
    expect(findSection('Appendix 1')?.title).toBe('WHAT IS SOCIAL MEDIA?');
    expect(findSection('Appendix 2')?.title).toBe('Additional Guidance on Personal Use of Social Media');
  });

  // Counted by hand in the source text (the bullet glyphs were lost, each bullet is a line
  // starting with one space).
  it.each([
    ['2.6', 5],
    ['3.3', 11],
    ['9.3', 12],
    ['9.4', 7],
    ['12.1', 5],
    ['13', 10],
    ['14.1', 8],
    ['Appendix 1', 9],
    ['Appendix 2', 13],
    ['9.1', 0],
  ] as const)('clause %s has %i bullets', (id, count) => {
    expect(findClause(id)?.bullets).toHaveLength(count);
  });

  it('has no clause 13.1: clause 13’s bullets hang off 13 itself', () => {
    expect(findClause('13.1')).toBeUndefined();
    expect(findBullet('13', 1)?.id).toBe('13.1');
  });

  it('gives every clause and bullet a unique anchor in the documented form', () => {
    const anchors: string[] = [];
    const visit = (b: PolicyBullet, parent: string) => {
      expect(b.anchor).toBe(`${parent}-${b.id.split('.').pop()}`);
      anchors.push(b.anchor);
      b.bullets?.forEach((sub) => visit(sub, b.anchor));
    };
    for (const section of procedure.sections) {
      anchors.push(section.anchor);
      for (const clause of section.clauses) {
        expect(clause.anchor).toBe(`clause-${clause.id.toLowerCase().replace(' ', '-')}`);
        anchors.push(clause.anchor);
        clause.bullets.forEach((b) => visit(b, clause.anchor));
      }
    }
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const a of anchors) expect(a).toMatch(/^[a-z][a-z0-9.-]*$/);
  });

  it('resolves known anchors', () => {
    expect(clauseAnchor('9.3', null)).toBe('clause-9.3');
    expect(clauseAnchor('9.3', 2)).toBe('clause-9.3-2');
    expect(clauseAnchor('9.4', 7)).toBe('clause-9.4-7');
    expect(clauseAnchor('13', 10)).toBe('clause-13-10');
    expect(clauseAnchor('Appendix 2', 8)).toBe('clause-appendix-2-8');
    expect(findBullet('Appendix 2', 7)?.bullets?.[0]?.anchor).toBe('clause-appendix-2-7-1');
    // A bullet the clause does not have falls back to the clause.
    expect(clauseAnchor('9.4', 99)).toBe('clause-9.4');
  });

  it('gives the council’s own words, unwrapped and untouched', () => {
    expect(clauseWords('9.3', 1)).toBe('Employees are personally responsible for everything they post online.');
    expect(clauseWords('9.3', 2)).toBe(
      'When making personal postings, employees should not divulge their Council email address.',
    );
    expect(clauseWords('9.3', null)).toMatch(/^The following standards apply to all Leighton Linslade Town Council/);
    // Their typos are theirs: "Leigton", "it’s employees".
    expect(clauseWords('3.1', null)).toContain('all Leigton Linslade Town Council employees');
    expect(clauseWords('9.3', 8)).toContain('the Council, it’s employees');
    expect(clauseWords('13', 10)).toMatch(/^Edit collaboratively edited websites such as Wikipedia/);
    expect(findClause('13')?.after).toBe('This list is not exhaustive.');
    expect(findClause('3.3')?.after).toBe('For a fuller explanation of social media, see Appendix 1.');
    expect(findBullet('Appendix 1', 1)).toMatchObject({ heading: 'Social networking' });
  });

  it('strips the PDF’s debris', () => {
    const json = JSON.stringify(procedure);
    expect(json).not.toMatch(/ {2}/);
    expect(json).not.toContain('http://');
    // Wrapped lines are joined; the only line breaks left are paragraph breaks.
    expect(json.replaceAll('\\n\\n', '')).not.toContain('\\n');
  });

  it('returns nothing for clauses the procedure does not have', () => {
    expect(findClause('99')).toBeUndefined();
    expect(clauseWords('99', null)).toBe('');
    expect(clauseWords('9.3', 0)).toBe('');
    expect(clauseWords('9.3', 13)).toBe('');
  });
});

describe('every rule cites the procedure', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s: its clause and bullet resolve to words', (_id, rule) => {
    expect(findClause(rule.clause), `clause ${rule.clause}`).toBeDefined();
    if (rule.bullet !== null) expect(findBullet(rule.clause, rule.bullet), `bullet ${rule.bullet}`).toBeDefined();
    expect(clauseWords(rule.clause, rule.bullet).length).toBeGreaterThan(10);
    for (const also of rule.seeAlso) expect(findClause(also), `seeAlso ${also}`).toBeDefined();
  });
});
