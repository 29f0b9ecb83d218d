import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRole } from '@core/access/roles';
import { ROLE_LABELS } from '@contracts/users';
import { diffFields, showValue as showRaw } from '../utils/diff';
import { fieldLabel } from '../utils/labels';

const cell = { padding: '4px 8px', borderBottom: '1px solid #f0f0f0', verticalAlign: 'top', textAlign: 'start' } as const;
const valueCell = { ...cell, whiteSpace: 'pre-wrap', wordBreak: 'break-word', minWidth: 120 } as const;

type Names = Readonly<Record<string, string>>;

/** Roles recorded by code are shown by name, objects recorded by id by their name, yes/no in words; the rest as recorded. */
function showValue(field: string, v: unknown, lang: string, yesNo: (v: boolean) => string, names: Names): string {
  if (field === 'role' && typeof v === 'string' && isRole(v)) return ROLE_LABELS[v][lang === 'en' ? 'en' : 'vi'];
  if (typeof v === 'boolean') return yesNo(v);
  if (typeof v === 'string' && names[v]) return names[v];
  if (Array.isArray(v) && v.some((x) => typeof x === 'string' && names[x]))
    return v.map((x) => (typeof x === 'string' && names[x] ? names[x] : showRaw(x))).join('; ');
  return showRaw(v);
}

/** The before/after of an entry field by field; changed fields are highlighted and marked in words. */
export function AuditDiff({
  before,
  after,
  requestId,
  names = {},
}: {
  before: unknown;
  after: unknown;
  requestId?: string | null;
  /** Names of the objects referred to by id. */
  names?: Names;
}) {
  const { t, i18n } = useTranslation('audit');
  const rows = diffFields(before, after);
  const yesNo = (v: boolean) => t(v ? 'common:common.yes' : 'common:common.no');
  const show = (field: string, v: unknown) => showValue(field, v, i18n.language, yesNo, names);
  return (
    <div data-testid="audit-diff">
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('diff.none')}</Typography.Text>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
            <caption style={{ textAlign: 'start', paddingBottom: 4, color: '#595959' }}>{t('diff.caption')}</caption>
            <thead>
              <tr style={{ background: '#fafafa' }}>
                <th scope="col" style={cell}>
                  {t('diff.field')}
                </th>
                <th scope="col" style={cell}>
                  {t('diff.before')}
                </th>
                <th scope="col" style={cell}>
                  {t('diff.after')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.field}
                  data-testid={r.changed ? 'diff-changed' : 'diff-same'}
                  data-field={r.field}
                  style={r.changed ? { background: '#fff7e6', boxShadow: 'inset 3px 0 0 #d46b08' } : undefined}
                >
                  <th scope="row" style={{ ...cell, fontWeight: r.changed ? 600 : 400 }}>
                    {r.field ? fieldLabel(i18n, r.field) : t('diff.value')}
                    {r.changed ? (
                      <span style={{ marginInlineStart: 6, color: '#873800', fontSize: 12, fontWeight: 400 }}>({t('diff.changed')})</span>
                    ) : null}
                  </th>
                  <td style={valueCell}>
                    {r.changed && r.before !== undefined && r.before !== null ? (
                      <del style={{ color: '#a8071a' }}>{show(r.field, r.before)}</del>
                    ) : (
                      show(r.field, r.before)
                    )}
                  </td>
                  <td style={valueCell}>
                    {r.changed ? (
                      <ins style={{ color: '#135200', textDecoration: 'none', fontWeight: 600 }}>{show(r.field, r.after)}</ins>
                    ) : (
                      show(r.field, r.after)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {requestId ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 12 }}>
          {t('diff.requestId')}: {requestId}
        </Typography.Text>
      ) : null}
    </div>
  );
}
