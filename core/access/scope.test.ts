import { describe, expect, it } from 'vitest';
import type { Permission } from './permissions';
import { hasAnywhere, isInScope, permissionsOn, scopeRoots, type RoleGrant } from './scope';

// A small tree: province P with departments A and B; A has a sub-unit A1. Ancestry lists itself first.
const ANCESTRY: Record<string, string[]> = { P: ['P'], A: ['A', 'P'], A1: ['A1', 'A', 'P'], B: ['B', 'P'] };

const adminOnA: RoleGrant[] = [{ role: 'system_admin', unitId: 'A' }];
const leaderOnP: RoleGrant[] = [{ role: 'leader', unitId: 'P' }];
const mixed: RoleGrant[] = [
  { role: 'leader', unitId: 'P' },
  { role: 'system_admin', unitId: 'A' },
  { role: 'one_stop_clerk', unitId: 'B' },
];

describe('scope helpers', () => {
  it.each([
    ['admin on A', adminOnA, 'user.update', ['A']],
    ['admin on A', adminOnA, 'dossier.create', []],
    ['leader on P', leaderOnP, 'user.read', ['P']],
    ['mixed', mixed, 'user.read', ['P', 'A']],
    ['mixed', mixed, 'dossier.create', ['B']],
    ['no grants', [], 'unit.read', []],
    ['same unit twice', [...adminOnA, { role: 'unit_head', unitId: 'A' }], 'user.read', ['A']],
  ] as const)('scopeRoots(%s, %s) = %j', (_n, grants, permission, roots) => {
    expect(scopeRoots(grants, permission)).toEqual(roots);
  });

  it.each([
    // grants, permission, unit, in scope?
    [adminOnA, 'user.update', 'A', true],
    [adminOnA, 'user.update', 'A1', true],
    [adminOnA, 'user.update', 'P', false],
    [adminOnA, 'user.update', 'B', false],
    [leaderOnP, 'user.read', 'A1', true],
    [leaderOnP, 'user.update', 'A1', false],
    [mixed, 'dossier.create', 'B', true],
    [mixed, 'dossier.create', 'A', false],
    [mixed, 'user.manageRoles', 'A1', true],
    [mixed, 'user.manageRoles', 'B', false],
    [[], 'unit.read', 'P', false],
  ] as const)('isInScope(%j, %s, %s) = %s', (grants, permission, unit, expected) => {
    expect(isInScope(grants, permission, ANCESTRY[unit] ?? [])).toBe(expected);
  });

  it.each([
    [mixed, 'A1', ['user.manageRoles', 'user.read', 'unit.create', 'report.export'], ['dossier.create']],
    [mixed, 'B', ['dossier.create', 'dossier.process', 'user.read'], ['user.update']],
    [mixed, 'P', ['user.read', 'report.export'], ['user.update', 'dossier.create']],
    [adminOnA, 'B', [], ['unit.read']],
  ] as const)('permissionsOn(%j, %s) includes %j and not %j', (grants, unit, included, excluded) => {
    const got = permissionsOn(grants, ANCESTRY[unit] ?? []);
    for (const p of included) expect(got.has(p as Permission), p).toBe(true);
    for (const p of excluded) expect(got.has(p as Permission), p).toBe(false);
  });

  it.each([
    [adminOnA, 'audit.read', true],
    [leaderOnP, 'audit.read', false],
    [mixed, 'dossier.process', true],
    [[], 'unit.read', false],
  ] as const)('hasAnywhere(%j, %s) = %s', (grants, permission, expected) => {
    expect(hasAnywhere(grants, permission)).toBe(expected);
  });
});
