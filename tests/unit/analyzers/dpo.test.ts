import extractor from '../../../analyzers/extractors/dpo';
import { runExtractorCases } from '../../helpers/analyzer-cases';

runExtractorCases(extractor, (d) => ({ mentioned: d.mentioned, emails: d.emails }), [
  { name: 'en: DPO with e-mail in the sentence', text: 'You can contact our Data Protection Officer at dpo@northwind.example.', expected: { mentioned: true, emails: ['dpo@northwind.example'] } },
  { name: 'en: obfuscated e-mail', text: 'Write to our DPO at privacy[at]pebble-learning[dot]example for any question.', expected: { mentioned: true, emails: ['privacy@pebble-learning.example'] } },
  {
    name: 'de: heading followed by an address block',
    language: 'de',
    text: ['Datenschutzbeauftragter', 'Lindenweg 4', '80331 München', 'Deutschland', 'E-Mail: datenschutz@tannenblick.example', 'Zwecke der Verarbeitung'].join('\n'),
    expected: { mentioned: true, emails: ['datenschutz@tannenblick.example'] },
  },
  {
    name: 'de: title, then a contact line with the address',
    language: 'de',
    text: 'Datenschutzbeauftragter\nKontakt: dsb@tannenblick.example\nZwecke der Verarbeitung',
    expected: { mentioned: true, emails: ['dsb@tannenblick.example'] },
  },
  { name: 'fr: délégué à la protection des données', language: 'fr', text: 'Vous pouvez joindre notre délégué à la protection des données à l’adresse dpd@lumiere.example.', expected: { mentioned: true, emails: ['dpd@lumiere.example'] } },
  { name: 'nl: functionaris voor gegevensbescherming without e-mail', language: 'nl', text: 'Wij hebben een functionaris voor gegevensbescherming aangesteld die u per post kunt bereiken.', expected: { mentioned: true, emails: [] } },
  { name: 'it: responsabile della protezione dei dati (RPD)', language: 'it', text: 'Il responsabile della protezione dei dati (RPD) è contattabile all’indirizzo rpd@girasole.example.', expected: { mentioned: true, emails: ['rpd@girasole.example'] } },
  { name: 'es: delegado de protección de datos', language: 'es', text: 'Puedes contactar con nuestro delegado de protección de datos en dpd@naranjo.example.', expected: { mentioned: true, emails: ['dpd@naranjo.example'] } },
  { name: 'a statement that there is no DPO', text: 'We have not appointed a Data Protection Officer because we are not required to do so.', expected: { mentioned: false, emails: [] } },
  { name: 'no DPO at all', text: 'Contact us at hello@paperkite.example with any question about this policy.', expected: { mentioned: false, emails: [] } },
  {
    name: 'a support address far from the officer term in the same sentence is not the DPO’s',
    text: 'You may exercise your rights by sending an email to help@quill.example, through the settings of the app, or by writing to the following postal address: for the attention of the Data Protection Officer, Quill, 8 Example Street, 75002 Paris.',
    expected: { mentioned: true, emails: [] },
  },
  { name: 'a vendor’s dpo@ mailbox in a list is not a mention', text: 'Analytics vendor: Metricsly [dpo@metricsly.example]', expected: { mentioned: false, emails: [] } },
  {
    name: 'the e-mail of the next block is not the DPO’s',
    text: 'Our Data Protection Officer can be reached at dpo@quill.example.\nSupervisory authority: complaints@authority.example',
    expected: { mentioned: true, emails: ['dpo@quill.example'] },
  },
]);
