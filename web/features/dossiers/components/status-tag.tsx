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

/** A dossier status as a coloured tag with its DVCQG code; `fit` cuts it to the cell width (full text on hover), `wrap`
 * wraps its words to the cell width (nothing cut). */
export function StatusTag({ status, fit = false, wrap = false }: { status: DossierStatus; fit?: boolean; wrap?: boolean }) {
  const { i18n } = useTranslation();
  const text = `${DVCQG_STATUS_CODE[status]}. ${statusLabel(status, i18n.language)}`;
  return (
    <SolidTag color={COLORS[status]} testId="status-tag" wrap={wrap} {...(fit ? { title: text } : {})}>
      {text}
    </SolidTag>
  );
}
