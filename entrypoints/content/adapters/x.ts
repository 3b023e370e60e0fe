// X (Twitter). The composer is Draft.js and mounts after the page loads, on the home timeline,
// in the /compose/post dialog and in reply boxes; threads add tweetTextarea_1, _2, … .
import type { SiteAdapter } from './types.ts';

export const x: SiteAdapter = {
  name: 'x',
  site: 'x',
  hosts: ['x.com', '*.x.com', 'twitter.com', '*.twitter.com'],
  onForums: false,
  boxes: [
    {
      selector: {
        name: 'post text',
        markup:
          'Draft.js editable `.public-DraftEditor-content[role=textbox]` that itself carries data-testid="tweetTextarea_N", ' +
          'inside a `tweetTextarea_NRichTextInputContainer` wrapper; mobile web uses <textarea data-testid="tweetTextarea_0">',
        selectors: [
          '[data-testid^="tweetTextarea_"][contenteditable="true"]',
          'textarea[data-testid^="tweetTextarea_"]',
          '[data-testid$="RichTextInputContainer"] [role="textbox"][contenteditable="true"]',
          '.public-DraftEditor-content[contenteditable="true"]',
        ],
      },
      field: 'post',
      keys: { modEnter: true },
    },
  ],
  postControls: [
    {
      name: 'post button',
      markup:
        'the dialog\'s [data-testid="tweetButton"] and the timeline\'s [data-testid="tweetButtonInline"] (div role=button)',
      selectors: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
    },
  ],
};
