import { Button, Descriptions, Drawer, Flex, Grid, Result, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FORM_LABELS, type ProcedureDetail } from '@contracts/procedures';
import { ApiError } from '@web/lib/api';
import { ErrorAlert } from '@web/components/error-alert';
import { useProcedure } from '../api/queries';
import { ScrollRegion } from './scroll-region';
import { formatDate, formatDuration, formatFee, formatShare, stepTime } from '../utils/format';
import { ColorTag, InterAgencyTag, LevelTag, OnlineTag, ValidityTag } from './tags';

type Doc = ProcedureDetail['documents'][number];
type Step = ProcedureDetail['steps'][number];

/** One procedure: facts, documents, route steps (share as % and as working time), versions; edit/replace by abilities. */
export function ProcedureDrawer({
  id,
  onClose,
  onOpen,
  onEdit,
  onReplace,
}: {
  id: string | null;
  onClose: () => void;
  onOpen: (id: string) => void;
  onEdit: (p: ProcedureDetail) => void;
  onReplace: (p: ProcedureDetail) => void;
}) {
  const { t, i18n } = useTranslation('procedures');
  const screens = Grid.useBreakpoint();
  const detail = useProcedure(id);
  const p = detail.data;
  const l = i18n.language;
  const canManage = p?.abilities.includes('procedure.manage') ?? false;

  const docColumns = [
    { key: 'pos', title: '#', width: 44, render: (_: unknown, d: Doc) => d.position },
    { key: 'name', title: t('detail.docName'), render: (_: unknown, d: Doc) => d.name },
    {
      key: 'form',
      title: t('detail.docForm'),
      width: 150,
      render: (_: unknown, d: Doc) => DOCUMENT_FORM_LABELS[d.form][l === 'en' ? 'en' : 'vi'],
    },
    { key: 'qty', title: t('detail.docQty'), width: 90, render: (_: unknown, d: Doc) => d.quantity },
    {
      key: 'req',
      title: t('detail.docRequired'),
      width: 120,
      render: (_: unknown, d: Doc) =>
        d.isRequired ? t('detail.required') : <Typography.Text type="secondary">{t('detail.optional')}</Typography.Text>,
    },
  ];
  const stepColumns = [
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
      render: (_: unknown, s: Step) => (p ? stepTime(s.timeShare, p.durationValue, p.durationUnit, l) : ''),
    },
  ];

  const notFound = detail.error instanceof ApiError && detail.error.status === 404;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md ? 820 : '100%'}
      title={p ? (screens.md ? `${p.nationalCode} — ${t('detail.title')}` : p.nationalCode) : t('detail.title')}
      extra={
        p && canManage ? (
          <Flex gap={8} wrap>
            <Button onClick={() => onEdit(p)} data-testid="procedure-edit">
              {t('detail.edit')}
            </Button>
            {p.validTo === null ? (
              <Button onClick={() => onReplace(p)} data-testid="procedure-replace">
                {t('detail.replace')}
              </Button>
            ) : null}
          </Flex>
        ) : null
      }
    >
      {detail.isLoading ? <Spin /> : null}
      {notFound ? <Result status="404" subTitle={t('detail.notFound')} /> : <ErrorAlert error={detail.error} />}
      {p ? (
        <Flex vertical gap={20} role="region" aria-label={p.name} tabIndex={0} style={{ outlineOffset: 2 }}>
          <div>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {p.name}
            </Typography.Title>
            <Flex gap={6} wrap>
              <LevelTag level={p.level} />
              <OnlineTag level={p.onlineLevel} />
              {p.isInterAgency ? <InterAgencyTag /> : null}
              <ValidityTag status={p.status} />
            </Flex>
          </div>
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
            <Descriptions.Item label={t('col.duration')}>{formatDuration(p.durationValue, p.durationUnit, l)}</Descriptions.Item>
            <Descriptions.Item label={t('col.fee')}>
              {p.feeText ?? (p.feeAmount ? formatFee(p.feeAmount, l) : t('noFee'))}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.result')}>{p.resultText ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('detail.legalBasis')}>{p.legalBasis ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('col.validity')}>
              {[t('detail.from', { date: formatDate(p.validFrom) }), p.validTo ? t('detail.to', { date: formatDate(p.validTo) }) : '']
                .filter(Boolean)
                .join(' ')}
            </Descriptions.Item>
          </Descriptions>
          <section>
            <Typography.Title level={5}>{t('detail.documents')}</Typography.Title>
            <ScrollRegion label={t('detail.documents')} minWidth={620}>
              <Table<Doc>
                rowKey="id"
                size="small"
                columns={docColumns}
                dataSource={p.documents}
                pagination={false}
                data-testid="procedure-documents"
              />
            </ScrollRegion>
          </section>
          <section>
            <Typography.Title level={5}>{t('detail.steps')}</Typography.Title>
            <ScrollRegion label={t('detail.steps')} minWidth={680}>
              <Table<Step>
                rowKey="id"
                size="small"
                columns={stepColumns}
                dataSource={p.steps}
                pagination={false}
                data-testid="procedure-steps"
              />
            </ScrollRegion>
          </section>
          {p.versions.length > 1 ? (
            <section>
              <Typography.Title level={5}>{t('detail.versions')}</Typography.Title>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {p.versions.map((v) => (
                  <li key={v.id}>
                    {v.id === p.id ? (
                      <Typography.Text strong>
                        {t('detail.from', { date: formatDate(v.validFrom) })}{' '}
                        {v.validTo ? t('detail.to', { date: formatDate(v.validTo) }) : ''} ({t('detail.current')})
                      </Typography.Text>
                    ) : (
                      <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(v.id)}>
                        {t('detail.from', { date: formatDate(v.validFrom) })}{' '}
                        {v.validTo ? t('detail.to', { date: formatDate(v.validTo) }) : ''}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </Flex>
      ) : null}
    </Drawer>
  );
}
