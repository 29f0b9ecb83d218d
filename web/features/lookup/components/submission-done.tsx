import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { groupedLookupKey } from '@core/dossier';
import type { PublicSubmitResponse } from '@contracts/dossiers';
import { paths } from '@web/config/paths';

/** The dossier just submitted: its code and lookup key, a link to track it by the key, and "submit another". */
export function SubmissionDone({ r, onAgain }: { r: PublicSubmitResponse; onAgain: () => void }) {
  const { t } = useTranslation('lookup');
  const navigate = useNavigate();
  const track = paths.lookupDossier(r.lookupKey);
  return (
    <Card>
      <Result
        status="success"
        title={
          <h1 style={{ fontSize: 'inherit', fontWeight: 'inherit', margin: 0, overflowWrap: 'anywhere' }} data-testid="submit-code">
            {t('submit.doneTitle', { code: r.code })}
          </h1>
        }
        subTitle={
          <>
            {t('submit.doneHint', { key: groupedLookupKey(r.lookupKey) })}
            {r.completionPath ? (
              <>
                <br />
                {t('completion.saveLink')}{' '}
                <a href={r.completionPath} style={{ overflowWrap: 'anywhere' }} data-testid="completion-link">
                  {`${window.location.origin}${r.completionPath}`}
                </a>
              </>
            ) : null}
          </>
        }
        extra={[
          <Button
            key="track"
            type="primary"
            href={track}
            // A long code on a phone: the label wraps inside the button instead of running past the card.
            style={{ whiteSpace: 'normal', height: 'auto', maxWidth: '100%', overflowWrap: 'anywhere' }}
            onClick={(e) => {
              e.preventDefault();
              void navigate(track);
            }}
          >
            {t('submit.track', { code: r.code })}
          </Button>,
          <Button key="again" onClick={onAgain}>
            {t('submit.again')}
          </Button>,
        ]}
      />
    </Card>
  );
}
