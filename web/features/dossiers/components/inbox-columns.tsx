import { Fragment } from 'react';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '@contracts/dossiers';
import { paths } from '@web/config/paths';
import { AppLink } from '@web/components/app-link';
import { Clipped } from './clipped';
import { DueCell } from './due-cell';
import { StatusTag } from './status-tag';

/** A dossier code that may wrap only after its hyphens (long unit prefixes such as 66.TTPVHCC-…). */
function breakable(code: string) {
  const parts = code.split('-');
  return parts.map((p, i) =>
    i < parts.length - 1 ? (
      <Fragment key={i}>
        {p}-<wbr />
      </Fragment>
    ) : (
      <Fragment key={i}>{p}</Fragment>
    ),
  );
}

/** Columns of the inbox; the code opens the dossier. */
export function useInboxColumns(): TableColumnsType<DossierListItem> {
  const { t } = useTranslation('dossiers');
  // Fixed layout with ellipsis: every main column fits a 1366 px screen (sider 232 px) without horizontal scrolling.
  return [
    {
      key: 'code',
      title: t('col.code'),
      width: 158,
      render: (_, d) => (
        <AppLink to={paths.dossier(d.id)} style={{ fontFamily: 'monospace', fontSize: 13 }}>
          {breakable(d.code)}
        </AppLink>
      ),
    },
    { key: 'applicant', title: t('col.applicant'), width: '16%', render: (_, d) => <Clipped text={d.applicantName} /> },
    { key: 'procedure', title: t('col.procedure'), render: (_, d) => <Clipped text={d.procedure.name} rows={2} /> },
    { key: 'status', title: t('col.status'), width: 168, render: (_, d) => <StatusTag status={d.status} fit /> },
    { key: 'due', title: t('col.due'), width: 140, render: (_, d) => <DueCell dueAt={d.dueAt} marks={d.marks} /> },
    {
      key: 'current',
      title: t('col.current'),
      width: '18%',
      render: (_, d) => (
        <Clipped text={d.currentHandler ? `${d.currentUnit.name} — ${d.currentHandler.fullName}` : d.currentUnit.name} rows={2} />
      ),
    },
  ];
}
