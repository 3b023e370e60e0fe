// Everything Preflight draws in the page, rendered into its own open shadow root: a badge per
// compose box with findings, the details panel a badge opens, and the Post gate.
import { useEffect, useRef } from 'preact/hooks';
import type { Severity } from '../../../rules/types.ts';
import type { ShownFinding } from '../../../utils/messages.ts';
import { countText, FindingList } from '../../../components/findings.tsx';
import { Gate, type GateView } from './gate.tsx';

export interface BadgeView {
  box: string;
  count: number;
  worst: Severity;
  /** Top-left corner in viewport pixels. */
  x: number;
  y: number;
}

export interface PanelView {
  box: string;
  findings: ShownFinding[];
  language: string;
  skippedEnglishOnly: number;
  x: number;
  y: number;
}

export interface UiState {
  badges: BadgeView[];
  panel: PanelView | null;
  gate: GateView | null;
}

export interface UiActions {
  togglePanel: (box: string) => void;
  closePanel: () => void;
  /** Opens the procedure at a clause in a new tab (the background does it: a page cannot). */
  openClause: (href: string) => void;
}

function Badge({ view, open, actions }: { view: BadgeView; open: boolean; actions: UiActions }) {
  return (
    <button
      type="button"
      class={`badge ${view.worst}`}
      style={{ left: `${view.x}px`, top: `${view.y}px` }}
      aria-label={`Preflight: ${countText(view.count)} — show details`}
      aria-expanded={open}
      data-box={view.box}
      onClick={() => actions.togglePanel(view.box)}
    >
      <span aria-hidden="true">{view.count}</span>
    </button>
  );
}

function Panel({ view, actions }: { view: PanelView; actions: UiActions }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), [view.box]);
  return (
    <div
      class="panel"
      role="dialog"
      aria-label="Preflight findings"
      style={{ left: `${view.x}px`, top: `${view.y}px` }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') actions.closePanel();
      }}
    >
      <div class="panel-head">
        <h2>Preflight: {countText(view.findings.length)}</h2>
        <button ref={close} type="button" class="close" aria-label="Close" onClick={actions.closePanel}>
          ×
        </button>
      </div>
      {view.skippedEnglishOnly > 0 && (
        <p class="note">
          This draft does not read as English, so only the pattern checks ran (emails, phone numbers, handles, names on
          the council's lists).
        </p>
      )}
      <FindingList findings={view.findings} onOpenClause={actions.openClause} />
    </div>
  );
}

export function App({ state, actions }: { state: UiState; actions: UiActions }) {
  return (
    <>
      {state.badges.map((b) => (
        <Badge key={b.box} view={b} open={state.panel?.box === b.box} actions={actions} />
      ))}
      {state.panel && <Panel view={state.panel} actions={actions} />}
      {state.gate && <Gate view={state.gate} onOpenClause={actions.openClause} />}
    </>
  );
}
