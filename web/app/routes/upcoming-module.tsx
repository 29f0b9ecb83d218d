import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The place of a module that a later release delivers: what it will do. */
export function UpcomingModule({ moduleKey }: { moduleKey: 'dossiers' | 'surveys' | 'parIndex' | 'plan' | 'reports' }) {
  const { t } = useTranslation();
  return <Result status="info" title={t(`nav.${moduleKey}`)} subTitle={`${t(`modules.${moduleKey}`)} ${t('modules.upcoming')}`} />;
}
