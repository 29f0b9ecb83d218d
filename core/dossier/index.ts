// Public API of the dossier core: statuses (DVCQG codes), the transition table, guards, codes, the route and its
// step deadlines, the commune rule.
export {
  CLOCK_RUNNING_STATUSES,
  DOSSIER_STATUSES,
  DOSSIER_STATUS_LABELS,
  DVCQG_STATUS_CODE,
  OPEN_STATUSES,
  TERMINAL_STATUSES,
  WAITING_STATUSES,
  isDossierStatus,
} from './statuses';
export type { DossierStatus } from './statuses';
export {
  ACTION_PERMISSION,
  DOSSIER_ACTIONS,
  DOSSIER_ACTION_LABELS,
  NOTE_REQUIRED,
  RECEPTION_ACTIONS,
  TRANSITIONS,
  actionsFrom,
  isDossierAction,
  nextStatus,
  successorsOf,
} from './transitions';
export type { DossierAction, Transition, TransitionErrorCode } from './transitions';
export type { DossierClockErrorCode } from './guards';
export { CLOCK_ERROR_TO_DOSSIER, checkApology, checkSupplement, missingDocuments, unknownDocuments } from './guards';
export type { RequiredDocument, SupplementCheck, SupplementErrorCode } from './guards';
export {
  DEFAULT_DOSSIER_CODE_FORMAT,
  DOSSIER_CODE_TOKENS,
  codePattern,
  formatDossierCode,
  isDossierCode,
  parseDossierCode,
  validateCodeFormat,
} from './code';
export type { DossierCodeErrorCode, DossierCodeParts, ParsedDossierCode } from './code';
export { previousStep, stepDues, stepState, validateRoute, withNoteLine } from './steps';
export type { DueStep, RouteErrorCode, RouteStep, StepProgress } from './steps';
export { SINGLE_STEP_NAME, openClock, planRoute } from './route';
export type { CataloguedStep, Opening, PlannedRoute, RouteInput } from './route';
export { COMMUNE_KINDS, ancestryIn, communeIn, handlingCommune, isCommuneKind, needsHandlingCommune, provinceIn } from './commune';
export type { HandlingCommuneErrorCode, PlaceUnit, PlaceUnits } from './commune';
export {
  ONE_STOP_FORM_CODES,
  ONE_STOP_RULE_SETS,
  handOverDeadline,
  handOverState,
  handedOverAt,
  ruleSetById,
  ruleSetOfDossier,
  ruleSetOn,
} from './rule-sets';
export type {
  ApologyRule,
  FormRule,
  HandOverErrorCode,
  HandOverRule,
  HandOverState,
  HandOverStep,
  OneStopFormCode,
  OneStopRuleSet,
  StopCase,
} from './rule-sets';
export {
  COUNTER_LIMITS,
  COUNTER_OUTCOME_FORM,
  COUNTER_OUTCOME_KINDS,
  COUNTER_OUTCOME_LABELS,
  counterFormRule,
  missingFromChecklist,
  planGuidance,
  planRefusalReason,
  tallyCounterOutcomes,
} from './counter-outcomes';
export type {
  ChecklistDocument,
  CounterIssue,
  CounterOutcomeCounts,
  CounterOutcomeErrorCode,
  CounterOutcomeKind,
  GuidanceContent,
  MissingItem,
  WrongItem,
} from './counter-outcomes';
export {
  LOOKUP_KEY_ALPHABET,
  LOOKUP_KEY_LENGTH,
  LOOKUP_KEY_RE,
  groupedLookupKey,
  lookupKeyFromBytes,
  normalizeLookupKey,
} from './lookup-key';
