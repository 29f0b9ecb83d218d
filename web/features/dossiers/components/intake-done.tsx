import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { groupedLookupKey } from '@core/dossier';
import type { DossierDetail } from '@contracts/dossiers';
import { paths } from '@web/config/paths';
import { AppLink } from '@web/components/app-link';
import { vnDateTime } from '../utils/format';

/** The dossier just received: its code, due date and public lookup key, the receipt, its page, and "receive another". */
export function IntakeDone({ dossier, onAgain }: { dossier: DossierDetail; onAgain: () => void }) {
  const { t } = useTranslation('dossiers');
  return (
    <Result
      status="success"
      title={t('intake.done', { code: dossier.code })}
      subTitle={
        <>
          {t('intake.doneDue', { due: vnDateTime(dossier.dueAt) })}
          <br />
          {t('intake.doneKey')} <strong data-testid="lookup-key">{groupedLookupKey(dossier.lookupKey)}</strong>
        </>
      }
      extra={[
        <Button key="receipt" type="primary" href={`/api/dossiers/${dossier.id}/forms/01.pdf`} target="_blank" rel="noopener">
          {t('intake.receipt')}
        </Button>,
        <AppLink key="detail" to={paths.dossier(dossier.id)}>
          {t('intake.openDetail')}
        </AppLink>,
        <Button key="again" onClick={onAgain}>
          {t('intake.again')}
        </Button>,
      ]}
      data-testid="intake-done"
    />
  );
}
