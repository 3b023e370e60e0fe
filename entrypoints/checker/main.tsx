import { render } from 'preact';
import { useEffectiveConfig } from '../../components/effective-config.ts';
import '../../components/page.css';
import { RULES } from '../../rules/index.ts';
import { CheckerPage } from './app.tsx';
import './style.css';

function CheckerApp() {
  const effective = useEffectiveConfig();
  return <CheckerPage effective={effective} rules={RULES} />;
}

render(<CheckerApp />, document.getElementById('app')!);
