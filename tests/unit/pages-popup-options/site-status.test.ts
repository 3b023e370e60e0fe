import { describe, expect, it } from 'vitest';
import {
  clockTime,
  hostMatches,
  pageStatus,
  parseHost,
  patternMatches,
  statusSentence,
  withHost,
  withoutHost,
  type StatusInput,
} from '../../../components/site-status.ts';

const BUILT_IN = ['*://*.x.com/*', '*://x.com/*', '*://*.facebook.com/*', '*://*.wikipedia.org/*'];
const base: StatusInput = {
  url: undefined,
  builtIn: BUILT_IN,
  wanted: [],
  granted: [],
  disabled: [],
  snoozedUntil: 0,
  now: 1_000,
};
const status = (over: Partial<StatusInput>) => pageStatus({ ...base, ...over });

describe('what Preflight is doing on a page', () => {
  it('watches the built-in sites', () => {
    expect(status({ url: 'https://x.com/home' })).toEqual({ kind: 'watching', host: 'x.com' });
    expect(status({ url: 'https://www.facebook.com/' })).toEqual({ kind: 'watching', host: 'www.facebook.com' });
    expect(statusSentence({ kind: 'watching', host: 'x.com' })).toBe(
      'Watching for drafts on x.com — nothing to report.',
    );
  });

  it('does not run on browser pages or the extension galleries', () => {
    for (const url of [
      'chrome://settings/',
      'chrome-extension://abc/popup.html',
      'about:blank',
      'file:///home/a.html',
      'https://chromewebstore.google.com/detail/x',
    ]) {
      expect(status({ url }).kind, url).toBe('browser');
    }
    expect(statusSentence({ kind: 'browser' })).toBe('Preflight does not run on this page (browser pages).');
  });

  it('cannot tell when the browser hides the address', () => {
    expect(status({ url: undefined }).kind).toBe('unknown');
  });

  it('offers a forum nobody enabled, and asks for permission for one that is wanted', () => {
    expect(status({ url: 'https://forum.example.org/posting.php' })).toEqual({
      kind: 'not-enabled',
      host: 'forum.example.org',
    });
    expect(status({ url: 'https://forum.example.org/', wanted: ['forum.example.org'] }).kind).toBe('needs-permission');
    expect(status({ url: 'https://a.example.org/', wanted: ['*.example.org'], granted: ['*.example.org'] }).kind).toBe(
      'watching',
    );
  });

  it('says when the site is switched off or Preflight is snoozed', () => {
    expect(status({ url: 'https://x.com/home', disabled: ['x.com'] }).kind).toBe('off');
    const snoozed = status({ url: 'https://x.com/home', snoozedUntil: new Date(2026, 10, 25, 14, 5).getTime() });
    expect(snoozed.kind).toBe('snoozed');
    expect(statusSentence(snoozed)).toBe('Not checking x.com: snoozed until 14:05.');
    expect(status({ url: 'https://x.com/home', snoozedUntil: 500 }).kind).toBe('watching');
  });
});

describe('hosts and match patterns', () => {
  it('matches a host list entry, with subdomains for *.', () => {
    expect(hostMatches('*.example.org', 'example.org')).toBe(true);
    expect(hostMatches('*.example.org', 'a.b.example.org')).toBe(true);
    expect(hostMatches('*.example.org', 'badexample.org')).toBe(false);
    expect(hostMatches('x.com', 'X.COM')).toBe(true);
  });

  it('matches a match pattern by scheme and host', () => {
    expect(patternMatches('*://*.x.com/*', new URL('https://mobile.x.com/a'))).toBe(true);
    expect(patternMatches('*://x.com/*', new URL('ftp://x.com/'))).toBe(false);
    expect(patternMatches('https://x.com/*', new URL('http://x.com/'))).toBe(false);
  });

  it('reads a host from what the user typed or pasted', () => {
    expect(parseHost(' Forum.Example.org ')).toBe('forum.example.org');
    expect(parseHost('https://blog.example.org/2026/11/summer-fete/')).toBe('blog.example.org');
    expect(parseHost('forum.example.org/viewtopic.php')).toBe('forum.example.org');
    expect(parseHost('*.example.org')).toBe('*.example.org');
    expect(parseHost('not a site')).toBeNull();
    expect(parseHost('localhost')).toBeNull();
    expect(parseHost('')).toBeNull();
  });

  it('adds a host once and removes it', () => {
    expect(withHost(['a.org'], 'A.org')).toEqual(['a.org']);
    expect(withHost(['a.org'], 'b.org')).toEqual(['a.org', 'b.org']);
    expect(withoutHost(['a.org', 'b.org'], 'B.ORG')).toEqual(['a.org']);
  });

  it('shows a clock time', () => {
    expect(clockTime(new Date(2026, 0, 1, 9, 7).getTime())).toBe('09:07');
  });
});
