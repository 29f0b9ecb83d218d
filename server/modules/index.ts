import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health';
import { authRoutes } from './auth';
import { unitsRoutes } from './units';
import { usersRoutes } from './users';
import { auditRoutes } from './audit';
import { calendarRoutes } from './calendar';
import { proceduresRoutes } from './procedures';
import { dossierStatsRoutes } from './dossier-stats';
import { dossierFormsRoutes } from './dossier-forms';
import { lookupRoutes } from './lookup';
import { dossiersRoutes } from './dossiers';
import { targetsRoutes } from './targets';
import { counterOutcomesRoutes } from './counter-outcomes';
import { backupRoutes } from './backup';

/** Registers every domain module; each owns its routes under /api/<module>. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(unitsRoutes);
  await app.register(usersRoutes);
  await app.register(auditRoutes);
  await app.register(calendarRoutes);
  await app.register(proceduresRoutes);
  await app.register(dossierStatsRoutes);
  await app.register(dossierFormsRoutes);
  await app.register(lookupRoutes);
  await app.register(dossiersRoutes);
  await app.register(targetsRoutes);
  await app.register(counterOutcomesRoutes);
  await app.register(backupRoutes);
}
