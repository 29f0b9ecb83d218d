import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOSSIER_ACTIONS, type DossierAction } from '@core/dossier';
import type { DossierDetail } from '@contracts/dossiers';
import { actionLabel } from '../utils/format';

const PRIMARY: readonly DossierAction[] = ['accept', 'start', 'forward', 'resubmit', 'confirm_payment', 'finish', 'return_result'];
const DANGER: readonly DossierAction[] = ['refuse', 'stop', 'withdraw', 'refuse_after_review'];

/** The actions the caller may take now, in the state machine's order (moving forward in colour, ending ones in red). */
export function DetailActions({ d, onPick }: { d: DossierDetail; onPick: (a: DossierAction) => void }) {
  const { t, i18n } = useTranslation('dossiers');
  const ordered = DOSSIER_ACTIONS.filter((a) => d.allowedActions.includes(a));
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('detail.actions')}>
      {ordered.length ? (
        <Flex wrap gap={8} data-testid="dossier-actions">
          {ordered.map((a) => (
            <Button
              key={a}
              type={PRIMARY.includes(a) ? 'primary' : 'default'}
              danger={DANGER.includes(a)}
              onClick={() => onPick(a)}
              data-testid={`action-${a}`}
            >
              {actionLabel(a, i18n.language)}
            </Button>
          ))}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('detail.noActions')}</Typography.Text>
      )}
    </Card>
  );
}
