import { describe, expect, it } from 'vitest';
import { POSTAL } from '../../../analyzers/controller-address';
import extractor from '../../../analyzers/extractors/controller';
import { runExtractorCases } from '../../helpers/analyzer-cases';

// A postal code before a place whose name opens with a one-letter word (issue #5).
runExtractorCases(extractor, (c) => c.address, [
  { name: 'es: "15001 A Coruña"', language: 'es', text: 'El responsable del tratamiento es Ejemplo Rías S.L., con domicilio en Rúa Nova 5, 15001 A Coruña.', expected: 'Rúa Nova 5, 15001 A Coruña' },
  { name: 'es: "36400 O Porriño"', language: 'es', text: 'El responsable del tratamiento es Ejemplo Granito S.L., con domicilio en Calle Mayor 2, 36400 O Porriño.', expected: 'Calle Mayor 2, 36400 O Porriño' },
  { name: 'fr: an ordinary place still reads', language: 'fr', text: 'Le responsable du traitement est Exemple Voile SAS, 4 quai Est, 29200 Brest.', expected: '4 quai Est, 29200 Brest' },
]);

describe('postal code and one-letter words: counter-cases', () => {
  it('a year before a one-letter word and lower-case prose is no address', () => {
    expect(POSTAL.test('Desde 2024 A partir de ahora usamos otra herramienta.')).toBe(false);
    expect(POSTAL.test('Im Jahr 2023 a bis z sortiert.')).toBe(false);
  });
  it('a compass letter after a house number is no place', () => {
    expect(POSTAL.exec('Our office: 1820 W Lake Ave, Springfield, IL 62704.')?.[0]).toBe('IL 62704');
  });
  it('a lone capital after a number is no place', () => {
    expect(POSTAL.test('Artikel 1234 A.')).toBe(false);
  });
});
