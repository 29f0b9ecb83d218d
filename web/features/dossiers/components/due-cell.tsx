import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { vnDateTime } from '../utils/format';
import { SolidTag } from './tags';

/** A due date with the due-soon / overdue mark. */
export function DueCell({ dueAt, marks }: { dueAt: string | null; marks: { dueSoon: boolean; overdue: boolean } }) {
  const { t } = useTranslation('dossiers');
  if (!dueAt) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={4} wrap align="center">
      <span style={{ whiteSpace: 'nowrap' }}>{vnDateTime(dueAt)}</span>
      {marks.overdue ? (
        <SolidTag color="red">{t('mark.overdue')}</SolidTag>
      ) : marks.dueSoon ? (
        <SolidTag color="orange">{t('mark.dueSoon')}</SolidTag>
      ) : null}
    </Flex>
  );
}
