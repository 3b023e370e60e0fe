// How a rule's examples read as help: where the example is written ("as a bio, on the council's
// account") and what setting it needs. Shared by the policy page and the checker's example picker.
import type { Config } from '../rules/config.ts';
import type { Field, RuleExample, Site } from '../rules/types.ts';

export const FIELD_NAMES: Readonly<Record<Field, string>> = {
  post: 'a post',
  comment: 'a comment',
  bio: 'a bio',
  'profile-name': 'a profile name',
  handle: 'a handle (user name)',
};

export const SITE_NAMES: Readonly<Record<Site, string>> = {
  facebook: 'Facebook',
  x: 'X (Twitter)',
  linkedin: 'LinkedIn',
  forum: 'a forum',
  wiki: 'a wiki',
  other: 'another site',
};

/** Where the example is written, when that is not a personal post: "as a bio, on the council's account". */
export function exampleContext(example: RuleExample): string {
  const parts: string[] = [];
  if (example.field && example.field !== 'post') parts.push(`as ${FIELD_NAMES[example.field]}`);
  if (example.site && example.site !== 'other') parts.push(`on ${SITE_NAMES[example.site]}`);
  if (example.mode === 'official') parts.push('on the council’s own account');
  return parts.join(', ');
}

/** The settings an example relies on, in words: "when IT lists Tom Reed as a colleague". */
export function exampleSetting(config: Partial<Config> | undefined): string {
  if (!config) return '';
  const parts: string[] = [];
  if (config.colleagues?.length)
    parts.push(
      `when ${config.colleagues.join(' and ')} ${config.colleagues.length === 1 ? 'is' : 'are'} listed as colleagues`,
    );
  if (config.organisations?.length) parts.push('with the organisations in the partner register');
  if (config.organisation?.officialAccounts?.length)
    parts.push(`when the official accounts (${config.organisation.officialAccounts.join(', ')}) are listed`);
  if (config.lexicon?.derogatory.length)
    parts.push(`when “${config.lexicon.derogatory.join('”, “')}” is added to the word list`);
  if (config.lexicon?.allow.length) parts.push(`when “${config.lexicon.allow.join('”, “')}” is allowed`);
  if (config.rules && Object.keys(config.rules).length) parts.push('with a rule’s severity changed');
  return parts.length ? parts.join(', ') : 'with a setting IT can change';
}

/** A few examples to show: flagged ones first, then ones that pass; those needing no setting preferred. */
export function pickExamples(examples: readonly RuleExample[], flagged = 3, passing = 2): RuleExample[] {
  const plainFirst = (list: RuleExample[]) => [...list.filter((e) => !e.config), ...list.filter((e) => e.config)];
  return [
    ...plainFirst(examples.filter((e) => e.flagged)).slice(0, flagged),
    ...plainFirst(examples.filter((e) => !e.flagged)).slice(0, passing),
  ];
}
