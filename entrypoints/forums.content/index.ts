// The forum content script: registered at run time (scripting.registerContentScripts) for the
// hosts in IT's `forums` list and those the user enabled from the popup, once allowed.
import { startPreflight } from '../content/main.tsx';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startPreflight(ctx, 'forums');
  },
});
