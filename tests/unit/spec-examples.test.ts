// The worded examples of SPEC §3: personal mode, field `post`, default configuration.
import { describe, expect, it } from 'vitest';
import { configWith } from '../../rules/config.ts';
import { check } from '../../rules/engine.ts';

const cases: Array<{ text: string; expect: string[]; field?: 'profile-name'; colleagues?: string[] }> = [
  { text: 'Email me at sam.jones@leightonlinslade-tc.gov.uk for tickets', expect: ['council-email'] },
  { text: 'LLTC are an absolute shambles, can’t even empty the bins', expect: ['derogatory-council'] },
  { text: "LLTC are an absolute shambles, can't even empty the bins", expect: ['derogatory-council'] },
  { text: 'The council did a brilliant job with the fireworks', expect: [] },
  { text: 'I’m not saying the council is useless', expect: [] },
  { text: "I'm not saying the council is useless", expect: [] },
  { text: 'Cllr Bates is a clown', expect: ['derogatory-people'] },
  {
    text: 'Tom Reed from work lives at 4 Mill Road, LU7 2PP',
    expect: ['colleague-details'],
    colleagues: ['Tom Reed'],
  },
  { text: 'Between you and me, the pool closes next year. Not announced yet!', expect: ['confidential-info'] },
  { text: 'Vote Green on Thursday!', expect: ['political-activity'] },
  { text: 'Public council meeting tonight at 7pm, all welcome', expect: [] },
  { text: 'Leighton Linslade T.C. Official', expect: ['official-lookalike'], field: 'profile-name' },
];

describe('SPEC §3 worded examples', () => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => {
    const config = configWith(c.colleagues ? { colleagues: c.colleagues } : undefined);
    const result = check(c.text, { mode: 'personal', field: c.field ?? 'post', site: 'other' }, config);
    expect([...new Set(result.findings.map((f) => f.rule))].sort()).toEqual(c.expect);
  });

  it('council-email names clause 9.3 and the address', () => {
    const text = 'Email me at sam.jones@leightonlinslade-tc.gov.uk for tickets';
    const [finding] = check(text).findings;
    expect(finding).toMatchObject({ rule: 'council-email', clause: '9.3', severity: 'error' });
    expect(text.slice(finding!.start, finding!.end)).toBe('sam.jones@leightonlinslade-tc.gov.uk');
  });
});
