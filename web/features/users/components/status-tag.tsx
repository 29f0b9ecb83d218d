import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountStatus } from '../utils/format';

// Darker text than antd's preset colours so the tags pass WCAG AA contrast.
const STYLE: Record<AccountStatus, { color: string; background: string; borderColor: string }> = {
  active: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  locked: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  inactive: { color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9' },
};

/** The account's state as a coloured tag with its name in words. */
export function StatusTag({ status }: { status: AccountStatus }) {
  const { t } = useTranslation('users');
  return (
    <Tag style={STYLE[status]} data-testid={`status-${status}`}>
      {t(`status.${status}`)}
    </Tag>
  );
}
