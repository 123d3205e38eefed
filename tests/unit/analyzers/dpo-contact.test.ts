import analyzer from '../../../analyzers/checklist/dpo-contact';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(analyzer, [
  { name: 'en DPO e-mail hidden by a site script', text: 'Our Data Protection Officer can be reached at [email protected].', status: 'met' },
  { text: 'You can reach our Data Protection Officer at dpo@northwind.example.', status: 'met', quote: 'dpo@northwind.example' },
  { name: 'DPO by post', text: 'Write to our Data Protection Officer, 12 High Street, London SW1A 1AA.', status: 'met' },
  { name: 'DPO by post without a postal code', text: 'Quill Europe Limited, Attn: Data Protection Officer, One Example Place, Business Park, Dublin 18, Ireland.', status: 'met' },
  {
    name: 'DPO heading followed by a street line',
    language: 'fr',
    text: 'Délégué à la protection des données\nPapeterie Lumière SAS\n53 rue des Lilas\nParis\nFrance',
    status: 'met',
  },
  {
    name: 'a general postal address after an empty DPO line is not the DPO’s contact',
    text: 'You can e-mail our Data Protection Officer at this address:\nOr send a letter to this address: Brightmoor Group, 85 Example Street, 59800 Lille.',
    status: 'partial',
  },
  { name: 'DPO through a web form', text: 'You can contact our Data Protection Officer through our online form.', status: 'met' },
  { language: 'fr', text: 'Notre délégué à la protection des données peut être contacté à l’adresse dpo@lumiere.example.', status: 'met' },
  { language: 'de', text: 'Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@tannenblick.example.', status: 'met' },
  { language: 'es', text: 'Hemos designado un delegado de protección de datos.', status: 'partial' },
  { name: 'DPO mentioned without any contact', text: 'We have appointed a Data Protection Officer who oversees our compliance.', status: 'partial' },
  { name: 'no DPO appointed', text: 'We have not appointed a Data Protection Officer. Contact us at hello@paperkite.example.', status: 'missing' },
  { name: 'no DPO mentioned', text: 'Contact us at hello@paperkite.example with any question.', status: 'missing' },
]);
