import { describe, expect, it } from 'vitest';
import { canGrantRole, grantRefusal, missingAdminPermissions, PERMISSION_KIND, type RoleMatrix } from './grants';
import { PERMISSIONS } from './permissions';
import { ROLE_PERMISSIONS, ROLES } from './roles';
import type { RoleGrant } from './scope';

const ANCESTRY: Record<string, string[]> = { P: ['P'], A: ['A', 'P'], A1: ['A1', 'A', 'P'], B: ['B', 'P'] };

const adminOnP: RoleGrant[] = [{ role: 'system_admin', unitId: 'P' }];
const adminOnA: RoleGrant[] = [{ role: 'system_admin', unitId: 'A' }];
const secretariatOnP: RoleGrant[] = [{ role: 'secretariat', unitId: 'P' }];
const leaderOnPAdminOnA: RoleGrant[] = [
  { role: 'leader', unitId: 'P' },
  { role: 'system_admin', unitId: 'A' },
];

describe('who may grant which role where', () => {
  it('classifies exactly the account, unit, audit, calendar, procedure, target and setting powers as administrative', () => {
    expect(PERMISSIONS.filter((p) => PERMISSION_KIND[p] === 'admin')).toEqual([
      'unit.create',
      'unit.update',
      'unit.close',
      'user.create',
      'user.update',
      'user.manageRoles',
      'audit.read',
      'calendar.manage',
      'procedure.manage',
      'target.manage',
      'setting.manage',
    ]);
  });

  // Every role on every unit, for the province and the department administrators.
  const everyRole = ROLES.flatMap(
    (role) =>
      [
        [adminOnP, role, 'P', null],
        [adminOnP, role, 'A1', null],
        [adminOnA, role, 'A', null],
        [adminOnA, role, 'A1', null],
        [adminOnA, role, 'P', 'NO_MANAGE_ROLES'],
        [adminOnA, role, 'B', 'NO_MANAGE_ROLES'],
        [secretariatOnP, role, 'A', 'NO_MANAGE_ROLES'],
        [[], role, 'P', 'NO_MANAGE_ROLES'],
      ] as const,
  );

  it.each([
    ...everyRole,
    // A leader grant above does not widen the administrator's reach.
    [leaderOnPAdminOnA, 'leader', 'P', 'NO_MANAGE_ROLES'],
    [leaderOnPAdminOnA, 'system_admin', 'A1', null],
    [leaderOnPAdminOnA, 'system_admin', 'B', 'NO_MANAGE_ROLES'],
  ] as const)('grantRefusal(%j, %s on %s) = %s', (grants, role, unit, expected) => {
    expect(grantRefusal(grants, role, ANCESTRY[unit] ?? [])).toBe(expected);
    expect(canGrantRole(grants, role, ANCESTRY[unit] ?? [])).toBe(expected === null);
  });

  it.each([
    // grants, role, unit, missing administrative permissions
    [adminOnP, 'system_admin', 'A', []],
    [adminOnA, 'secretariat', 'A', []],
    [
      secretariatOnP,
      'system_admin',
      'A',
      ['unit.create', 'unit.update', 'unit.close', 'user.create', 'user.update', 'user.manageRoles', 'setting.manage'],
    ],
    [secretariatOnP, 'secretariat', 'A', []],
    [[{ role: 'leader', unitId: 'P' }], 'secretariat', 'B', ['audit.read', 'calendar.manage', 'procedure.manage', 'target.manage']],
    [
      adminOnA,
      'system_admin',
      'B',
      [
        'unit.create',
        'unit.update',
        'unit.close',
        'user.create',
        'user.update',
        'user.manageRoles',
        'audit.read',
        'calendar.manage',
        'procedure.manage',
        'target.manage',
        'setting.manage',
      ],
    ],
    // Both hold target.manage, so neither misses it when granting the other's role.
    [adminOnP, 'secretariat', 'A', []],
    [[{ role: 'unit_head', unitId: 'P' }], 'secretariat', 'A', ['audit.read', 'calendar.manage', 'procedure.manage', 'target.manage']],
    // Operational permissions never count as missing: an administrator may appoint a one-stop clerk.
    [adminOnA, 'one_stop_clerk', 'A', []],
    [[], 'specialist', 'A', []],
  ] as const)('missingAdminPermissions(%j, %s on %s) = %j', (grants, role, unit, missing) => {
    expect(missingAdminPermissions(grants, role, ANCESTRY[unit] ?? [])).toEqual(missing);
  });

  // No role in today's matrix holds user.manageRoles without every other administrative power, so the
  // "above own permissions" branch is shown on a matrix where unit heads may also manage roles.
  const headsManageRoles = { ...ROLE_PERMISSIONS, unit_head: [...ROLE_PERMISSIONS.unit_head, 'user.manageRoles'] } satisfies RoleMatrix;
  it.each([
    ['unit_officer', 'A', null],
    ['one_stop_clerk', 'A1', null],
    ['leader', 'A', null],
    ['unit_head', 'A', null],
    ['appraisal_member', 'A', null],
    ['secretariat', 'A', 'ABOVE_OWN_PERMISSIONS'],
    ['system_admin', 'A1', 'ABOVE_OWN_PERMISSIONS'],
    ['unit_officer', 'B', 'NO_MANAGE_ROLES'],
  ] as const)('a unit head who may manage roles on A grants %s on %s: %s', (role, unit, expected) => {
    const grants: RoleGrant[] = [{ role: 'unit_head', unitId: 'A' }];
    expect(grantRefusal(grants, role, ANCESTRY[unit] ?? [], headsManageRoles)).toBe(expected);
  });
});
