// "What Preflight flags here": under a clause or bullet that a rule enforces, what the rule looks
// for, how serious it is on each kind of account, and a few drafts it flags and passes (the
// rule's own examples, which are also its tests).
import { SEVERITY_ICON, SEVERITY_LABEL } from '../../components/findings.tsx';
import { exampleContext, exampleSetting, pickExamples } from '../../components/rule-examples.ts';
import type { Config } from '../../rules/config.ts';
import type { Mode, Rule, SeverityOrOff } from '../../rules/types.ts';

function severityIn(rule: Rule, mode: Mode, config: Config): SeverityOrOff {
  return (config.rules[rule.id] as SeverityOrOff | undefined) ?? rule.severity[mode];
}

function SeverityIn({ rule, mode, config }: { rule: Rule; mode: Mode; config: Config }) {
  const severity = severityIn(rule, mode, config);
  return (
    <li>
      {mode === 'personal' ? 'Personal accounts' : 'The council’s own accounts'}:{' '}
      {severity === 'off' ? (
        <span class="not-checked">not checked</span>
      ) : (
        <span class={`severity ${severity}`}>
          <span aria-hidden="true">{SEVERITY_ICON[severity]} </span>
          {SEVERITY_LABEL[severity]}
        </span>
      )}
    </li>
  );
}

export function RuleHelp({ rules, config, open }: { rules: readonly Rule[]; config: Config; open: boolean }) {
  return (
    <details class="flags" open={open}>
      <summary>
        What Preflight flags here <span class="flags-count">({rules.map((r) => r.title).join('; ')})</span>
      </summary>
      {rules.map((rule) => (
        <div class="flag-rule" key={rule.id}>
          <h3>{rule.title}</h3>
          <p>{rule.explanation}</p>
          <ul class="flag-severity">
            <SeverityIn rule={rule} mode="personal" config={config} />
            <SeverityIn rule={rule} mode="official" config={config} />
            {rule.englishOnly && <li>Checked in English drafts only.</li>}
          </ul>
          <p class="flag-examples-head">For example:</p>
          <ul class="flag-examples">
            {pickExamples(rule.examples).map((example) => {
              const where = exampleContext(example);
              const setting = exampleSetting(example.config);
              return (
                <li class={example.flagged ? 'flagged' : 'passes'} key={example.text}>
                  <span class="verdict">
                    <span aria-hidden="true">{example.flagged ? '✖' : '✔'} </span>
                    {example.flagged ? 'Flagged' : 'Passes'}
                  </span>{' '}
                  <q>{example.text}</q>
                  {(where || setting) && (
                    <span class="example-where"> ({[where, setting].filter(Boolean).join('; ')})</span>
                  )}
                  {example.note && <span class="example-note">{example.note}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </details>
  );
}
