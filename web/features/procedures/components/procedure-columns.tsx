import { Flex, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureListItem } from '@contracts/procedures';
import { feeShown, formatDuration, formatFee } from '../utils/format';
import { InterAgencyTag, LevelTag, OnlineTag, ValidityTag } from './tags';

/** The fee cell: the amount, else a short form of the fee text, else "no fee". */
function FeeCell({ p }: { p: ProcedureListItem }) {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language === 'en' ? 'en' : 'vi';
  const fee = feeShown(p);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {fee.kind === 'amount' ? (
        formatFee(fee.amount, l)
      ) : fee.kind === 'text' ? (
        <Typography.Text type="secondary">{fee.text}</Typography.Text>
      ) : (
        t('noFee')
      )}
    </span>
  );
}

/** Columns of the catalogue table; the name opens the procedure's drawer. */
export function useProcedureColumns(onOpen: (id: string) => void): TableColumnsType<ProcedureListItem> {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language === 'en' ? 'en' : 'vi';
  return [
    { key: 'code', title: t('col.code'), width: 100, render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{p.nationalCode}</span> },
    {
      key: 'name',
      title: t('col.name'),
      render: (_, p) => (
        <Flex vertical gap={4} style={{ minWidth: 260, maxWidth: 460 }}>
          <Typography.Link onClick={() => onOpen(p.id)} data-testid="procedure-open">
            {p.name}
          </Typography.Link>
          <Flex gap={4} wrap>
            <OnlineTag level={p.onlineLevel} />
            {p.isInterAgency ? <InterAgencyTag /> : null}
            <ValidityTag status={p.status} />
          </Flex>
        </Flex>
      ),
    },
    { key: 'sector', title: t('col.sector'), width: 170, render: (_, p) => p.sector },
    { key: 'level', title: t('col.level'), width: 90, render: (_, p) => <LevelTag level={p.level} /> },
    { key: 'unit', title: t('col.unit'), width: 190, render: (_, p) => (p.level === 'commune' ? t('communeUnit') : p.handlingUnitName) },
    {
      key: 'duration',
      title: t('col.duration'),
      width: 150,
      render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{formatDuration(p.durationValue, p.durationUnit, l, p.cutoff)}</span>,
    },
    { key: 'fee', title: t('col.fee'), width: 120, render: (_, p) => <FeeCell p={p} /> },
  ];
}
