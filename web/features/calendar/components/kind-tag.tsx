import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDayView } from '@contracts/calendar';
import { KIND_STYLE } from '../utils/format';

/** The kind of a day as a coloured tag. */
export function KindTag({ kind }: { kind: CalendarDayView['kind'] }) {
  const { t } = useTranslation('calendar');
  const s = KIND_STYLE[kind];
  return <Tag style={{ color: s.fg, background: s.bg, borderColor: s.border, marginInlineEnd: 0 }}>{t(`kind.${kind}`)}</Tag>;
}

/** Proposed (dashed, amber) or confirmed (green). */
export function StatusTag({ status }: { status: CalendarDayView['status'] }) {
  const { t } = useTranslation('calendar');
  return status === 'proposed' ? (
    <Tag style={{ borderStyle: 'dashed', color: '#874d00', background: '#fffbe6', borderColor: '#d48806', marginInlineEnd: 0 }}>
      {t('status.proposed')}
    </Tag>
  ) : (
    <Tag style={{ color: '#135200', background: '#f6ffed', borderColor: '#73d13d', marginInlineEnd: 0 }}>{t('status.confirmed')}</Tag>
  );
}
