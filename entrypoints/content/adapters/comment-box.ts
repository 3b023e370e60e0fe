// Any other comment box on an enabled forum or site: a textarea, contenteditable or ProseMirror
// editor inside a form, or beside a button that says it posts. Tried after the specific adapters.
import type { SiteAdapter } from './types.ts';

const POSTS = /^\s*(post|reply|comment|send|submit|publish|add comment|post comment|post reply)\b/i;

function bigEnough(el: Element): boolean {
  // Search boxes and one-line inputs are not drafts; a draft box is at least two lines tall.
  if (el instanceof HTMLTextAreaElement) return el.rows !== 1 || el.getBoundingClientRect().height > 30;
  return el.getBoundingClientRect().height > 24 || el.textContent !== '';
}

export const commentBox: SiteAdapter = {
  name: 'comment-box',
  site: 'forum',
  hosts: [],
  onForums: true,
  boxes: [
    {
      selector: {
        name: 'comment box',
        markup:
          "a `<textarea>`, ProseMirror `.ProseMirror` or `[contenteditable]` editor, in a form or a widget's shadow root",
        selectors: [
          'textarea:not([readonly]):not([disabled])',
          '.ProseMirror[contenteditable="true"]',
          '[contenteditable="true"][role="textbox"]',
          '[contenteditable="true"]',
        ],
      },
      field: 'comment',
      keys: { modEnter: true },
      accept: (el) => bigEnough(el) && !el.parentElement?.closest('[contenteditable="true"]'),
    },
  ],
  postControls: [
    {
      name: 'post button',
      markup: 'a button outside any form whose label says it posts ("Post", "Reply", "Comment", "Send", …)',
      selectors: ['button:not([type="button"][form])', '[role="button"]'],
      accept: (el) =>
        !(el as HTMLButtonElement).form && POSTS.test(el.getAttribute('aria-label') ?? el.textContent ?? ''),
    },
  ],
};
