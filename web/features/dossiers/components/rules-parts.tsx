import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '@contracts/dossiers';
import { vnDateTime } from '../utils/format';
import { SolidTag } from './tags';

// What the one-stop rule set of the dossier's reception date shows on its page (docs/DOMAIN.md §10): the result kind
// with the refusal's reason, the hand-over deadline of the control slip, and a late apology's flag.

/** The result of a finished dossier: resolved, or refused after review with its reason. */
export function ResultKind({ result }: { result: NonNullable<DossierDetail['result']> }) {
  const { t } = useTranslation('dossiers');
  if (result.kind === 'granted') return <span data-testid="result-kind">{t('rules.granted')}</span>;
  return (
    <div data-testid="result-kind">
      <SolidTag color="red">{t('rules.refused')}</SolidTag>
      {result.reason ? (
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>{t('rules.refusedReason', { reason: result.reason })}</Typography.Paragraph>
      ) : null}
    </div>
  );
}

/** The one-stop unit's hand-over to the handling agency: the deadline, and when it was done, on time or late. */
export function HandOverLine({ handOver: h }: { handOver: NonNullable<DossierDetail['handOver']> }) {
  const { t } = useTranslation('dossiers');
  const state = h.handedAt ? (
    <>
      {t('rules.handedAt', { at: vnDateTime(h.handedAt) })}{' '}
      <SolidTag color={h.result === 'late' ? 'red' : 'green'}>
        {t(h.result === 'late' ? 'rules.handOverLate' : 'rules.handOverOnTime')}
      </SolidTag>
    </>
  ) : (
    <>
      {t('rules.handOverPending')} {h.overdue ? <SolidTag color="red">{t('rules.handOverLate')}</SolidTag> : null}
    </>
  );
  return (
    <div data-testid="hand-over" style={{ marginBottom: 12 }}>
      <Typography.Text strong>{t('rules.handOver')}: </Typography.Text>
      <Typography.Text>{t('rules.handOverBy', { at: vnDateTime(h.dueAt) })}</Typography.Text>
      {' — '}
      {state}
      <br />
      <Typography.Text type="secondary">{t('rules.handOverHelp', { cutoff: h.cutoff })}</Typography.Text>
    </div>
  );
}

/** The flag of an apology sent later than its deadline (event data `late`): recorded, the dossier still late. */
export function LateApology() {
  const { t } = useTranslation('dossiers');
  return (
    <div data-testid="late-apology">
      <SolidTag color="orange">{t('rules.apologyLate')}</SolidTag>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {t('rules.apologyLateHelp')}
      </Typography.Paragraph>
    </div>
  );
}

/** Before an apology: when the due is within a working day or past, the letter will be recorded as sent late. */
export function LateApologyNotice({ marks }: { marks: DossierDetail['marks'] }) {
  const { t } = useTranslation('dossiers');
  if (!marks.dueSoon && !marks.overdue) return null;
  return (
    <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="late-apology-notice" title={t('rules.apologyLateHelp')} />
  );
}
