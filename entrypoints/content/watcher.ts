// Finds compose boxes as they appear: at start, after the page changes (MutationObserver on the
// document and on every open shadow root found), and when something editable takes focus (which
// also catches editors in shadow roots attached after insertion). Scans run when the page is
// idle, never in a keystroke's path.
import type { BoxSpec, SiteAdapter } from './adapters/types.ts';
import { closestComposed, openShadowRoots, queryAll } from './dom.ts';

export interface Claim {
  element: HTMLElement;
  adapter: SiteAdapter;
  spec: BoxSpec;
}

const EDITABLE = 'textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

export class BoxWatcher {
  private readonly roots = new Set<Document | ShadowRoot>([document]);
  private readonly selector: string;
  private readonly observer: MutationObserver;
  private pending: Element[] = [];
  private scheduled = false;
  private lastScan = 0;

  private readonly adapters: readonly SiteAdapter[];
  /** Called with each element an adapter claims (again and again: the callee ignores repeats). */
  private readonly onFound: (claim: Claim) => void;
  /** Called after each scan, to drop boxes that left the page. */
  private readonly onScanned: () => void;
  /** Nodes whose own mutations are not page changes (the tracked editors, Preflight's UI). */
  private readonly isOwn: (node: Node) => boolean;
  private readonly signal: AbortSignal;

  constructor(
    adapters: readonly SiteAdapter[],
    onFound: BoxWatcher['onFound'],
    onScanned: BoxWatcher['onScanned'],
    isOwn: BoxWatcher['isOwn'],
    signal: AbortSignal,
  ) {
    this.adapters = adapters;
    this.onFound = onFound;
    this.onScanned = onScanned;
    this.isOwn = isOwn;
    this.signal = signal;
    this.selector = adapters.flatMap((a) => a.boxes.flatMap((b) => b.selector.selectors)).join(', ');
    this.observer = new MutationObserver((records) => this.onMutations(records));
    signal.addEventListener('abort', () => this.observer.disconnect());
  }

  start(): void {
    this.observe(document);
    for (const root of openShadowRoots(document)) this.addRoot(root);
    this.scanNow();
    window.addEventListener('focusin', (e) => this.onFocus(e), { capture: true, signal: this.signal });
  }

  /** Rescan everything soon (single-page navigation). */
  rescan(): void {
    this.pending.push(document.documentElement);
    this.schedule();
  }

  /** Which adapter and box kind an element is, if any (adapters in order; the first claims it). */
  classify(el: Element): Claim | null {
    if (!(el instanceof HTMLElement) || !el.isConnected || !el.matches(EDITABLE)) return null;
    // Only inputs that take free text: never passwords, e-mail addresses or numbers.
    if (el instanceof HTMLInputElement && !['text', 'search'].includes(el.type)) return null;
    for (const adapter of this.adapters) {
      try {
        for (const spec of adapter.boxes) {
          if (!spec.selector.selectors.some((s) => el.matches(s))) continue;
          if (spec.accept && !spec.accept(el)) continue;
          return { element: el, adapter, spec };
        }
      } catch (error) {
        console.warn(`Preflight: the ${adapter.name} adapter failed`, String(error));
      }
    }
    return null;
  }

  private observe(root: Document | ShadowRoot): void {
    this.observer.observe(root, { childList: true, subtree: true });
  }

  private addRoot(root: ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observe(root);
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.isOwn(record.target)) continue;
      for (const node of record.addedNodes) if (node instanceof Element) this.pending.push(node);
      if (record.removedNodes.length) this.pending.push(document.documentElement);
    }
    if (this.pending.length) this.schedule();
  }

  private onFocus(event: FocusEvent): void {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const root = target.getRootNode();
    if (root instanceof ShadowRoot) this.addRoot(root);
    const editable = closestComposed(target, EDITABLE);
    const claim = editable && this.classify(editable);
    if (claim) this.onFound(claim);
  }

  /** Coalesces bursts of page changes into one scan when the page is idle, at most ~3 a second. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const wait = Math.max(0, 300 - (performance.now() - this.lastScan));
    setTimeout(() => {
      const run = () => {
        this.scheduled = false;
        if (!this.signal.aborted) this.scanNow();
      };
      if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 500 });
      else run();
    }, wait);
  }

  private scanNow(): void {
    this.lastScan = performance.now();
    const added = this.pending;
    this.pending = [];
    // Shadow roots arrive with the elements that host them.
    for (const el of added) {
      if (el === document.documentElement) continue;
      if (el.shadowRoot) this.addRoot(el.shadowRoot);
      for (const root of openShadowRoots(el)) this.addRoot(root);
    }
    for (const root of this.roots) {
      if (root instanceof ShadowRoot && !root.host.isConnected) this.roots.delete(root);
    }
    for (const el of queryAll(this.roots, this.selector)) {
      const claim = this.classify(el);
      if (claim) this.onFound(claim);
    }
    this.onScanned();
  }
}
