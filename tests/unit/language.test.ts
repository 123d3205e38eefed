import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../analyzers/language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'We collect your personal data when you use our services and we share it with our providers.'],
    ['fr', 'Nous collectons vos données personnelles lorsque vous utilisez nos services et nous les partageons avec nos prestataires.'],
    ['de', 'Wir erheben Ihre personenbezogenen Daten, wenn Sie unsere Dienste nutzen, und geben sie an unsere Dienstleister weiter.'],
    ['nl', 'Wij verzamelen je persoonsgegevens wanneer je onze diensten gebruikt en delen deze met onze dienstverleners.'],
    ['it', 'Raccogliamo i tuoi dati personali quando utilizzi i nostri servizi e li condividiamo con i nostri fornitori per la gestione.'],
    ['es', 'Recogemos sus datos personales cuando usted utiliza nuestros servicios y los compartimos con nuestros proveedores para la gestión.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('judges a mixed page by its majority language', () => {
    const banner = 'We use cookies to improve your experience. Accept all cookies.';
    const policy =
      'Le responsable du traitement est la société. Vous disposez du droit d’accès, de rectification et d’effacement de vos données. ' +
      'Les données sont conservées pendant la durée de la relation contractuelle et sont ensuite supprimées dans les délais prévus par la loi.';
    expect(detectLanguage(`${banner}\n${policy}`)).toBe('fr');
  });

  // Short, telegraphic notices have too few function words; their data-protection terms decide.
  it.each([
    ['de', 'Datenschutzerklärung\nVerantwortlich: Muster GmbH, Hauptstraße 1, 10115 Berlin.\nRechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO.'],
    ['nl', 'Privacyverklaring\nVerwerkingsverantwoordelijke: Voorbeeld B.V., Dorpsstraat 1, 1234 AB Utrecht.\nGrondslag: artikel 6 lid 1 sub b AVG.'],
    ['it', 'Base giuridica: art. 6, par. 1, lett. b) GDPR. Titolare: Esempio S.r.l.'],
    ['es', 'Responsable del tratamiento: Ejemplo S.L. Legitimación: consentimiento del interesado.'],
    ['fr', 'Responsable de traitement : Exemple SAS. Base légale : article 6.1.b RGPD. Durée de conservation : 3 ans.'],
  ])('detects a short %s notice by its terms', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('lets function words decide running text that quotes another language\'s terms', () => {
    const text =
      'We are the data controller. The German version calls this the Verantwortlicher and the legal basis the Rechtsgrundlage under the DSGVO; ' +
      'in Dutch it is the verwerkingsverantwoordelijke. We keep your data for as long as you have an account with us, and we share it with our hosting provider. ' +
      'You can ask us for a copy of your data, and you can ask us to correct or delete it at any time by writing to our support team, who will answer you within a month of your request.';
    expect(detectLanguage(text)).toBe('en');
  });

  it.each([[''], ['12345 67890'], ['€€€ ### ***']])('returns und for %j', (text) => {
    expect(detectLanguage(text)).toBe('und');
  });
});
