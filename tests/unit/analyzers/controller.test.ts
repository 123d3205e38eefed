import extractor from '../../../analyzers/extractors/controller';
import { runExtractorCases } from '../../helpers/analyzer-cases';

runExtractorCases(extractor, (c) => c.name, [
  { name: 'en: "X (the Controller)"', text: 'This policy is issued by Northwind Gadgets Ltd (the "Controller"), with its registered office at 12 High Street, London SW1A 1AA.', expected: 'Northwind Gadgets Ltd' },
  { name: 'en: "the data controller is X"', text: 'For the purposes of the GDPR, the data controller is Bluebell Apps B.V., Keizersgracht 1, 1015 CJ Amsterdam.', expected: 'Bluebell Apps B.V.' },
  {
    name: 'en: the EEA controller among regional ones',
    text: [
      'Who is responsible for your data',
      'If you live in the United States, the controller of your personal data is Quillfeather Inc., 1 Main Street, Austin, TX 78701.',
      'If you live in the European Economic Area, the controller of your personal data is Quillfeather Europe Limited, 3 Dock Road, Dublin D02 XY12.',
    ].join('\n'),
    expected: 'Quillfeather Europe Limited',
  },
  { name: 'fr: responsable du traitement', language: 'fr', text: 'Le responsable du traitement de vos données personnelles est la société Papeterie Lumière SAS, dont le siège social est situé 5 rue des Lilas, 75011 Paris.', expected: 'Papeterie Lumière SAS' },
  {
    name: 'de: Verantwortlicher with the address block on the next line',
    language: 'de',
    text: ['Verantwortlicher im Sinne der Datenschutz-Grundverordnung ist die:', 'Tannenblick Software GmbH', 'Lindenweg 4', '80331 München'].join('\n'),
    expected: 'Tannenblick Software GmbH',
  },
  { name: 'nl: verwerkingsverantwoordelijke', language: 'nl', text: 'De verwerkingsverantwoordelijke voor uw persoonsgegevens is Molenwiek Diensten B.V., gevestigd te Utrecht.', expected: 'Molenwiek Diensten B.V.' },
  { name: 'it: titolare del trattamento', language: 'it', text: 'Il titolare del trattamento dei dati personali è Girasole Digitale S.r.l., con sede in Via Roma 10, 20121 Milano.', expected: 'Girasole Digitale S.r.l.' },
  { name: 'es: responsable del tratamiento', language: 'es', text: 'El responsable del tratamiento de tus datos es Naranjo Tecnología S.L., con domicilio social en Calle Mayor 3, 28013 Madrid.', expected: 'Naranjo Tecnología S.L.' },
  {
    name: 'the controller, not a processor that is merely named',
    text: 'We use Cloudnest Hosting Inc. to host the site. The data controller is Pebble Learning Ltd, 4 Mill Lane, Leeds LS1 4AB.',
    expected: 'Pebble Learning Ltd',
  },
  // A numbered title in capitals run into its first sentence is not a name when the word is ordinary prose too.
  { name: 'a run-in section title is not a brand', text: '4- PURPOSE processes your data for specific purposes.\nThe purposes are listed below.\n4- PURPOSE processes your data for specific purposes.\n4- PURPOSE processes your data for specific purposes.', expected: null },
  { name: 'a capitalised brand after a section number is still a brand', text: '4- PAPERKITE processes your data for specific purposes.\nThe purposes are listed below.\n4- PAPERKITE processes your data for specific purposes.\n4- PAPERKITE processes your data for specific purposes.', expected: 'PAPERKITE' },
  { name: 'a brand when no legal entity is given', text: 'Paperkite collects your e-mail address to send you the newsletter. Paperkite does not sell your data.', expected: 'Paperkite' },
  {
    name: 'a company with no cue but on the domain of the policy’s e-mail address',
    text: 'This policy describes how personal data is handled on our website. Questions: privacy@lumenfield.example. Lumenfield Analytics Ltd keeps the data in Ireland.',
    expected: 'Lumenfield Analytics Ltd',
  },
  { name: 'a vendor mentioned in passing is not the controller', text: 'We embed videos from Streamly Inc. on some pages of the site.', expected: null },
  { name: 'es: titular del sitio web', language: 'es', text: 'El titular del sitio web es Ejemplo Viajes S.L., con domicilio en Calle Mayor 1, 28001 Madrid.', expected: 'Ejemplo Viajes S.L.' },
  { name: 'no controller stated', text: 'We respect your privacy. We collect your e-mail address only to answer your questions.', expected: null },
  { name: 'a sentence in capitals is not a company', text: 'THE SERVICE IS PROVIDED AS IS WITHOUT WARRANTY OF ANY KIND AND WE MAY RETAIN THE INFORMATION FOR AS LONG AS NEEDED.', expected: null },
]);

