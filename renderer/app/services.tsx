import { createContext, useContext, type ReactNode } from 'react';
import type { Platform } from '@shared/platform/types';
import type { LevenslijnDb } from '../db/database';
import type { RecoveryReport } from '../db/recovery';

/** What every screen needs from outside React: the database and the platform. */
export interface Services {
  readonly db: LevenslijnDb;
  readonly platform: Platform;
  readonly appVersion: string;
  /** What the start-up check against the safety copies restored or repaired (shown once). */
  readonly recovery?: RecoveryReport;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
