import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '@contracts/users';
import { ErrorAlert } from '@web/components/error-alert';
import { useUpdateUser } from '../api/update-user';
import { applyServerIssues } from '../utils/form-errors';
import { useToast } from '@web/lib/use-toast';

/** Sets a new password for an account (the server ends its sessions). */
export function ResetPasswordModal({ userId, onClose }: { userId: string; onClose: () => void }) {
  const { t } = useTranslation('users');
  const message = useToast();
  const [form] = Form.useForm<{ password: string }>();
  const update = useUpdateUser(userId);
  return (
    <Modal
      open
      title={t('detail.resetPassword')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common:common.save')}
      cancelText={t('common:common.cancel')}
      confirmLoading={update.isPending}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        layout="vertical"
        name="reset-password"
        onFinish={(v) =>
          update.mutate(
            { password: v.password },
            {
              onSuccess: () => {
                void message.success(t('detail.resetDone'));
                onClose();
              },
              onError: (e) => applyServerIssues(form, e, ['password']),
            },
          )
        }
      >
        <ErrorAlert error={update.error} />
        <Form.Item
          name="password"
          label={t('field.newPassword')}
          extra={t('field.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
          rules={[
            { required: true, message: t('rule.required', { field: t('field.newPassword').toLowerCase() }) },
            { min: PASSWORD_MIN_LENGTH, message: t('rule.passwordMin', { min: PASSWORD_MIN_LENGTH }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
