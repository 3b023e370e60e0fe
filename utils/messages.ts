// Every message between the content scripts, the background and the pages, typed in one place.
// The background runs the rule engine: the page's main thread never parses or checks a draft.
import type { ConfigIssue, ResolvedConfig } from '../rules/config.ts';
import type { CheckResult, Field, Finding, Mode, Site } from '../rules/types.ts';

/** A finding with what the page needs to show it: the rule's title and the procedure's own words. */
export interface ShownFinding extends Finding {
  title: string;
  /** The clause (or bullet) text from the council's procedure. */
  clauseText: string;
  /** Plain-English explanation of why the procedure asks this. */
  explanation: string;
  /** Where the clause is: the bundled policy page's anchor, or IT's `policyUrl`. */
  href: string;
}

export interface CheckReply extends CheckResult {
  findings: ShownFinding[];
  mode: Mode;
  enforcement: 'warn' | 'block';
  /** Rules skipped because the draft is not in English (empty for English drafts). */
  skippedEnglishOnly: string[];
}

export interface Requests {
  /** A content script asks for a draft to be checked. `box` names the compose box within the frame. */
  check: { request: { text: string; field: Field; site: Site; box: string }; reply: CheckReply };
  /** A content script says a box is gone or empty, so the popup stops showing its findings. */
  forget: { request: { box: string }; reply: void };
  /** The badge's details or the gate ask for the procedure to be opened at a clause, in a new tab. */
  openClause: { request: { href: string }; reply: void };
  /** The popup asks what the latest draft in a tab was found to contain. */
  tabFindings: {
    request: { tabId: number };
    reply: { site: Site; field: Field; reply: CheckReply; at: number } | null;
  };
  /** The options page asks for the effective configuration, where each setting came from, and the problems. */
  config: { request: Record<never, never>; reply: ResolvedConfig };
  /** The forum hosts wanted by IT or the user, split by whether the browser has granted them. */
  forumAccess: { request: Record<never, never>; reply: { granted: string[]; missing: string[] } };
  /**
   * The popup or options page enabled a forum host the browser had already granted: register the
   * forum script again and start it in the host's open tabs (a new grant does this by itself).
   */
  startForum: { request: { host: string }; reply: void };
  /**
   * A content script says it is running (sent once at start): the background notes the tab's
   * origin, so the popup can name the site even before a draft is checked.
   */
  pageOpened: { request: Record<never, never>; reply: void };
  /**
   * The popup asks which site a tab shows: the origin a content script of that tab last reported
   * (`null` when none has). Needed because Preflight may not read a tab's address itself.
   */
  tabOrigin: { request: { tabId: number }; reply: string | null };
  /** The options page asks what is wrong with a configuration document before saving it as the user's. */
  validateConfig: { request: { doc: unknown }; reply: ConfigIssue[] };
}

export type RequestType = keyof Requests;
export type Message = { [K in RequestType]: { type: K } & Requests[K]['request'] }[RequestType];
