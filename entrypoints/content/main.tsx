// The content script: watches for compose boxes, has each draft checked as it changes, paints
// highlights and a badge, and guards the Post action. Shared by the always-on script (Facebook,
// X, LinkedIn, wikis) and the forum script registered at run time for enabled hosts.
import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import type { CheckReply, Message } from '../../utils/messages.ts';
import { activeOn, disabledSites, siteModes, snoozedUntil } from '../../utils/storage.ts';
import { adaptersFor } from './adapters/index.ts';
import { ComposeBox } from './box.ts';
import { Checker } from './checker.ts';
import { containsComposed } from './dom.ts';
import { PostGuard, type GateRequest } from './guard.ts';
import { Highlighter } from './highlights.ts';
import { TextOverlay } from './overlay.ts';
import { App, type UiState } from './ui/app.tsx';
import { createHost, keepAttached, type UiHost } from './ui/host.ts';
import { type Claim, BoxWatcher } from './watcher.ts';

const BADGE = { width: 24, height: 24, inset: 6 };

declare global {
  // Both content scripts share the isolated world: the second one to arrive stands down.
  var __preflightStarted: boolean | undefined;
}

export function startPreflight(ctx: ContentScriptContext, entry: 'sites' | 'forums'): void {
  if (globalThis.__preflightStarted) return;
  globalThis.__preflightStarted = true;
  const adapters = adaptersFor(location.hostname, entry);
  if (!adapters.length) return;
  new Preflight(ctx, adapters).start();
}

class Preflight {
  private readonly boxes = new Map<HTMLElement, ComposeBox>();
  private readonly observers = new Map<ComposeBox, () => void>();
  private readonly overlays = new Map<ComposeBox, TextOverlay>();
  private readonly highlighter = new Highlighter();
  private readonly checker: Checker;
  private readonly watcher: BoxWatcher;
  private ui: UiHost | null = null;
  private state: UiState = { badges: [], panel: null, gate: null };
  private layoutQueued = false;
  private guard: PostGuard | null = null;
  private readonly resize = new ResizeObserver(() => this.queueLayout());

  private readonly ctx: ContentScriptContext;
  private readonly adapters: ReturnType<typeof adaptersFor>;

  constructor(ctx: ContentScriptContext, adapters: ReturnType<typeof adaptersFor>) {
    this.ctx = ctx;
    this.adapters = adapters;
    this.checker = new Checker(
      (box, text) => this.send(box, text),
      (box) => {
        if (!this.paused) this.painted(box);
      },
    );
    this.watcher = new BoxWatcher(
      adapters,
      (claim) => this.track(claim),
      () => this.prune(),
      (node) => this.isOwnOrEditor(node),
      ctx.signal,
    );
  }

  /** Switched off for this site, or snoozed, from the options page: no checks, no gate. */
  private paused = false;

