import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, configSchema, resolveConfig, validateLayer } from '../../rules/config.ts';
import '../../rules/index.ts';

describe('configuration', () => {
  it('the bundled default is valid and holds the council’s public facts', () => {
    expect(configSchema.safeParse(DEFAULT_CONFIG).success).toBe(true);
    expect(DEFAULT_CONFIG.organisation.name).toBe('Leighton-Linslade Town Council');
    expect(DEFAULT_CONFIG.organisation.aliases).toEqual(
      expect.arrayContaining(['Leighton Linslade Town Council', 'LLTC']),
    );
    expect(DEFAULT_CONFIG.organisation.emailDomains).toEqual(['leightonlinslade-tc.gov.uk']);
    expect(DEFAULT_CONFIG.publicContacts).toEqual(
      expect.arrayContaining(['01525 631920', 'info@leightonlinslade-tc.gov.uk']),
    );
    expect(DEFAULT_CONFIG.colleagues).toEqual([]);
    expect(DEFAULT_CONFIG.organisation.officialAccounts).toEqual([]);
  });

  it('merges IT-managed over user over default, and says where each setting came from', () => {
    const { config, issues, sources } = resolveConfig([
      { source: 'managed', value: { colleagues: ['Tom Reed'], enforcement: 'block', rules: { copyright: 'off' } } },
      { source: 'user', value: { enforcement: 'warn', rules: { grievance: 'info' }, forums: ['forum.example.org'] } },
    ]);
    expect(issues).toEqual([]);
    expect(config.colleagues).toEqual(['Tom Reed']);
    expect(config.enforcement).toBe('block');
    expect(config.rules).toEqual({ copyright: 'off', grievance: 'info' });
    expect(config.forums).toEqual(['forum.example.org']);
    expect(config.organisation.name).toBe(DEFAULT_CONFIG.organisation.name);
    expect(sources.enforcement).toBe('managed');
    expect(sources.forums).toBe('user');
    expect(sources['organisation.name']).toBe('default');
  });

  it('reports a bad field in words, ignores it, and applies the rest', () => {
    const { config, issues } = resolveConfig([
      {
        source: 'managed',
        value: { enforcement: 'strict', colleagues: ['Priya Shah'], organisation: { emailDomains: ['not a domain'] } },
      },
    ]);
    expect(config.enforcement).toBe('warn');
    expect(config.colleagues).toEqual(['Priya Shah']);
    expect(issues.map((i) => i.path).sort()).toEqual(['enforcement', 'organisation.emailDomains[0]']);
    const enforcement = issues.find((i) => i.path === 'enforcement')!;
    expect(enforcement.message).toContain('"strict"');
    expect(enforcement.message).toMatch(/warn, block/);
    expect(enforcement.source).toBe('managed');
  });

  it('keeps the valid entries of a list and drops the bad ones', () => {
    const { config, issues } = resolveConfig([
      {
        source: 'managed',
        value: {
          organisations: [
            { name: 'Greenway Grounds Ltd', approved: false },
            { name: 'Bad Date Ltd', approved: true, approvedUntil: '31/03/2027' },
            { name: 'No Flag Ltd' },
          ],
        },
      },
    ]);
    expect(config.organisations.map((o) => o.name)).toEqual(['Greenway Grounds Ltd']);
    expect(issues.map((i) => i.path)).toEqual(['organisations[1].approvedUntil', 'organisations[2].approved']);
    expect(issues[0]!.message).toMatch(/YYYY-MM-DD/);
  });

  it('rejects unknown settings and unknown rule ids by name, keeping known ones', () => {
    const { config, issues } = resolveConfig([
      {
        source: 'user',
        value: { colour: 'blue', rules: { 'no-such-rule': 'off', copyright: 'sometimes', grievance: 'off' } },
      },
    ]);
    expect(config.rules).toEqual({ grievance: 'off' });
    expect(issues.map((i) => i.path).sort()).toEqual(['colour', 'rules.copyright', 'rules.no-such-rule']);
  });

  it('a configuration that is not an object is reported, not thrown', () => {
    for (const value of ['[1,2]', 42, 'text', [1, 2]]) {
      const { values, issues } = validateLayer(value, 'managed');
      expect(values).toEqual({});
      expect(issues).toHaveLength(1);
    }
    expect(resolveConfig([{ source: 'managed', value: undefined }]).issues).toEqual([]);
  });

  it('strips the @ from official handles and lower-cases domains', () => {
    const { config } = resolveConfig([
      {
        source: 'managed',
        value: { organisation: { officialAccounts: ['@LLTownCouncil'], emailDomains: ['LeightonLinslade-TC.gov.uk'] } },
      },
    ]);
    expect(config.organisation.officialAccounts).toEqual(['LLTownCouncil']);
    expect(config.organisation.emailDomains).toEqual(['leightonlinslade-tc.gov.uk']);
  });

  it('does not let a layer change the bundled default object', () => {
    resolveConfig([{ source: 'user', value: { colleagues: ['Tom Reed'], rules: { copyright: 'off' } } }]);
    expect(DEFAULT_CONFIG.colleagues).toEqual([]);
    expect(DEFAULT_CONFIG.rules).toEqual({});
  });
});
