import { useSyncExternalStore } from 'react';

/** The app's screens, addressed by hash so the same build works from file://, app:// and http://. */
export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'case'; readonly caseId: string }
  | { readonly name: 'wall'; readonly caseId: string }
  | { readonly name: 'session'; readonly caseId: string }
  | { readonly name: 'report'; readonly caseId: string }
  | { readonly name: 'analysis'; readonly caseId: string }
  | { readonly name: 'study'; readonly studyId: string }
  | { readonly name: 'synthesis'; readonly studyId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'case' && parts[1]) return { name: 'case', caseId: parts[1] };
  if (parts[0] === 'wall' && parts[1]) return { name: 'wall', caseId: parts[1] };
  if (parts[0] === 'session' && parts[1]) return { name: 'session', caseId: parts[1] };
  if (parts[0] === 'report' && parts[1]) return { name: 'report', caseId: parts[1] };
  if (parts[0] === 'analysis' && parts[1]) return { name: 'analysis', caseId: parts[1] };
  if (parts[0] === 'study' && parts[1]) return { name: 'study', studyId: parts[1] };
  if (parts[0] === 'synthesis' && parts[1]) return { name: 'synthesis', studyId: parts[1] };
  return { name: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'case':
      return `#/case/${encodeURIComponent(route.caseId)}`;
    case 'wall':
      return `#/wall/${encodeURIComponent(route.caseId)}`;
    case 'session':
      return `#/session/${encodeURIComponent(route.caseId)}`;
    case 'report':
      return `#/report/${encodeURIComponent(route.caseId)}`;
    case 'analysis':
      return `#/analysis/${encodeURIComponent(route.caseId)}`;
    case 'study':
      return `#/study/${encodeURIComponent(route.studyId)}`;
    case 'synthesis':
      return `#/synthesis/${encodeURIComponent(route.studyId)}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
