import { useEffect, useRef } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { ApiError, isApiError, localizeMessage } from '@web/lib/api';
import { fieldErrorsOf } from '../utils/form-errors';

// The server writes 'Tiếng Việt / English'; show the current language and leave out the issues shown under a field.
function localized(error: ApiError, fields: readonly string[], lang: string): ApiError {
  const onFields = new Set(fieldErrorsOf(error, fields, lang).map((f) => f.name));
  const issues = error.issues
    .filter((i) => !onFields.has(/^body\.([A-Za-z]+)/.exec(i.path)?.[1] ?? ''))
    .map((i) => ({ path: i.path, message: localizeMessage(i.message, lang) }));
  return new ApiError(error.status, error.code, localizeMessage(error.message, lang), issues);
}

/** A form's API error, scrolled into view; the open children that block closing a unit are listed by name. */
export function UnitErrorAlert({ error, fields = [] }: { error: unknown; fields?: readonly string[] }) {
  const { t, i18n } = useTranslation('units');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);
  if (!error) return null;
  const shown = error instanceof ApiError ? localized(error, fields, i18n.language) : error;
  return (
    <div ref={ref} style={{ marginBottom: 16 }}>
      {isApiError(shown, 'UNIT_HAS_OPEN_CHILDREN') ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="unit-open-children"
          title={shown.message}
          description={
            <>
              <div>{t('form.openChildren')}</div>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {shown.issues.map((i) => (
                  <li key={i.path + i.message}>{i.message}</li>
                ))}
              </ul>
            </>
          }
        />
      ) : (
        <ErrorAlert error={shown} />
      )}
    </div>
  );
}
