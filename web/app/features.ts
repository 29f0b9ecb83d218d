import type { Feature } from '@web/lib/feature';
import { unitsFeature } from '@web/features/units';
import { usersFeature } from '@web/features/users';
import { auditFeature } from '@web/features/audit';
import { calendarFeature } from '@web/features/calendar';
import { proceduresFeature } from '@web/features/procedures';
import { lookupFeature } from '@web/features/lookup';
import { dossierStatsFeature } from '@web/features/dossier-stats';
import { dossiersFeature } from '@web/features/dossiers';
import { targetsFeature } from '@web/features/targets';

// Every web feature, in navigation order. web/app is the only place features meet.
export const FEATURES: Feature[] = [
  unitsFeature,
  usersFeature,
  auditFeature,
  calendarFeature,
  proceduresFeature,
  lookupFeature,
  dossierStatsFeature,
  dossiersFeature,
  targetsFeature,
];
