/** Every permission in the product, as `resource.action`; routes declare one of these. */
export const PERMISSIONS = [
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
] as const;

/** A named permission `resource.action`. */
export type Permission = (typeof PERMISSIONS)[number];

/** True when the string is a known permission. */
export const isPermission = (s: string): s is Permission => (PERMISSIONS as readonly string[]).includes(s);
