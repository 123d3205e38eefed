import rightsItem from '../../../analyzers/checklist/rights';
import rights from '../../../analyzers/extractors/rights';
import { runChecklistCases, runExtractorCases } from '../../helpers/analyzer-cases';

const names = (f: Array<{ right: string }>) => f.map((r) => r.right).sort();
const SIX_EN =
  'You have the right of access to your data, the right to rectification, the right to erasure, the right to restriction of processing, the right to data portability and the right to object.';

runExtractorCases(rights, names, [
  // Found
  // A lead-in line and its list items state rights together.
  { name: 'en "You can ask us:" list', text: 'You can ask us:\n- for a copy of the data we hold about you;\n- to correct it;\n- to delete it.', expected: ['access', 'erasure', 'rectification'] },
  { name: 'de "Sie können von uns verlangen:" list', language: 'de', text: 'Sie können von uns verlangen:\n- Auskunft über die gespeicherten Daten;\n- die Berichtigung falscher Daten;\n- die Löschung Ihrer Daten.', expected: ['access', 'erasure', 'rectification'] },
  { name: 'fr "Vous pouvez nous demander :" list', language: 'fr', text: "Vous pouvez nous demander :\n- l'accès à vos données ;\n- la rectification de vos données ;\n- l'effacement de vos données.", expected: ['access', 'erasure', 'rectification'] },
  { name: 'en a lead-in that is not about rights', text: 'Here is what we collect:\n- your name;\n- a copy of your ID;\n- corrections you send us.', expected: [] },
  { name: 'en a heading ends the list', text: 'You can ask us:\n\nOur products\n- a copy of the catalogue;\n- updates to the price list.', expected: [] },
  { name: 'en six rights', text: SIX_EN, expected: ['access', 'erasure', 'object', 'portability', 'rectification', 'restriction'] },
  { name: 'en withdraw, complaint, automated', text: 'You can withdraw your consent at any time. You have the right to lodge a complaint with a supervisory authority. You have the right not to be subject to a decision based solely on automated processing.', expected: ['automated_decision', 'complaint', 'withdraw_consent'] },
  { name: 'en list under a rights heading', text: 'Your rights\nAccess to your data.\nDeletion of your account data.', expected: ['access', 'erasure'] },
  { name: 'en named authority', text: 'You may also complain to the ICO if you are unhappy with our answer.', expected: ['complaint'] },
  { name: 'fr', language: 'fr', text: "Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement, d'un droit à la portabilité et d'un droit d'opposition. Vous pouvez introduire une réclamation auprès de la CNIL.", expected: ['access', 'complaint', 'erasure', 'object', 'portability', 'rectification', 'restriction'] },
  { name: 'de', language: 'de', text: 'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie auf Datenübertragbarkeit. Sie können Ihre Einwilligung jederzeit widerrufen. Sie können sich bei einer Datenschutzaufsichtsbehörde beschweren.', expected: ['access', 'complaint', 'erasure', 'portability', 'rectification', 'restriction', 'withdraw_consent'] },
  { name: 'nl', language: 'nl', text: 'U heeft het recht op inzage, rectificatie en gegevenswissing. U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.', expected: ['access', 'complaint', 'erasure', 'rectification'] },
  { name: 'it', language: 'it', text: "L'interessato ha il diritto di accesso, di rettifica e alla portabilità dei dati. È possibile proporre reclamo al Garante per la protezione dei dati personali.", expected: ['access', 'complaint', 'portability', 'rectification'] },
  { name: 'es', language: 'es', text: 'Puede ejercer sus derechos de acceso, rectificación, supresión y oposición. Puede presentar una reclamación ante la Agencia Española de Protección de Datos.', expected: ['access', 'complaint', 'erasure', 'object', 'rectification'] },
  { name: 'en portability in third person', text: 'Users have the right to receive their Data in a structured, commonly used and machine readable format and to have it transferred to another controller.', expected: ['portability'] },
  { name: 'en informal correction and removal requests', text: 'If you believe that information we hold about you is incorrect, please write to us. If you want your account removed from our servers, send us an e-mail.', expected: ['erasure', 'rectification'] },
  // Art. 21(2)-(3): opting out of direct marketing or of targeted ads is an objection; US wording "right to opt out".
  { name: 'en unsubscribe from newsletters', text: 'You can unsubscribe from our newsletters through the link in every issue.', expected: ['object'] },
  { name: 'en opt out of future marketing e-mails', text: 'Members may opt-out of future marketing e-mails by replying STOP.', expected: ['object'] },
  { name: 'en unsubscribe at any time', text: 'You may at any time unsubscribe by writing to the club secretary.', expected: ['object'] },
  { name: 'en opt out of interest-based ads', text: 'If you prefer, you can opt out of interest-based advertising in the ad settings of your account.', expected: ['object'] },
  { name: 'en US right to opt out of sale', text: 'California residents have the right to opt out of the sale of their personal information.', expected: ['object'] },
  { name: 'en request list: restrictions and transfer', text: 'You may:\n- Request restrictions, for a while or for good, on our processing of your records;\n- Request transfer of your personal data to you or a third party where we rely on your consent.', expected: ['portability', 'restriction'] },
  { name: 'en right to know whether, ask for them to be corrected', text: 'Members have the right, at any time, to know whether their personal data is held by the club and to ask for them to be completed or corrected.', expected: ['access', 'rectification'] },
  { name: 'en ask us for a copy', text: 'You can ask us for a copy of your personal data by e-mail.', expected: ['access'] },
  { name: 'en access and update title', text: '2.1 Access and update your information: sign in and open the profile page.', expected: ['access', 'rectification'] },
  { name: 'en entitled to apply for deleting', text: 'The member shall be entitled to apply for correcting, updating, deleting or modifying this data.', expected: ['erasure', 'rectification'] },
  // A sub-heading of the rights section whose body speaks of rights keeps the rights context.
  { name: 'en rights sub-heading keeps the context', text: 'Your rights\nYou can ask us for a copy of your data.\nRestriction\nYou have the right to ask us to pause the use of your data.', expected: ['access', 'restriction'] },
  { name: 'fr rights sub-heading keeps the context', language: 'fr', text: "Vos droits\nVous disposez d'un droit d'accès à vos données.\nLimitation\nVous avez le droit de nous demander de suspendre l'utilisation de vos données.", expected: ['access', 'restriction'] },
  // An answer to a question in the same paragraph: the question names the consent, the answer the withdrawal.
  { name: 'en withdrawal answers a consent question', text: 'Did you give us your consent for the newsletter? You can withdraw it at any time.', expected: ['withdraw_consent'] },
  { name: 'nl withdrawal answers a consent question', language: 'nl', text: 'Heb je ons toestemming gegeven voor de nieuwsbrief? Die kun je altijd weer intrekken via je account.', expected: ['withdraw_consent'] },
  { name: 'fr withdrawal answers a consent question', language: 'fr', text: 'Vous nous avez donné votre consentement pour la lettre ? Vous pouvez le retirer à tout moment.', expected: ['withdraw_consent'] },
  // Not found
  { name: 'fr heading between two rights sub-headings keeps the context', language: 'fr', text: "Vos droits\nVous disposez d'un droit d'accès à vos données.\nDécision automatisée\nAucun système ne décide seul à votre sujet.\nRéclamation\nVous pouvez saisir la CNIL.", expected: ['access', 'automated_decision', 'complaint'] },
  { name: 'it a consumer right in the next section does not extend the rights section', language: 'it', text: 'I tuoi diritti\nPuoi chiederci una copia dei tuoi dati.\nDecisioni automatizzate\nNessun sistema decide da solo su di te.\nCondizioni di vendita\nIl diritto di recesso vale per 14 giorni.', expected: ['access'] },
  // A heading after the rights section opens a section of its own: it does not inherit the rights context.
  { name: 'en automated-decisions heading after the rights section', text: 'Your rights\nYou can ask us for a copy of your data.\nAutomated decisions\nWe make no decisions by machine alone.', expected: ['access'] },
  { name: 'es automated-decisions heading after the rights section', language: 'es', text: 'Tus derechos\nPuedes pedirnos una copia de tus datos.\n8. Decisiones automatizadas\nNo usamos ningún sistema que decida por sí solo sobre ti.', expected: ['access'] },
  { name: 'it automated-decisions heading after the rights section', language: 'it', text: 'I tuoi diritti\nPuoi chiederci una copia dei tuoi dati.\nDecisioni automatizzate\nNessun sistema decide da solo su di te.', expected: ['access'] },
  { name: 'de automated-decisions heading after the rights section', language: 'de', text: 'Ihre Rechte\nSie können eine Kopie Ihrer Daten verlangen.\nAutomatisierte Entscheidungen\nKein System entscheidet allein über Sie.', expected: ['access'] },
  { name: 'en a question in the paragraph before is not answered here', text: 'Did you give us your consent for the newsletter?\n\nYou can withdraw it at any time.', expected: [] },
  { name: 'en a purchase question is no consent', text: 'Did you order by mistake? You can withdraw from the purchase at any time.', expected: [] },
  { name: 'en restrictions on the service are not Art. 18', text: 'We may place restrictions on your account if you break the house rules.', expected: [] },
  { name: 'en the company deleting false data is no right', text: 'If we are given false or outdated account data, we will delete it immediately.', expected: [] },
  { name: 'en a copy of the policy is not access', text: 'You can ask us for a copy of this notice on paper.', expected: [] },
  { name: 'en a transfer of the business is not portability', text: 'We may transfer your personal data to a buyer of our business.', expected: [] },
  { name: 'en service messages cannot be opted out of', text: 'Because they concern your bookings, you cannot opt out of receiving these service messages.', expected: [] },
  { name: 'en a negated opt-out is no right', text: 'Account holders can’t opt out of marketing that is part of the paid plan.', expected: [] },
  { name: 'en policy updates are not rectification', text: 'We may update our Privacy Policy from time to time.', expected: [] },
  { name: 'en the company reserves rights', text: 'Acme Widgets reserves the right to refuse access to the app.', expected: [] },
  { name: 'en complaint to the company is not Art. 77', text: 'If you have a complaint, write to our support team.', expected: [] },
  { name: 'en authorities resolving complaints is not a right', text: 'We will cooperate with the appropriate governmental authorities, including data protection authorities, to resolve any complaints.', expected: [] },
  { name: 'it denied portability', language: 'it', text: "L'interessato non ha diritto alla portabilità dei dati quando il trattamento è necessario per un compito di interesse pubblico.", expected: [] },
]);

