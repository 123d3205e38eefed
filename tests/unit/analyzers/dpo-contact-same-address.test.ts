import analyzer from '../../../analyzers/checklist/dpo-contact';
import { runChecklistCases } from '../../helpers/analyzer-cases';

// The officer reached "at the same address" as the controller, whose contact details the policy gives.
runChecklistCases(analyzer, [
  {
    name: 'fr: "à la même adresse" after the controller\'s e-mail',
    language: 'fr',
    text: "Le responsable du traitement est la société Gazette du Nord SA, 3 rue Haute, 59000 Lille, contact : donnees@gazette.example.\nNotre délégué à la protection des données peut être contacté à la même adresse, en précisant « À l'attention du DPO ».",
    status: 'met',
    quote: 'à la même adresse',
  },
  {
    name: 'en: "at the same address" after the controller\'s address',
    text: 'The controller is Northwind Pottery Ltd, 4 Mill Lane, Leeds LS1 4AB.\nYou can write to our Data Protection Officer at the same address.',
    status: 'met',
    quote: 'at the same address',
  },
  {
    name: 'de: "unter der oben genannten Anschrift"',
    language: 'de',
    text: 'Verantwortlich ist die Beispiel Druck GmbH, Hauptstraße 5, 10115 Berlin, E-Mail: info@beispiel-druck.example.\nUnseren Datenschutzbeauftragten erreichen Sie unter der oben genannten Anschrift.',
    status: 'met',
  },
  {
    name: 'fr counter-case: the officer with no channel and no reference',
    language: 'fr',
    text: "Le responsable du traitement est la société Gazette du Nord SA, 3 rue Haute, 59000 Lille, contact : donnees@gazette.example.\nNous avons désigné un délégué à la protection des données.",
    status: 'partial',
  },
  {
    name: 'en counter-case: "the same address" with no controller contact given anywhere',
    text: 'We take privacy seriously.\nYou can write to our Data Protection Officer at the same address.',
    status: 'partial',
  },
]);
