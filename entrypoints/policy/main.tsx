import { render } from 'preact';
import { useEffectiveConfig } from '../../components/effective-config.ts';
import '../../components/page.css';
import { RULES } from '../../rules/index.ts';
import { procedure } from '../../rules/policy.ts';
import { PolicyPage, useHashTarget } from './app.tsx';
import './style.css';

function PolicyApp() {
  const effective = useEffectiveConfig();
  const target = useHashTarget();
  return <PolicyPage procedure={procedure} rules={RULES} effective={effective} target={target} />;
}

render(<PolicyApp />, document.getElementById('app')!);
