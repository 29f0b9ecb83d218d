import { ruleSetOfDossier, ruleSetOn, type OneStopFormCode, type OneStopRuleSet } from '../dossier/rule-sets';
import { dateOf } from '../calendar/local-date';
import type { FormDossier } from './model';

// Printed forms follow the rule set of the dossier's reception date (docs/DOMAIN.md §10.1): Circular 01/2018/TT-VPCP
// before 1 July 2025, Circular 03/2025/TT-VPCP Annex I from that day (§10.3).

/** The rule set a dossier's forms follow. */
export function formRulesOf(d: Pick<FormDossier, 'receivedAt' | 'submittedAt'>): OneStopRuleSet {
  return ruleSetOfDossier(d.receivedAt?.getTime() ?? null, d.submittedAt.getTime());
}

/** The rule set a register of a period follows: the one in force on its last day. */
export function registerRulesOf(to: Date): OneStopRuleSet {
  return ruleSetOn(dateOf(to.getTime()));
}

/** "Mẫu số 04 — Thông tư 03/2025/TT-VPCP, Phụ lục I, Mẫu 04", or the source alone for a notice with no official number. */
export function formRefOf(rules: OneStopRuleSet, form: OneStopFormCode): string {
  const f = rules.forms[form];
  return f.number ? `Mẫu số ${f.number} (${f.legalRef})` : f.legalRef;
}

/** The printed title of a form under a rule set. */
export const formTitleOf = (rules: OneStopRuleSet, form: OneStopFormCode): string => rules.forms[form].title;
