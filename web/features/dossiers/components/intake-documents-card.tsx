import { Alert, Card, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeProcedure } from '@contracts/dossier-catalogue';
import type { ScansState } from '../hooks/use-scans';
import { ScanAttach } from './scan-attach';
import { SolidTag } from './tags';

type Doc = IntakeProcedure['documents'][number];

/** Whether every required document is ticked, or which are missing. */
function Completeness({ missing }: { missing: readonly Doc[] }) {
  const { t } = useTranslation('dossiers');
  return missing.length ? (
    <Alert
      type="warning"
      showIcon
      title={t('intake.missing', { count: missing.length })}
      description={missing.map((d) => d.name).join('; ')}
      data-testid="completeness"
    />
  ) : (
    <Alert type="success" showIcon title={t('intake.complete')} data-testid="completeness" />
  );
}

/** The procedure's document checklist, each with its form, quantity, whether it is required and its scans, and the completeness indicator. */
export function IntakeDocumentsCard(props: {
  procedure: IntakeProcedure | null;
  docs: string[];
  onChange: (ids: string[]) => void;
  missing: readonly Doc[];
  scans: ScansState;
}) {
  const { t } = useTranslation('dossiers');
  const { procedure } = props;
  return (
    <Card title={t('intake.documents')} size="small" style={{ marginBottom: 16 }} data-testid="documents-card">
      {!procedure ? (
        <Typography.Text type="secondary">{t('intake.pickFirst')}</Typography.Text>
      ) : procedure.documents.length === 0 ? (
        <Typography.Text type="secondary">{t('intake.noDocuments')}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          <Checkbox.Group
            value={props.docs}
            onChange={(v) => props.onChange(v as string[])}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          >
            {procedure.documents.map((d) => (
              <div key={d.id}>
                <Checkbox value={d.id}>
                  {d.name}{' '}
                  <Typography.Text type="secondary">
                    ({t(`form.${d.form}`, { defaultValue: d.form })}, {t('intake.quantity', { count: d.quantity })})
                  </Typography.Text>{' '}
                  {d.isRequired ? (
                    <SolidTag color="red">{t('intake.required')}</SolidTag>
                  ) : (
                    <SolidTag color="grey">{t('intake.optional')}</SolidTag>
                  )}
                </Checkbox>
                {/* A scan is of a document received: the control shows once the document is ticked. */}
                {props.docs.includes(d.id) ? <ScanAttach doc={d} scans={props.scans} /> : null}
              </div>
            ))}
          </Checkbox.Group>
          <Typography.Text type="secondary">{t('scans.hint')}</Typography.Text>
          <Completeness missing={props.missing} />
        </Flex>
      )}
    </Card>
  );
}