runChecklistCases(rightsItem, [
  { text: SIX_EN, status: 'met', quote: 'right of access' },
  { text: 'You may ask us to access and correct your personal data.', status: 'partial' },
  { language: 'fr', text: "Vous disposez d'un droit d'accès et de rectification.", status: 'partial', quote: "droit d'accès" },
  { text: 'We use cookies to remember your language.', status: 'missing' },
]);

// Art. 22: "we take no such decisions" says none are taken (the corpus labels it so); "you will not be subject to a
// decision based solely on ..." is the right's own wording addressed to the person.
runExtractorCases(rights, names, [
  { name: 'en: no decisions taken is not the right', text: 'Your rights\nYou can ask us for a copy of your data.\nWe do not make decisions based solely on automated processing.', expected: ['access'] },
  { name: 'en: "you will not be subject to" is the right', text: 'Your rights\nYou can ask us for a copy of your data.\nYou will not be subject to a decision based solely on automated processing.', expected: ['access', 'automated_decision'] },
  { name: 'nl: geen besluiten is not the right', language: 'nl', text: 'Uw rechten\nU kunt ons om inzage in uw gegevens vragen.\nWij nemen geen besluiten die uitsluitend zijn gebaseerd op geautomatiseerde verwerking.', expected: ['access'] },
  { name: 'nl: niet onderworpen aan is the right', language: 'nl', text: 'Uw rechten\nU kunt ons om inzage in uw gegevens vragen.\nU wordt niet onderworpen aan een besluit dat uitsluitend is gebaseerd op geautomatiseerde verwerking.', expected: ['access', 'automated_decision'] },
  { name: 'fr: aucune décision is not the right', language: 'fr', text: "Vos droits\nVous disposez d'un droit d'accès à vos données.\nNous ne prenons aucune décision fondée exclusivement sur un traitement automatisé.", expected: ['access'] },
  { name: 'fr: vous ne serez pas soumis is the right', language: 'fr', text: "Vos droits\nVous disposez d'un droit d'accès à vos données.\nVous ne serez pas soumis à une décision fondée exclusivement sur un traitement automatisé.", expected: ['access', 'automated_decision'] },
  { name: 'de: keiner ... unterworfen is the right', language: 'de', text: 'Ihre Rechte\nSie haben das Recht auf Auskunft über Ihre Daten.\nSie werden keiner ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen.', expected: ['access', 'automated_decision'] },
]);
