import { useTranslation } from 'react-i18next';
import { SolidTag } from './tags';

/** Early (green), on time (blue) or late (red); nothing while unfinished. */
export function TimelinessTag({ value }: { value: 'early' | 'on_time' | 'late' | null }) {
  const { t } = useTranslation('dossiers');
  if (!value) return null;
  return <SolidTag color={value === 'late' ? 'red' : value === 'early' ? 'green' : 'blue'}>{t(`timeliness.${value}`)}</SolidTag>;
}
