import analyzer from '../../../analyzers/checklist/controller-contact';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(analyzer, [
  // An address the page hides from plain text still exists on the page.
  { name: 'en e-mail hidden by a site script', text: 'Contact us at [email protected] with any question.', status: 'met' },
  { name: 'en e-mail written against harvesters', text: 'You can reach us at privacy [at] example [dot] com.', status: 'met' },
  { name: 'en a bracketed "at" in prose is no address', text: 'Please contact us if you want to meet us [at] the fair.', status: 'partial' },
  { name: 'en by phone', text: 'Call us on +44 20 7946 0000 if you have questions about your data.', status: 'met' },
  { name: 'postal address of the controller', text: 'The data controller is Northwind Gadgets Ltd, 12 High Street, London SW1A 1AA.', status: 'met' },
  { name: 'e-mail in a contact sentence', text: 'If you have questions about this policy, please contact us at privacy@paperkite.example.', status: 'met', quote: 'privacy@paperkite.example' },
  { name: 'contact heading, e-mail on the next line', text: 'Contact us\nE-mail: hello@paperkite.example', status: 'met' },
  { language: 'fr', text: 'Pour toute question, vous pouvez nous contacter via notre formulaire de contact.', status: 'met' },
  { language: 'de', text: 'Bei Fragen zum Datenschutz schreiben Sie uns bitte an datenschutz@tannenblick.example.', status: 'met' },
  { language: 'it', text: 'Per esercitare i tuoi diritti puoi scriverci all’indirizzo privacy@girasole.example.', status: 'met' },
  { name: 'contact heading followed by a street line', language: 'fr', text: 'Nous contacter\nPapeterie Lumière SAS\n53 rue des Lilas Paris 11\nFrance', status: 'met' },
  { name: 'a numbered "contact us" title is not an address', text: '11 Contact us\nIf you have any questions about this policy, do not hesitate to contact us.', status: 'partial' },
  {
    name: 'a numbered title after "contact us" is not a street',
    text: 'Contact us\n12 Changes to this policy\nWe may update this policy from time to time and will post the new version on this page.',
    status: 'partial',
  },
  // A long address line on its own line is taken for a title by the document model: read it before it ends the block.
  { name: 'an attention line and a long address line under "write to us at:"', text: 'Contact us\nIf you have questions, you can write to us at:\nFAO the privacy team\n12 Harbour Road, Whitby YO21 3PN, United Kingdom', status: 'met' },
  { name: 'a bare "contact us"', text: 'If you have any questions about this privacy policy, do not hesitate to contact us.', status: 'partial' },
  {
    name: 'an e-mail address as collected data is not a contact',
    text: 'We collect your name, e-mail address and phone number when you register. We use them to manage your account.',
    status: 'missing',
  },
]);
