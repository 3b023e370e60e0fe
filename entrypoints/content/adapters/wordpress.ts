// WordPress comment forms (`#commentform`), on the council's and local news sites' blogs.
import type { SiteAdapter } from './types.ts';

export const wordpress: SiteAdapter = {
  name: 'wordpress',
  site: 'forum',
  hosts: [],
  onForums: true,
  boxes: [
    {
      selector: {
        name: 'comment',
        markup:
          'comments.php: `form#commentform textarea#comment[name=comment]` (class `comment-form` in block themes)',
        selectors: ['#commentform textarea#comment', 'form.comment-form textarea[name="comment"]'],
      },
      field: 'comment',
    },
  ],
  postControls: [],
};
