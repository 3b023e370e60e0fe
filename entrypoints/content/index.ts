// The always-on content script: Facebook, X, LinkedIn, their profile forms, and Wikipedia.
// Forums run the same code from `forums.content`, registered at run time for enabled hosts.
import { STATIC_MATCHES } from './adapters/index.ts';
import { startPreflight } from './main.tsx';

export default defineContentScript({
  matches: STATIC_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startPreflight(ctx, 'sites');
  },
});
