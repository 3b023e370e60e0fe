// @vitest-environment happy-dom
// Each adapter's selectors against the markup the real sites render (saved in the fixtures as
// snippets here): the right box is claimed, as the right field, by the right adapter, and the
// look-alikes (search boxes, log-in forms, password fields) are not.
import { describe, expect, it, vi } from 'vitest';
import { ADAPTERS, adaptersFor, STATIC_MATCHES } from '../../../entrypoints/content/adapters/index.ts';
import { hostMatches } from '../../../entrypoints/content/adapters/types.ts';
import { BoxWatcher } from '../../../entrypoints/content/watcher.ts';

function classify(html: string, select: string, host: string, entry: 'sites' | 'forums' = 'sites') {
  document.body.innerHTML = html;
  const el = document.querySelector(select);
  if (!el) throw new Error(`fixture has no ${select}`);
  const watcher = new BoxWatcher(
    adaptersFor(host, entry),
    () => {},
    () => {},
    () => false,
    new AbortController().signal,
  );
  const claim = watcher.classify(el);
  return claim && { adapter: claim.adapter.name, field: claim.spec.field };
}

const X_COMPOSER =
  '<div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">' +
  '<div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"></div></div>' +
  '</div></div></div><button data-testid="tweetButtonInline" role="button">Post</button>';