runExtractorCases(extractor, (c) => ({ address: c.address !== null, emails: c.emails, reg: c.registrationNumber }), [
  {
    name: 'address, e-mail and registration number next to the name',
    language: 'fr',
    text: [
      'Responsable du traitement',
      'Papeterie Lumière SAS, immatriculée au RCS de Paris sous le numéro 812 345 678, 5 rue des Lilas, 75011 Paris.',
      'Contact : privacy@papeterie-lumiere.example',
    ].join('\n'),
    expected: { address: true, emails: ['privacy@papeterie-lumiere.example'], reg: '812 345 678' },
  },
]);

runExtractorCases(extractor, (c) => ({ name: c.name, address: c.address !== null, reg: c.registrationNumber }), [
  {
    name: 'fr: address given with an earlier mention of the same company',
    language: 'fr',
    text: [
      'Le site est édité par la société Exemple Conseil SAS, immatriculée au RCS de Lyon sous le numéro 123 456 789, dont le siège social est situé 3 place Bellecour, 69002 Lyon.',
      'Exemple Conseil SAS est responsable du traitement de vos données personnelles.',
    ].join('\n'),
    expected: { name: 'Exemple Conseil SAS', address: true, reg: '123 456 789' },
  },
  {
    name: 'nl: company before the role phrase, typical Dutch template',
    language: 'nl',
    text: 'Voorbeeld Webdiensten B.V., gevestigd aan Damstraat 1, 1012 JM Amsterdam, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring.',
    expected: { name: 'Voorbeeld Webdiensten B.V.', address: true, reg: null },
  },
  {
    name: 'es: layered notice "Responsable" block',
    language: 'es',
    text: ['Responsable del tratamiento', 'Identidad: Ejemplo Soluciones, S.L. CIF: B12345678', 'Dirección postal: Calle Mayor 1, 28001 Madrid'].join('\n'),
    expected: { name: 'Ejemplo Soluciones, S.L.', address: true, reg: 'B12345678' },
  },
]);

runExtractorCases(extractor, (c) => c.name, [
  {
    name: 'en: a definition that makes the company "we", among vendors',
    text: 'Brightmoor Labs Ltd ("Brightmoor", "we", "us") runs the app. We use Cloudnest Hosting Inc. and Paylark Payments B.V. to run it.',
    expected: 'Brightmoor Labs Ltd',
  },
  { name: 'en: "we are X"', text: 'Who we are\nWe are Brightmoor Labs Ltd, a company registered in England. We use Cloudnest Hosting Inc. to host the site.', expected: 'Brightmoor Labs Ltd' },
  {
    name: 'it: "(di seguito ...)" alias',
    language: 'it',
    text: 'Girasole Digitale S.r.l. (di seguito “Girasole” o “noi”) tratta i tuoi dati. Utilizziamo i servizi di Nuvola Hosting S.p.A. per ospitare il sito.',
    expected: 'Girasole Digitale S.r.l.',
  },
]);

runExtractorCases(extractor, (c) => c.name, [
  {
    name: 'capitalised pronouns and defined roles are not names',
    text: 'Company (referred to as "the Company", "We", "Us" or "Our") refers to the operator of this app. We may ask You to provide Us with data. The Service Provider collects usage data. The Service Provider may use it.',
    expected: null,
  },
  {
    name: 'a bracketed definition names the developer',
    text: 'Brightmoor Studio ("Developer") is concerned about the privacy of its users. The Developer collects no personal data.',
    expected: 'Brightmoor Studio',
  },
]);

// The address starts after the last address cue, not right after the name.
runExtractorCases(extractor, (c) => c.address, [
  {
    name: 'en: registered office after a registration clause',
    text: 'Brightwater Analytics Ltd, a company registered in England and Wales under number 09876543, with its registered office at 12 Quayside Road, Bristol BS1 4XY, is the controller of your personal data.',
    expected: '12 Quayside Road, Bristol BS1 4XY',
  },
  { name: 'it: con sede legale in via', language: 'it', text: 'Il titolare del trattamento è Esempio S.p.A., con sede legale in via Roma 10, 00184 Roma.', expected: 'via Roma 10, 00184 Roma' },
  { name: 'fr: dont le siège social est situé au', language: 'fr', text: 'Le responsable du traitement est Exemple SAS, dont le siège social est situé au 12 rue de la Paix, 75002 Paris.', expected: '12 rue de la Paix, 75002 Paris' },
  { name: 'es: con domicilio en', language: 'es', text: 'El responsable del tratamiento es Ejemplo Digital, S.L., con domicilio en Calle Mayor 12, 28013 Madrid.', expected: 'Calle Mayor 12, 28013 Madrid' },
]);

