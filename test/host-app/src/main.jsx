// @ts-check
import 'integrations-ui/styles.css';
import { LocaleProvider, NowProvider } from 'integrations-ui';
import { FIXTURE_NOW, fixtures } from 'integrations-ui/fixtures';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hostTheme } from './theme.css.js';
import { View } from './View.jsx';

const container = document.getElementById('root');
if (!container) throw new Error('host app: #root is missing');

createRoot(container).render(
  <StrictMode>
    <div className={hostTheme} data-testid="host-root">
      <LocaleProvider locale="en">
        <NowProvider now={FIXTURE_NOW}>
          <View data={fixtures.seed} />
        </NowProvider>
      </LocaleProvider>
    </div>
  </StrictMode>,
);
