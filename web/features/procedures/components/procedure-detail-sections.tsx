import { Button, Descriptions, Grid, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FORM_LABELS, type ProcedureDetail } from '@contracts/procedures';
import { formatDate, formatDuration, formatFee, formatShare, stepTime } from '../utils/format';
import { ScrollRegion } from './scroll-region';
import { ColorTag } from './tags';

type Doc = ProcedureDetail['documents'][number];
type Step = ProcedureDetail['steps'][number];

/** "Từ ngày 01/01/2026 đến ngày 31/12/2026" (no end: in effect until replaced). */
function useValidity() {
  const { t } = useTranslation('procedures');
  return (from: string, to: string | null) =>
    [t('detail.from', { date: formatDate(from) }), to ? t('detail.to', { date: formatDate(to) }) : ''].filter(Boolean).join(' ');
}

/** The facts of a procedure: sector, handling unit, legal time, fee, result, legal basis, validity. */
export function ProcedureFacts({ p }: { p: ProcedureDetail }) {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language;
  const screens = Grid.useBreakpoint();
  const validity = useValidity();
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      layout={screens.sm ? 'horizontal' : 'vertical'}
      styles={{ label: screens.sm ? { width: 170 } : {} }}
    >
      <Descriptions.Item label={t('col.sector')}>{p.sector}</Descriptions.Item>
      <Descriptions.Item label={t('col.unit')}>
        {p.level === 'commune' ? (
          <>
            {t('communeUnit')}
            <br />
            <Typography.Text type="secondary">{t('communeHint')}</Typography.Text>
          </>
        ) : (
          p.handlingUnitName
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('col.duration')}>{formatDuration(p.durationValue, p.durationUnit, l, p.cutoff)}</Descriptions.Item>
      <Descriptions.Item label={t('col.fee')}>{p.feeText ?? (p.feeAmount ? formatFee(p.feeAmount, l) : t('noFee'))}</Descriptions.Item>
      <Descriptions.Item label={t('detail.result')}>{p.resultText ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('detail.legalBasis')}>{p.legalBasis ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('col.validity')}>{validity(p.validFrom, p.validTo)}</Descriptions.Item>
    </Descriptions>
  );
}

/** The required documents: form, quantity, required or not. */
export function ProcedureDocumentsTable({ p }: { p: ProcedureDetail }) {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language === 'en' ? 'en' : 'vi';
  const columns = [
    { key: 'pos', title: '#', width: 44, render: (_: unknown, d: Doc) => d.position },
    { key: 'name', title: t('detail.docName'), render: (_: unknown, d: Doc) => d.name },
    { key: 'form', title: t('detail.docForm'), width: 150, render: (_: unknown, d: Doc) => DOCUMENT_FORM_LABELS[d.form][l] },
    { key: 'qty', title: t('detail.docQty'), width: 90, render: (_: unknown, d: Doc) => d.quantity },
    {
      key: 'req',
      title: t('detail.docRequired'),
      width: 120,
      render: (_: unknown, d: Doc) =>
        d.isRequired ? t('detail.required') : <Typography.Text type="secondary">{t('detail.optional')}</Typography.Text>,
    },
  ];
  return (
    <section>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('detail.documents')}
      </Typography.Title>
      <ScrollRegion label={t('detail.documents')} minWidth={620}>
        <Table<Doc>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={p.documents}
          pagination={false}
          data-testid="procedure-documents"
        />
      </ScrollRegion>
    </section>
  );
}

/** The default route: each step's unit (the receiving commune for a commune-level step), share in % and in working time. */
export function ProcedureStepsTable({ p }: { p: ProcedureDetail }) {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language;
  const columns = [
    { key: 'pos', title: t('detail.stepNo'), width: 60, render: (_: unknown, s: Step) => s.position },
    { key: 'name', title: t('detail.stepName'), render: (_: unknown, s: Step) => s.name },
    {
      key: 'unit',
      title: t('detail.stepUnit'),
      width: 200,
      render: (_: unknown, s: Step) => (s.atReceivingUnit ? <ColorTag color="gold">{t('communeUnit')}</ColorTag> : s.unitName),
    },
    { key: 'share', title: t('detail.stepShare'), width: 110, render: (_: unknown, s: Step) => formatShare(s.timeShare, l) },
    {
      key: 'time',
      title: t('detail.stepTime'),
      width: 150,
      render: (_: unknown, s: Step) => stepTime(s.timeShare, p.durationValue, p.durationUnit, l),
    },
  ];
  return (
    <section>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('detail.steps')}
      </Typography.Title>
      <ScrollRegion label={t('detail.steps')} minWidth={680}>
        <Table<Step> rowKey="id" size="small" columns={columns} dataSource={p.steps} pagination={false} data-testid="procedure-steps" />
      </ScrollRegion>
    </section>
  );
}

/** The versions of a procedure over time; another version opens in the drawer. Nothing when there is only one. */
export function ProcedureVersions({ p, onOpen }: { p: ProcedureDetail; onOpen: (id: string) => void }) {
  const { t } = useTranslation('procedures');
  const validity = useValidity();
  if (p.versions.length <= 1) return null;
  return (
    <section>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('detail.versions')}
      </Typography.Title>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {p.versions.map((v) => (
          <li key={v.id}>
            {v.id === p.id ? (
              <Typography.Text strong>
                {validity(v.validFrom, v.validTo)} ({t('detail.current')})
              </Typography.Text>
            ) : (
              <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(v.id)}>
                {validity(v.validFrom, v.validTo)}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
