import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  LEVEL_LABELS,
  ONLINE_LEVEL_LABELS,
  type OnlineLevelValue,
  type ProcedureLevelValue,
  type ProcedureStatus,
} from '@contracts/procedures';

const lang = (l: string) => (l === 'en' ? 'en' : 'vi');

// Dark text on light fills: antd's preset tag colours fall below WCAG AA contrast for small text.
const PALETTE = {
  green: ['#135200', '#f6ffed', '#73d13d'],
  blue: ['#003a8c', '#e6f4ff', '#69b1ff'],
  grey: ['#434343', '#fafafa', '#d9d9d9'],
  purple: ['#22075e', '#f9f0ff', '#b37feb'],
  gold: ['#613400', '#fffbe6', '#ffc53d'],
  geekblue: ['#061178', '#f0f5ff', '#85a5ff'],
  red: ['#820014', '#fff1f0', '#ff7875'],
  orange: ['#873800', '#fff7e6', '#ffa940'],
} as const;

/** A tag in one of the catalogue's accessible colours. */
export function ColorTag({ color, children }: { color: keyof typeof PALETTE; children: ReactNode }) {
  const [fg, bg, border] = PALETTE[color];
  return <Tag style={{ color: fg, background: bg, borderColor: border, marginInlineEnd: 0, whiteSpace: 'nowrap' }}>{children}</Tag>;
}

/** "Toàn trình" (green) / "Một phần" (blue) / "Không trực tuyến" (grey). */
export function OnlineTag({ level }: { level: OnlineLevelValue }) {
  const { i18n } = useTranslation();
  return (
    <ColorTag color={level === 'full' ? 'green' : level === 'partial' ? 'blue' : 'grey'}>
      {ONLINE_LEVEL_LABELS[level][lang(i18n.language)]}
    </ColorTag>
  );
}

/** "Liên thông" for inter-agency procedures. */
export function InterAgencyTag() {
  const { t } = useTranslation('procedures');
  return <ColorTag color="purple">{t('tag.interAgency')}</ColorTag>;
}

/** "Cấp tỉnh" / "Cấp xã". */
export function LevelTag({ level }: { level: ProcedureLevelValue }) {
  const { i18n } = useTranslation();
  return <ColorTag color={level === 'commune' ? 'gold' : 'geekblue'}>{LEVEL_LABELS[level][lang(i18n.language)]}</ColorTag>;
}

/** Nothing for a procedure in effect; "Hết hiệu lực" / "Chưa có hiệu lực" otherwise. */
export function ValidityTag({ status }: { status: ProcedureStatus }) {
  const { t } = useTranslation('procedures');
  if (status === 'active') return null;
  return <ColorTag color={status === 'expired' ? 'red' : 'orange'}>{t(`tag.${status}`)}</ColorTag>;
}
