import { Alert, Card, Descriptions, Steps, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isDossierStatus, type DossierStatus as Status } from '@core/dossier';
import type { LookupDossierResponse } from '@contracts/lookup';
import { PROGRESS_STEPS, formatMoment, progressStep } from '../utils';
import { DossierNotices } from './dossier-notices';

// Dark backgrounds under white text keep the status at WCAG AA contrast (antd's light presets fall below 4.5:1).
const STATUS_COLOR: Partial<Record<Status, string>> = {
  returned: '#237804',
  done: '#006d75',
  not_received: '#a8071a',
  stopped: '#a8071a',
  withdrawn: '#595959',
  supplement_requested: '#ad4e00',
  awaiting_payment: '#874d00',
};
const statusColor = (status: string) => (isDossierStatus(status) ? STATUS_COLOR[status] : undefined) ?? '#0050b3';

/** Status card of a dossier: progress steps, appointment, where to collect, masked name, and the public history. */
export function DossierStatus({ d }: { d: LookupDossierResponse }) {
  const { t, i18n } = useTranslation('lookup');
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const step = progressStep(d.status);
  const at = (iso: string | null) => formatMoment(iso, lang);
  const place = [d.returnPlace.unitName, d.returnPlace.address].filter(Boolean).join(', ');
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('code')}</Typography.Text>
        <Typography.Title level={2} style={{ margin: '0 0 8px', fontSize: 22, wordBreak: 'break-all' }}>
          {d.code}
        </Typography.Title>
        <Tag variant="solid" color={statusColor(d.status)} style={{ fontSize: 15, padding: '4px 10px', marginBottom: 16, color: '#fff' }}>
          {d.statusLabel[lang]}
          {d.timeliness ? ` · ${t(`timeliness.${d.timeliness}`)}` : ''}
        </Tag>
        {step === null ? (
          <Alert type="warning" showIcon title={t('ended', { status: d.statusLabel[lang] })} style={{ marginBottom: 16 }} />
        ) : (
          <section aria-label={t('progress')}>
            <Steps
              size="small"
              responsive={false}
              labelPlacement="vertical"
              current={step}
              status={d.status === 'returned' ? 'finish' : 'process'}
              // An online submission waits at reception: its first step is not "received" yet.
              items={PROGRESS_STEPS.map((k) => ({ title: t(`steps.${k === 'received' && d.status === 'submitted' ? 'awaiting' : k}`) }))}
              style={{ marginBottom: 16 }}
            />
          </section>
        )}
        <DossierNotices d={d} />
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'applicant', label: t('applicant'), children: d.applicantNameMasked },
            ...(d.applicantIdMasked ? [{ key: 'id', label: t('idNumber'), children: d.applicantIdMasked }] : []),
            { key: 'procedure', label: t('procedure'), children: d.procedureName },
            { key: 'handling', label: t('handlingUnit'), children: d.handlingUnitName },
            // An online submission not yet accepted shows when it was sent, not a reception that has not happened.
            d.receivedAt
              ? { key: 'received', label: t('receivedAt'), children: at(d.receivedAt) }
              : { key: 'submitted', label: t('submittedAt'), children: at(d.submittedAt) },
            // While the clock is paused the old appointment is not pending: it is set again when the clock resumes.
            d.clockPause
              ? { key: 'due', label: t('dueAt'), children: t(`paused.due.${d.clockPause.kind}`) }
              : { key: 'due', label: t('dueAt'), children: <strong>{at(d.dueAt)}</strong> },
            ...(d.extendedDueAt && d.originalDueAt ? [{ key: 'orig', label: t('originalDueAt'), children: at(d.originalDueAt) }] : []),
            ...(d.finishedAt ? [{ key: 'finished', label: t('finishedAt'), children: at(d.finishedAt) }] : []),
            ...(d.returnedAt ? [{ key: 'returned', label: t('returnedAt'), children: at(d.returnedAt) }] : []),
            { key: 'place', label: t('returnPlace'), children: place },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 13 }}>
          {t('privacy')}
        </Typography.Paragraph>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('timeline')}</h2>}>
        <Timeline
          items={[...d.timeline].reverse().map((e, i) => ({
            key: `${e.at}-${i}`,
            color: e.kind === 'extension' ? 'orange' : i === 0 ? 'blue' : 'gray',
            content: (
              <div>
                <div style={{ fontWeight: 500 }}>{e.statusLabel[lang]}</div>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {at(e.at)}
                  {e.unitName ? ` · ${e.unitName}` : ''}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      </Card>
    </>
  );
}
