import type { Permission } from './permissions';

/** Roles a user can be granted on a unit; a grant covers the unit's whole subtree. */
export const ROLES = [
  'system_admin',
  'secretariat',
  'appraisal_member',
  'unit_head',
  'unit_officer',
  'one_stop_clerk',
  'specialist',
  'leader',
] as const;

/** A role, granted on a unit. */
export type Role = (typeof ROLES)[number];

/** True when the string is a known role. */
export const isRole = (s: string): s is Role => (ROLES as readonly string[]).includes(s);

const READ_ALL: readonly Permission[] = [
  'unit.read',
  'calendar.read',
  'dossier.read',
  'survey.read',
  'indexScore.read',
  'planTask.read',
  'report.read',
];

/** The role→permission matrix; `satisfies` makes it complete by type. */
export const ROLE_PERMISSIONS = {
  // Administers accounts, units and settings of the subtree it is granted on.
  system_admin: [
    ...READ_ALL,
    'unit.create',
    'unit.update',
    'unit.close',
    'user.read',
    'user.create',
    'user.update',
    'user.manageRoles',
    'audit.read',
    'calendar.manage',
    'procedure.manage',
    'target.manage',
    'setting.manage',
    'report.export',
  ],
  // Sở Nội vụ reform secretariat: runs surveys, index rounds and the reform plan with its targets.
  secretariat: [
    ...READ_ALL,
    'user.read',
    'audit.read',
    'calendar.manage',
    'procedure.manage',
    'survey.manage',
    'survey.enter',
    'indexScore.selfAssess',
    'indexScore.publish',
    'planTask.manage',
    'planTask.report',
    'target.manage',
    'report.export',
    // Locks a period's one-stop statistics as published ("chốt số liệu", issue #14 point 7).
    'report.lock',
  ],
  // Appraisal council (Hội đồng thẩm định) member: appraises self-assessments.
  appraisal_member: [...READ_ALL, 'indexScore.appraise', 'report.export'],
  // Head of a department or commune: answers for the unit's scores and tasks.
  unit_head: [...READ_ALL, 'user.read', 'dossier.approve', 'indexScore.selfAssess', 'planTask.report', 'report.export'],
  // Officer of a unit: prepares self-assessment and task reports.
  unit_officer: [...READ_ALL, 'indexScore.selfAssess', 'planTask.report'],
  // One-stop clerk: receives and returns dossiers, enters paper surveys.
  one_stop_clerk: ['unit.read', 'calendar.read', 'dossier.read', 'dossier.create', 'dossier.process', 'survey.enter'],
  // Specialist handler: processes dossiers assigned to the unit.
  specialist: ['unit.read', 'calendar.read', 'dossier.read', 'dossier.process'],
  // Province leaders: read-only across the subtree.
  leader: [...READ_ALL, 'user.read', 'report.export'],
} as const satisfies Record<Role, readonly Permission[]>;

/** True when the role carries the permission (pure matrix lookup). */
export function can(role: Role, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(permission);
}
