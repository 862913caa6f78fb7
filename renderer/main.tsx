import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import { App } from './app/App';
import { openDatabase } from './db/database';
import { getPlatform } from './platform';
import { installTestApi } from './app/testApi';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

const services = { db: openDatabase(), platform: getPlatform(), appVersion: __APP_VERSION__ };
installTestApi(services);

createRoot(root).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
