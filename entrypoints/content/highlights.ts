// Marks the offending words without touching the editor's DOM. Rich editors: the CSS Custom
// Highlight API paints Ranges over the editor's own text nodes. Textareas and inputs cannot hold
// ranges, so they get a mirror overlay in Preflight's own shadow root (see overlay.ts).
import type { Severity } from '../../rules/types.ts';
import type { ComposeBox } from './box.ts';
import { rangeFor } from './editable-text.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const highlightName = (severity: Severity) => `preflight-${severity}`;

/** The ::highlight styles, for the page and for any shadow root an editor sits in. */
export const HIGHLIGHT_CSS = `
::highlight(preflight-error) { text-decoration: underline wavy #c5221f; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; background-color: rgba(197, 34, 31, 0.1); }
::highlight(preflight-warning) { text-decoration: underline wavy #b06000; text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; background-color: rgba(242, 153, 0, 0.14); }
::highlight(preflight-info) { text-decoration: underline dotted #1a73e8; text-underline-offset: 3px; }
`;

export const highlightsSupported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Highlighter {
  private readonly ranges = new Map<ComposeBox, Record<Severity, Range[]>>();
  private readonly styledRoots = new WeakSet<Document | ShadowRoot>();

  /** Paints the box's latest findings (rich editors only). */
  paint(box: ComposeBox): void {
    if (!highlightsSupported || box.kind !== 'editable') return;
    const checked = box.checked;
    const byseverity: Record<Severity, Range[]> = { error: [], warning: [], info: [] };
    if (checked?.layout) {
      for (const f of checked.reply.findings) {
        const range = rangeFor(checked.layout, f.start, f.end);
        if (range) byseverity[f.severity].push(range);
      }
    }
    this.ranges.set(box, byseverity);
    this.style(box.element.getRootNode());
    this.flush();
  }

  clear(box: ComposeBox): void {
    if (this.ranges.delete(box)) this.flush();
  }

  private flush(): void {
    for (const severity of SEVERITIES) {
      const all: Range[] = [];
      for (const r of this.ranges.values()) all.push(...r[severity]);
      const name = highlightName(severity);
      if (all.length) CSS.highlights.set(name, new Highlight(...all));
      else CSS.highlights.delete(name);
    }
  }

  /** Gives the document, or the shadow root an editor sits in, the ::highlight styles once. */
  private style(root: Node): void {
    if (!(root instanceof ShadowRoot || root instanceof Document) || this.styledRoots.has(root)) return;
    this.styledRoots.add(root);
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch (error) {
      console.warn('Preflight: could not style highlights in a shadow root', String(error));
    }
  }

  dispose(): void {
    for (const severity of SEVERITIES) CSS.highlights?.delete(highlightName(severity));
    this.ranges.clear();
  }
}
