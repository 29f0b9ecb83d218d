import { describe, expect, it } from 'vitest';
import { ROLES } from '@core/access/roles';
import { ROLE_LABELS } from '@contracts/users';
import { FEATURES } from './features';
import { commonStrings } from './locales';

// Issue #15 point 7: Vietnamese only on Vietnamese screens, and one name per role and per measure across pages.
const namespaces = { common: commonStrings, ...Object.fromEntries(FEATURES.map((f) => [f.ns, f.strings])) };

/** Every Vietnamese string of the app, with its key. */
function viStrings(): Array<[key: string, text: string]> {
  const out: Array<[string, string]> = [];
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string') out.push([key, node]);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, `${key}.${k}`);
  };
  for (const [ns, strings] of Object.entries(namespaces)) walk(strings.vi, ns);
  return out;
}

const offending = (test: (text: string) => boolean) => viStrings().filter(([, text]) => test(text));

describe('the words of the screens', () => {
  it('names each role from the one table, in both languages', () => {
    const roles = (lng: 'vi' | 'en') => (commonStrings[lng] as { roles: Record<string, string> }).roles;
    for (const r of ROLES) {
      expect(roles('vi')[r]).toBe(ROLE_LABELS[r].vi);
      expect(roles('en')[r]).toBe(ROLE_LABELS[r].en);
    }
    // Names a role once had on some page.
    const retired = /Công chức Bộ phận Một cửa|Công chức đơn vị|Chuyên viên xử lý hồ sơ/;
    expect(offending((s) => retired.test(s))).toEqual([]);
  });

  it('calls a late dossier "quá hạn" and the on-time rate "Tỉ lệ đúng hạn" everywhere', () => {
    expect(offending((s) => /trễ hạn|không trễ|làm việc trễ/i.test(s))).toEqual([]);
    const rates = offending((s) => /^t[ỉỷ] lệ .*đúng hạn/i.test(s));
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.filter(([, s]) => !s.startsWith('Tỉ lệ đúng hạn'))).toEqual([]);
    // One spelling of "tỉ lệ" for every share (the time shares of a procedure's steps too).
    expect(offending((s) => /t[ỷ] lệ/i.test(s))).toEqual([]);
  });

  it('shows no source-file references, internal notes or English remarks in Vietnamese', () => {
    expect(offending((s) => /\b[\w/-]+\.(tsx?|md|sql)\b|\bdocs\/|UNVERIFIED|TODO|FIXME/.test(s))).toEqual([]);
    expect(offending((s) => /\b(the|and|with|please|must|should|not|click)\b/.test(s))).toEqual([]);
  });
});
