// The council's social media procedure as data: every section, clause and bullet in the
// council's own words, with the anchor the policy page gives it. The JSON is generated from
// the procedure's text by `npm run build:policy` (scripts/build-policy.ts) and committed.
import data from './policy/procedure.json' with { type: 'json' };

export interface PolicyBullet {
  /** `9.3.2` for the second bullet of 9.3; `Appendix 2.8` for guidance item 8. */
  id: string;
  /** `clause-9.3-2`: the element id on the policy page. */
  anchor: string;
  /** Appendix 1's headed paragraphs ("Social networking"); absent elsewhere. */
  heading?: string;
  text: string;
  /** Bullets under this one (Appendix 2, item 7's list of websites). */
  bullets?: PolicyBullet[];
}

export interface PolicyClause {
  /** As printed: `9.3`, `13` (clause 13 has no 13.1), `Appendix 2`. */
  id: string;
  anchor: string;
  /** The words before the bullets; paragraphs are separated by a blank line. Empty for Appendix 1. */
  text: string;
  bullets: PolicyBullet[];
  /** Words after the bullets ("This list is not exhaustive."). */
  after?: string;
}

export interface PolicySection {
  /** `9`, or `Appendix 1`. */
  id: string;
  anchor: string;
  /** As printed; null where the procedure gives none (section 13). */
  title: string | null;
  clauses: PolicyClause[];
}

export interface Procedure {
  title: string;
  organisation: string;
  /** The file the data was generated from. */
  source: string;
  sections: PolicySection[];
}

export const procedure: Procedure = data as Procedure;

const CLAUSES: ReadonlyMap<string, PolicyClause> = new Map(
  procedure.sections.flatMap((s) => s.clauses.map((c) => [c.id, c] as const)),
);

/** Every clause, in the order of the document. */
export const clauses: readonly PolicyClause[] = [...CLAUSES.values()];

/** The clause numbered `id` as printed ("9.3", "13", "Appendix 2"), if the procedure has it. */
export function findClause(id: string): PolicyClause | undefined {
  return CLAUSES.get(id.trim());
}

/** The section a clause belongs to. */
export function findSection(clause: string): PolicySection | undefined {
  const c = findClause(clause);
  return c && procedure.sections.find((s) => s.clauses.includes(c));
}

/** The `bullet`th bullet (1-based) of a clause. */
export function findBullet(clause: string, bullet: number): PolicyBullet | undefined {
  return Number.isInteger(bullet) && bullet >= 1 ? findClause(clause)?.bullets[bullet - 1] : undefined;
}

/**
 * The procedure's own words for a rule's clause: the bullet's text, or the clause's text when
 * `bullet` is null. Empty when the procedure has no such clause or bullet (a test guarantees
 * every rule's reference resolves, so a page can show this without a fallback of its own).
 */
export function clauseWords(clause: string, bullet: number | null): string {
  if (bullet === null) return findClause(clause)?.text ?? '';
  return findBullet(clause, bullet)?.text ?? '';
}

/**
 * The element id a link to the clause (or bullet) lands on. For a reference the procedure does
 * not have, the nearest thing that exists: the clause without the bullet, else the anchor the
 * clause would have.
 */
export function clauseAnchor(clause: string, bullet: number | null): string {
  const c = findClause(clause);
  if (!c) return 'clause-' + clause.trim().toLowerCase().replace(/\s+/g, '-');
  if (bullet === null) return c.anchor;
  return findBullet(clause, bullet)?.anchor ?? c.anchor;
}
