// What a site adapter declares: where it runs, how to find its compose boxes, which field each
// box is, and what posts them. Adapters are data plus small functions, with no side effects at
// import time; the content script's main loop does the watching.
import type { Field, Site } from '../../../rules/types.ts';

/** A selector with its fallbacks, tried in order, and a note on the markup it targets. */
export interface NamedSelector {
  name: string;
  /** The markup this targets on the real site, so the next person can check it still does. */
  markup: string;
  /** Most specific first: data-testid → role/aria → the framework's class. */
  selectors: readonly string[];
}

/** The element a box's key press would post from. */
export interface KeyPost {
  /** Ctrl/Cmd+Enter posts (X, Discourse, Mastodon). */
  modEnter?: boolean;
  /** Plain Enter, without Shift, posts (Facebook and LinkedIn comment boxes). */
  enter?: boolean;
}

export interface ControlSpec extends NamedSelector {
  /** Only count elements for which this holds (e.g. a button whose label says it posts). */
  accept?: (element: Element) => boolean;
}

export interface BoxSpec {
  selector: NamedSelector;
  field: Field;
  /** Key presses in this box that post it. */
  keys?: KeyPost;
  /** Only count elements for which this holds (e.g. a visible, editable box). */
  accept?: (element: Element) => boolean;
}

export interface SiteAdapter {
  /** Shown in logs when the adapter fails: never the draft. */
  name: string;
  site: Site;
  /** Host names it runs on; a leading `*.` matches subdomains. */
  hosts: readonly string[];
  /** Whether it also runs on the forums the user or IT enabled (the run-time registered script). */
  onForums: boolean;
  boxes: readonly BoxSpec[];
  /** Controls that post the boxes near them. Form submissions are handled without a selector. */
  postControls: readonly ControlSpec[];
  /**
   * For a form submission: whether this submitter posts (phpBB's Preview and MediaWiki's Show
   * changes submit the same form without publishing anything).
   */
  publishes?: (submitter: HTMLElement | null, form: HTMLFormElement) => boolean;
}

export function hostMatches(hosts: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase();
  return hosts.some((h) => (h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h));
}
