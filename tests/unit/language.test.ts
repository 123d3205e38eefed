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

  it.each([[''], ['12345 67890'], ['€€€ ### ***']])('returns und for %j', (text) => {
    expect(detectLanguage(text)).toBe('und');
  });
});