// The addressee of the policy's own postal address ("write to us at:", a "Contact" title, then a name
// line over an address block) is the controller; a block introduced as someone else's is not.
runExtractorCases(extractor, (c) => c.name, [
  {
    name: 'en: "write to us at:" then a trading name over an address',
    text: 'We keep your order details for six years.\nIf you have questions, you can write to us at:\nBlue Heron Pottery\n12 Harbour Road, Whitby YO21 3PN\nUnited Kingdom',
    expected: 'Blue Heron Pottery',
  },
  {
    name: 'en: "mailing us at:" with a "+" in the name and an attention line',
    text: 'You may withdraw your consent at any time by mailing us at:\nMoss + Fern Studio\n[Re: Privacy Officer]\n16 S Main St Springfield IL 62701',
    expected: 'Moss + Fern Studio',
  },
  {
    name: 'en: a "Contact us" title over a legal name and its address, among vendors',
    text: 'We host the site with Cloudnest Hosting Inc.\nContact us\nPebble Learning Ltd\n4 Mill Lane\nLeeds LS1 4AB',
    expected: 'Pebble Learning Ltd',
  },
  { name: 'fr: un titre « Nous contacter »', language: 'fr', text: 'Vous pouvez exercer vos droits à tout moment.\nNous contacter\nAtelier Mistral\n12 rue des Lilas\n75011 Paris', expected: 'Atelier Mistral' },
  { name: 'de: „schreiben Sie uns an:“', language: 'de', text: 'Bei Fragen schreiben Sie uns an:\nKäserei Almblick\nBergstraße 4\n87561 Oberstdorf', expected: 'Käserei Almblick' },
  { name: 'it: un titolo «Contatti»', language: 'it', text: 'Puoi esercitare i tuoi diritti in ogni momento.\nContatti\nCantina Collina Verde\nVia Roma 10\n53100 Siena', expected: 'Cantina Collina Verde' },
  {
    name: 'en: the DPO’s block is not the controller’s',
    text: 'To reach our Data Protection Officer, write to us at:\nJane Marlow\n4 Mill Lane\nLeeds LS1 4AB',
    expected: null,
  },
  {
    name: 'en: the supervisory authority’s block is not the controller’s',
    text: 'If our answer does not satisfy you, write to us again or lodge a complaint with the supervisory authority:\nFitzwilliam Commission\n21 Fitzwilliam Square\nDublin D02 RD28',
    expected: null,
  },
  {
    name: 'en: the EU representative’s block is not the controller’s',
    text: 'Our representative in the EU can be reached by post:\nRepbridge Services\n1 Quay Street\nDublin D02 XY12',
    expected: null,
  },
  {
    name: 'en: a name line followed by prose, not an address, is not an addressee',
    text: 'If you have questions, you can write to us at:\nBlue Heron Pottery\nWe answer every letter within a week.',
    expected: null,
  },
]);

// A question title naming the role is answered by a name on the next line, not by the subject of a sentence of prose.
runExtractorCases(extractor, (c) => c.name, [
  {
    name: 'nl: a question title, then prose about the app, then the controller',
    language: 'nl',
    text: 'Wie is de verwerkingsverantwoordelijke?\nDeze Meldingsapp wordt geregeld door het akkoord tussen de overheden.\nHet Instituut Zonnebloem treedt op als verwerkingsverantwoordelijke voor de gegevens.',
    expected: 'Instituut Zonnebloem',
  },
  {
    name: 'en: a question title answered by a name line',
    text: 'Who is the controller?\nPebble Learning Ltd\n4 Mill Lane, Leeds LS1 4AB',
    expected: 'Pebble Learning Ltd',
  },
]);

runExtractorCases(extractor, (c) => c.address, [
  {
    name: 'en: the address block under the addressee',
    text: 'If you have questions, you can write to us at:\nBlue Heron Pottery\n12 Harbour Road, Whitby YO21 3PN\nUnited Kingdom',
    expected: '12 Harbour Road, Whitby YO21 3PN, United Kingdom',
  },
]);

// "provided by" after the description of a third-party product names that product's maker, not the controller;
// an unfilled template placeholder names nobody.
runExtractorCases(extractor, (c) => c.name, [
  {
    name: 'en: an ad network "provided by" a vendor is not the controller',
    text: 'This app is run by Paperkite. Paperkite collects your e-mail address. Paperkite does not sell it. AdMob is an advertising service provided by Vendorly LLC. Firebase is a mobile platform provided by Vendorly LLC.',
    expected: 'Paperkite',
  },
  {
    name: 'fr: un service de mesure d’audience « fourni par » un prestataire',
    language: 'fr',
    text: 'Le site est édité par Paperkite. Paperkite collecte votre adresse e-mail. Matomo est un service de mesure d’audience fourni par Vendorly SAS.',
    expected: 'Paperkite',
  },
  { name: 'en: the app itself "provided by" its maker still names the maker', text: 'This app is provided by Paperkite Studio Ltd at no cost.', expected: 'Paperkite Studio Ltd' },
  { name: 'en: the app described as a service "provided by" its maker', text: 'The Paperkite app is a free service provided by Paperkite Studio Ltd at no cost.', expected: 'Paperkite Studio Ltd' },
  { name: 'en: an unfilled placeholder is no name', text: 'This SERVICE is provided by [Developer/Company name] at no cost and is intended for use as is.', expected: null },
]);
