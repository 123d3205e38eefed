import type { ChecklistAnalyzer } from '../analyzer';
import controllerIdentity from './controller-identity';
import controllerContact from './controller-contact';
import dpoContact from './dpo-contact';
import purposes from './purposes';
import legalBasis from './legal-basis';
import legitimateInterests from './legitimate-interests';
import recipients from './recipients';
import transfers from './transfers';
import retention from './retention';
import rights from './rights';
import withdrawConsent from './withdraw-consent';
import complaint from './complaint';
import statutoryRequirement from './statutory-requirement';
import automatedDecisions from './automated-decisions';

/** The 14 Article 13 checklist analyzers, in the order of REPORT.md. */
export const CHECKLIST: ChecklistAnalyzer[] = [
  controllerIdentity,
  controllerContact,
  dpoContact,
  purposes,
  legalBasis,
  legitimateInterests,
  recipients,
  transfers,
  retention,
  rights,
  withdrawConsent,
  complaint,
  statutoryRequirement,
  automatedDecisions,
];
