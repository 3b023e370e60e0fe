// LinkedIn. The share box and comment boxes are Quill editors (`.ql-editor`).
import type { SiteAdapter } from './types.ts';

export const linkedin: SiteAdapter = {
  name: 'linkedin',
  site: 'linkedin',
  hosts: ['*.linkedin.com', 'linkedin.com'],
  onForums: false,
  boxes: [
    {
      selector: {
        name: 'comment box',
        markup: 'Quill `.ql-editor` inside `.comments-comment-box` / `.comments-comment-texteditor` under a post',
        selectors: [
          '.comments-comment-box .ql-editor[contenteditable="true"]',
          '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
        ],
      },
      field: 'comment',
    },
    {
      selector: {
        name: 'share box',
        markup:
          'Quill `.ql-editor[role=textbox]` in the "Start a post" dialog (`.share-box`, `.share-creation-state__text-editor`)',
        selectors: [
          '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
          '.share-box .ql-editor[contenteditable="true"]',
          '[role="dialog"] .ql-editor[contenteditable="true"]',
          '.ql-editor[contenteditable="true"]',
        ],
      },
      field: 'post',
    },
  ],
  postControls: [
    {
      name: 'post button',
      markup: "the share dialog's `button.share-actions__primary-action`",
      selectors: ['button.share-actions__primary-action'],
    },
    {
      name: 'comment button',
      markup: "the comment box's `button.comments-comment-box__submit-button` (with or without `--cr`)",
      selectors: ['button.comments-comment-box__submit-button', 'button[class*="comments-comment-box__submit-button"]'],
    },
  ],
};
