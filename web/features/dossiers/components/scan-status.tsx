import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '@contracts/dossiers';
import { ApiError, localizeMessage } from '@web/lib/api';
import type { ScanItem, ScansState } from '../hooks/use-scans';
import { SolidTag, type TAG_COLORS } from './tags';

const COLOR: Record<ScanItem['state'], keyof typeof TAG_COLORS> = { waiting: 'grey', sending: 'blue', sent: 'green', failed: 'red' };

/** Scans not stored on the dossier yet (waiting, being sent or failed). */
export const unsentScans = (scans: ScansState) => scans.items.filter((s) => s.state !== 'sent');

/** Each scan of the intake under its document, with where it is; a failed one shows why and can be sent again. */
export function ScanStatus({ dossier, scans }: { dossier: DossierDetail; scans: ScansState }) {
  const { t, i18n } = useTranslation('dossiers');
  if (scans.items.length === 0) return null;
  const failed = scans.items.filter((s) => s.state === 'failed');
  const names = new Map(dossier.receivedDocuments.map((d) => [d.procedureDocumentId, d.name]));
  const why = (e: unknown) => (e instanceof ApiError ? localizeMessage(e.message, i18n.language) : t('scans.network'));
  return (
    <Card
      size="small"
      title={t('scans.title')}
      style={{ maxWidth: 720, margin: '0 auto 16px', textAlign: 'start' }}
      data-testid="scan-status"
    >
      {failed.length ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={t('scans.failed', { count: failed.length })}
          description={t('scans.failedHelp')}
        />
      ) : null}
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {scans.items.map((s) => (
          <li key={s.key} style={{ marginBottom: 6 }}>
            <Flex gap={8} wrap align="center">
              <Typography.Text type="secondary">{names.get(s.documentId) ?? ''}:</Typography.Text>
              <Typography.Text>{s.file.fileName}</Typography.Text>
              <SolidTag color={COLOR[s.state]}>{t(`scans.state.${s.state}`)}</SolidTag>
              {s.state === 'failed' ? (
                <>
                  <Typography.Text type="danger">{why(s.error)}</Typography.Text>
                  <Button
                    size="small"
                    aria-label={t('scans.retryFor', { name: s.file.fileName })}
                    onClick={() => void scans.retry(dossier.id, s)}
                  >
                    {t('scans.retry')}
                  </Button>
                </>
              ) : null}
            </Flex>
          </li>
        ))}
      </ul>
    </Card>
  );
}
