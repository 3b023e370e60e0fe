// Asks the background to check a box's text: after typing pauses and the page is idle, or at
// once when the user posts. Only the latest text's reply is ever painted.
import type { CheckReply } from '../../utils/messages.ts';
import type { ComposeBox } from './box.ts';

/** Typing pause before a check: long enough not to chase every keystroke, short enough to feel live. */
const PAUSE_MS = 250;
/** How long a post waits for a check before it is let through (the engine never holds a post hostage). */
export const POST_WAIT_MS = 4000;

export class Checker {
  private readonly timers = new Map<ComposeBox, ReturnType<typeof setTimeout>>();
  private readonly send: (box: ComposeBox, text: string) => Promise<CheckReply>;
  /** Called when a box has a new reply for its current text. */
  private readonly onChecked: (box: ComposeBox) => void;

  constructor(send: Checker['send'], onChecked: Checker['onChecked']) {
    this.send = send;
    this.onChecked = onChecked;
  }

  /** The text changed: check it once typing pauses and the page is idle. Costs one timer reset. */
  changed(box: ComposeBox): void {
    box.version++;
    const timer = this.timers.get(box);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.set(
      box,
      setTimeout(() => {
        this.timers.delete(box);
        const run = () => void this.checkNow(box).catch(() => undefined);
        if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 400 });
        else run();
      }, PAUSE_MS),
    );
  }

  /** Checks the box's text now (or returns the reply already held for this very text). */
  async checkNow(box: ComposeBox): Promise<CheckReply> {
    const { text, layout } = box.read();
    if (box.checked?.text === text) return box.checked.reply;
    const version = box.version;
    // An emptied box is sent too: the background clears the tab's toolbar count and popup.
    const reply = await this.send(box, text);
    // A newer edit arrived while this one was being checked: its own check will paint.
    if (box.version === version || box.read().text === text) {
      box.checked = { text, layout, reply };
      this.onChecked(box);
    }
    return reply;
  }

  cancel(box: ComposeBox): void {
    const timer = this.timers.get(box);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(box);
  }
}

/** Resolves with the promise's value, or rejects after `ms`. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}
