import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LookupDossierResponse } from '@contracts/lookup';
import { formatMoment } from '../utils';

const place = (p: { unitName: string; address: string | null }) => [p.unitName, p.address].filter(Boolean).join(', ');

/** What the citizen must act on or know before the details: the paused clock, what to bring and where, the apology letter. */
export function DossierNotices({ d }: { d: LookupDossierResponse }) {
  const { t, i18n } = useTranslation('lookup');
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const at = (iso: string | null) => formatMoment(iso, lang);
  const s = d.supplement;
  return (
    <>
      {d.clockPause ? (
        <Alert
          type="info"
          showIcon
          title={t('paused.title')}
          description={t(`paused.${d.clockPause.kind}`, { since: at(d.clockPause.since) })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {s ? (
        <Alert
          type="warning"
          showIcon
          title={t('supplementTitle')}
          description={
            <>
              {s.items.length ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {s.items.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              ) : (
                <p style={{ margin: 0 }}>{t('supplementAsk')}</p>
              )}
              <p style={{ margin: '8px 0 0' }}>
                {t('supplementWhere')}: <strong>{place(s.bringTo)}</strong>
              </p>
              {s.requestedAt ? (
                <p style={{ margin: '4px 0 0' }}>
                  {s.requestedBy
                    ? t('supplementAskedBy', { unit: s.requestedBy, at: at(s.requestedAt) })
                    : t('supplementAskedAt', { at: at(s.requestedAt) })}
                </p>
              ) : null}
            </>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {d.apology ? (
        <Alert
          type="info"
          showIcon
          title={t('apology.title')}
          description={
            <>
              {d.apology.newDueAt ? (
                <p style={{ margin: 0 }}>
                  {t('apology.newDate')}: <strong>{at(d.apology.newDueAt)}</strong>
                </p>
              ) : null}
              {d.apology.reason ? (
                <p style={{ margin: '4px 0 0' }}>
                  {t('apology.reason')}: {d.apology.reason}
                </p>
              ) : null}
              <p style={{ margin: '4px 0 0' }}>{t('apology.sent', { at: at(d.apology.at) })}</p>
            </>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
    </>
  );
}
