import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '@contracts/audit-labels';
import { dossiersStrings } from '@web/features/dossiers/locales';
import { counterStrings } from '@web/features/dossiers/locales-counter';
import { auditStrings } from '../locales';
import { actionLabel, entityTypeLabel, knownActions } from './labels';

async function i18nIn(lng: 'vi' | 'en') {
  const i18n = createInstance();
  await i18n.init({ lng, fallbackLng: 'vi', resources: { vi: { audit: auditStrings.vi }, en: { audit: auditStrings.en } } });
  return i18n;
}

describe('audit words', () => {
  it('labels every action code in Vietnamese and English, dotted codes included', async () => {
    const vi = await i18nIn('vi');
    const en = await i18nIn('en');
    expect(knownActions(vi).sort()).toEqual(Object.keys(AUDIT_ACTION_LABELS).sort());
    for (const [code, w] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(actionLabel(vi, code)).toBe(w.vi);
      expect(actionLabel(en, code)).toBe(w.en);
    }
    // 'report.lock' and 'report.lock.note' are both codes: neither hides the other.
    expect(actionLabel(vi, 'report.lock')).toBe('Chốt số liệu kỳ báo cáo');
    expect(actionLabel(vi, 'report.lock.note')).toBe('Sửa ghi chú kỳ đã chốt');
    expect(actionLabel(vi, 'no.such')).toBe('no.such');
    // Codes older entries carry read as the codes they became.
    expect(actionLabel(vi, 'role.granted')).toBe('Cấp vai trò');
    expect(actionLabel(en, 'unit.created')).toBe('Create unit');
    for (const [type, w] of Object.entries(AUDIT_ENTITY_LABELS)) expect(entityTypeLabel(vi, type)).toBe(w.vi);
  });

  it("names a dossier's actions as its history does, and counter slips as the counter log does", () => {
    const events = (lng: 'vi' | 'en') => (dossiersStrings[lng] as { event: Record<string, string> }).event;
    const kinds = (lng: 'vi' | 'en') => (counterStrings[lng] as { kinds: Record<string, string> }).kinds;
    for (const lng of ['vi', 'en'] as const) {
      const audit = Object.entries(AUDIT_ACTION_LABELS);
      const dossier = Object.fromEntries(audit.filter(([c]) => /^dossier\.[a-z_]+$/.test(c)).map(([c, w]) => [c.slice(8), w[lng]]));
      expect(dossier).toEqual(events(lng));
      const counter = Object.fromEntries(audit.filter(([c]) => c.startsWith('counter_outcome.')).map(([c, w]) => [c.slice(16), w[lng]]));
      expect(counter).toEqual(kinds(lng));
    }
  });
});
