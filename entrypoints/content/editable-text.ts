// Reads the text of a rich editor (Draft.js, Lexical, Quill, ProseMirror, plain contenteditable)
// the way a reader sees it, and remembers where every character lives in the DOM, so a finding's
// offsets become a Range over the editor's own text nodes. Read only: the editor's DOM belongs to
// its framework, which reverts or crashes on outside edits.

/** A run of the text that sits in one DOM text node. */
interface Piece {
  node: Text;
  /** Offset of the node's first character in the read text. */
  start: number;
}

export interface EditableText {
  text: string;
  pieces: Piece[];
}

// Elements that start a new line in the text: Draft.js blocks are divs, Lexical and Quill
// paragraphs are p, lists are li.
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
// Never part of the draft: editors' hidden helpers and scripts.
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function readEditable(root: Element): EditableText {
  const pieces: Piece[] = [];
  let text = '';
  // A block's end breaks the line only if more text follows: no trailing newline is invented.
  let pendingBreak = false;
  const newline = () => {
    pendingBreak = false;
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data === '') continue;
        if (pendingBreak) newline();
        pieces.push({ node: child as Text, start: text.length });
        text += data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        // Placeholders the editor marks as not part of the content.
        if (el.getAttribute('contenteditable') === 'false' && el.getAttribute('aria-hidden') === 'true') continue;
        if (el.tagName === 'BR') {
          if (pendingBreak) newline();
          text += '\n';
          continue;
        }
        const block = BLOCK.has(el.tagName);
        if (block) newline();
        walk(el);
        if (block) pendingBreak = true;
      }
    }
  };
  walk(root);
  return { text, pieces };
}

/** The piece holding `offset`, or the next one when the offset falls on a line break. */
function pieceAt(pieces: readonly Piece[], offset: number, preferNext: boolean): number {
  let lo = 0;
  let hi = pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return 0;
  const piece = pieces[found]!;
  const inside = offset - piece.start;
  if (inside > piece.node.data.length || (preferNext && inside === piece.node.data.length)) {
    return found + 1 < pieces.length ? found + 1 : found;
  }
  return found;
}

/** A DOM Range over the editor's text for [start, end) of the read text; null if the DOM moved on. */
export function rangeFor(read: EditableText, start: number, end: number): Range | null {
  const { pieces } = read;
  if (!pieces.length || end <= start) return null;
  const a = pieces[pieceAt(pieces, start, true)]!;
  const b = pieces[pieceAt(pieces, end, false)]!;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  const startOffset = Math.max(0, Math.min(start - a.start, a.node.data.length));
  const endOffset = Math.max(0, Math.min(end - b.start, b.node.data.length));
  const range = document.createRange();
  try {
    range.setStart(a.node, startOffset);
    range.setEnd(b.node, endOffset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
