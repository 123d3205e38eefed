import { describe, expect, it } from 'vitest';
import analyzer from '../../../analyzers/checklist/controller-identity';
import { buildDocument } from '../../../analyzers/document';
import { findDefinedParty, findProductName } from '../../../analyzers/product-name';
import type { Lang } from '../../../analyzers/types';
import { runChecklistCases } from '../../helpers/analyzer-cases';

// When no controller is named, the product the policy covers is a partial identity (REPORT.md:
// "only a brand, site or product name"); a generic "our app" is no name at all.
runChecklistCases(analyzer, [
  {
    name: 'en: policy applies to a named app',
    text: 'This privacy policy applies to the Moss Lantern app for mobile devices. The app stores your notes on your device.',
    status: 'partial',
    quote: 'Moss Lantern',
  },
  {
    name: 'en: title "<Name> Privacy Policy"',
    text: '# Quiet Harbor Privacy Policy\n\nWe store your notes on your device only. We never send them anywhere.',
    status: 'partial',
    quote: 'Quiet Harbor Privacy Policy',
  },
  {
    name: 'en: "my app (Name)"',
    text: 'My app (Pebble Count) does not collect any personal information. I do not track you.',
    status: 'partial',
  },
  {
    name: 'en: "built the Name app"',
    text: 'I built the Tidewatch app as a free app. I do not collect any personal data.',
    status: 'partial',
  },
  {
    name: 'en: Name (the "App")',
    text: 'Welcome. Orbit Ledger (the "App") lets you track expenses. We store your entries on your device only.',
    status: 'partial',
  },
  {
    name: 'fr: politique de confidentialité de <Name>',
    language: 'fr',
    text: '# Politique de confidentialité de Carnet Vert\n\nNous ne collectons aucune donnée personnelle. Vos notes restent sur votre appareil.',
    status: 'partial',
  },
  {
    name: 'fr: notre application <Name>',
    language: 'fr',
    text: 'Notre application Boussole Douce ne collecte aucune donnée personnelle. Vos notes restent sur votre appareil.',
    status: 'partial',
  },
  {
    name: 'de: Datenschutzerklärung für die <Name> App',
    language: 'de',
    text: '# Datenschutzerklärung für die Wolkenmeer App\n\nWir erheben keine personenbezogenen Daten. Ihre Notizen bleiben auf Ihrem Gerät.',
    status: 'partial',
  },
  {
    name: 'nl: dit privacybeleid is van toepassing op de <Name> app',
    language: 'nl',
    text: 'Dit privacybeleid is van toepassing op de Zeilkaart app. Wij verzamelen geen persoonsgegevens. Uw notities blijven op uw toestel.',
    status: 'partial',
  },
  {
    name: 'it: la presente informativa si applica all’app <Name>',
    language: 'it',
    text: "La presente informativa si applica all'app Lucciola Blu. Non raccogliamo dati personali. Le tue note restano sul tuo dispositivo.",
    status: 'partial',
  },
  {
    name: 'es: política de privacidad de <Name>',
    language: 'es',
    text: '# Política de privacidad de Faro Azul\n\nNo recopilamos datos personales. Tus notas se quedan en tu dispositivo.',
    status: 'partial',
  },
  {
    name: 'en: a developer named and defined as the Service Provider is the identity (a natural person can be the controller)',
    text: 'This privacy policy applies to the Moss Lantern app that was created by jane roe (hereby referred to as the "Service Provider"). The app collects your IP address.',
    status: 'met',
    quote: 'jane roe',
  },
  {
    name: 'en: a capitalised person defined as the Developer is met, not a brand',
    text: 'The Moss Lantern app was developed by Jane Roe (hereinafter the "Developer"). The app collects your IP address.',
    status: 'met',
    quote: 'Jane Roe',
  },
  {
    name: 'en: a trading name defined as the Service Provider stays partial',
    text: 'This app was created by Lantern Labs (hereby referred to as the "Service Provider"). The app collects your IP address.',
    status: 'partial',
  },
  // Counter-cases: generic words are no name.
  { name: 'en: generic "our app"', text: 'Our app does not collect any personal information. We do not track you.', status: 'missing' },
  { name: 'en: "this website"', text: 'This privacy policy applies to this website. We do not collect any personal data.', status: 'missing' },
  { name: 'en: a title "Privacy Policy" alone', text: '# Privacy Policy\n\nWe store your notes on your device only. We never send them anywhere.', status: 'missing' },
  { name: 'en: a title "Mobile App Privacy Policy"', text: '# Mobile App Privacy Policy\n\nWe store your notes on your device only.', status: 'missing' },
  { name: 'en: an audience is no product', text: '# Privacy Policy for California Residents\n\nWe store your notes on your device only.', status: 'missing' },
  { name: 'en: the app (the "Application")', text: 'The app (hereinafter the "Application") stores your notes on your device only. We never send them anywhere.', status: 'missing' },
  {
    name: 'en: a third-party service in the text is not the product',
    text: 'We use Google Analytics to count visits. We store your notes on your device only.',
    status: 'missing',
  },
  { name: 'fr: "notre application" alone', language: 'fr', text: 'Notre application ne collecte aucune donnée personnelle. Vos notes restent sur votre appareil.', status: 'missing' },
  { name: 'de: Datenschutzerklärung alone', language: 'de', text: '# Datenschutzerklärung\n\nWir erheben keine personenbezogenen Daten.', status: 'missing' },
  { name: 'es: "nuestra aplicación" alone', language: 'es', text: 'Nuestra aplicación no recopila datos personales. Tus notas se quedan en tu dispositivo.', status: 'missing' },
  {
    name: 'en: "created by the team (the Developer)": an article is no name',
    text: 'This app was created by the team (hereinafter the "Developer"). It collects your IP address.',
    status: 'missing',
  },
]);

describe('findProductName / findDefinedParty', () => {
  const name = (text: string, lang?: Lang) => findProductName(buildDocument(text, lang))?.name ?? null;
  it('keeps the name and drops the product noun and title words', () => {
    expect(name('This privacy policy applies to the Moss Lantern app for mobile devices.')).toBe('Moss Lantern');
    expect(name('# Quiet Harbor App Privacy Policy\n\nWe store nothing.')).toBe('Quiet Harbor');
    expect(name('# Privacy Policy of Quiet Harbor\n\nWe store nothing.')).toBe('Quiet Harbor');
    expect(name('I built the Tidewatch studio app as a free app.')).toBe('Tidewatch');
    expect(name('# Datenschutzerklärung Wolkenmeer\n\nWir speichern nichts.', 'de')).toBe('Wolkenmeer');
  });
  it('needs a product noun after a maker verb', () => {
    expect(name('We built the Android version first. We store nothing.')).toBeNull();
  });
  it('finds a party only when a role definition follows its name', () => {
    const party = (text: string) => findDefinedParty(buildDocument(text))?.name ?? null;
    expect(party('The app was developed by sam poe (hereinafter the "Developer").')).toBe('sam poe');
    expect(party('The app was developed by sam poe in his spare time.')).toBeNull();
  });
});
