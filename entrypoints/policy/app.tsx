// The council's social media procedure, whole, from the bundled data: an element with the data's
// anchor as its id for every section, clause and bullet (findings link to them), the clause a
// finding sent the reader to highlighted, and under each clause Preflight enforces, what it flags.
import { useEffect, useState } from 'preact/hooks';
import type { EffectiveConfig } from '../../components/effective-config.ts';
import type { Config } from '../../rules/config.ts';
import type { PolicyBullet, PolicyClause, PolicySection, Procedure } from '../../rules/policy.ts';
import { clauseAnchor } from '../../rules/policy.ts';
import type { Rule } from '../../rules/types.ts';
import { RuleHelp } from './rule-help.tsx';

/** The rules enforcing each anchor (a bullet's, or a clause's for rules without a bullet). */
export function rulesByAnchor(rules: readonly Rule[]): Map<string, Rule[]> {
  const map = new Map<string, Rule[]>();
  for (const rule of rules) {
    const anchor = clauseAnchor(rule.clause, rule.bullet);
    map.set(anchor, [...(map.get(anchor) ?? []), rule]);
  }
  return map;
}

/** The anchor named by a location hash ("#clause-9.3-2" → "clause-9.3-2"), decoded. */
export function anchorFromHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

interface Shared {
  enforced: Map<string, Rule[]>;
  /** Rules that also cite a clause (their `seeAlso`), by the clause's id. */
  alsoCited: Map<string, Rule[]>;
  config: Config;
  target: string;
}

/** How a reader would name a clause or bullet: "clause 9.3", "clause 9.3, point 2", "Appendix 2, item 8". */
export function placeName(clause: PolicyClause, bullet?: PolicyBullet): string {
  const name = clause.id.startsWith('Appendix') ? clause.id : `clause ${clause.id}`;
  if (!bullet) return name;
  const rest = bullet.id.slice(clause.id.length + 1);
  const [first, ...more] = rest.split('.');
  const kind = clause.id === 'Appendix 2' ? 'item' : clause.id === 'Appendix 1' ? 'paragraph' : 'point';
  return [name, `${kind} ${first}`, ...more.map((n) => `point ${n}`)].join(', ');
}

function SentHere({ place }: { place: string }) {
  return (
    <p class="sent-here">
      <span aria-hidden="true">➜ </span>
      <strong>You were sent here:</strong> {place}, the part of the procedure the link pointed to.
    </p>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  );
}

function Checked() {
  return <span class="checked-tag">Checked by Preflight</span>;
}

function Bullet({ bullet, clause, shared }: { bullet: PolicyBullet; clause: PolicyClause; shared: Shared }) {
  const rules = shared.enforced.get(bullet.anchor) ?? [];
  const here = shared.target === bullet.anchor;
  return (
    <li id={bullet.anchor} class={`bullet${here ? ' is-target' : ''}`} tabIndex={here ? -1 : undefined}>
      {here && <SentHere place={placeName(clause, bullet)} />}
      {bullet.heading && <strong class="bullet-heading">{bullet.heading}: </strong>}
      {bullet.text}
      {rules.length > 0 && (
        <>
          {' '}
          <Checked />
        </>
      )}
      {bullet.bullets && bullet.bullets.length > 0 && (
        <ul>
          {bullet.bullets.map((b) => (
            <Bullet bullet={b} clause={clause} shared={shared} key={b.anchor} />
          ))}
        </ul>
      )}
      {rules.length > 0 && <RuleHelp rules={rules} config={shared.config} open={here} />}
    </li>
  );
}

