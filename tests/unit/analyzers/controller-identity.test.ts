import analyzer from '../../../analyzers/checklist/controller-identity';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(analyzer, [
  { text: 'The data controller is Northwind Gadgets Ltd, 12 High Street, London SW1A 1AA.', status: 'met', quote: 'Northwind Gadgets Ltd' },
  { language: 'fr', text: 'Le responsable du traitement est Papeterie Lumière SAS, 5 rue des Lilas, 75011 Paris.', status: 'met', quote: 'Papeterie Lumière SAS' },
  { language: 'de', text: 'Verantwortlicher im Sinne der DSGVO ist die Tannenblick Software GmbH, Lindenweg 4, 80331 München.', status: 'met', quote: 'Tannenblick Software GmbH' },
  { language: 'es', text: 'El responsable del tratamiento de tus datos personales es Naranjo Tecnología S.L., Calle Mayor 3, 28013 Madrid.', status: 'met' },
  {
    name: 'a public body named as controller without a legal form',
    language: 'nl',
    text: 'Het Instituut Zonnebloem treedt op als verwerkingsverantwoordelijke voor de persoonsgegevens die via de app worden verzameld.',
    status: 'met',
  },
  {
    name: 'a brand only',
    text: 'Paperkite collects your e-mail address to send you the newsletter. Paperkite does not sell your data.',
    status: 'partial',
    quote: 'Paperkite',
  },
  {
    name: 'a brand defined by a legal-form name is met',
    text: 'Paperkite Studio Ltd (hereinafter "Paperkite") publishes this app. The app is published by Paperkite. Paperkite collects your e-mail address.',
    status: 'met',
  },
  { name: 'nobody named', text: 'We collect your e-mail address to answer your questions. We keep it for one year.', status: 'missing' },
  { name: 'a processor is not the controller', text: 'Our website is hosted with a cloud provider. We collect your e-mail address to answer your questions.', status: 'missing' },
]);

runChecklistCases(analyzer, [
  {
    name: 'a name the text calls a company is a legal identity',
    text: 'Quillmark is published by BRIGHTMOOR GROUP, a French company established in 2004. BRIGHTMOOR GROUP collects your e-mail address.',
    status: 'met',
    quote: 'BRIGHTMOOR GROUP',
  },
  {
    name: 'de: a brand only',
    language: 'de',
    text: 'Quillmark erhebt nur die Daten, die für den Dienst nötig sind. Quillmark verkauft keine Daten.',
    status: 'partial',
  },
]);

// Which legal name identifies a brand: its own, one holding it, or one that defines it as an alias; not another
// party's named in the same sentence.
runChecklistCases(analyzer, [
  {
    name: 'a vendor’s legal name in a sentence naming the brand does not identify the brand',
    text: 'Personal information collected by Paperkite is information you give us when you register. Paperkite collects your e-mail address. Paperkite does not sell your data. Paperkite uses your address to send the newsletter. Paperkite answers your questions by e-mail. Analytics is a service provided by Vendorly Inc. Vendorly uses the data to track the use of Paperkite Apps.',
    status: 'partial',
    quote: 'Paperkite',
  },
  {
    name: 'a brand defined inside a bracket after the legal name and its affiliates',
    text: 'Paperkite Studio Inc., its affiliates and subsidiaries (“we”, “us”, “our”, “Paperkite”) care about your privacy. Paperkite collects your e-mail address.',
    status: 'met',
  },
  {
    name: 'a legal name after a closed bracket does not define the brand',
    text: 'Paperkite is the subsidiary of Holdco AB (publ). Holdco AB (publ) licenses the app to Paperkite. Information is collected by Paperkite. Paperkite keeps it safe.',
    status: 'partial',
  },
  {
    name: 'a legal name whose lead the legal-name finder leaves out',
    text: 'Company (referred to as either "the Company", "We" or "Us" in this Policy) refers to Institute of Tidewater Studies Limited, 3 Quay Street, Bristol BS1 4XY. The Company collects your e-mail address.',
    status: 'met',
  },
  {
    name: 'the brand stated as controller elsewhere is cited with that sentence',
    language: 'fr',
    text: 'Paperkite, éditeur de la plateforme, est le responsable de traitement de vos données personnelles. Les informations sont collectées par Paperkite. Paperkite conserve vos données.',
    status: 'met',
    quote: 'responsable de traitement',
  },
]);
