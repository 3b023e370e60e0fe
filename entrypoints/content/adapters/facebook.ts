// Facebook. Posts and comments are Lexical editors. The post composer is a dialog that exists
// only after "What's on your mind?" is clicked; comment boxes post on Enter.
import type { SiteAdapter } from './types.ts';

const LEXICAL = '[contenteditable="true"][role="textbox"]';

export const facebook: SiteAdapter = {
  name: 'facebook',
  site: 'facebook',
  hosts: ['*.facebook.com', 'facebook.com'],
  onForums: false,
  boxes: [
    {
      selector: {
        name: 'comment box',
        markup:
          'Lexical `div[contenteditable][role=textbox][data-lexical-editor]` labelled "Write a comment…", "Write a public comment…" or "Reply to …", under a post',
        selectors: [
          `${LEXICAL}[data-lexical-editor][aria-label*="comment" i]`,
          `${LEXICAL}[data-lexical-editor][aria-label^="Reply" i]`,
          `${LEXICAL}[data-lexical-editor][aria-label*="reply" i]`,
          `[role="article"] ${LEXICAL}`,
        ],
      },
      field: 'comment',
      keys: { enter: true },
    },
    {
      selector: {
        name: 'post composer',
        markup: 'Lexical `div[contenteditable][role=textbox][data-lexical-editor]` in the "Create post" dialog',
        selectors: [
          `[role="dialog"] ${LEXICAL}[data-lexical-editor]`,
          `${LEXICAL}[data-lexical-editor]`,
          `[role="dialog"] ${LEXICAL}`,
        ],
      },
      field: 'post',
    },
  ],
  postControls: [
    {
      name: 'post button',
      markup: 'the composer dialog\'s `div[aria-label="Post"][role=button]`',
      selectors: ['[aria-label="Post"][role="button"]', '[role="dialog"] [aria-label="Post"]'],
    },
  ],
};
