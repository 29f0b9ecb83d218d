import { useMemo } from 'react';
import {
  Alert,
  AutoComplete,
  Button,
  Checkbox,
  DatePicker,
  Divider,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Modal,
  Select,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_FORMS,
  DOCUMENT_FORM_LABELS,
  DURATION_UNIT_LABELS,
  LEVEL_LABELS,
  ONLINE_LEVELS,
  ONLINE_LEVEL_LABELS,
  PROCEDURE_DURATION_UNITS,
  PROCEDURE_LEVELS,
  sharesSumToOne,
  type CreateProcedureRequest,
  type DocumentFormValue,
  type OnlineLevelValue,
  type ProcedureDetail,
  type ProcedureDurationUnit,
  type ProcedureLevelValue,
} from '@contracts/procedures';
import { ErrorAlert } from '@web/components/error-alert';
import { useCreateProcedure, useReplaceProcedure, useUpdateProcedure } from '../api/mutations';
import { useSectors, useUnits } from '../api/queries';
import { useToast } from '@web/lib/use-toast';
import { UnitSelect } from './unit-select';

/** What the dialog does: a new procedure, a correction in place, or a new version from a date. */
export type FormMode = { kind: 'create' } | { kind: 'edit'; procedure: ProcedureDetail } | { kind: 'replace'; procedure: ProcedureDetail };

type Values = {
  nationalCode: string;
  name: string;
  sector: string;
  level: ProcedureLevelValue;
  handlingUnitId?: string;
  durationValue: number;
  durationUnit: ProcedureDurationUnit;
  feeText?: string;
  feeAmount?: number | null;
  onlineLevel: OnlineLevelValue;
  isInterAgency: boolean;
  resultText?: string;
  legalBasis?: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  documents: Array<{ name: string; form: DocumentFormValue; quantity: number; isRequired: boolean }>;
  steps: Array<{ unitId?: string; name: string; percent: number }>;
};

const lang = (l: string) => (l === 'en' ? 'en' : 'vi');
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function initialValues(mode: FormMode): Partial<Values> {
  if (mode.kind === 'create') {
    return {
      level: 'province',
      durationUnit: 'working_day',
      onlineLevel: 'partial',
      isInterAgency: false,
      documents: [{ name: '', form: 'original', quantity: 1, isRequired: true }],
      steps: [{ name: '', percent: 100 }],
    };
  }
  const p = mode.procedure;
  return {
    nationalCode: p.nationalCode,
    name: p.name,
    sector: p.sector,
    level: p.level,
    handlingUnitId: p.handlingUnitId,
    durationValue: p.durationValue,
    durationUnit: p.durationUnit,
    feeText: p.feeText ?? '',
    feeAmount: p.feeAmount,
    onlineLevel: p.onlineLevel,
    isInterAgency: p.isInterAgency,
    resultText: p.resultText ?? '',
    legalBasis: p.legalBasis ?? '',
    validFrom: mode.kind === 'edit' ? dayjs(p.validFrom) : null,
    validTo: mode.kind === 'edit' && p.validTo ? dayjs(p.validTo) : null,
    documents: p.documents.map((d) => ({ name: d.name, form: d.form, quantity: d.quantity, isRequired: d.isRequired })),
    steps: p.steps.map((s) => ({ unitId: s.unitId, name: s.name, percent: Math.round(s.timeShare * 10_000) / 100 })),
  };
}

