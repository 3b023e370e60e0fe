// A compose box Preflight is watching: where it is, which adapter found it, and what the engine
// last said about its text.
import type { Severity } from '../../rules/types.ts';
import type { CheckReply } from '../../utils/messages.ts';
import type { BoxSpec, SiteAdapter } from './adapters/types.ts';
import { readEditable, type EditableText } from './editable-text.ts';

let counter = 0;

/** What the text was, how it maps to the DOM (rich editors only), and the engine's reply. */
export interface Checked {
  text: string;
  layout: EditableText | null;
  reply: CheckReply;
}

export class ComposeBox {
  readonly id = `box-${++counter}`;
  /** A form control (textarea/input: `value`) or a rich editor (`contenteditable`: its text nodes). */
  readonly kind: 'control' | 'editable';
  checked: Checked | null = null;
  /** Incremented on every change, so a reply for older text is never painted. */
  version = 0;

  readonly element: HTMLElement;
  readonly adapter: SiteAdapter;
  readonly spec: BoxSpec;

  constructor(element: HTMLElement, adapter: SiteAdapter, spec: BoxSpec) {
    this.element = element;
    this.adapter = adapter;
    this.spec = spec;
    this.kind = element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement ? 'control' : 'editable';
  }

  get field() {
    return this.spec.field;
  }

  /** The text as it is now, and for rich editors where each character sits. Never writes. */
  read(): { text: string; layout: EditableText | null } {
    const el = this.element;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return { text: el.value, layout: null };
    const layout = readEditable(el);
    return { text: layout.text, layout };
  }

  /** Whether the engine's latest reply is for the text the box holds now. */
  isCurrent(text = this.read().text): boolean {
    return this.checked?.text === text;
  }

  /** Findings that stop a post and open the gate (SPEC §2: `error` or `warning`). */
  get blocking() {
    return (this.checked?.reply.findings ?? []).filter((f) => f.severity !== 'info');
  }

  get worst(): Severity | null {
    const findings = this.checked?.reply.findings ?? [];
    if (findings.some((f) => f.severity === 'error')) return 'error';
    if (findings.some((f) => f.severity === 'warning')) return 'warning';
    return findings.length ? 'info' : null;
  }

  /** Still in the page and shown (an editor behind `display: none` is not being typed in). */
  get alive(): boolean {
    return this.element.isConnected;
  }
}
