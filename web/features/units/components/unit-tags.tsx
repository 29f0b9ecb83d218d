import type { CSSProperties } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitKind, UnitStatus } from '@contracts/units';

// Text colours are the darker shades of each palette so every tag passes WCAG AA contrast (axe).
const KIND_STYLE: Record<UnitKind, CSSProperties> = {
  province: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  department: { color: '#0958d9', background: '#e6f4ff', borderColor: '#91caff' },
  one_stop_centre: { color: '#531dab', background: '#f9f0ff', borderColor: '#d3adf7' },
  ward: { color: '#10239e', background: '#f0f5ff', borderColor: '#adc6ff' },
  commune: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  special_zone: { color: '#00474f', background: '#e6fffb', borderColor: '#87e8de' },
  district: { color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9', borderStyle: 'dashed' },
};

const STATUS_STYLE: Record<UnitStatus, CSSProperties> = {
  active: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  closed: { color: '#434343', background: '#f5f5f5', borderColor: '#bfbfbf' },
  future: { color: '#0958d9', background: '#e6f4ff', borderColor: '#91caff' },
};

// Smaller tags for the tree rows.
const COMPACT: CSSProperties = { fontSize: 11, lineHeight: '16px', paddingInline: 4 };

/** The unit kind as a coloured tag (Tỉnh, Sở/ban/ngành, Xã, …). */
export function UnitKindTag({ kind, compact }: { kind: UnitKind; compact?: boolean }) {
  const { t } = useTranslation('units');
  return (
    <Tag style={{ ...KIND_STYLE[kind], marginInlineEnd: 0, ...(compact ? COMPACT : {}) }} data-kind={kind}>
      {t(`kind.${kind}`)}
    </Tag>
  );
}

/** Whether the unit is in effect on the reference date. */
export function UnitStatusTag({ status, compact }: { status: UnitStatus; compact?: boolean }) {
  const { t } = useTranslation('units');
  return (
    <Tag style={{ ...STATUS_STYLE[status], marginInlineEnd: 0, ...(compact ? COMPACT : {}) }} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
