// Mastodon (and its forks): the compose form's textarea; Post submits the form, Ctrl+Enter too.
import type { SiteAdapter } from './types.ts';

export const mastodon: SiteAdapter = {
  name: 'mastodon',
  site: 'forum',
  hosts: [],
  onForums: true,
  boxes: [
    {
      selector: {
        name: 'compose',
        markup: '`form.compose-form textarea.autosuggest-textarea__textarea` (web UI, replies too)',
        selectors: ['.compose-form textarea.autosuggest-textarea__textarea', '.compose-form textarea'],
      },
      field: 'post',
      keys: { modEnter: true },
    },
  ],
  postControls: [],
};
