import { describe, expect, it } from 'vitest';
import { findLegalNames } from '../../../analyzers/controller-name';
import { buildDocument } from '../../../analyzers/document';
import extractor from '../../../analyzers/extractors/controller';
import type { Lang } from '../../../analyzers/types';
import { runExtractorCases } from '../../helpers/analyzer-cases';

// Names holding a lower-case particle, and legal forms written before the name (issue #5).
runExtractorCases(extractor, (c) => c.name, [
  { name: 'es: "del" inside the name', language: 'es', text: 'El responsable del tratamiento es Muebles del Sur, S.L., con domicilio en Calle Ancha 2, 41001 Sevilla.', expected: 'Muebles del Sur, S.L.' },
  { name: 'es: "de la" inside the name', language: 'es', text: 'Sus datos son tratados por Panadería de la Plaza S.L., con domicilio en Plaza Mayor 1, 37001 Salamanca.', expected: 'Panadería de la Plaza S.L.' },
  { name: 'it: "della" inside the name', language: 'it', text: 'Il titolare del trattamento è Pasticceria della Nonna S.r.l., con sede in Via Verdi 3, 10121 Torino.', expected: 'Pasticceria della Nonna S.r.l.' },
  { name: 'fr: "du" inside the name', language: 'fr', text: 'Le responsable du traitement est Caves du Rhône SARL, dont le siège est situé 2 quai Sud, 69002 Lyon.', expected: 'Caves du Rhône SARL' },
  { name: 'nl: "van" inside the name', language: 'nl', text: 'De verwerkingsverantwoordelijke is Bakkerij van Dijk B.V., gevestigd aan de Markt 4, 2801 JA Gouda.', expected: 'Bakkerij van Dijk B.V.' },
  {
    name: 'it: form first after an elided article, role phrase far after it',
    language: 'it',
    text: "l'A.S.D. Canottaggio Riva del Sole, con sede in Via del Porto 8, 16100 Genova, codice fiscale 90000000000, in qualità di titolare del trattamento, La informa come segue.",
    expected: 'A.S.D. Canottaggio Riva del Sole',
  },
  { name: 'it: "la S.r.l." before the name', language: 'it', text: 'Il titolare del trattamento è la S.r.l. Ortofrutta Brambilla, con sede in Via Roma 5, 20121 Milano.', expected: 'S.r.l. Ortofrutta Brambilla' },
  // Art. 2:286 BW: a foundation's name contains "stichting", written in lower case after "de" too.
  { name: 'nl: "de stichting" before the name', language: 'nl', text: 'Deze website wordt beheerd door de stichting Vrienden van het Park, Parklaan 3, 3512 AB Utrecht.', expected: 'stichting Vrienden van het Park' },
  { name: 'nl: "de vereniging" is not part of the name', language: 'nl', text: 'Verwerkingsverantwoordelijke is de vereniging Hockeyclub De Uil, Sportlaan 1, 1234 AB Amersfoort.', expected: 'Hockeyclub De Uil' },
  { name: 'nl: "de vzw" before the name', language: 'nl', text: 'De verwerkingsverantwoordelijke is de vzw Speelplein Zonnebloem, Kerkstraat 9, 9000 Gent.', expected: 'vzw Speelplein Zonnebloem' },
]);

// A company named as the owner of the product the policy covers, in the introduction, with no role wording.
runExtractorCases(extractor, (c) => c.name, [
  { name: 'es: "la app de ... de X S.L." in the introduction', language: 'es', text: 'Te contamos cómo usamos tus datos en Cocinillas, la app de recetas de Ejemplo Fogones S.L.\nSi tienes dudas, escríbenos.', expected: 'Ejemplo Fogones S.L.' },
  { name: 'en: "the app from X Ltd" in the introduction', text: 'This notice explains how Birdsong, the app from Example Aviary Ltd, uses your data.\nWrite to us with questions.', expected: 'Example Aviary Ltd' },
  { name: 'it: "l\'app di X S.r.l." in the introduction', language: 'it', text: "Questa informativa riguarda Passetto, l'app di Esempio Cammini S.r.l.\nScrivici per qualsiasi dubbio.", expected: 'Esempio Cammini S.r.l.' },
  {
    name: 'a product owner far into the policy is not the controller',
    language: 'es',
    text: ['Privacidad', 'Usamos tus datos con cuidado.', 'Guardamos tu email.', 'No vendemos datos.', 'Puedes borrar tu cuenta.', 'Puedes pedirnos una copia.', 'Para los pagos se abre la app de pagos de Ejemplo Cobros S.L.'].join('\n'),
    expected: null,
  },
  { name: 'a company without a product noun before it stays a vendor', language: 'es', text: 'Mostramos vídeos de Ejemplo Vídeos S.L. en algunas páginas.', expected: null },
]);

