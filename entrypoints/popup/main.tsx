// The toolbar popup. Small on purpose (no engine, no zod): it asks the background for the tab's
// latest findings and reads the switches from storage, so it is ready within a few milliseconds.
import { render } from 'preact';
import '../../components/page.css';
import './popup.css';
import { Popup } from './popup.tsx';
import { loadPopup, popupTabId } from './data.ts';

declare global {
  interface Window {
    /** performance.now() when the popup's script started (after its files loaded; read by the end-to-end test). */
    __preflightStartAt?: number;
    /** performance.now() when the popup first showed the tab's state (read by the end-to-end test). */
    __preflightReadyAt?: number;
  }
}

window.__preflightStartAt = performance.now();

const root = document.getElementById('app')!;
void loadPopup(popupTabId(location.search)).then((data) => {
  render(<Popup initial={data} />, root);
  window.__preflightReadyAt = performance.now();
});
