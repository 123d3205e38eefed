import complaint from '../../../analyzers/checklist/complaint';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(complaint, [
  { name: 'en supervisory authority', text: 'You also have the right to lodge a complaint with a supervisory authority.', status: 'met', quote: 'lodge a complaint' },
  { name: 'en local data protection authority', text: 'You have the right to complain to your local data protection authority.', status: 'met' },
  { name: 'fr CNIL', language: 'fr', text: "Vous disposez du droit d'introduire une réclamation auprès de la CNIL.", status: 'met' },
  { name: 'de Aufsichtsbehörde', language: 'de', text: 'Sie haben das Recht, Beschwerde bei einer Aufsichtsbehörde einzulegen.', status: 'met' },
  { name: 'de sich beschweren', language: 'de', text: 'Ihnen steht das Recht zu, sich bei der zuständigen Aufsichtsbehörde zu beschweren.', status: 'met' },
  { name: 'nl AP', language: 'nl', text: 'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.', status: 'met' },
  { name: 'it Garante', language: 'it', text: 'È possibile proporre reclamo al Garante per la protezione dei dati personali.', status: 'met' },
  { name: 'es AEPD', language: 'es', text: 'Puede presentar una reclamación ante la Agencia Española de Protección de Datos.', status: 'met' },
  { name: 'en complaint to the company', text: 'If you have a complaint about our service, e-mail our support team.', status: 'missing' },
  { name: 'de complaint to the operator', language: 'de', text: 'Beschwerden richten Sie bitte an unseren Kundendienst.', status: 'missing' },
]);
