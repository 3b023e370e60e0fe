// phpBB forums: the posting page's `form#postform` with `textarea#message`.
import type { SiteAdapter } from './types.ts';

export const phpbb: SiteAdapter = {
  name: 'phpbb',
  site: 'forum',
  hosts: [],
  onForums: true,
  boxes: [
    {
      selector: {
        name: 'message',
        markup: 'posting.php: `form#postform textarea#message[name=message]` (new topic, reply, edit)',
        selectors: ['form#postform textarea#message', 'form#postform textarea[name="message"]'],
      },
      field: 'post',
    },
  ],
  postControls: [],
  // Preview, Save draft and Load draft submit the same form without publishing.
  publishes: (submitter) => !submitter || submitter.getAttribute('name') === 'post',
};
