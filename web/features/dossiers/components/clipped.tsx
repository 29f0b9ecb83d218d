import { Typography } from 'antd';

/** Text cut to one or a few lines with an ellipsis; the full text shows in a tooltip when it is cut. */
export function Clipped({ text, rows = 1 }: { text: string; rows?: number }) {
  return (
    <Typography.Paragraph ellipsis={{ rows, tooltip: text }} style={{ margin: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}
