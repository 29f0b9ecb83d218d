import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, localizeMessage } from '@web/lib/api';

/** Shows an API error's message and each field issue. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  // The server answers 'Tiếng Việt / English'; show the reader's language only.
  const message = error instanceof Error ? localizeMessage(error.message, i18n.language) : t('common.error');
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      description={issues.length ? <ul style={{ margin: 0, paddingLeft: 18 }}>{issues.map((i) => <li key={i.path + i.message}>{`${i.path}: ${localizeMessage(i.message, i18n.language)}`}</li>)}</ul> : undefined}
    />
  );
}
