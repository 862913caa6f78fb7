import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import { App } from './app/App';
import { keepFieldsOutOfBrowserHistory } from './app/noFieldHistory';
import { openDatabase } from './db/database';
import { getPlatform } from './platform';
import { CaseJournal } from './db/journal';
import { CaseKeyring } from './db/keyring';
import { secureStoredCases } from './db/library';
import { EMPTY_RECOVERY, recoverFromSafetyCopies } from './db/recovery';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

// Only the test build has a test API (loaded alongside the start, installed once services exist).
const testApi = __TEST_API__ ? import('./app/testApi') : null;
const platform = getPlatform();
// The keys of the cases, kept outside IndexedDB: loaded before the database is read (a failure
// to read them stops the start, so that no case is taken for one whose key was destroyed).
const keyring = new CaseKeyring(platform);
await keyring.loadAll();
const db = openDatabase(undefined, { keyring });
db.journal = new CaseJournal(platform, __APP_VERSION__);
// Purges interrupted after the key went are finished; rows of older versions are encrypted.
await secureStoredCases(db).catch((err: unknown) => console.error('could not secure stored cases', err));

// Before any view: put back what the database lost (it is thrown away by the engine when found
// corrupted, e.g. after the disk ran full) from the snapshots and journals kept outside it.
const recovery = await recoverFromSafetyCopies(db, platform).catch((err: unknown) => {
  console.error('recovery check failed', err);
  return EMPTY_RECOVERY;
});
void requestPersistentStorage();

const services = { db, platform, appVersion: __APP_VERSION__, recovery };
// In the shipped build this line and the module are gone.
if (testApi) (await testApi).installTestApi(services);

// Typed text is not kept in the browser's session files (a deleted case's text would outlive it).
keepFieldsOutOfBrowserHistory();

createRoot(root).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);

/** Asks the browser not to evict the database when the disk is nearly full (the desktop app's storage is never evicted). */
async function requestPersistentStorage(): Promise<void> {
  try {
    if (platform.kind === 'browser' && navigator.storage?.persist && !(await navigator.storage.persisted()))
      await navigator.storage.persist();
  } catch {
    /* not offered here */
  }
}