function names(text: string, language: Lang): string[] {
  return findLegalNames(buildDocument(text, language)).map((n) => n.name);
}

describe('particles and leading forms: counter-cases', () => {
  it('a sentence-initial capitalised noun before the particle is not crossed', () => {
    expect(names('Gracias por su compra. Clientes de Ejemplo Muebles S.L. pueden darse de baja.', 'es')).toEqual(['Ejemplo Muebles S.L.']);
    expect(names('Bedankt voor uw bestelling. Klanten van Voorbeeld Fietsen B.V. krijgen een bevestiging.', 'nl')).toEqual(['Voorbeeld Fietsen B.V.']);
  });
  it('a conjunction joins two companies: not one name', () => {
    expect(names('Compartimos datos con Google y Ejemplo Envíos S.L. para el reparto.', 'es')).toEqual(['Ejemplo Envíos S.L.']);
    expect(names('Condividiamo i dati con Rossi e Bianchi Trasporti S.r.l. per le consegne.', 'it')).toEqual(['Bianchi Trasporti S.r.l.']);
  });
  it('German genitive and "von", English defined terms are not particles', () => {
    expect(names('Wir nutzen die Dienste der Beispiel Hosting GmbH in Berlin.', 'de')).toEqual(['Beispiel Hosting GmbH']);
    expect(names('Diese Website ist ein Angebot von Beispiel Reisen GmbH aus Köln.', 'de')).toEqual(['Beispiel Reisen GmbH']);
    expect(names('Please read the Terms of Northwind Gadgets Ltd before ordering.', 'en')).toEqual(['Northwind Gadgets Ltd']);
  });
  it('a lower-case word other than a particle still ends the name', () => {
    expect(names('Il servizio è offerto con Pasticceria Dolce S.r.l. come partner.', 'it')).toEqual(['Pasticceria Dolce S.r.l.']);
  });
  it('a capitalised form word after a lower-case word leads the name after it', () => {
    expect(names('De leden van het bestuur van Waterschap Hoge Dijken en de medewerkers van het kantoor.', 'nl')).toEqual(['Waterschap Hoge Dijken']);
    expect(names('Het bestuur van Stichting Buurthuis Noord beslist.', 'nl')).toEqual(['Stichting Buurthuis Noord']);
  });
  it('a title word before a form word keeps the leading reading too', () => {
    expect(names('Privacyverklaring Stichting Buurthuis Noord', 'nl')).toContain('Stichting Buurthuis Noord');
  });
  it('an English trailing form is not read as leading the words after it', () => {
    expect(names('We are Northwind Corporation, a Delaware company.', 'en')).toEqual(['Northwind Corporation']);
  });
  it('associations and foundations are named form first, also after a capitalised article', () => {
    expect(names('Gracias por tu interés. La Asociación Vecinal Río Claro trata tus datos.', 'es')).toEqual(['Asociación Vecinal Río Claro']);
    expect(names('Los datos los trata la Fundación Ejemplo Solidario con cuidado.', 'es')).toEqual(['Fundación Ejemplo Solidario']);
    expect(names("Grazie. L'Associazione Culturale Il Faro tratta i tuoi dati.", 'it')).toEqual(['Associazione Culturale Il Faro']);
    expect(names('Puedes hacerte socio de la Asociación en cualquier momento.', 'es')).toEqual([]);
  });
  it('a form without a leading article, or with lower-case words after it, leads no name', () => {
    expect(names('Siamo una S.r.l. con sede a Milano.', 'it')).toEqual([]);
    expect(names('Wij zijn een vzw zonder winstoogmerk.', 'nl')).toEqual([]);
  });
});
