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
  // The phone's permission prompt (ePrivacy terminal access) is not consent relied on as an Art. 6(1)(a) basis.
  { name: 'en location permission only', text: 'The map shows your position only with your consent. You give it by allowing location access in your device settings.', status: 'not_applicable', quote: 'The map shows your position only with your consent.' },
  { name: 'fr autorisation de localisation only', language: 'fr', text: "Avec votre consentement, l'application affiche votre position ; vous l'accordez en autorisant la localisation dans les réglages de votre téléphone.", status: 'not_applicable' },
  { name: 'de Standortberechtigung only', language: 'de', text: 'Die Karte zeigt Ihren Standort nur mit Ihrer Einwilligung an. Sie erteilen sie über die Standortberechtigung in den Einstellungen Ihres Smartphones.', status: 'not_applicable' },
  { name: 'nl instellingen van uw telefoon only', language: 'nl', text: 'Met uw toestemming toont de app uw locatie op de kaart. U regelt dit via de instellingen van uw telefoon.', status: 'not_applicable' },
  { name: 'it permesso di posizione only', language: 'it', text: "Con il tuo consenso l'app mostra la tua posizione sulla mappa; puoi concederlo o negarlo nelle impostazioni del tuo telefono.", status: 'not_applicable' },
  { name: 'es permiso de ubicación only', language: 'es', text: 'Con tu consentimiento, la aplicación muestra tu ubicación en el mapa. Lo concedes al activar el permiso de ubicación en los ajustes de tu teléfono.', status: 'not_applicable' },
  // Counter-cases: other consent wording keeps consent a basis, so the missing withdrawal is still a gap.
  { name: 'en marketing consent besides a location permission', text: 'We send the newsletter with your consent. The map shows your position only with your consent, which you give in your phone settings.', status: 'missing' },
  { name: 'fr prospection consent besides a location permission', language: 'fr', text: "Avec votre consentement, nous vous envoyons notre lettre d'information. Avec votre consentement, l'application affiche votre position, que vous autorisez dans les réglages de votre téléphone.", status: 'missing' },
  { name: 'it newsletter consent besides a location permission', language: 'it', text: "Con il tuo consenso ti inviamo la newsletter. Con il tuo consenso l'app usa la tua posizione, che puoi autorizzare nelle impostazioni del tuo dispositivo.", status: 'missing' },
  { name: 'es health-data consent, location permission in the next paragraph', language: 'es', text: 'Tratamos los datos de tu diario de salud con tu consentimiento explícito.\nPuedes activar el permiso de ubicación en los ajustes de tu teléfono.', status: 'missing' },
  { name: 'en the consent sentence must name the device capability', text: 'We process your health diary with your explicit consent. You can allow location access in your device settings.', status: 'missing' },
  // Consent relied on in substance, never called a legal basis: the withdrawal right is still due (Art. 13(2)(c), 7(3)).
  { name: 'en never shared without your permission', text: 'We will never pass your e-mail address to partners without your prior permission.', status: 'missing', quote: 'We will never pass your e-mail address to partners without your prior permission.' },
  { name: 'en opt in to a reminder service', text: 'Members can opt in to text-message reminders before each class.', status: 'missing' },
  { name: 'en unless we ask for consent', text: 'We do not sell member lists unless we first ask you for consent.', status: 'missing' },
  { name: 'en unless you consent', text: 'Your photos stay private unless you consent to publishing them in the gallery.', status: 'missing' },
  { name: 'en shared with your permission', text: 'With your permission, your coach can see your training log.', status: 'missing' },
  // The policy treats using the app as consent to its processing: that consent too must be withdrawable.
  { name: 'en use of the app taken as consent to collection', text: 'By using the app, you agree to the collection and use of information in accordance with this policy.', status: 'missing' },
  { name: 'en if you choose to use, then you consent to processing', text: 'If you choose to use the planner, then you consent to the processing of the details you enter.', status: 'missing' },
  { name: 'en you agree to the collection of information', text: 'Welcome to the planner. You agree to the collection and use of information as this notice describes.', status: 'missing' },
  { name: 'en declining is not agreeing', text: 'If you do not agree to the collection of information described here, please do not install the planner.', status: 'not_applicable' },
  { name: 'en permission-gated, withdrawal stated', text: 'We never share your training log without your consent. You can withdraw your consent at any time in your profile.', status: 'met' },
  { name: 'fr jamais sans votre accord', language: 'fr', text: "Nous ne transmettons jamais votre adresse à nos partenaires sans votre accord.", status: 'missing' },
  { name: 'de nicht ohne Ihre Zustimmung', language: 'de', text: 'Wir geben Ihre Adresse nicht ohne Ihre Zustimmung an Partner weiter.', status: 'missing' },
  { name: 'nl nooit zonder je toestemming', language: 'nl', text: 'We delen je adres nooit zonder je toestemming met partners.', status: 'missing' },
  { name: 'it mai senza il tuo consenso', language: 'it', text: 'Non cediamo mai il tuo indirizzo ai partner senza il tuo consenso.', status: 'missing' },
  { name: 'es nunca sin tu consentimiento', language: 'es', text: 'No cedemos nunca tu dirección a socios sin tu consentimiento.', status: 'missing' },
  // No basis stated for processing the policy describes: consent cannot be ruled out, so Art. 13(2)(c) stays a gap.
  { name: 'en processing described, no basis stated', text: 'We use your e-mail address to send you our monthly newsletter.', status: 'missing' },
  { name: 'fr traitement décrit, aucune base', language: 'fr', text: 'Vos coordonnées servent à traiter votre réservation et à vous envoyer une carte de vœux.', status: 'missing' },
  { name: 'de Verarbeitung beschrieben, keine Rechtsgrundlage', language: 'de', text: 'Wir verwenden Ihre E-Mail-Adresse, um Ihnen unseren Newsletter zu senden.', status: 'missing' },
  { name: 'en no processing described at all', text: 'This browser extension does not collect any data.', status: 'not_applicable' },
  { name: 'en a contract basis rules consent out', text: 'We use your address to deliver your order, which is necessary for the performance of a contract with you.', status: 'not_applicable' },
  // Withdrawal in other words: revoking the access one granted; the SPDI Rules' "information may be withdrawn".
  { name: 'en revoke the app\'s access to your account', text: 'With your consent, the planner reads your calendar. You can revoke the planner\'s access to your account at any time in your Google security settings.', status: 'met' },
  { name: 'en information may be withdrawn at any time', text: 'We collect your details only after obtaining the requisite consents from the users. The information you provided may be withdrawn at any time by writing to us.', status: 'met' },
  { name: 'en access to your data without revoking is not withdrawal', text: 'With your consent, the planner reads your calendar. Our staff have access to your data only when you ask for support.', status: 'missing' },
  // Counter-cases: no consent of the reader is relied on.
  { name: 'en a parent\'s missing consent is not reliance', text: "If your child has given us personal data without your consent, please contact us and we will delete it.", status: 'not_applicable' },
  { name: 'en a question heading is not a statement', text: 'Why do we ask for your permission?\nWe process your order because it is necessary for the performance of a contract with you.', status: 'not_applicable' },
  { name: 'en agreeing to the terms by use names no processing', text: 'By downloading the game, you agree to our Terms of Service and this policy.', status: 'not_applicable' },
  { name: 'en continued use accepts a new version of the policy', text: 'If you keep using the app after an update, you accept the revised policy.', status: 'not_applicable' },
  { name: 'en location permission in the device settings', text: 'We never read your location without your permission, which you grant in your phone settings.', status: 'not_applicable' },
  { name: 'fr sans votre accord, without negation', language: 'fr', text: "Si votre enfant nous a transmis des données sans votre accord, écrivez-nous.", status: 'not_applicable' },
]);
