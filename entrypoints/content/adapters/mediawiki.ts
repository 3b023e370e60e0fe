// MediaWiki (Wikipedia and any wiki IT enables): the source editor, `#wpTextbox1` in `#editform`.
import type { SiteAdapter } from './types.ts';

export const mediawiki: SiteAdapter = {
  name: 'mediawiki',
  site: 'wiki',
  hosts: ['*.wikipedia.org', '*.wikimedia.org', '*.wikiversity.org', '*.wikinews.org'],
  onForums: true,
  boxes: [
    {
      selector: {
        name: 'wikitext',
        markup: 'action=edit: `form#editform textarea#wpTextbox1` (the 2010 and 2017 source editors keep it)',
        selectors: ['form#editform textarea#wpTextbox1', 'textarea#wpTextbox1'],
      },
      field: 'post',
    },
  ],
  postControls: [],
  // "Show preview" and "Show changes" submit the same form without saving.
  publishes: (submitter) => !submitter || submitter.getAttribute('name') === 'wpSave',
};
