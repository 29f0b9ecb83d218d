import { Tag } from 'antd';
import type { ReactNode } from 'react';

// Dark backgrounds with white text keep every tag at WCAG AA contrast (antd's light presets do not).
/** Tag colours with at least 4.5:1 contrast against white text. */
export const TAG_COLORS = {
  blue: '#0050b3',
  cyan: '#006d75',
  geekblue: '#1d39c4',
  gold: '#874d00',
  purple: '#531dab',
  grey: '#595959',
  volcano: '#ad2102',
  green: '#237804',
  red: '#a8071a',
  orange: '#ad4e00',
} as const;

/** A high-contrast tag; `title` given, it is cut with an ellipsis to its container's width and shows the title on hover;
 * `wrap`, its words wrap to the container's width so that nothing is cut. */
export function SolidTag({
  color,
  children,
  testId,
  title,
  wrap = false,
}: {
  color: keyof typeof TAG_COLORS;
  children: ReactNode;
  testId?: string;
  title?: string;
  wrap?: boolean;
}) {
  const fit = title ? ({ maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'middle' } as const) : {};
  const wrapping = wrap
    ? ({ whiteSpace: 'normal', maxWidth: '100%', display: 'inline-block', lineHeight: '18px', paddingBlock: 1 } as const)
    : {};
  return (
    <Tag
      variant="solid"
      color={TAG_COLORS[color]}
      style={{ marginInlineEnd: 0, whiteSpace: 'nowrap', color: '#fff', ...fit, ...wrapping }}
      title={title}
      data-testid={testId}
    >
      {children}
    </Tag>
  );
}
