import { Button, Checkbox, Flex, Form, Grid, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FORMS, DOCUMENT_FORM_LABELS, sharesSumToOne } from '@contracts/procedures';
import { NEW_DOCUMENT, remainingPercent, shareSum, type ProcedureFormValues, type StepRow } from '../utils/procedure-form';
import { useRequired } from './procedure-form-fields';
import { UnitSelect } from './unit-select';

/** On phones each list row wraps over several lines: a rule between rows keeps them apart. */
function useRowStyle() {
  const screens = Grid.useBreakpoint();
  return screens.md ? undefined : { borderBottom: '1px solid #f0f0f0', paddingBottom: 4, marginBottom: 4 };
}

/** "Xóa" for one row, named after the row; the last row stays. */
function RemoveButton({ label, onClick, disabled }: { label: string; onClick: () => void; disabled: boolean }) {
  const { t } = useTranslation('procedures');
  return (
    <Button onClick={onClick} disabled={disabled} aria-label={`${t('form.remove')} ${label}`}>
      {t('form.remove')}
    </Button>
  );
}

/** The required documents: name, form, quantity and whether required, one row each (at least one). */
export function ProcedureDocumentsField() {
  const { t, i18n } = useTranslation('procedures');
  const l = i18n.language === 'en' ? 'en' : 'vi';
  const required = useRequired();
  const rowStyle = useRowStyle();
  return (
    <Form.List name="documents">
      {(items, { add, remove }) => (
        <Flex vertical gap={4}>
          {items.map((item, i) => (
            <Flex key={item.key} gap={8} wrap align="start" data-testid="document-row" style={rowStyle}>
              <Form.Item
                name={[item.name, 'name']}
                rules={required(t('form.docName', { n: i + 1 }))}
                style={{ flex: '1 1 260px', marginBottom: 8 }}
              >
                <Input aria-label={t('form.docName', { n: i + 1 })} placeholder={t('detail.docName')} maxLength={500} />
              </Form.Item>
              <Form.Item name={[item.name, 'form']} style={{ marginBottom: 8 }}>
                <Select
                  aria-label={t('form.docForm', { n: i + 1 })}
                  style={{ width: 200 }}
                  options={DOCUMENT_FORMS.map((v) => ({ value: v, label: DOCUMENT_FORM_LABELS[v][l] }))}
                />
              </Form.Item>
              <Form.Item name={[item.name, 'quantity']} style={{ marginBottom: 8 }}>
                <InputNumber aria-label={t('form.docQty', { n: i + 1 })} min={1} max={100} style={{ width: 76 }} />
              </Form.Item>
              <Form.Item name={[item.name, 'isRequired']} valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox aria-label={t('form.docRequired', { n: i + 1 })}>{t('detail.required')}</Checkbox>
              </Form.Item>
              <RemoveButton label={t('form.docName', { n: i + 1 })} onClick={() => remove(item.name)} disabled={items.length <= 1} />
            </Flex>
          ))}
          <Button type="dashed" onClick={() => add(NEW_DOCUMENT)} style={{ alignSelf: 'start' }}>
            + {t('form.addDocument')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/**
 * The default route: each step's name, unit and share of the legal time in %, with the running total (the shares must
 * make 100%). A new step takes what is left, at the province for a commune-level procedure (the receiving commune).
 */
export function ProcedureStepsField({ provinceId }: { provinceId: string | undefined }) {
  const { t } = useTranslation('procedures');
  const required = useRequired();
  const rowStyle = useRowStyle();
  const level = Form.useWatch<ProcedureFormValues['level']>('level');
  const steps = Form.useWatch<StepRow[] | undefined>('steps') ?? [];
  const sum = shareSum(steps);
  const sumsTo100 = {
    validator: async (_: unknown, list: StepRow[] = []) =>
      sharesSumToOne(list.map((s) => (Number(s?.percent) || 0) / 100)) ? undefined : Promise.reject(new Error(t('form.shareMustBe100'))),
  };
  return (
    <Form.List name="steps" rules={[sumsTo100]}>
      {(items, { add, remove }, { errors }) => (
        <Flex vertical gap={4}>
          {items.map((item, i) => (
            <Flex key={item.key} gap={8} wrap align="start" data-testid="step-row" style={rowStyle}>
              <Form.Item
                name={[item.name, 'name']}
                rules={required(t('form.stepName', { n: i + 1 }))}
                style={{ flex: '1 1 220px', marginBottom: 8 }}
              >
                <Input aria-label={t('form.stepName', { n: i + 1 })} placeholder={t('detail.stepName')} maxLength={300} />
              </Form.Item>
              <Form.Item
                name={[item.name, 'unitId']}
                rules={required(t('form.stepUnit', { n: i + 1 }), false)}
                style={{ flex: '1 1 220px', minWidth: 0, maxWidth: '100%', marginBottom: 8 }}
              >
                <UnitSelect aria-label={t('form.stepUnit', { n: i + 1 })} />
              </Form.Item>
              <Form.Item name={[item.name, 'percent']} rules={required('%', false)} style={{ marginBottom: 8 }}>
                <InputNumber
                  aria-label={t('form.stepShare', { n: i + 1 })}
                  min={0.01}
                  max={100}
                  step={5}
                  suffix="%"
                  style={{ width: 110 }}
                />
              </Form.Item>
              <RemoveButton label={t('form.stepName', { n: i + 1 })} onClick={() => remove(item.name)} disabled={items.length <= 1} />
            </Flex>
          ))}
          <Flex gap={12} align="center" wrap>
            <Button
              type="dashed"
              onClick={() => add({ name: '', percent: remainingPercent(sum), unitId: level === 'commune' ? provinceId : undefined })}
            >
              + {t('form.addStep')}
            </Button>
            <Typography.Text type={Math.abs(sum - 100) < 0.02 ? 'success' : 'danger'} aria-live="polite">
              {t('form.shareSum', { sum })}
            </Typography.Text>
          </Flex>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
