// Highlights for a textarea or text input: a mirror of the control drawn over it in Preflight's
// own layer, with the same font, padding, wrapping and scroll, whose text is transparent except
// for underlines under the findings. The control itself is never touched.
import type { ComposeBox } from './box.ts';

const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'textAlign',
  'direction',
  'tabSize',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
] as const;

export class TextOverlay {
  readonly element: HTMLDivElement;
  private readonly content: HTMLDivElement;
  private painted = '';

  readonly box: ComposeBox;

  constructor(box: ComposeBox, layer: HTMLElement) {
    this.box = box;
    this.element = document.createElement('div');
    this.element.dataset.preflight = 'overlay';
    this.element.className = 'overlay';
    this.element.setAttribute('aria-hidden', 'true');
    this.content = document.createElement('div');
    this.element.append(this.content);
    layer.append(this.element);
  }

  /** Rebuilds the mirror's text and marks from the box's latest findings. */
  paint(): void {
    const checked = this.box.checked;
    const findings = checked?.reply.findings ?? [];
    const key = checked
      ? `${checked.text.length}:${findings.map((f) => `${f.start}-${f.end}-${f.severity}`).join()}`
      : '';
    if (key === this.painted && checked) return this.layout();
    this.painted = key;
    this.content.replaceChildren();
    if (!checked || !findings.length) {
      this.element.hidden = true;
      return;
    }
    const text = checked.text;
    let at = 0;
    for (const f of findings) {
      if (f.start < at) continue;
      this.content.append(text.slice(at, f.start));
      const mark = document.createElement('mark');
      mark.className = f.severity;
      mark.textContent = text.slice(f.start, f.end);
      this.content.append(mark);
      at = f.end;
    }
    // A trailing newline needs a character after it to take up its line, as in the control.
    this.content.append(text.slice(at) + '\u200b');
    this.element.hidden = false;
    this.layout();
  }

  /** Follows the control's position, size, style and scroll. */
  layout(): void {
    const control = this.box.element as HTMLTextAreaElement | HTMLInputElement;
    if (this.element.hidden) return;
    const rect = control.getBoundingClientRect();
    const style = this.element.style;
    if (!control.isConnected || rect.width === 0 || rect.height === 0) {
      style.display = 'none';
      return;
    }
    const computed = getComputedStyle(control);
    style.display = '';
    // The mirror covers the control's padding box, minus any scrollbar, so lines wrap alike.
    style.left = `${rect.left + control.clientLeft}px`;
    style.top = `${rect.top + control.clientTop}px`;
    style.width = `${control.clientWidth}px`;
    style.height = `${control.clientHeight}px`;
    for (const prop of COPIED) style[prop] = computed[prop];
    const single = control instanceof HTMLInputElement;
    style.whiteSpace = single ? 'pre' : 'pre-wrap';
    style.overflowWrap = single ? 'normal' : 'break-word';
    this.content.style.width = single ? 'max-content' : '';
    if (single) {
      // An input centres its one line vertically.
      style.lineHeight = `${control.clientHeight - parseFloat(computed.paddingTop) - parseFloat(computed.paddingBottom)}px`;
    }
    this.element.scrollTop = control.scrollTop;
    this.element.scrollLeft = control.scrollLeft;
  }

  remove(): void {
    this.element.remove();
  }
}
