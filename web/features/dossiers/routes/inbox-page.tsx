import { useState } from 'react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '@web/config/paths';
import { useAuth } from '@web/lib/auth';
import { useListState } from '@web/lib/list-state';
import { ErrorAlert } from '@web/components/error-alert';
import { ListTable } from '@web/components/list-page';
import { PageHeader } from '@web/components/page-header';
import { useDossiers } from '../api/dossiers';
import { useCompactInbox, useInboxColumns } from '../components/inbox-columns';
import { InboxFilters } from '../components/inbox-filters';
import { RegisterDialog } from '../components/register-dialog';
import { INBOX_LIST } from '../utils/inbox-list';

/** The one-stop worklist: by default the dossiers waiting on the caller's units, most urgent first, with due-soon and
 * overdue marks; a search by exact code shows the dossier and which filters would have hidden it. */
export function InboxPage() {
  const { t } = useTranslation('dossiers');
  const { hasPermission } = useAuth();
  const navigate = useNavigate();
  const list = useListState(INBOX_LIST);
  const { status, ...filters } = list.filters;
  const [registerOpen, setRegisterOpen] = useState(false);
  const dossiers = useDossiers({ ...filters, status: status.join(',') || undefined, ...list.paging });
  const match = dossiers.data?.codeMatch;
  const columns = useInboxColumns();
  const compact = useCompactInbox();

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        extra={
          <>
            <Button onClick={() => setRegisterOpen(true)} data-testid="register-button">
              {t('register.button')}
            </Button>
            {hasPermission('dossier.create') ? (
              <Button type="primary" onClick={() => void navigate(paths.dossierIntake)} data-testid="intake-button">
                {t('inbox.intake')}
              </Button>
            ) : null}
          </>
        }
      />
      {registerOpen ? <RegisterDialog onClose={() => setRegisterOpen(false)} /> : null}
      <InboxFilters filters={list.filters} onChange={list.setFilters} />
      <ErrorAlert error={dossiers.error} />
      {match ? (
        <Alert
          type={match.hiddenBy.length > 0 ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="code-match"
          title={
            match.hiddenBy.length > 0
              ? t('inbox.codeHidden', { code: match.code, filters: match.hiddenBy.map((f) => t(`inbox.hiddenBy.${f}`)).join(', ') })
              : t('inbox.codeFound', { code: match.code })
          }
        />
      ) : null}
      <ListTable
        list={list}
        data={dossiers.data}
        loading={dossiers.isFetching}
        columns={columns}
        tableLayout="fixed"
        // Phones get one stacked column (code, status, due date first); tablets scroll sideways; from about 1000 px the columns fit.
        scroll={compact ? undefined : { x: 900 }}
        emptyText={t('inbox.empty')}
        totalText={(count) => t('inbox.total', { count })}
        data-testid="dossiers-table"
      />
    </>
  );
}
