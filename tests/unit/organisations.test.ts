import { describe, expect, it } from 'vitest';
import { configWith } from '../../rules/config.ts';
import { approvalStatus, localToday, organisationMentions } from '../../rules/detectors/organisations.ts';
import { Draft } from '../../rules/draft.ts';

const config = configWith({
  organisations: [
    { name: 'Greenway Grounds Ltd', aliases: ['Greenway'], approved: false },
    { name: 'Bedfordshire Fire and Rescue', approved: true, approvedUntil: '2027-03-31' },
    { name: 'Tiddenfoot Leisure', approved: true, approvedUntil: '2026-06-30' },
  ],
});
const mentions = (text: string, today = '2026-11-25') =>
  organisationMentions(new Draft(text, { mode: 'personal', field: 'post', site: 'other', today }, config)).map((m) => [
    text.slice(m.start, m.end),
    m.status,
  ]);

describe('organisationMentions', () => {
  it('finds names, aliases and handles with their status', () => {
    expect(mentions('Thanks Greenway grounds ltd and Bedfordshire Fire & Rescue')).toEqual([
      ['Greenway grounds ltd', 'not-approved'],
    ]);
    expect(mentions('Thanks Bedfordshire Fire and Rescue!')).toEqual([['Bedfordshire Fire and Rescue', 'approved']]);
    expect(mentions('@GreenwayGrounds and #TiddenfootLeisure')).toEqual([
      ['@GreenwayGrounds', 'not-approved'],
      ['#TiddenfootLeisure', 'expired'],
    ]);
  });
  it('reads a one-word alias only as a name', () => {
    expect(mentions('a walk along the greenway')).toEqual([]);
    expect(mentions('GREENWAY again!')).toEqual([['GREENWAY', 'not-approved']]);
  });
  it('compares approvedUntil with today', () => {
    expect(mentions('Tiddenfoot Leisure', '2026-06-30')).toEqual([['Tiddenfoot Leisure', 'approved']]);
    expect(mentions('Tiddenfoot Leisure', '2026-07-01')).toEqual([['Tiddenfoot Leisure', 'expired']]);
    expect(approvalStatus({ name: 'X', approved: true, approvedUntil: null }, '2099-01-01')).toBe('approved');
  });
  it('formats the local date', () => {
    expect(localToday(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
