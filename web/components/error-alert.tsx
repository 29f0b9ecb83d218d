import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '@contracts/errors';
import { ApiError, isApiError, localizeMessage } from '@web/lib/api';

/** The field an issue is about, for a reader: its label by the path's last named part, else the path itself. */
export function issueField(path: string, label: (key: string) => string): string {
  const bare = path.replace(/^(body|querystring|query|params|headers)\.?/, '');
  const named = bare.split('.').filter((p) => p && !/^\d+$/.test(p));
  const last = named[named.length - 1];
  return (last && label(last)) || bare;
}

/** Shows an API error's message and each field issue. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  // The server answers 'Tiếng Việt / English'; show the reader's language only.
  const issues = error instanceof ApiError ? error.issues : [];
  // Bad input lists its problems below, so the title stays the short one of the error table.
  const message =
    isApiError(error, 'VALIDATION_FAILED') && issues.length
      ? errorText('VALIDATION_FAILED', i18n.language)
      : error instanceof Error
        ? localizeMessage(error.message, i18n.language)
        : t('common.error');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      description={
        issues.length ? (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {issues.map((i) => {
              const field = issueField(i.path, (key) => t(`fields.${key}`, { defaultValue: '' }));
              const text = localizeMessage(i.message, i18n.language);
              return <li key={i.path + i.message}>{field ? `${field}: ${text}` : text}</li>;
            })}
          </ul>
        ) : undefined
      }
    />
  );
}
