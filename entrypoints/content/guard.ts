// Stands between the user's Post action and the site. Listens in the capture phase on window, so
// it runs before any of the site's own handlers: a click on a Post control, Ctrl/Cmd+Enter (or
// Enter in comment boxes that post on it), Enter/Space on a focused Post control, and a form's
// submission. A draft already checked clean goes straight through, untouched. Otherwise the event
// is stopped, the draft is checked, and either the site's own action is replayed or the gate opens.
import type { CheckReply, ShownFinding } from '../../utils/messages.ts';
import type { ComposeBox } from './box.ts';
import type { ControlSpec, SiteAdapter } from './adapters/types.ts';
import { POST_WAIT_MS, within } from './checker.ts';
import { composedParent, containsComposed } from './dom.ts';

export interface GateRequest {
  findings: ShownFinding[];
  blocked: boolean;
  /** The box to return to on Edit post. */
  box: ComposeBox;
  postAnyway: () => void;
}

export interface GuardHost {
  adapters: readonly SiteAdapter[];
  boxes: () => Iterable<ComposeBox>;
  /** Preflight's own UI: events inside it are never Post actions. */
  isOwn: (node: EventTarget) => boolean;
  check: (box: ComposeBox) => Promise<CheckReply>;
  openGate: (request: GateRequest) => void;
  gateOpen: () => boolean;
  /** Switched off or snoozed: every post goes through. */
  paused: () => boolean;
}

export class PostGuard {
  /** True while Preflight replays the site's own action: that one goes through. */
  private replaying = false;
  private busy = false;
  private readonly controls: { adapter: SiteAdapter; spec: ControlSpec; selector: string }[];

  private readonly host: GuardHost;

  constructor(host: GuardHost, signal: AbortSignal) {
    this.host = host;
    this.controls = host.adapters.flatMap((adapter) =>
      adapter.postControls.map((spec) => ({ adapter, spec, selector: spec.selectors.join(', ') })),
    );
    const options = { capture: true, signal };
    window.addEventListener('click', (e) => this.safely(e, () => this.onClick(e)), options);
    window.addEventListener('keydown', (e) => this.safely(e, () => this.onKeyDown(e)), options);
    window.addEventListener('submit', (e) => this.safely(e, () => this.onSubmit(e as SubmitEvent)), options);
    this.signal = signal;
  }

  private readonly signal: AbortSignal;
  private readonly roots = new WeakSet<ShadowRoot>();

  /**
   * `submit` is not a composed event: a form inside a shadow root (many comment widgets) never
   * reaches window, so the guard listens on that root too.
   */
  watchRoot(root: ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    root.addEventListener('submit', (e) => this.safely(e, () => this.onSubmit(e as SubmitEvent)), {
      capture: true,
      signal: this.signal,
    });
  }

  /** A bug in Preflight must never swallow a post: on an exception the event goes on as if unseen. */
  private safely(event: Event, handler: () => void): void {
    if (this.replaying) return;
    try {
      handler();
    } catch (error) {
      console.error('Preflight: the post guard failed', String(error));
    }
  }

  private onClick(event: MouseEvent): void {
    if (this.replaying) return;
    const control = this.postControlIn(event.composedPath());
    if (!control) return;
    const boxes = this.boxesNear(control);
    if (boxes.length) this.guard(event, boxes, () => control.click());
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.replaying || event.isComposing) return;
    const path = event.composedPath();
    if (event.key === ' ' || event.key === 'Enter') {
      // Enter or Space on a focused Post button posts like a click.
      const control = this.postControlIn(path);
      if (control && !(control instanceof HTMLInputElement) && path[0] === control) {
        const boxes = this.boxesNear(control);
        if (boxes.length) return this.guard(event, boxes, () => control.click());
      }
    }
    if (event.key !== 'Enter') return;
    const box = this.boxIn(path);
    if (!box) return;
    const mod = event.ctrlKey || event.metaKey;
    const keys = box.spec.keys;
    const posts = (keys?.modEnter && mod) || (keys?.enter && !mod && !event.shiftKey && !event.altKey);
    if (!posts) return;
    const target = path[0] as Element;
    const init: KeyboardEventInit = {
      key: event.key,
      code: event.code,
      keyCode: 13,
      which: 13,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    } as KeyboardEventInit;
    this.guard(event, this.boxesNear(box.element), () => {
      target.dispatchEvent(new KeyboardEvent('keydown', init));
    });
  }

  private onSubmit(event: SubmitEvent): void {
    if (this.replaying) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const boxes = [...this.host.boxes()].filter((b) => containsComposed(form, b.element));
    if (!boxes.length) return;
    const submitter = event.submitter;
    const publishes = boxes[0]!.adapter.publishes;
    if (publishes && !publishes(submitter, form)) return;
    this.guard(event, boxes, () => form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined));
  }

  /** Lets a clean, already-checked draft through; otherwise stops the event and decides. */
  private guard(event: Event, boxes: ComposeBox[], replay: () => void): void {
    if (this.host.paused()) return;
    const live = boxes.filter((b) => b.alive);
    const texts = live.map((b) => b.read().text);
    const known = live.every((b, i) => b.isCurrent(texts[i]));
    if (known && live.every((b) => b.blocking.length === 0)) return;
    if (texts.every((t) => t.trim() === '')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (this.busy || this.host.gateOpen()) return;
    this.busy = true;
    void this.decide(live, replay).finally(() => (this.busy = false));
  }

  private async decide(boxes: ComposeBox[], replay: () => void): Promise<void> {
    let replies;
    try {
      replies = await within(Promise.all(boxes.map((b) => this.host.check(b))), POST_WAIT_MS);
    } catch (error) {
      // The engine could not answer (the extension was updated, or is stuck): never hold a post hostage.
      console.warn('Preflight: could not check the draft before posting; letting it through', String(error));
      return this.replay(replay);
    }
    const findings = replies.flatMap((r) => r.findings.filter((f) => f.severity !== 'info'));
    if (!findings.length) return this.replay(replay);
    const enforcement = replies[0]!.enforcement;
    const first = boxes.find((_b, i) => replies[i]!.findings.some((f) => f.severity !== 'info')) ?? boxes[0]!;
    this.host.openGate({
      findings,
      blocked: enforcement === 'block' && findings.some((f) => f.severity === 'error'),
      box: first,
      postAnyway: () => this.replay(replay),
    });
  }

  /** Runs the site's own post action, which the guard lets through. */
  private replay(action: () => void): void {
    this.replaying = true;
    try {
      action();
    } finally {
      this.replaying = false;
    }
  }

  private postControlIn(path: EventTarget[]): HTMLElement | null {
    for (const node of path) {
      if (!(node instanceof HTMLElement)) continue;
      if (this.host.isOwn(node)) return null;
      for (const c of this.controls) {
        if (node.matches(c.selector) && (!c.spec.accept || c.spec.accept(node))) return node;
      }
    }
    return null;
  }

  private boxIn(path: EventTarget[]): ComposeBox | null {
    const boxes = [...this.host.boxes()];
    for (const node of path) {
      const box = boxes.find((b) => b.element === node);
      if (box) return box;
    }
    return null;
  }

  /** The boxes a Post control posts: those inside its nearest ancestor that holds any box. */
  private boxesNear(control: Element): ComposeBox[] {
    const boxes = [...this.host.boxes()].filter((b) => b.alive);
    for (let node: Node | null = composedParent(control); node; node = composedParent(node)) {
      const inside = boxes.filter((b) => containsComposed(node!, b.element));
      if (inside.length) return inside;
    }
    return [];
  }
}