describe('site adapters', () => {
  it('X: the Draft.js editor carrying tweetTextarea_0 is a post with Ctrl+Enter', () => {
    expect(classify(X_COMPOSER, '[data-testid="tweetTextarea_0"]', 'x.com')).toEqual({ adapter: 'x', field: 'post' });
    const [spec] = ADAPTERS.find((a) => a.name === 'x')!.boxes;
    expect(spec!.keys?.modEnter).toBe(true);
  });

  it('X: the mobile-web textarea, and profile fields as name, bio and handle', () => {
    expect(classify('<textarea data-testid="tweetTextarea_0"></textarea>', 'textarea', 'mobile.x.com')).toEqual({
      adapter: 'x',
      field: 'post',
    });
    const form = '<form><input name="displayName"><textarea name="description"></textarea></form>';
    expect(classify(form, 'input', 'x.com')).toEqual({ adapter: 'profile', field: 'profile-name' });
    expect(classify(form, 'textarea', 'x.com')).toEqual({ adapter: 'profile', field: 'bio' });
    expect(classify('<input name="typedScreenName">', 'input', 'x.com')).toEqual({
      adapter: 'profile',
      field: 'handle',
    });
  });

  it('Facebook: the composer dialog is a post, a "Write a comment" box is a comment posted on Enter', () => {
    const dialog =
      '<div role="dialog" aria-label="Create post"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What\'s on your mind, Sam?"><p><br></p></div>' +
      '<div aria-label="Post" role="button">Post</div></div>';
    expect(classify(dialog, '[role="textbox"]', 'www.facebook.com')).toEqual({ adapter: 'facebook', field: 'post' });
    const comment =
      '<div role="article"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…"><p><br></p></div></form></div>';
    expect(classify(comment, '[role="textbox"]', 'www.facebook.com')).toEqual({
      adapter: 'facebook',
      field: 'comment',
    });
    const spec = ADAPTERS.find((a) => a.name === 'facebook')!.boxes.find((b) => b.field === 'comment');
    expect(spec!.keys?.enter).toBe(true);
  });

  it('LinkedIn: Quill share box is a post, the comment box a comment', () => {
    const share =
      '<div role="dialog" class="share-box"><div class="share-creation-state__text-editor"><div class="ql-editor" contenteditable="true" role="textbox"><p><br></p></div></div></div>';
    expect(classify(share, '.ql-editor', 'www.linkedin.com')).toEqual({ adapter: 'linkedin', field: 'post' });
    const comment =
      '<div class="comments-comment-box"><div class="ql-editor" contenteditable="true"><p>Hi</p></div></div>';
    expect(classify(comment, '.ql-editor', 'www.linkedin.com')).toEqual({ adapter: 'linkedin', field: 'comment' });
  });

  it('forums: phpBB, WordPress, Discourse (both modes), Mastodon and MediaWiki', () => {
    const host = 'forum.example.org';
    expect(
      classify(
        '<form id="postform"><textarea id="message" name="message"></textarea></form>',
        'textarea',
        host,
        'forums',
      ),
    ).toEqual({
      adapter: 'phpbb',
      field: 'post',
    });
    expect(
      classify(
        '<form id="commentform"><textarea id="comment" name="comment"></textarea></form>',
        'textarea',
        host,
        'forums',
      ),
    ).toEqual({
      adapter: 'wordpress',
      field: 'comment',
    });
    expect(
      classify(
        '<div id="reply-control"><textarea class="d-editor-input"></textarea></div>',
        'textarea',
        host,
        'forums',
      ),
    ).toEqual({
      adapter: 'discourse',
      field: 'post',
    });
    expect(
      classify(
        '<div id="reply-control"><div class="ProseMirror" contenteditable="true"><p>x</p></div></div>',
        '.ProseMirror',
        host,
        'forums',
      ),
    ).toEqual({ adapter: 'discourse', field: 'post' });
    expect(
      classify(
        '<form class="compose-form"><textarea class="autosuggest-textarea__textarea"></textarea></form>',
        'textarea',
        host,
        'forums',
      ),
    ).toEqual({
      adapter: 'mastodon',
      field: 'post',
    });
    expect(
      classify('<form id="editform"><textarea id="wpTextbox1"></textarea></form>', 'textarea', 'en.wikipedia.org'),
    ).toEqual({
      adapter: 'mediawiki',
      field: 'post',
    });
  });

  it('does not claim passwords, e-mail inputs, log-in usernames or one-line search boxes', () => {
    const host = 'forum.example.org';
    expect(classify('<form><input type="password" name="username"></form>', 'input', host, 'forums')).toBeNull();
    expect(
      classify('<form><input type="email" name="username" autocomplete="username"></form>', 'input', host, 'forums'),
    ).toBeNull();
    expect(
      classify(
        '<form><input name="username" autocomplete="username"><input type="password" autocomplete="current-password"></form>',
        'input[name="username"]',
        host,
        'forums',
      ),
    ).toBeNull();
    expect(classify('<form role="search"><input type="search" name="q"></form>', 'input', host, 'forums')).toBeNull();
  });

  it('runs each adapter only where it belongs', () => {
    expect(adaptersFor('www.facebook.com', 'sites').map((a) => a.name)).toEqual(['facebook', 'profile']);
    expect(adaptersFor('x.com', 'sites').map((a) => a.name)).toEqual(['x', 'profile']);
    expect(adaptersFor('forum.example.org', 'sites')).toEqual([]);
    expect(adaptersFor('forum.example.org', 'forums').map((a) => a.name)).toContain('phpbb');
    expect(adaptersFor('forum.example.org', 'forums').map((a) => a.name)).not.toContain('x');
    expect(hostMatches(['*.facebook.com'], 'm.facebook.com')).toBe(true);
    expect(hostMatches(['*.facebook.com'], 'notfacebook.com')).toBe(false);
    expect(STATIC_MATCHES).toContain('*://x.com/*');
  });

  it('documents every selector with the markup it targets', () => {
    for (const adapter of ADAPTERS) {
      for (const s of [...adapter.boxes.map((b) => b.selector), ...adapter.postControls]) {
        expect(s.markup.length, `${adapter.name} ${s.name}`).toBeGreaterThan(10);
        for (const selector of s.selectors) expect(() => document.querySelector(selector)).not.toThrow();
      }
    }
  });

  it('an adapter that throws is logged by name and the next adapter still gets the box', () => {
    document.body.innerHTML = '<form id="commentform"><textarea id="comment" name="comment"></textarea></form>';
    const broken = {
      ...ADAPTERS.find((a) => a.name === 'phpbb')!,
      name: 'broken',
      boxes: [
        {
          selector: { name: 'any', markup: 'every textarea', selectors: ['textarea'] },
          field: 'post' as const,
          accept: () => {
            throw new Error('selector data out of date');
          },
        },
      ],
    };
    const wordpress = ADAPTERS.find((a) => a.name === 'wordpress')!;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const watcher = new BoxWatcher(
      [broken, wordpress],
      () => {},
      () => {},
      () => false,
      new AbortController().signal,
    );
    expect(watcher.classify(document.querySelector('textarea')!)?.adapter.name).toBe('wordpress');
    expect(warn).toHaveBeenCalledWith('Preflight: the broken adapter failed', expect.stringContaining('out of date'));
    warn.mockRestore();
  });
});
