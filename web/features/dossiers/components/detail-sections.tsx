import { Card, Descriptions, Empty, Table, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierDetail, DossierStepView } from '@contracts/dossiers';
import { statusLabel, vnDateTime } from '../utils/format';
import { DueCell } from './due-cell';
import { HandOverLine, LateApology, ResultKind } from './rules-parts';
import { ScrollRegion } from './scroll-region';
import { SolidTag } from './tags';
import { TimelinessTag } from './timeliness-tag';

/** The dossier at a glance: applicant, channel, dates, where it is now, supplements, result. */
export function DetailSummary({ d }: { d: DossierDetail }) {
  const { t } = useTranslation('dossiers');
  return (
    <Card size="small" title={t('detail.summary')} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={t('col.applicant')}>{d.applicant.name}</Descriptions.Item>
        <Descriptions.Item label={t('field.idNumber')}>{d.applicant.idNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.phone')}>{d.applicant.phone ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.channel')}>{t(`channel.${d.channel}`)}</Descriptions.Item>
        {/* An online submission not yet accepted has not been received: it shows when it was sent, and that it waits. */}
        {d.receivedAt ? (
          <Descriptions.Item label={t('detail.received')}>{vnDateTime(d.receivedAt)}</Descriptions.Item>
        ) : (
          <Descriptions.Item label={t('scans.submittedAt')}>
            {vnDateTime(d.submittedAt)}
            {d.status === 'submitted' ? ` (${t('scans.awaiting').toLowerCase()})` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('col.due')}>
          <DueCell dueAt={d.dueAt} marks={d.marks} />
        </Descriptions.Item>
        {d.extendedDueAt ? <Descriptions.Item label={t('detail.originalDue')}>{vnDateTime(d.originalDueAt)}</Descriptions.Item> : null}
        <Descriptions.Item label={t('detail.receivingUnit')}>{d.receivingUnit.name}</Descriptions.Item>
        <Descriptions.Item label={t('col.current')}>
          {d.currentUnit.name}
          {d.currentHandler ? ` — ${d.currentHandler.fullName}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.supplements')}>{d.supplementCount}</Descriptions.Item>
        {d.timeliness ? (
          <Descriptions.Item label={t('step.result')}>
            <TimelinessTag value={d.timeliness} />
          </Descriptions.Item>
        ) : null}
        {d.result ? (
          <Descriptions.Item label={t('rules.result')}>
            <ResultKind result={d.result} />
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('rules.ruleSet')} span={2}>
          {d.ruleSet.name}
        </Descriptions.Item>
        {d.nationalCode ? <Descriptions.Item label={t('field.nationalCode')}>{d.nationalCode}</Descriptions.Item> : null}
        {d.subject ? (
          <Descriptions.Item label={t('field.subject')} span={2}>
            {d.subject}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

/** The flag of a second supplement request by the same agency, with the reason recorded for it (event data `reason`). */
function RepeatedSupplement({ reason }: { reason: unknown }) {
  const { t } = useTranslation('dossiers');
  const text = typeof reason === 'string' ? reason.trim() : '';
  return (
    <div data-testid="repeated-supplement">
      <SolidTag color="red">{t('detail.repeatedSupplement')}</SolidTag>
      {text ? (
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>{t('detail.repeatedReason', { reason: text })}</Typography.Paragraph>
      ) : null}
    </div>
  );
}

/** What happened to the dossier, newest first: the status reached, the event, when, by whom, where, and the note. */
export function DetailTimeline({ d }: { d: DossierDetail }) {
  const { t, i18n } = useTranslation('dossiers');
  return (
    <Card size="small" title={t('detail.timeline')} style={{ marginBottom: 16 }}>
      <Timeline
        items={[...d.events].reverse().map((e) => ({
          key: e.id,
          content: (
            <div>
              <Typography.Text strong>{statusLabel(e.toStatus, i18n.language)}</Typography.Text>{' '}
              <Typography.Text type="secondary">· {t(`event.${e.type}`, { defaultValue: e.type })}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {vnDateTime(e.at)}
                {e.actor ? ` · ${e.actor.fullName}` : ''}
                {e.unit ? ` · ${e.unit.name}` : ''}
              </Typography.Text>
              {e.note ? <Typography.Paragraph style={{ margin: 0 }}>{e.note}</Typography.Paragraph> : null}
              {e.data && e.data.repeated === true ? <RepeatedSupplement reason={e.data.reason} /> : null}
              {e.type === 'issue_apology' && e.data?.late === true ? <LateApology /> : null}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

const moment = (iso: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{vnDateTime(iso) || '—'}</span>;

/** The processing-control slip: each step's unit, handler, start, due and hand-over times, and whether it was on time. */
export function DetailSteps({ d }: { d: DossierDetail }) {
  const { t } = useTranslation('dossiers');
  const columns = [
    { key: 'pos', title: '#', render: (_: unknown, s: DossierStepView) => s.position },
    {
      key: 'unit',
      title: t('step.unit'),
      render: (_: unknown, s: DossierStepView) => (
        <span>
          <strong>{s.name}</strong>
          <br />
          {s.unit.name}
        </span>
      ),
    },
    { key: 'handler', title: t('step.handler'), render: (_: unknown, s: DossierStepView) => s.handler?.fullName ?? '—' },
    { key: 'start', title: t('step.started'), render: (_: unknown, s: DossierStepView) => moment(s.startedAt) },
    { key: 'due', title: t('step.due'), render: (_: unknown, s: DossierStepView) => moment(s.dueAt) },
    { key: 'end', title: t('step.finished'), render: (_: unknown, s: DossierStepView) => moment(s.finishedAt) },
    { key: 'res', title: t('step.result'), render: (_: unknown, s: DossierStepView) => <TimelinessTag value={s.timeliness} /> },
    {
      key: 'note',
      title: t('step.note'),
      // A step sent back keeps one line per return (moment and reason), as the control slip prints them.
      render: (_: unknown, s: DossierStepView) => (s.note ? <span style={{ whiteSpace: 'pre-line' }}>{s.note}</span> : null),
    },
  ];
  return (
    <Card size="small" title={t('detail.steps')} style={{ marginBottom: 16 }}>
      {d.handOver ? <HandOverLine handOver={d.handOver} /> : null}
      <ScrollRegion label={t('detail.steps')} minWidth={820}>
        <Table<DossierStepView>
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={d.steps}
          locale={{ emptyText: <Empty description={t('detail.noSteps')} /> }}
          data-testid="steps-table"
        />
      </ScrollRegion>
    </Card>
  );
}
