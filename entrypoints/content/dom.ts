// DOM helpers that see into open shadow roots, where many comment widgets and some editors live.

/** The parent in the composed tree: through a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

/** `Element.closest` that climbs out of shadow roots. */
export function closestComposed(start: Element, selector: string): Element | null {
  for (let node: Node | null = start; node; node = composedParent(node)) {
    if (node instanceof Element && node.matches(selector)) return node;
  }
  return null;
}

/** Whether `inner` is `outer` or inside it, counting shadow trees. */
export function containsComposed(outer: Node, inner: Node): boolean {
  for (let node: Node | null = inner; node; node = composedParent(node)) if (node === outer) return true;
  return false;
}

/** Every open shadow root under `root` (an element, a document or a shadow root). */
export function openShadowRoots(root: ParentNode, out: ShadowRoot[] = []): ShadowRoot[] {
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) {
      out.push(shadow);
      openShadowRoots(shadow, out);
    }
  }
  return out;
}

/** `querySelectorAll` over a root and the open shadow roots given. */
export function queryAll(roots: Iterable<ParentNode>, selector: string): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    if (root instanceof Element && root.matches(selector)) out.push(root);
    out.push(...root.querySelectorAll(selector));
  }
  return out;
}

/** Visible enough to be typed in: laid out with a size. */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}
