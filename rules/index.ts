// The explicit list of every rule, in the order findings are explained. A test fails if a
// file in rules/ is missing from this list.
import { registerRuleIds } from './config.ts';
import type { Rule } from './types.ts';
import councilEmail from './council-email.ts';
import officialLookalike from './official-lookalike.ts';
import derogatoryCouncil from './derogatory-council.ts';
import derogatoryPeople from './derogatory-people.ts';
import offensiveLanguage from './offensive-language.ts';
import colleagueDetails from './colleague-details.ts';
import personalData from './personal-data.ts';
import ownSafety from './own-safety.ts';
import unapprovedReference from './unapproved-reference.ts';
import speakingForCouncil from './speaking-for-council.ts';
import grievance from './grievance.ts';
import confidentialInfo from './confidential-info.ts';
import privateMeeting from './private-meeting.ts';
import politicalActivity from './political-activity.ts';
import personalReference from './personal-reference.ts';
import copyright from './copyright.ts';
import viewsDisclaimer from './views-disclaimer.ts';
import collaborativeEdit from './collaborative-edit.ts';

export const RULES: readonly Rule[] = [
  councilEmail,
  officialLookalike,
  derogatoryCouncil,
  derogatoryPeople,
  offensiveLanguage,
  colleagueDetails,
  personalData,
  ownSafety,
  unapprovedReference,
  speakingForCouncil,
  grievance,
  confidentialInfo,
  privateMeeting,
  politicalActivity,
  personalReference,
  copyright,
  viewsDisclaimer,
  collaborativeEdit,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

registerRuleIds(RULES.map((r) => r.id));
