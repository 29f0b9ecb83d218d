import { assertNever } from '../shared/result';
import { controlSlipForm } from './control';
import { apologyForm, receiptForm, refusalForm, stopForm, supplementForm } from './forms';
import type { DossierFormCode, FormContext, FormDocument, FormDossier } from './model';

// Pure document definitions of the one-stop forms 01–07 (docs/DOMAIN.md §5) and the public-page helpers.
export * from './model';
export * from './format';
export * from './labels';
export * from './mask';
export { eventForForm, eventMoment, isFormAvailable, supplementItems, eventReason } from './events';
export { classifyStep, controlSlipRows, handOverText, stepResultLabel, controlSlipForm, type StepResult } from './control';
export { formRefOf, formRulesOf, formTitleOf, registerRulesOf } from './rules';
export { receiptForm, supplementForm, refusalForm, apologyForm, stopForm, returnPlaceText } from './forms';
export {
  documentLineText,
  documentsOfEvent,
  documentsSummary,
  handedOverDocuments,
  REQUIRED_LIST_NOTE,
  type DocumentForm,
  type DocumentLine,
  type DocumentsSource,
  type HandedOver,
} from './documents';
export { counterOutcomeDocument, type CounterOutcomeForm } from './counter';
export { REGISTER_HEADERS, registerForm, registerRows, registerPeriod, type RegisterEntry, type RegisterInput } from './register';

/** The document of a per-dossier form; 02–05 throw RangeError when the dossier lacks the event (check isFormAvailable). */
export function buildDossierForm(form: DossierFormCode, d: FormDossier, ctx: FormContext): FormDocument {
  switch (form) {
    case '01':
      return receiptForm(d, ctx);
    case '02':
      return supplementForm(d, ctx);
    case '03':
      return refusalForm(d, ctx);
    case '04':
      return apologyForm(d, ctx);
    case '05':
      return stopForm(d, ctx);
    case '06':
      return controlSlipForm(d, ctx);
    default:
      return assertNever(form);
  }
}
