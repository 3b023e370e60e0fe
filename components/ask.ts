// One typed question to the background from a page (popup, options): the messages are declared
// in utils/messages.ts.
import type { RequestType, Requests } from '../utils/messages.ts';

export function ask<K extends RequestType>(type: K, request: Requests[K]['request']): Promise<Requests[K]['reply']> {
  return browser.runtime.sendMessage({ type, ...request }) as Promise<Requests[K]['reply']>;
}
