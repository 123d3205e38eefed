import withdrawConsent from '../../../analyzers/checklist/withdraw-consent';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(withdrawConsent, [
  { name: 'en withdraw at any time', text: 'We send the newsletter with your consent. You can withdraw your consent at any time.', status: 'met', quote: 'withdraw your consent' },
  { name: 'de widerrufen', language: 'de', text: 'Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung. Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.', status: 'met' },
  { name: 'fr retirer', language: 'fr', text: 'Vous pouvez retirer votre consentement à tout moment.', status: 'met' },
  { name: 'es retirar', language: 'es', text: 'Puede retirar su consentimiento en cualquier momento.', status: 'met' },
  { name: 'en opting out of marketing one agreed to', text: 'We send offers with your consent. If you have agreed to receive our offers, you may always opt out later.', status: 'met' },
  { name: 'en consent relied on, no withdrawal', text: 'We send the newsletter with your consent.', status: 'missing' },
  { name: 'en marketing opt-out is not withdrawal', text: 'We use your e-mail address with your consent. You can unsubscribe from marketing e-mails.', status: 'missing' },
  { name: 'en no consent basis', text: 'We process your order because it is necessary for the performance of a contract with you.', status: 'not_applicable' },
  { name: 'it no consent basis', language: 'it', text: "Il trattamento è necessario per l'esecuzione di un compito di interesse pubblico.", status: 'not_applicable' },
]);
