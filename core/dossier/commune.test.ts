import { describe, expect, it } from 'vitest';
import { handlingCommune, needsHandlingCommune } from './index';

describe('handling commune of a dossier', () => {
  it('asks for a commune only for a commune-level procedure received outside any commune', () => {
    expect(needsHandlingCommune('commune', null)).toBe(true);
    expect(needsHandlingCommune('commune', 'XA')).toBe(false);
    expect(needsHandlingCommune('province', null)).toBe(false);
  });
  it('takes the receiving unit’s commune, or the named one at a unit outside any commune', () => {
    expect(handlingCommune('commune', 'XA', undefined)).toEqual({ ok: true, value: 'XA' });
    expect(handlingCommune('commune', null, 'XB')).toEqual({ ok: true, value: 'XB' });
    expect(handlingCommune('province', null, null)).toEqual({ ok: true, value: null });
  });
  it('refuses a missing commune where one is needed, and a named one where it does not apply', () => {
    expect(handlingCommune('commune', null, undefined)).toMatchObject({ ok: false, code: 'DOSSIER_HANDLING_COMMUNE_REQUIRED' });
    expect(handlingCommune('commune', 'XA', 'XB')).toMatchObject({ ok: false, code: 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE' });
    expect(handlingCommune('commune', 'XA', 'XA')).toMatchObject({ ok: false, code: 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE' });
    expect(handlingCommune('province', null, 'XB')).toMatchObject({ ok: false, code: 'DOSSIER_HANDLING_COMMUNE_NOT_APPLICABLE' });
  });
});
