/**
 * Rules added for English app-store policies outside the EU template families: Indian IT Act / SPDI Rules
 * policies, translated Chinese (PIPL) app policies, Gulf apps, children's games (COPPA), crypto wallets
 * (KYC/AML) and "no logs" VPN apps. Every rule has its counter-case. Snippets written for the tests.
 */
import controllerExtractor from '../../../analyzers/extractors/controller';
import dpoExtractor from '../../../analyzers/extractors/dpo';
import legalBases from '../../../analyzers/extractors/legal-bases';
import rightsExtractor from '../../../analyzers/extractors/rights';
import transfersExtractor from '../../../analyzers/extractors/transfers';
import automatedDecisions from '../../../analyzers/checklist/automated-decisions';
import purposes from '../../../analyzers/checklist/purposes';
import recipients from '../../../analyzers/checklist/recipients';
import statutory from '../../../analyzers/checklist/statutory-requirement';
import { runChecklistCases, runExtractorCases } from '../../helpers/analyzer-cases';

const bases = (f: Array<{ basis: string }>) => f.map((b) => b.basis).sort();
const rights = (f: Array<{ right: string }>) => f.map((r) => r.right).sort();

runExtractorCases(controllerExtractor, (c) => c.name, [
  {
    name: 'app stores: the game is made by the company, whose brand definition follows its address',
    text: 'Bubble Farm (the "Game") is made by Hollowtree Games, Inc., 12 Pine Street, Portland, OR 97201, USA ("Hollowtree", "we").',
    expected: 'Hollowtree Games, Inc.',
  },
  { name: 'counter: payments made by card name no one', text: 'All payments are made by card through the app store.', expected: null },
  {
    name: 'an app of the company; the country closing its address is no name',
    text: 'Palm Run is an app of Oasis Digital Solutions Company, King Road, Riyadh 12214, Saudi Arabia ("Oasis", "we", "us").',
    expected: 'Oasis Digital Solutions Company',
  },
  { name: 'counter: a name before the definition still is', text: 'Oasis Digital Solutions Company ("Oasis", "we", "us") runs the Palm Run app.', expected: 'Oasis Digital Solutions Company' },
]);

runExtractorCases(dpoExtractor, (d) => d.mentioned, [
  { name: 'PIPL: the personal information protection officer', text: 'Our personal information protection officer can be reached at pio@app.example.', expected: true },
  { name: 'counter: protecting personal information names no officer', text: 'Our officers protect your personal information with encryption.', expected: false },
]);

runExtractorCases(legalBases, bases, [
  { name: 'COPPA: we obtain verifiable parental consent', text: 'Before a child can chat, we obtain verifiable parental consent from a parent.', expected: ['consent'] },
  { name: 'counter: without parental consent relies on nothing', text: 'We do not knowingly collect data from children without parental consent.', expected: [] },
  { name: 'Art. 6(1)(b) wording: a contract to which you are a party', text: 'We may process your information where it is necessary to conclude or perform a contract to which you are a party.', expected: ['contract'] },
  { name: 'counter: the contract with our host says nothing of you', text: 'We conclude a contract with our host to keep the servers running.', expected: [] },
  { name: 'plain language: because the law requires it', text: 'We collect a copy of your passport because the law requires it.', expected: ['legal_obligation'] },
  { name: 'counter: what the law requires of you', text: 'Where the law requires, you may ask for a copy of your data.', expected: [] },
  { name: 'PIPL: to protect the life and health of a natural person', text: 'We may process your data without consent where necessary to protect the life, health and property of a natural person in an emergency.', expected: ['vital_interests'] },
  { name: 'counter: protecting your account is no vital interest', text: 'We use two-factor codes to protect the account of a user.', expected: [] },
  { name: 'a record-keeping statute the company must comply with', text: 'Invoices are kept for six years as required under the Companies Act 2006.', expected: ['legal_obligation'] },
  { name: 'counter: incorporated under the Companies Act is no duty', text: 'Example Rides Private Limited, a company incorporated under the Companies Act, 2013, operates the app.', expected: [] },
]);

runExtractorCases(rightsExtractor, rights, [
  { name: 'SPDI wording: review the information and correct it', text: 'You may review the personal information you have given us, and correct it, from the Profile screen.', expected: ['access', 'rectification'] },
  { name: 'COPPA wording: a parent can review the personal information', text: "A parent can review the personal information we have collected from their child.", expected: ['access'] },
  { name: 'counter: we review information for fraud', text: 'We may review the information you provide to detect fraud.', expected: [] },
  { name: 'Gulf laws: request the destruction of your personal data', text: 'You have the right to request the destruction of your personal data when it is no longer needed.', expected: ['erasure'] },
  { name: 'counter: we destroy data ourselves', text: 'We destroy paper records by shredding.', expected: [] },
  { name: 'a complaint to the Saudi regulator', text: 'You may submit a complaint to the Saudi Data and Artificial Intelligence Authority (SDAIA).', expected: ['complaint'] },
  { name: 'counter: a complaint to our support team', text: 'You may submit a complaint to our support team.', expected: [] },
]);

runExtractorCases(transfersExtractor, (t) => t.safeguards.map((s) => s.mechanism).sort(), [
  { name: 'a data transfer necessary for the contract is a derogation', text: 'Transfers to the United States are necessary for the performance of our contract with you.', expected: ['derogation'] },
  { name: 'counter: your payment transfers are no data transfer', text: 'We use your data to execute your transfers and provide support, which is necessary to perform our contract with you. Data is stored in Singapore.', expected: [] },
]);

runChecklistCases(automatedDecisions, [
  { name: 'a team member reviews a failed automated check', text: 'If the automated identity check fails, a member of our compliance team reviews your application.', status: 'met' },
  { name: 'counter: a team member answers questions', text: 'We use automated identity checks. A member of our support team answers your questions.', status: 'partial' },
]);

runChecklistCases(statutory, [
  { name: 'needed to create an account, without one you cannot sign in', text: 'An e-mail address is needed to create an account; without one you cannot sign in.', status: 'met' },
  { name: 'counter: needed to create an account, no consequence', text: 'An e-mail address is needed to create an account.', status: 'partial' },
]);

runChecklistCases(purposes, [
  { name: 'used only to support the internal operations', text: 'The identifier is used only to support the internal operations of the game.', status: 'met' },
  { name: 'a fronted purpose clause', text: 'To save your game progress, we collect a device identifier.', status: 'met' },
  { name: 'counter: a fronted clause without our processing', text: 'To save your game progress, tap the cloud icon.', status: 'missing' },
]);

runChecklistCases(recipients, [
  { name: 'providers receive only an identifier', text: 'Our hosting provider and our advertising partner receive only the device identifier.', status: 'met' },
  { name: 'counter: you receive the information', text: 'You receive the information about new levels by push notification.', status: 'missing' },
]);
