import analyzer from '../../../analyzers/checklist/legal-basis';
import { runChecklistCases } from '../../helpers/analyzer-cases';

// With two bases, one tied sentence ties both only when the other basis is stated too, not only restated in a right.
runChecklistCases(analyzer, [
  {
    name: 'consent only in the withdrawal right: the one tied basis does not tie it',
    text: 'We disclose your order details to tax authorities to comply with our legal obligations.\nWithdrawal of consent: where we rely on consent to process your personal information, you may withdraw this consent.',
    status: 'partial',
  },
  {
    name: 'counter-case: consent stated for a processing, the other basis tied',
    text: 'We disclose your order details to tax authorities to comply with our legal obligations.\nWe send you our newsletter only with your consent.',
    status: 'met',
  },
]);
