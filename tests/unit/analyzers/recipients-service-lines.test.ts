import extractor from '../../../analyzers/extractors/recipients';
import { runExtractorCases } from '../../helpers/analyzer-cases';

// Policy generators list each service on its own line with its provider in brackets: the provider is a recipient.
runExtractorCases(extractor, (r) => r.map((x) => x.name), [
  {
    name: 'service lines under purpose headings',
    text: 'Personal Data processed for the following purposes and using the following services:\nAnalytics\nExample Stats Cloud (Example Analytics Ltd)\nPersonal Data processed: Cookies; Usage Data.\nHosting\nExample Hosting (Example Servers, Inc.)\nPlace of processing: United States.',
    expected: ['Example Analytics Ltd', 'Example Servers, Inc.'],
  },
  {
    name: 'counter-case: a company in brackets inside a sentence that shares nothing',
    text: 'This website was designed by a studio (Example Design Ltd) in 2021.',
    expected: [],
  },
  {
    name: 'counter-case: a bracketed registration after the controller line is not a provider',
    text: 'Owner and Data Controller\nNorthwind Pottery Ltd (company number 01234567)\nWe sell pottery.',
    expected: [],
  },
]);
