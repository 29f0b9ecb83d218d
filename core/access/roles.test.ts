import { describe, expect, it } from 'vitest';
import { isPermission, PERMISSIONS, type Permission } from './permissions';
import { can, isRole, ROLE_PERMISSIONS, ROLES, type Role } from './roles';

// The expected matrix, one column per permission in this order; X = granted. A change to roles.ts must change this table.
const COLUMNS: Permission[] = [
  'unit.read',
  'unit.create',
  'unit.update',
  'unit.close',
  'user.read',
  'user.create',
  'user.update',
  'user.manageRoles',
  'audit.read',
  'calendar.read',
  'calendar.manage',
  'dossier.read',
  'dossier.create',
  'dossier.process',
  'dossier.approve',
  'procedure.manage',
  'survey.read',
  'survey.manage',
  'survey.enter',
  'indexScore.read',
  'indexScore.selfAssess',
  'indexScore.appraise',
  'indexScore.publish',
  'planTask.read',
  'planTask.manage',
  'planTask.report',
  'report.read',
  'report.export',
  'report.lock',
  'target.manage',
  'setting.manage',
];
//                                     unit user audit cal  dossier proc survey index plan report target setting (report: read, export, lock)
const EXPECTED: Record<Role, string> = {
  system_admin: /*                  */ 'XXXX XXXX X X X  X... X X.. X... X.. XX. X X',
  secretariat: /*                   */ 'X... X... X X X  X... X XXX XX.X XXX XXX X .',
  appraisal_member: /*              */ 'X... .... . X .  X... . X.. X.X. X.. XX. . .',
  unit_head: /*                     */ 'X... X... . X .  X..X . X.. XX.. X.X XX. . .',
  unit_officer: /*                  */ 'X... .... . X .  X... . X.. XX.. X.X X.. . .',
  one_stop_clerk: /*                */ 'X... .... . X .  XXX. . ..X .... ... ... . .',
  specialist: /*                    */ 'X... .... . X .  X.X. . ... .... ... ... . .',
  leader: /*                        */ 'X... X... . X .  X... . X.. X... X.. XX. . .',
};

const cases = ROLES.flatMap((role) => {
  const marks = EXPECTED[role].replace(/ /g, '');
  return COLUMNS.map((permission, i) => [role, permission, marks[i] === 'X'] as const);
});

describe('the role → permission matrix', () => {
  it('has one expected column per permission and one row per role', () => {
    expect([...COLUMNS].sort()).toEqual([...PERMISSIONS].sort());
    for (const role of ROLES) expect(EXPECTED[role].replace(/ /g, '')).toHaveLength(PERMISSIONS.length);
  });

  it.each(cases)('%s holds %s: %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it('gives every permission to at least one role, and every role only known permissions', () => {
    for (const p of PERMISSIONS)
      expect(
        ROLES.some((r) => can(r, p)),
        p,
      ).toBe(true);
    for (const r of ROLES) for (const p of ROLE_PERMISSIONS[r]) expect(isPermission(p), `${r}: ${p}`).toBe(true);
  });

  it('keeps the leader read-only (reads and report export only)', () => {
    for (const p of ROLE_PERMISSIONS.leader) expect(p.endsWith('.read') || p === 'report.export', p).toBe(true);
  });

  it('lets only the system administrator administer accounts and roles', () => {
    for (const p of ['user.create', 'user.update', 'user.manageRoles', 'setting.manage'] as const) {
      expect(ROLES.filter((r) => can(r, p))).toEqual(['system_admin']);
    }
  });

  it('lets the reform secretariat and the system administrator manage targets, and no one else', () => {
    expect(ROLES.filter((r) => can(r, 'target.manage'))).toEqual(['system_admin', 'secretariat']);
  });

  // Spelled out beside the table: the secretariat owns the yearly plan's targets but not the general settings.
  it.each([
    ['secretariat', 'target.manage', true],
    ['secretariat', 'setting.manage', false],
    ['system_admin', 'target.manage', true],
    ['unit_head', 'target.manage', false],
    ['one_stop_clerk', 'target.manage', false],
    ['leader', 'target.manage', false],
  ] as const)('%s holds %s: %s (targets vs. settings)', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it.each([
    ['system_admin', true],
    ['leader', true],
    ['admin', false],
    ['', false],
  ])('isRole(%j) = %s', (s, expected) => expect(isRole(s)).toBe(expected));

  it.each([
    ['user.read', true],
    ['user.delete', false],
    ['USER.READ', false],
  ])('isPermission(%j) = %s', (s, expected) => expect(isPermission(s)).toBe(expected));
});
