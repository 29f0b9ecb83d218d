import { useTranslation } from 'react-i18next';
import { DVCQG_STATUS_CODE, type DossierStatus } from '@core/dossier';
import { statusLabel } from '../utils/format';
import { SolidTag, type TAG_COLORS } from './tags';

const COLORS: Record<DossierStatus, keyof typeof TAG_COLORS> = {
  submitted: 'blue',
  received: 'cyan',
  not_received: 'grey',
  processing: 'geekblue',
  supplement_requested: 'gold',
  awaiting_payment: 'purple',
  withdrawn: 'grey',
  stopped: 'volcano',
  done: 'green',
  returned: 'green',
};

/** A dossier status as a coloured tag with its DVCQG code. */
export function StatusTag({ status }: { status: DossierStatus }) {
  const { i18n } = useTranslation();
  return (
    <SolidTag color={COLORS[status]} testId="status-tag">
      {DVCQG_STATUS_CODE[status]}. {statusLabel(status, i18n.language)}
    </SolidTag>
  );
}
