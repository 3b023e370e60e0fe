// The service worker. It holds no state of its own yet: the rule engine runs in the
// content script and the pages. It must never make a network request.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Nothing to migrate in the first version; storage items declare their own versions.
  });
});
