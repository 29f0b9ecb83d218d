import { describe, expect, it } from 'vitest';
import { DEFAULT_DOSSIER_CODE_FORMAT, formatDossierCode, isDossierCode, parseDossierCode, validateCodeFormat } from './index';

describe('dossier codes', () => {
  it.each([
    [DEFAULT_DOSSIER_CODE_FORMAT, '66.TTPVHCC', '2026-01-05', 7, '66.TTPVHCC-260105-0007'],
    [DEFAULT_DOSSIER_CODE_FORMAT, '24133', '2025-12-31', 12345, '24133-251231-12345'],
    ['{unit}.{yyyyMMdd}.{seq}', 'H12', '2026-02-28', 3, 'H12.20260228.3'],
    ['HS-{unit}-{yyMMdd}-{seq4}', 'X1', '2026-07-01', 1, 'HS-X1-260701-0001'],
  ])('%s with %s %s #%d → %s', (format, unitCode, date, seq, code) => {
    expect(formatDossierCode(format, { unitCode, date, seq })).toBe(code);
    const p = parseDossierCode(format, code);
    expect(p).toMatchObject({ ok: true, value: { unitCode, seq } });
  });

  it.each([
    ['', 'empty'],
    ['66.TTPVHCC-260105', 'missing sequence'],
    ['66.TTPVHCC-261305-0001', 'month 13'],
    ['66.TTPVHCC-260230-0001', '30 February'],
    ['66.TTPVHCC-260105-0000', 'sequence 0'],
    ['66.TTPVHCC-260105-001', 'sequence of 3 digits'],
    ['66 TTPVHCC-260105-0001', 'space in unit'],
    ["x'; DROP TABLE dossiers;--260105-0001", 'injection attempt'],
    [`${'A'.repeat(90)}-260105-0001`, 'too long'],
  ])('refuses malformed %j (%s)', (code) => {
    const r = parseDossierCode(DEFAULT_DOSSIER_CODE_FORMAT, code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('DOSSIER_CODE_MALFORMED');
    expect(isDossierCode(DEFAULT_DOSSIER_CODE_FORMAT, code)).toBe(false);
  });

  it.each([
    ['{unit}-{seq4}', 'no date'],
    ['{yyMMdd}-{seq4}', 'no unit'],
    ['{unit}-{yyMMdd}', 'no sequence'],
    ['{unit}-{yyMMdd}-{seq4}-{seq}', 'two sequences'],
    ['{unit}-{dd}-{seq4}', 'unknown token'],
    ['{unit}-{yyMMdd}-{seq4}}', 'unbalanced'],
  ])('refuses format %s (%s)', (format) => {
    expect(validateCodeFormat(format).ok).toBe(false);
  });
});
