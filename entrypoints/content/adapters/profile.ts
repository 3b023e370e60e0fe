// Profile fields on sign-up and profile-edit forms: display name, handle and bio, so a handle
// that imitates the council's official account is caught as it is typed (clause 13).
import type { SiteAdapter } from './types.ts';

/** Log-in forms ask for an existing name, not a new one: they are not checked. */
function notLogin(el: Element): boolean {
  const form = (el as HTMLInputElement).form ?? el.closest('form');
  if (form?.querySelector('input[type="password"][autocomplete="current-password"]')) return false;
  if (/\b(log-?in|sign-?in)\b/i.test(location.pathname)) return false;
  return true;
}

export const profile: SiteAdapter = {
  name: 'profile',
  site: 'other',
  hosts: ['x.com', '*.x.com', 'twitter.com', '*.twitter.com', '*.facebook.com', '*.linkedin.com'],
  onForums: true,
  boxes: [
    {
      selector: {
        name: 'handle',
        markup:
          'X settings/screen_name `input[name=typedScreenName]`; sign-up forms: phpBB `input#username`, ' +
          'Mastodon `user[account_attributes][username]`, any `autocomplete=username` input',
        selectors: [
          'input[name="typedScreenName"]',
          'input[name="screen_name"]',
          'input[name="user[account_attributes][username]"]',
          'input#username[name="username"]',
          'input[autocomplete="username"]:not([type="email"])',
          'input[name="username"]',
          'input[name="handle"]',
        ],
      },
      field: 'handle',
      accept: notLogin,
    },
    {
      selector: {
        name: 'display name',
        markup:
          'X settings/profile `input[name=displayName]`; Mastodon `account[display_name]`; `autocomplete=nickname`',
        selectors: [
          'input[name="displayName"]',
          'input[name="display_name"]',
          'input[name="account[display_name]"]',
          'input[autocomplete="nickname"]',
        ],
      },
      field: 'profile-name',
      accept: notLogin,
    },
    {
      selector: {
        name: 'bio',
        markup:
          'X settings/profile `textarea[name=description]`; Mastodon `account[note]`; forum profile "about me" boxes',
        selectors: [
          'textarea[name="description"]',
          'textarea[name="account[note]"]',
          'textarea[name="bio"]',
          'textarea[name*="about_me"]',
        ],
      },
      field: 'bio',
    },
  ],
  postControls: [
    {
      name: 'save profile',
      markup:
        'X\'s profile Save button `[data-testid="Profile_Save_Button"]` and settings Save `[data-testid="settingsDetailSave"]`',
      selectors: ['[data-testid="Profile_Save_Button"]', '[data-testid="settingsDetailSave"]'],
    },
  ],
};
