import { Button, Popconfirm, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { groupedLookupKey } from '@core/dossier';
import type { DossierDetail } from '@contracts/dossiers';
import { paths } from '@web/config/paths';
import { AppLink } from '@web/components/app-link';
import type { ScansState } from '../hooks/use-scans';
import { vnDateTime } from '../utils/format';
import { ScanStatus, unsentScans } from './scan-status';

/** "Receive another": asks first while scans are not stored on the dossier, so none is dropped unseen. */
function AgainButton({ unsent, onAgain }: { unsent: number; onAgain: () => void }) {
  const { t } = useTranslation('dossiers');
  const button = (
    <Button onClick={unsent ? undefined : onAgain} data-testid="intake-again">
      {t('intake.again')}
    </Button>
  );
  if (!unsent) return button;
  return (
    <Popconfirm
      title={t('scans.unsentConfirm', { count: unsent })}
      okText={t('scans.unsentOk')}
      cancelText={t('scans.unsentCancel')}
      onConfirm={onAgain}
    >
      {button}
    </Popconfirm>
  );
}

/** The dossier just received: its code, due date and public lookup key, its scans being sent, the receipt, its page,
 * and "receive another". */
export function IntakeDone({ dossier, scans, onAgain }: { dossier: DossierDetail; scans: ScansState; onAgain: () => void }) {
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
        <ScanStatus key="scans" dossier={dossier} scans={scans} />,
        <Button key="receipt" type="primary" href={`/api/dossiers/${dossier.id}/forms/01.pdf`} target="_blank" rel="noopener">
          {t('intake.receipt')}
        </Button>,
        <AppLink key="detail" to={paths.dossier(dossier.id)}>
          {t('intake.openDetail')}
        </AppLink>,
        <AgainButton key="again" unsent={unsentScans(scans).length} onAgain={onAgain} />,
      ]}
      data-testid="intake-done"
    />
  );
}
