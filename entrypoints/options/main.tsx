// The options page: the user's switches (per site, snooze), forums and their permission, the
// effective configuration with where each setting came from, and the user's own document.
import { render } from 'preact';
import '../../components/page.css';
import './options.css';
import { Options } from './options.tsx';

render(<Options />, document.getElementById('app')!);