  start(): void {
    const signal = this.ctx.signal;
    void this.followSwitches();
    // Tells the background this tab is being watched (the popup names the site from it).
    void browser.runtime.sendMessage({ type: 'pageOpened' } satisfies Message).catch(() => undefined);
    this.watcher.start();
    this.guard = new PostGuard(
      {
        adapters: this.adapters,
        boxes: () => this.boxes.values(),
        isOwn: (node) => !!this.ui && node instanceof Node && containsComposed(this.ui.host, node),
        check: (box) => this.checker.checkNow(box),
        openGate: (request) => this.openGate(request),
        gateOpen: () => this.state.gate !== null,
        paused: () => this.paused,
      },
      signal,
    );
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.watcher.rescan());
    window.addEventListener('scroll', () => this.queueLayout(), { capture: true, passive: true, signal });
    window.addEventListener('resize', () => this.queueLayout(), { signal });
    // Form controls change value without events when a site clears them after posting.
    this.ctx.setInterval(() => {
      for (const box of this.boxes.values()) {
        if (!this.paused && box.kind === 'control' && box.checked && !box.isCurrent()) this.checker.changed(box);
      }
    }, 1000);
    this.ctx.onInvalidated(() => this.dispose());
  }

  /** Follows the options page's per-site switch and snooze, and the snooze running out. */
  private async followSwitches(): Promise<void> {
    let wake: ReturnType<typeof setTimeout> | undefined;
    const update = async () => {
      const [disabled, snoozed] = await Promise.all([disabledSites.getValue(), snoozedUntil.getValue()]);
      const paused = !activeOn(location.hostname, disabled, snoozed);
      clearTimeout(wake);
      if (snoozed > Date.now())
        wake = setTimeout(() => void update(), Math.min(snoozed - Date.now() + 50, 2 ** 31 - 1));
      if (paused === this.paused) return;
      this.paused = paused;
      for (const box of this.boxes.values()) {
        if (paused) {
          this.checker.cancel(box);
          box.checked = null;
          this.painted(box);
        } else this.checker.changed(box);
      }
    };
    // A new personal/official choice changes what is flagged: check every draft again now.
    const recheck = () => {
      for (const box of this.boxes.values()) {
        box.checked = null;
        if (!this.paused) this.checker.changed(box);
      }
    };
    const unwatch = [
      disabledSites.watch(() => void update()),
      snoozedUntil.watch(() => void update()),
      siteModes.watch(recheck),
    ];
    this.ctx.onInvalidated(() => {
      unwatch.forEach((stop) => stop());
      clearTimeout(wake);
    });
    await update();
  }

  private async send(box: ComposeBox, text: string): Promise<CheckReply> {
    const message: Message = { type: 'check', text, field: box.field, site: box.adapter.site, box: box.id };
    return (await browser.runtime.sendMessage(message)) as CheckReply;
  }

  private track({ element, adapter, spec }: Claim): void {
    if (this.boxes.has(element)) return;
    const box = new ComposeBox(element, adapter, spec);
    this.boxes.set(element, box);
    const onChange = () => {
      if (!this.paused) this.checker.changed(box);
    };
    if (box.kind === 'control') {
      element.addEventListener('input', onChange);
      element.addEventListener('scroll', () => this.overlays.get(box)?.layout(), { passive: true });
      this.observers.set(box, () => element.removeEventListener('input', onChange));
    } else {
      // Draft.js and Lexical handle beforeinput themselves, so no input event fires: watch the text.
      const observer = new MutationObserver(onChange);
      observer.observe(element, { childList: true, characterData: true, subtree: true });
      this.observers.set(box, () => observer.disconnect());
    }
    this.resize.observe(element);
    const root = element.getRootNode();
    if (root instanceof ShadowRoot) this.guard?.watchRoot(root);
    // A box that arrives with text (a reply draft, an edit) is checked too.
    if (!this.paused && box.read().text.trim() !== '') this.checker.changed(box);
  }

  private prune(): void {
    for (const [element, box] of this.boxes) {
      if (box.alive) continue;
      this.boxes.delete(element);
      this.checker.cancel(box);
      this.observers.get(box)?.();
      this.observers.delete(box);
      this.resize.unobserve(element);
      this.highlighter.clear(box);
      this.overlays.get(box)?.remove();
      this.overlays.delete(box);
      void browser.runtime.sendMessage({ type: 'forget', box: box.id } satisfies Message).catch(() => undefined);
    }
    this.queueLayout();
  }

  private isOwnOrEditor(node: Node): boolean {
    if (this.ui && containsComposed(this.ui.host, node)) return true;
    for (const element of this.boxes.keys()) if (element.contains(node)) return true;
    return false;
  }

  /** A box has a new reply: paint its highlights, overlay and badge. */
  private painted(box: ComposeBox): void {
    const ui = this.ensureUi();
    if (box.kind === 'editable') this.highlighter.paint(box);
    else {
      let overlay = this.overlays.get(box);
      if (!overlay && box.checked?.reply.findings.length) {
        overlay = new TextOverlay(box, ui.layer);
        this.overlays.set(box, overlay);
      }
      overlay?.paint();
    }
    if (this.state.panel?.box === box.id) this.state.panel = this.panelFor(box) ?? null;
    this.queueLayout();
  }

  private ensureUi(): UiHost {
    if (!this.ui) this.ui = createHost();
    keepAttached(this.ui);
    return this.ui;
  }

  private queueLayout(): void {
    if (this.layoutQueued) return;
    this.layoutQueued = true;
    requestAnimationFrame(() => {
      this.layoutQueued = false;
      this.layout();
    });
  }

  /** Places every badge by its box and redraws. Runs once per frame at most. */
  private layout(): void {
    if (!this.ui) return;
    const badges: UiState['badges'] = [];
    for (const box of this.boxes.values()) {
      this.overlays.get(box)?.layout();
      const worst = box.worst;
      const count = box.checked?.reply.findings.length ?? 0;
      if (!worst || !count || !box.alive) continue;
      const rect = box.element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.bottom < 0 || rect.top > innerHeight) continue;
      // Inside the box, in the bottom-right corner (a one-line field: at its right end, centred),
      // where it covers neither the site's buttons nor the start of the text.
      const oneLine = rect.height < 48;
      let x = rect.right - BADGE.width - BADGE.inset;
      let y = oneLine ? rect.top + (rect.height - BADGE.height) / 2 : rect.bottom - BADGE.height - BADGE.inset;
      x = Math.max(4, Math.min(x, innerWidth - BADGE.width - 4));
      y = Math.max(4, Math.min(y, innerHeight - BADGE.height - 4));
      badges.push({ box: box.id, count, worst, x, y });
    }
    this.state.badges = badges;
    if (this.state.panel) {
      const badge = badges.find((b) => b.box === this.state.panel!.box);
      if (!badge) this.state.panel = null;
      else Object.assign(this.state.panel, panelPosition(badge.x, badge.y));
    }
    this.render();
  }

  private render(): void {
    const ui = this.ensureUi();
    render(
      <App
        state={this.state}
        actions={{
          togglePanel: (id) => {
            const box = [...this.boxes.values()].find((b) => b.id === id);
            this.state.panel = this.state.panel?.box === id || !box ? null : this.panelFor(box);
            this.layout();
          },
          openClause: (href) => {
            void browser.runtime.sendMessage({ type: 'openClause', href } satisfies Message).catch(() => undefined);
          },
          closePanel: () => {
            const id = this.state.panel?.box;
            this.state.panel = null;
            this.render();
            (ui.root.querySelector(`[data-box="${id}"]`) as HTMLElement | null)?.focus();
          },
        }}
      />,
      ui.app,
    );
  }

  private panelFor(box: ComposeBox): UiState['panel'] {
    const reply = box.checked?.reply;
    if (!reply?.findings.length) return null;
    const badge = this.state.badges.find((b) => b.box === box.id);
    return {
      box: box.id,
      findings: reply.findings,
      language: reply.language,
      skippedEnglishOnly: reply.skippedEnglishOnly.length,
      ...panelPosition(badge?.x ?? 8, badge?.y ?? 8),
    };
  }

  private openGate(request: GateRequest): void {
    this.ensureUi();
    const close = () => {
      this.state.gate = null;
      this.render();
    };
    this.state.panel = null;
    this.state.gate = {
      findings: request.findings,
      blocked: request.blocked,
      onEdit: () => {
        close();
        request.box.element.focus();
      },
      onPostAnyway: () => {
        if (request.blocked) return;
        close();
        request.postAnyway();
      },
    };
    this.render();
  }

  private dispose(): void {
    this.highlighter.dispose();
    for (const stop of this.observers.values()) stop();
    this.resize.disconnect();
    this.ui?.host.remove();
    globalThis.__preflightStarted = false;
  }
}

function panelPosition(badgeX: number, badgeY: number): { x: number; y: number } {
  const width = Math.min(380, innerWidth - 16);
  const x = Math.max(8, Math.min(badgeX + BADGE.width - width, innerWidth - width - 8));
  const below = badgeY + 30;
  const y = below + 300 < innerHeight ? below : Math.max(8, badgeY - 8 - Math.min(420, innerHeight - 16));
  return { x, y };
}
