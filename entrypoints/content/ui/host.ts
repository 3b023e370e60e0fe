// Preflight's own corner of the page: one element with an open shadow root (styles isolated,
// still reachable by assistive technology and tests), appended to <html> so the site's body
// re-renders never remove it.
import findingsCss from '../../../components/findings.css?inline';
import css from './styles.css?inline';

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** A fixed, full-viewport layer that lets clicks through except on Preflight's own parts. */
  layer: HTMLElement;
  /** Where Preact renders the badges, the panel and the gate. */
  app: HTMLElement;
}

export function createHost(): UiHost {
  const host = document.createElement('div');
  host.setAttribute('data-preflight-host', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = findingsCss + css;
  const layer = document.createElement('div');
  layer.className = 'layer';
  const app = document.createElement('div');
  layer.append(app);
  root.append(style, layer);
  // Events inside Preflight's UI are not the site's business: a site's "click outside closes
  // the composer" or focus-lock handlers must not react to the gate.
  for (const type of [
    'click',
    'mousedown',
    'mouseup',
    'pointerdown',
    'pointerup',
    'focusin',
    'focusout',
    'keydown',
    'keyup',
    'keypress',
  ]) {
    host.addEventListener(type, (e) => e.stopPropagation());
  }
  document.documentElement.append(host);
  return { host, root, layer, app };
}

/** Puts the host back if the page removed it (some sites rebuild <html>'s children). */
export function keepAttached(ui: UiHost): void {
  if (!ui.host.isConnected) document.documentElement.append(ui.host);
}