function Clause({ clause, section, shared }: { clause: PolicyClause; section: PolicySection; shared: Shared }) {
  const rules = shared.enforced.get(clause.anchor) ?? [];
  const also = shared.alsoCited.get(clause.id) ?? [];
  const here = shared.target === clause.anchor;
  // Appendix 2's guidance is printed as a numbered list; elsewhere the bullets are bullets.
  const List = clause.id.startsWith('Appendix 2') ? 'ol' : 'ul';
  const numbered = clause.id !== section.id && !clause.id.startsWith('Appendix');
  return (
    <div id={clause.anchor} class={`clause-block${here ? ' is-target' : ''}`} tabIndex={here ? -1 : undefined}>
      {here && <SentHere place={placeName(clause)} />}
      <div class="clause-body">
        {numbered && <span class="clause-number">{clause.id}</span>}
        <div class="clause-text">
          <Paragraphs text={clause.text} />
          {rules.length > 0 && <Checked />}
          {clause.bullets.length > 0 && (
            <List class="bullets">
              {clause.bullets.map((b) => (
                <Bullet bullet={b} clause={clause} shared={shared} key={b.anchor} />
              ))}
            </List>
          )}
          {clause.after && <Paragraphs text={clause.after} />}
          {rules.length > 0 && <RuleHelp rules={rules} config={shared.config} open={here} />}
          {also.length > 0 && (
            <p class="also-cited">
              Preflight also cites this clause for:{' '}
              {also.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && ', '}
                  <a href={`#${clauseAnchor(r.clause, r.bullet)}`}>
                    {r.title} (clause {r.clause})
                  </a>
                </span>
              ))}
              .
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

function sectionHeading(section: PolicySection): string {
  if (section.id.startsWith('Appendix')) return section.title ? `${section.id}: ${section.title}` : section.id;
  return section.title ? `${section.id}. ${section.title}` : `Section ${section.id}`;
}

export interface PolicyPageProps {
  procedure: Procedure;
  rules: readonly Rule[];
  effective: EffectiveConfig;
  /** The anchor the page was opened at (or moved to), if any. */
  target: string;
}

export function PolicyPage({ procedure, rules, effective, target }: PolicyPageProps) {
  const { config } = effective.resolved;
  const alsoCited = new Map<string, Rule[]>();
  for (const rule of rules) for (const id of rule.seeAlso) alsoCited.set(id, [...(alsoCited.get(id) ?? []), rule]);
  const shared: Shared = { enforced: rulesByAnchor(rules), alsoCited, config, target };
  return (
    <>
      <header class="page-header">
        <p class="brand">Preflight</p>
        <h1>{procedure.title}</h1>
        <p class="organisation">{procedure.organisation}</p>
        <p class="intro">
          The whole procedure, as bundled with Preflight. Parts marked <Checked /> are the ones Preflight checks your
          drafts against; under each, “What Preflight flags here” shows what it looks for.{' '}
          <a href="checker.html">Try a draft in the checker</a>.
        </p>
        {config.policyUrl && (
          <p class="council-copy" role="note">
            Your council’s own copy of the procedure is at{' '}
            <a href={config.policyUrl} rel="noopener">
              {config.policyUrl}
            </a>
            , and Preflight’s links to a clause go there. This bundled copy stays here for reference.
          </p>
        )}
      </header>
      <nav class="contents" aria-label="Contents">
        <h2 id="contents-heading">Contents</h2>
        <ol>
          {procedure.sections.map((s) => (
            <li key={s.anchor}>
              <a href={`#${s.anchor}`}>{sectionHeading(s)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <main>
        {procedure.sections.map((section) => {
          const here = target === section.anchor;
          return (
            <section
              id={section.anchor}
              key={section.anchor}
              class={`policy-section${here ? ' is-target' : ''}`}
              aria-labelledby={`${section.anchor}-heading`}
              tabIndex={here ? -1 : undefined}
            >
              <h2 id={`${section.anchor}-heading`}>{sectionHeading(section)}</h2>
              {section.clauses.map((clause) => (
                <Clause clause={clause} section={section} shared={shared} key={clause.anchor} />
              ))}
            </section>
          );
        })}
      </main>
      <footer class="page-footer">
        <p>
          Source: {procedure.organisation}, {procedure.title}. Preflight checks drafts on your computer: nothing you
          type is sent anywhere.
        </p>
      </footer>
    </>
  );
}

/** The anchor in the address bar, kept up to date as the reader follows links or a finding changes the hash. */
export function useHashTarget(): string {
  const [target, setTarget] = useState(() => anchorFromHash(location.hash));
  useEffect(() => {
    const update = () => setTarget(anchorFromHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  // The page is drawn after the browser looked for the anchor: bring it into view, and move focus
  // there so a screen reader starts reading at the clause.
  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(target);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [target]);
  return target;
}
