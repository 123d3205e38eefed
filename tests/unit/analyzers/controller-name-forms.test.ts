import { describe, expect, it } from 'vitest';
import { findLegalNames } from '../../../analyzers/controller-name';
import { buildDocument } from '../../../analyzers/document';
import extractor from '../../../analyzers/extractors/controller';
import { runExtractorCases } from '../../helpers/analyzer-cases';

// Controller names that open with an article, hold an elided article, are headed by an ordinary word
// joined by a particle or a quote, or are defined by a bracketed term that a role sentence then uses.
runExtractorCases(extractor, (c) => c.name, [
  // An elided article after a particle is part of the name.
  { name: 'fr: "de l\'" inside the name', language: 'fr', text: "Vos données sont traitées par la société Gazette de l'Est Lorrain SA, dont le siège est 2 rue Haute, 57000 Metz.", expected: "Gazette de l'Est Lorrain SA" },
  { name: 'fr: counter-case, no particle before the elided article', language: 'fr', text: "Vos données sont traitées par la société l'Est Lorrain SA, dont le siège est 2 rue Haute, 57000 Metz.", expected: 'Est Lorrain SA' },
  // A capitalised article opening the sentence is dropped only when the policy writes the name without it too.
  {
    name: 'fr: sentence-initial article, the name written without it in the title',
    language: 'fr',
    text: "Mutuelle des Pêcheurs de Bretagne\nLa Mutuelle des Pêcheurs de Bretagne, mutuelle soumise au livre II du code de la mutualité, dont le siège est 1 quai Nord, 29000 Brest, est responsable du traitement.",
    expected: 'Mutuelle des Pêcheurs de Bretagne',
  },
  {
    name: 'fr: counter-case, the article is always written with the name',
    language: 'fr',
    text: "La Mutuelle des Pêcheurs de Bretagne, mutuelle soumise au livre II du code de la mutualité, dont le siège est 1 quai Nord, 29000 Brest, est responsable du traitement.",
    expected: 'La Mutuelle des Pêcheurs de Bretagne',
  },
  // A word also used in lower case heads the name when a particle or a quote joins it to a proper name.
  {
    name: 'it: ordinary word before a particle heads the name under a role title',
    language: 'it',
    text: 'Titolare del trattamento\nBottega del Vetro di Paolo Neri, Via Larga 3, 50123 Firenze, P. IVA 01234567890.\nIn bottega trattiamo solo i dati necessari.',
    expected: 'Bottega del Vetro di Paolo Neri',
  },
  {
    name: 'it: quoted name after a kind word, with its closing quote',
    language: 'it',
    text: 'Titolare del trattamento è il Condominio "Villa Serena", codice fiscale 97000000000, con sede in Via Po 2, 10124 Torino.\nIl condominio non vende i dati.',
    expected: 'Condominio "Villa Serena"',
  },
  // A name defined by a bracketed term that a role sentence uses.
  {
    name: 'en: defined term named as the controller',
    text: 'This notice explains how Northmoor College of Art ("the College") uses your data. The College is a public body and is the data controller for your personal data.',
    expected: 'Northmoor College of Art',
  },
  {
    name: 'en: counter-case, a defined term that no role sentence uses stays a brand below the named controller',
    text: 'This notice explains how Northmoor College of Art ("the College") uses your data. Example Learning Ltd is the data controller for your personal data.',
    expected: 'Example Learning Ltd',
  },
  // A heading answered by the sentence under it does not introduce the next sentence.
  {
    name: 'it: the processor after the controller sentence is not the controller',
    language: 'it',
    text: "Chi è il titolare del trattamento\nTitolare del trattamento è il Condominio \"Villa Serena\", in persona dell'amministratore.\nL'amministratore, Studio Rossi S.a.s., con sede in Via Roma 1, 10121 Torino, tratta i dati per conto del condominio ed è designato responsabile del trattamento; per le richieste sui dati può essere contattato all'indirizzo e-mail studio@rossi.example.\nIl condominio conserva i verbali.",
    expected: 'Condominio "Villa Serena"',
  },
  // Joint controllers (Art. 26): the role phrase after a list of names is every listed name's; the first named leads.
  {
    name: 'nl: joint controllers, the first named leads',
    language: 'nl',
    text: 'Voor de webwinkel zijn Kaasmakerij Het Veld BV, Dorpsstraat 4, 3500 Hasselt, België (KBO 0700.000.000), en haar vervoerder Koeriers Snel BV gezamenlijk verwerkingsverantwoordelijke.',
    expected: 'Kaasmakerij Het Veld BV',
  },
  {
    name: 'en: joint controllers, the first named leads',
    text: 'Northwind Pottery Ltd, 4 Mill Lane, Leeds LS1 4AB, and its shipping partner Example Freight Ltd are joint controllers of your order data.',
    expected: 'Northwind Pottery Ltd',
  },
  {
    name: 'nl: counter-case, without "gezamenlijk" the name next to the role phrase is the controller',
    language: 'nl',
    text: 'Voor de webwinkel werkt Kaasmakerij Het Veld BV, Dorpsstraat 4, 3500 Hasselt, België (KBO 0700.000.000), samen met vervoerder Koeriers Snel BV als verwerkingsverantwoordelijke.',
    expected: 'Koeriers Snel BV',
  },
]);

describe('legal names: an elided article after a particle', () => {
  const names = (text: string) => findLegalNames(buildDocument(text, 'fr')).map((n) => n.name);
  it('is crossed with the particle', () => {
    expect(names("Le site est édité par la société Gazette de l'Est Lorrain SA, au capital de 10 000 €.")).toEqual(["Gazette de l'Est Lorrain SA"]);
  });
  it('counter-case: after a lower-case word that is no particle, the name starts after the elided article', () => {
    expect(names("Le site est édité par l'Est Lorrain SA, au capital de 10 000 €.")).toEqual(['Est Lorrain SA']);
  });
});
