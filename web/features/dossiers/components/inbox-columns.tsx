import { Flex, Grid, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierListItem } from '@contracts/dossiers';
import { paths } from '@web/config/paths';
import { AppLink } from '@web/components/app-link';
import { Clipped } from './clipped';
import { DueCell } from './due-cell';
import { StatusTag } from './status-tag';

const CODE_STYLE = {
  fontFamily: 'monospace',
  fontSize: 13,
  whiteSpace: 'nowrap',
  display: 'block',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
} as const;

/** A dossier's code, never wrapped, opening the dossier. */
function CodeLink({ d }: { d: DossierListItem }) {
  return (
    <AppLink to={paths.dossier(d.id)} title={d.code} style={CODE_STYLE}>
      {d.code}
    </AppLink>
  );
}

/** On a phone, one column per dossier: code, status and due date first, then applicant and procedure. */
function phoneColumns(title: string): TableColumnsType<DossierListItem> {
  return [
    {
      key: 'dossier',
      title,
      render: (_, d) => (
        <Flex vertical gap={4} data-testid="inbox-card">
          <CodeLink d={d} />
          <Flex gap={8} wrap align="center">
            <StatusTag status={d.status} wrap />
            <DueCell dueAt={d.dueAt} marks={d.marks} />
          </Flex>
          <Typography.Text>{d.applicantName}</Typography.Text>
          <Clipped text={d.procedure.name} rows={2} />
        </Flex>
      ),
    },
  ];
}

/** Whether the inbox shows its phone layout (narrower than antd's md breakpoint, 768 px). */
export function useCompactInbox(): boolean {
  return Grid.useBreakpoint().md === false;
}

/** Columns of the inbox; the code opens the dossier. */
export function useInboxColumns(): TableColumnsType<DossierListItem> {
  const { t } = useTranslation('dossiers');
  const compact = useCompactInbox();
  if (compact) return phoneColumns(t('col.dossier'));
  // Fixed layout with ellipsis: every main column fits a 1366 px screen (sider 232 px) without horizontal scrolling. A
  // code never wraps (its column fits a 26-character code such as 000.00.66.H22-261120-0001); a status wraps its words
  // rather than being cut.
  return [
    {
      key: 'code',
      title: t('col.code'),
      width: 222,
      render: (_, d) => <CodeLink d={d} />,
    },
    { key: 'applicant', title: t('col.applicant'), width: '16%', render: (_, d) => <Clipped text={d.applicantName} /> },
    { key: 'procedure', title: t('col.procedure'), render: (_, d) => <Clipped text={d.procedure.name} rows={2} /> },
    { key: 'status', title: t('col.status'), width: 168, render: (_, d) => <StatusTag status={d.status} wrap /> },
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
