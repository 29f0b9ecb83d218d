import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/lib/api';

/** Shows an API error's message and each field issue. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : t('common.error');
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      description={issues.length ? <ul style={{ margin: 0, paddingLeft: 18 }}>{issues.map((i) => <li key={i.path + i.message}>{`${i.path}: ${i.message}`}</li>)}</ul> : undefined}
    />
  );
}
