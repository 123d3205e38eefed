import analyzer from '../../../analyzers/checklist/controller-contact';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(analyzer, [
  { name: 'postal address of the controller', text: 'The data controller is Northwind Gadgets Ltd, 12 High Street, London SW1A 1AA.', status: 'met' },
  { name: 'e-mail in a contact sentence', text: 'If you have questions about this policy, please contact us at privacy@paperkite.example.', status: 'met', quote: 'privacy@paperkite.example' },
  { name: 'contact heading, e-mail on the next line', text: 'Contact us\nE-mail: hello@paperkite.example', status: 'met' },
  { language: 'fr', text: 'Pour toute question, vous pouvez nous contacter via notre formulaire de contact.', status: 'met' },
  { language: 'de', text: 'Bei Fragen zum Datenschutz schreiben Sie uns bitte an datenschutz@tannenblick.example.', status: 'met' },
  { language: 'it', text: 'Per esercitare i tuoi diritti puoi scriverci all’indirizzo privacy@girasole.example.', status: 'met' },
  { name: 'a bare "contact us"', text: 'If you have any questions about this privacy policy, do not hesitate to contact us.', status: 'partial' },
  {
    name: 'an e-mail address as collected data is not a contact',
    text: 'We collect your name, e-mail address and phone number when you register. We use them to manage your account.',
    status: 'missing',
  },
]);
