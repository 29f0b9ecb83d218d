import type { Permission } from '@core/access/permissions';
import { ROLE_PERMISSIONS, ROLES } from '@core/access/roles';
import { permissionsOn } from '@core/access/scope';
import { ACTION_PERMISSION, RECEPTION_ACTIONS, actionsFrom, type DossierAction } from '@core/dossier';
import type { LegalClock } from '@core/calendar';
import type { Executor } from '../../infra/database';
import { AppError, notFound, type Actor } from '../../http';
import { ancestryOf } from '../units/units.service';
import { activeUserGrants, findDossier, type DossierRow } from './dossiers.repo';

// Who may see and do what on a dossier (docs/DOMAIN.md §4.2, §8): the actor's grants on its receiving, handling and
// current units. A dossier the actor may not read answers 404 like one that does not exist.

/** The 404 for a dossier the caller may not see (or that does not exist). */
export const dossierNotFound = () => notFound('Hồ sơ');

/** The actor's permissions on the units a dossier touches. */
export type DossierAccess = { receiving: Set<Permission>; handling: Set<Permission>; current: Set<Permission> };

/** Loads the actor's permissions on the receiving, handling and current units of a dossier. */
export async function accessOn(
  db: Executor,
  actor: Actor,
  d: Pick<DossierRow, 'receivingUnitId' | 'handlingUnitId' | 'currentUnitId'>,
): Promise<DossierAccess> {
  const [r, h, c] = await Promise.all([
    ancestryOf(db, d.receivingUnitId),
    ancestryOf(db, d.handlingUnitId),
    ancestryOf(db, d.currentUnitId),
  ]);
  return { receiving: permissionsOn(actor.grants, r), handling: permissionsOn(actor.grants, h), current: permissionsOn(actor.grants, c) };
}

/** True when the actor may read the dossier (dossier.read on its receiving, handling or current unit). */
export const canRead = (a: DossierAccess) =>
  a.receiving.has('dossier.read') || a.handling.has('dossier.read') || a.current.has('dossier.read');

/** A dossier the actor may read, with their access (404 otherwise). */
export async function visibleDossier(db: Executor, actor: Actor, id: string): Promise<{ row: DossierRow; access: DossierAccess }> {
  const row = await findDossier(db, id);
  if (!row) throw dossierNotFound();
  const access = await accessOn(db, actor, row);
  if (!canRead(access)) throw dossierNotFound();
  return { row, access };
}

/** Every permission the actor holds on the dossier's units, sorted. */
export function abilitiesOf(a: DossierAccess): Permission[] {
  return [...new Set([...a.receiving, ...a.handling, ...a.current])].filter((p) => p.startsWith('dossier.')).sort();
}

/** True when the actor holds the action's permission where it counts: the current unit, or also the receiving unit at the counter. */
export function mayAct(a: DossierAccess, action: DossierAction): boolean {
  const p = ACTION_PERMISSION[action];
  return a.current.has(p) || (RECEPTION_ACTIONS.includes(action) && a.receiving.has(p));
}

/** Context the extra guards need besides the state machine. */
export type GuardContext = { hasNextStep: boolean; hasPreviousStep: boolean; clock: LegalClock | null };

/** Actions allowed now: the state machine ∩ the actor's permissions ∩ simple guards (next step exists, one apology). */
export function allowedActions(
  row: Pick<DossierRow, 'status' | 'completionRequestedAt'>,
  a: DossierAccess,
  g: GuardContext,
): DossierAction[] {
  return actionsFrom(row.status).filter((action) => {
    if (!mayAct(a, action)) return false;
    // Sent back for completion: neither accepted nor sent back again until the applicant completes it.
    if (action === 'accept' || action === 'request_completion') return row.completionRequestedAt === null;
    if (action === 'forward') return g.hasNextStep;
    if (action === 'send_back') return g.hasPreviousStep;
    if (action === 'issue_apology') return g.clock !== null && g.clock.extension === null;
    return true;
  });
}

/** Refuses an action the actor lacks the permission for (the dossier is visible, so 403). */
export function requireMayAct(a: DossierAccess, action: DossierAction): void {
  if (!mayAct(a, action))
    throw new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này trên hồ sơ / you may not do this on the dossier');
}

const PROCESS_ROLES = ROLES.filter((r) => (ROLE_PERMISSIONS[r] as readonly Permission[]).includes('dossier.process'));

/** Roles carrying dossier.process (handlers). */
export const processRoles = (): readonly string[] => PROCESS_ROLES;

const APPROVE_ROLES = ROLES.filter((r) => (ROLE_PERMISSIONS[r] as readonly Permission[]).includes('dossier.approve'));

/** Roles carrying dossier.approve (heads who sign results). */
export const approveRoles = (): readonly string[] => APPROVE_ROLES;

/** Roles who may take a step: at the approval step (the route's last, where the result is signed) those who approve
 * as well as handlers, else handlers only. */
export const stepRoles = (approval: boolean): readonly string[] => (approval ? [...APPROVE_ROLES, ...PROCESS_ROLES] : PROCESS_ROLES);

/** Checks that a user is active and may take a step at the unit: dossier.process, or dossier.approve at the approval step. */
export async function requireHandler(db: Executor, userId: string, unitId: string, path: string, approval = false): Promise<void> {
  const grants = await activeUserGrants(db, userId);
  const ancestry = await ancestryOf(db, unitId);
  const perms = permissionsOn(
    grants.filter((g): g is { role: (typeof ROLES)[number]; unitId: string } => (ROLES as readonly string[]).includes(g.role)),
    ancestry,
  );
  if (!perms.has('dossier.process') && !(approval && perms.has('dossier.approve'))) {
    throw new AppError(
      'DOSSIER_HANDLER_INVALID',
      'Người xử lý không có quyền xử lý hồ sơ tại đơn vị này / the handler cannot process dossiers at this unit',
      [{ path, message: 'Người xử lý không hợp lệ / invalid handler', code: 'DOSSIER_HANDLER_INVALID' }],
    );
  }
}
