import { App, message as staticMessage } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';

/** antd's message API from the app context; the static one where no <App> is mounted (isolated tests). */
export function useToast(): MessageInstance {
  const { message } = App.useApp();
  return typeof message.success === 'function' ? message : staticMessage;
}
