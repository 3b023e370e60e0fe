// The Post gate (SPEC §2): a modal alertdialog that lists what the draft would break before it
// is posted. Edit post (or Escape) returns to the editor with nothing posted; Post anyway posts
// exactly what was written, unless IT's `block` enforcement forbids it for errors.
import { useEffect, useRef } from 'preact/hooks';
import type { ShownFinding } from '../../../utils/messages.ts';
import { FindingList } from '../../../components/findings.tsx';

export interface GateView {
  findings: ShownFinding[];
  /** IT set enforcement `block` and at least one finding is an error. */
  blocked: boolean;
  onEdit: () => void;
  onPostAnyway: () => void;
}

export const GATE_TITLE = 'Check this post before it goes out';

const FOCUSABLE = 'button:not([disabled]), summary, a[href], [tabindex]:not([tabindex="-1"])';

export function Gate({ view, onOpenClause }: { view: GateView; onOpenClause: (href: string) => void }) {
  const dialog = useRef<HTMLDivElement>(null);
  const edit = useRef<HTMLButtonElement>(null);
  useEffect(() => edit.current?.focus(), []);

  const errors = view.findings.filter((f) => f.severity === 'error').length;
  const warnings = view.findings.length - errors;
  const summary = [
    errors && `${errors} ${errors === 1 ? 'problem' : 'problems'} to fix`,
    warnings && `${warnings} to check`,
  ]
    .filter(Boolean)
    .join(' and ');

  const onKeyDown = (e: KeyboardEvent) => {
    // Keys pressed in the gate are the gate's: the site's shortcuts never see them.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      view.onEdit();
    } else if (e.key === 'Tab' && dialog.current) {
      const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const root = dialog.current.getRootNode() as ShadowRoot;
      const index = items.indexOf(root.activeElement as HTMLElement);
      const next = e.shiftKey
        ? index <= 0
          ? items.length - 1
          : index - 1
        : index === items.length - 1
          ? 0
          : index + 1;
      e.preventDefault();
      items[next]?.focus();
    }
  };

  return (
    <div class="backdrop">
      <div
        ref={dialog}
        class="gate"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="preflight-gate-title"
        aria-describedby="preflight-gate-summary"
        onKeyDown={onKeyDown}
      >
        <h2 id="preflight-gate-title">{GATE_TITLE}</h2>
        <p id="preflight-gate-summary" class="summary">
          This draft has {summary} under the council's social media procedure. Nothing has been posted.
        </p>
        <FindingList findings={view.findings} onOpenClause={onOpenClause} />
        {view.blocked && (
          <p class="blocked" role="note">
            Your council's IT settings do not allow posting while a "Must fix" problem remains. Edit the post to
            continue.
          </p>
        )}
        <div class="actions">
          <button ref={edit} class="primary" type="button" onClick={view.onEdit}>
            Edit post
          </button>
          <button type="button" class="secondary" disabled={view.blocked} onClick={view.onPostAnyway}>
            Post anyway
          </button>
        </div>
      </div>
    </div>
  );
}