/** Create, edit or replace a procedure, with dynamic lists of documents and route steps (shares in %, summing to 100). */
export function ProcedureFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: FormMode;
  onClose: () => void;
  onSaved: (p: ProcedureDetail) => void;
}) {
  const { t, i18n } = useTranslation('procedures');
  const l = lang(i18n.language);
  const message = useToast();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const initial = useMemo(() => initialValues(mode), [mode]);
  const create = useCreateProcedure();
  const update = useUpdateProcedure(mode.kind === 'create' ? '' : mode.procedure.id);
  const replace = useReplaceProcedure(mode.kind === 'create' ? '' : mode.procedure.id);
  const mutation = mode.kind === 'create' ? create : mode.kind === 'edit' ? update : replace;
  const sectors = useSectors();
  const units = useUnits();
  const province = units.data?.items.find((u) => u.parentId === null && u.kind === 'province');
  const level = Form.useWatch('level', form);
  const steps = Form.useWatch('steps', form) ?? [];
  const shareSum = Math.round(steps.reduce((s, x) => s + (Number(x?.percent) || 0), 0) * 100) / 100;
  const req = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field: field.toLowerCase() }) }];

  const submit = (v: Values) => {
    const documents = v.documents.map((d) => ({ name: d.name.trim(), form: d.form, quantity: d.quantity, isRequired: d.isRequired }));
    const stepList = v.steps.map((s) => ({ unitId: s.unitId ?? '', name: s.name.trim(), timeShare: Math.round(s.percent * 100) / 10_000 }));
    const fields = {
      nationalCode: v.nationalCode.trim(),
      name: v.name.trim(),
      sector: v.sector.trim(),
      level: v.level,
      handlingUnitId: v.level === 'commune' && province ? province.id : (v.handlingUnitId ?? ''),
      durationValue: v.durationValue,
      durationUnit: v.durationUnit,
      feeText: v.feeText?.trim() || null,
      feeAmount: v.feeAmount ?? null,
      onlineLevel: v.onlineLevel,
      isInterAgency: v.isInterAgency,
      resultText: v.resultText?.trim() || null,
      legalBasis: v.legalBasis?.trim() || null,
    };
    const done = (p: ProcedureDetail) => {
      void message.success(
        mode.kind === 'create'
          ? t('form.created', { code: p.nationalCode })
          : mode.kind === 'edit'
            ? t('form.saved')
            : t('form.replaced', { date: p.validFrom.split('-').reverse().join('/') }),
      );
      onSaved(p);
    };
    if (mode.kind === 'create') {
      const body: CreateProcedureRequest = {
        ...fields,
        documents,
        steps: stepList,
        validFrom: day(v.validFrom) ?? undefined,
        validTo: day(v.validTo),
      };
      create.mutate(body, { onSuccess: done });
      return;
    }
    // Lists are sent only when changed: a list in use by dossiers cannot be replaced in place.
    const docsChanged = JSON.stringify(documents) !== JSON.stringify(initial.documents);
    const stepsChanged =
      JSON.stringify(stepList) !==
      JSON.stringify(mode.procedure.steps.map((s) => ({ unitId: s.unitId, name: s.name, timeShare: s.timeShare })));
    const lists = { ...(docsChanged ? { documents } : {}), ...(stepsChanged ? { steps: stepList } : {}) };
    if (mode.kind === 'edit')
      update.mutate({ ...fields, ...lists, validFrom: day(v.validFrom) ?? undefined, validTo: day(v.validTo) }, { onSuccess: done });
    else replace.mutate({ ...fields, ...lists, validFrom: day(v.validFrom) ?? '', validTo: day(v.validTo) }, { onSuccess: done });
  };

  const title = mode.kind === 'create' ? t('form.createTitle') : mode.kind === 'edit' ? t('form.editTitle') : t('form.replaceTitle');
  // On phones each list row wraps over several lines: a rule between rows keeps them apart.
  const rowStyle = screens.md ? undefined : { borderBottom: '1px solid #f0f0f0', paddingBottom: 4, marginBottom: 4 };
  const half = screens.md ? { flex: '1 1 0', minWidth: 0 } : { width: '100%' };
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      width={screens.lg ? 900 : '100%'}
      style={screens.lg ? undefined : { top: 8, maxWidth: '100vw', paddingBottom: 0 }}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      onOk={() => form.submit()}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {mode.kind === 'replace' ? <Alert type="info" showIcon title={t('form.replaceHelp')} style={{ marginBottom: 12 }} /> : null}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} scrollToFirstError>
        <Flex gap={12} wrap={!screens.md}>
          <Form.Item
            name="nationalCode"
            label={t('form.nationalCode')}
            rules={req(t('form.nationalCode'))}
            style={{ ...half, maxWidth: screens.md ? 200 : undefined }}
          >
            <Input maxLength={50} placeholder="1.001612" />
          </Form.Item>
          <Form.Item name="sector" label={t('form.sector')} rules={req(t('form.sector'))} style={half}>
            <AutoComplete
              options={(sectors.data?.items ?? []).map((s) => ({ value: s.sector }))}
              filterOption={(input, o) =>
                String(o?.value ?? '')
                  .toLowerCase()
                  .includes(input.toLowerCase())
              }
            />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={t('form.name')} rules={req(t('form.name'))}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
        </Form.Item>
        <Flex gap={12} wrap={!screens.md}>
          <Form.Item name="level" label={t('form.level')} style={{ ...half, maxWidth: screens.md ? 200 : undefined }}>
            <Select options={PROCEDURE_LEVELS.map((v) => ({ value: v, label: LEVEL_LABELS[v][l] }))} />
          </Form.Item>
          {level === 'commune' ? (
            <Form.Item label={t('form.handlingUnit')} style={half} htmlFor="procedure-commune-unit">
              <Input
                id="procedure-commune-unit"
                readOnly
                value={province ? `${province.name} — ${t('communeUnit')}` : t('form.handlingUnitCommune')}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="handlingUnitId"
              label={t('form.handlingUnit')}
              rules={[{ required: true, message: t('form.required', { field: t('form.handlingUnit').toLowerCase() }) }]}
              style={half}
            >
              <UnitSelect aria-label={t('form.handlingUnit')} />
            </Form.Item>
          )}
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name="durationValue"
            label={t('form.durationValue')}
            rules={[{ required: true, message: t('form.required', { field: t('form.durationValue').toLowerCase() }) }]}
          >
            <InputNumber min={0} max={3650} step={1} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="durationUnit" label={t('form.durationUnit')}>
            <Select
              style={{ width: 170 }}
              options={PROCEDURE_DURATION_UNITS.map((v) => ({ value: v, label: DURATION_UNIT_LABELS[v][l] }))}
            />
          </Form.Item>
          <Form.Item name="onlineLevel" label={t('form.onlineLevel')}>
            <Select style={{ width: 190 }} options={ONLINE_LEVELS.map((v) => ({ value: v, label: ONLINE_LEVEL_LABELS[v][l] }))} />
          </Form.Item>
          <Form.Item name="isInterAgency" label={t('form.isInterAgency')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap={!screens.md}>
          <Form.Item name="feeText" label={t('form.feeText')} style={half}>
            <Input maxLength={1000} />
          </Form.Item>
          <Form.Item name="feeAmount" label={t('form.feeAmount')}>
            <InputNumber<number>
              min={0}
              step={1000}
              style={{ width: 170 }}
              formatter={(v) => (v === undefined ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.'))}
              parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="resultText" label={t('form.resultText')}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('form.legalBasis')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={4000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="validFrom"
            label={mode.kind === 'replace' ? t('form.applyFrom') : t('form.validFrom')}
            rules={
              mode.kind === 'replace' ? [{ required: true, message: t('form.required', { field: t('form.applyFrom').toLowerCase() }) }] : []
            }
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="validTo" label={t('form.validTo')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Flex>

        <Divider titlePlacement="start">{t('form.documents')}</Divider>
        <Form.List name="documents">
          {(items, { add, remove }) => (
            <Flex vertical gap={4}>
              {items.map((item, i) => (
                <Flex key={item.key} gap={8} wrap align="start" data-testid="document-row" style={rowStyle}>
                  <Form.Item
                    name={[item.name, 'name']}
                    rules={req(t('form.docName', { n: i + 1 }))}
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
                  <Button
                    onClick={() => remove(item.name)}
                    disabled={items.length <= 1}
                    aria-label={`${t('form.remove')} ${t('form.docName', { n: i + 1 })}`}
                  >
                    {t('form.remove')}
                  </Button>
                </Flex>
              ))}
              <Button
                type="dashed"
                onClick={() => add({ name: '', form: 'original', quantity: 1, isRequired: true })}
                style={{ alignSelf: 'start' }}
              >
                + {t('form.addDocument')}
              </Button>
            </Flex>
          )}
        </Form.List>

        <Divider titlePlacement="start">{t('form.steps')}</Divider>
        {level === 'commune' ? <Typography.Paragraph type="secondary">{t('communeHint')}</Typography.Paragraph> : null}
        <Form.List
          name="steps"
          rules={[
            {
              validator: async (_, list: Values['steps'] = []) =>
                sharesSumToOne(list.map((s) => (Number(s?.percent) || 0) / 100))
                  ? undefined
                  : Promise.reject(new Error(t('form.shareMustBe100'))),
            },
          ]}
        >
          {(items, { add, remove }, { errors }) => (
            <Flex vertical gap={4}>
              {items.map((item, i) => (
                <Flex key={item.key} gap={8} wrap align="start" data-testid="step-row" style={rowStyle}>
                  <Form.Item
                    name={[item.name, 'name']}
                    rules={req(t('form.stepName', { n: i + 1 }))}
                    style={{ flex: '1 1 220px', marginBottom: 8 }}
                  >
                    <Input aria-label={t('form.stepName', { n: i + 1 })} placeholder={t('detail.stepName')} maxLength={300} />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'unitId']}
                    rules={[{ required: true, message: t('form.required', { field: t('form.stepUnit', { n: i + 1 }).toLowerCase() }) }]}
                    style={{ flex: '1 1 220px', minWidth: 0, maxWidth: '100%', marginBottom: 8 }}
                  >
                    <UnitSelect aria-label={t('form.stepUnit', { n: i + 1 })} />
                  </Form.Item>
                  <Form.Item
                    name={[item.name, 'percent']}
                    rules={[{ required: true, message: t('form.required', { field: '%' }) }]}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      aria-label={t('form.stepShare', { n: i + 1 })}
                      min={0.01}
                      max={100}
                      step={5}
                      suffix="%"
                      style={{ width: 110 }}
                    />
                  </Form.Item>
                  <Button
                    onClick={() => remove(item.name)}
                    disabled={items.length <= 1}
                    aria-label={`${t('form.remove')} ${t('form.stepName', { n: i + 1 })}`}
                  >
                    {t('form.remove')}
                  </Button>
                </Flex>
              ))}
              <Flex gap={12} align="center" wrap>
                <Button
                  type="dashed"
                  onClick={() =>
                    add({
                      name: '',
                      percent: Math.max(0, Math.round((100 - shareSum) * 100) / 100) || undefined,
                      unitId: level === 'commune' ? province?.id : undefined,
                    })
                  }
                >
                  + {t('form.addStep')}
                </Button>
                <Typography.Text type={Math.abs(shareSum - 100) < 0.02 ? 'success' : 'danger'} aria-live="polite">
                  {t('form.shareSum', { sum: shareSum })}
                </Typography.Text>
              </Flex>
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </Form>
      <div style={{ marginTop: 12 }}>
        <ErrorAlert error={mutation.error} />
      </div>
    </Modal>
  );
}
