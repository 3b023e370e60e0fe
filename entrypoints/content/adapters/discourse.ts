// Discourse: the composer (`#reply-control`) holds a markdown textarea, or in the rich mode a
// ProseMirror editor that replaces it. The Reply/Create button is a plain JS button, no form.
import type { SiteAdapter } from './types.ts';

export const discourse: SiteAdapter = {
  name: 'discourse',
  site: 'forum',
  hosts: [],
  onForums: true,
  boxes: [
    {
      selector: {
        name: 'markdown composer',
        markup: '`#reply-control textarea.d-editor-input`',
        selectors: ['#reply-control textarea.d-editor-input', 'textarea.d-editor-input'],
      },
      field: 'post',
      keys: { modEnter: true },
    },
    {
      selector: {
        name: 'rich composer',
        markup: 'rich-text mode: ProseMirror `.ProseMirror[contenteditable=true]` inside `.d-editor-container`',
        selectors: [
          '#reply-control .ProseMirror[contenteditable="true"]',
          '.d-editor-container .ProseMirror[contenteditable="true"]',
        ],
      },
      field: 'post',
      keys: { modEnter: true },
    },
  ],
  postControls: [
    {
      name: 'reply button',
      markup: 'the composer\'s primary `button.create` ("Reply", "Create Topic")',
      selectors: ['#reply-control button.create', '#reply-control .save-or-cancel button.btn-primary'],
    },
  ],
};
