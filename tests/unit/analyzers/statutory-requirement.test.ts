import statutory from '../../../analyzers/checklist/statutory-requirement';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(statutory, [
  { name: 'nl inverted consequence: zonder ... kun je niet', language: 'nl', text: 'Het verstrekken van je e-mailadres is noodzakelijk om een account aan te maken; zonder dit adres kun je de dienst niet gebruiken.', status: 'met' },
  { name: 'nl requirement without a consequence', language: 'nl', text: 'Het verstrekken van je e-mailadres is noodzakelijk om een account aan te maken.', status: 'partial' },
  { name: 'en both in one sentence', text: 'Fields marked with an asterisk are mandatory; if you do not provide them, we will not be able to create your account.', status: 'met', quote: 'mandatory' },
  { name: 'en both apart', text: 'Providing your e-mail address is required to register.\nIf you choose not to provide it, you will not be able to use the service.', status: 'met' },
  { name: 'fr obligatoire + conséquence', language: 'fr', text: "Les champs signalés par un astérisque sont obligatoires. À défaut, nous ne pourrons pas traiter votre demande.", status: 'met' },
  { name: 'de Pflichtfelder + Folge', language: 'de', text: 'Pflichtfelder sind markiert. Ohne diese Angaben können wir Ihre Bestellung leider nicht bearbeiten.', status: 'met' },
  { name: 'es obligatorios + consecuencia', language: 'es', text: 'Los datos solicitados son obligatorios; si no se facilitan, no será posible tramitar su solicitud.', status: 'met' },
  { name: 'en requirement only', text: 'Participation in the survey is voluntary.', status: 'partial', quote: 'voluntary' },
  { name: 'nl requirement only', language: 'nl', text: 'Het gebruik van de app is volledig vrijwillig.', status: 'partial' },
  { name: 'en consequence only', text: 'If you decline to provide your location, some features will not work.', status: 'partial' },
  { name: 'en disclosure required by law is not it', text: 'We may disclose information to the police when the law requires it.', status: 'missing' },
  { name: 'en silent', text: 'We store your messages on servers in Ireland.', status: 'missing' },
]);
