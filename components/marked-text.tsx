// A read-only mirror of a draft with each finding's words in a <mark>. Severity is shown as an
// icon and a word beside the marked words, and as the underline's style, never by colour alone.
// Used by the checker page; plain text in, so nothing in the draft is ever parsed as markup.
import type { Finding, Severity } from '../rules/types.ts';
import { SEVERITY_ICON, SEVERITY_LABEL } from './findings.tsx';
import './marked-text.css';

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

type Span = Pick<Finding, 'start' | 'end' | 'severity'> & { title?: string };

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The most serious severity among the findings covering this stretch; null for unmarked text. */
  severity: Severity | null;
  /** The severity to label here, when a finding starts at this segment (most serious of them). */
  starts: Severity | null;
  /** The titles of the findings covering this stretch, for a tooltip. */
  titles: string[];
}

function worst(spans: readonly Span[]): Severity | null {
  let best: Severity | null = null;
  for (const s of spans) if (best === null || RANK[s.severity] > RANK[best]) best = s.severity;
  return best;
}

/**
 * Cuts `text` at every finding's start and end: each piece knows which findings cover it, so
 * overlapping findings (two rules on the same words) still mark every word once.
 */
export function markSegments(text: string, findings: readonly Span[]): Segment[] {
  const spans = findings
    .map((f) => ({ ...f, start: Math.max(0, Math.min(f.start, text.length)), end: Math.min(f.end, text.length) }))
    .filter((f) => f.end > f.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const severity = worst(covering);
    const starting = covering.filter((s) => s.start === start);
    const last = segments[segments.length - 1];
    // Unmarked stretches stay whole.
    if (severity === null && last && last.severity === null) {
      last.end = end;
      last.text += text.slice(start, end);
      continue;
    }
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      severity,
      starts: worst(starting),
      titles: covering.map((s) => s.title ?? '').filter(Boolean),
    });
  }
  return segments;
}

export interface MarkedTextProps {
  text: string;
  findings: readonly Span[];
  /** The accessible name of the mirror, e.g. "Your draft, with the findings marked". */
  label: string;
}

export function MarkedText({ text, findings, label }: MarkedTextProps) {
  return (
    <div class="marked-text" role="region" aria-label={label}>
      {markSegments(text, findings).map((s) =>
        s.severity === null ? (
          s.text
        ) : (
          <>
            {s.starts && (
              <span class={`mark-tag ${s.starts}`}>
                <span aria-hidden="true">{SEVERITY_ICON[s.starts]} </span>
                {SEVERITY_LABEL[s.starts]}
                <span class="visually-hidden">:</span>
              </span>
            )}
            <mark class={s.severity} data-severity={s.severity} title={s.titles.join('; ') || undefined}>
              {s.text}
            </mark>
          </>
        ),
      )}
    </div>
  );
}
