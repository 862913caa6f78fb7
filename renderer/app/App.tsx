import { Component, lazy, Suspense, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n, setUiLanguage } from '../i18n';
import { ToastProvider } from '../components/Toasts';
import { ServicesProvider, useServices, type Services } from './services';
import { useRoute } from './router';
import { LibraryView } from '../views/library/LibraryView';
import { EditorView } from '../views/editor/EditorView';
import { WallView } from '../views/wall/WallView';
import { SessionView } from '../views/session/SessionView';
import { usePref } from '../db/hooks';
import { RecoveryNotice } from './RecoveryNotice';
import { useOpenedFiles } from './openedFiles';
import { useKeyMap } from './useKeyMap';
import { ShortcutSheetProvider } from '../components/ShortcutSheet';
import '../styles/app.css';
import '../styles/views.css';
import '../styles/steer.css';

// Loaded on demand: the analysis and the report are used after the session, not during it.
const AnalysisView = lazy(() =>
  import('../views/analysis/AnalysisView').then((m) => ({ default: m.AnalysisView })),
);
const ReportView = lazy(() => import('../views/report/ReportView').then((m) => ({ default: m.ReportView })));
// Studies (cross-case synthesis and report): also on demand.
const StudyView = lazy(() => import('../views/study/StudyView').then((m) => ({ default: m.StudyView })));
const SynthesisView = lazy(() =>
  import('../views/study/SynthesisView').then((m) => ({ default: m.SynthesisView })),
);
const StudyReportView = lazy(() =>
  import('../views/study/StudyReportView').then((m) => ({ default: m.StudyReportView })),
);

export function App({ services }: { services: Services }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <ToastProvider>
          <ErrorBoundary>
            <LanguageFromPrefs />
            <RecoveryNotice />
            <ShortcutSheetProvider>
              <Suspense fallback={<Loading />}>
                <Screens />
              </Suspense>
            </ShortcutSheetProvider>
          </ErrorBoundary>
        </ToastProvider>
      </ServicesProvider>
    </I18nextProvider>
  );
}

function Screens() {
  const route = useRoute();
  // The console takes case files opened from the file manager; the wall window does not.
  useOpenedFiles(route.name !== 'wall');
  // `?` shows the shortcuts on every screen; views add their own actions with useKeyMap.
  useKeyMap(route.name === 'wall' ? 'wall' : 'console', {});
  switch (route.name) {
    case 'library':
      return <LibraryView />;
    case 'case':
      return <EditorView key={route.caseId} caseId={route.caseId} />;
    case 'wall':
      return <WallView key={route.caseId} caseId={route.caseId} />;
    case 'session':
      return <SessionView key={route.caseId} caseId={route.caseId} />;
    case 'report':
      // The report of a study (its id says so) is the cross-case report; the PDF route is the same.
      return route.caseId.startsWith('study_') ? (
        <StudyReportView key={route.caseId} studyId={route.caseId} />
      ) : (
        <ReportView key={route.caseId} caseId={route.caseId} />
      );
    case 'analysis':
      return <AnalysisView key={route.caseId} caseId={route.caseId} />;
    case 'study':
      return <StudyView key={route.studyId} studyId={route.studyId} />;
    case 'synthesis':
      return <SynthesisView key={route.studyId} studyId={route.studyId} />;
  }
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

/** The interface language is a device preference; the other window follows it live. */
function LanguageFromPrefs() {
  const { db } = useServices();
  void db;
  const lang = usePref('language');
  useEffect(() => {
    if (lang === 'nl' || lang === 'en') setUiLanguage(lang);
  }, [lang]);
  return null;
}

class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Levenslijn crashed in a view', error, info.componentStack);
  }
  override render() {
    if (this.state.error) return <CrashScreen error={this.state.error} />;
    return this.props.children;
  }
}

function CrashScreen({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <main className="crash card-panel" role="alert">
      <h1>{t('app.error')}</h1>
      <p>{t('app.errorDetail', { message: error.message })}</p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </main>
  );
}
