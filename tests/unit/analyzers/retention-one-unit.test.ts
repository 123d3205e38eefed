import retention from '../../../analyzers/extractors/retention';
import { runExtractorCases } from '../../helpers/analyzer-cases';

// es "al año de <evento>" / "al mes de <evento>": one year / one month after an event, written without a number.
runExtractorCases(retention, (r) => r.map((p) => p.duration).sort(), [
  { name: 'es: "se suprimen al año de su respuesta"', language: 'es', text: 'Las consultas recibidas se suprimen al año de su respuesta.', expected: ['P1Y'] },
  { name: 'es: "se borran al mes del envío"', language: 'es', text: 'Los currículos se borran al mes del cierre del proceso de selección.', expected: ['P1M'] },
  { name: 'es counter-case: "dos veces al año" is a frequency', language: 'es', text: 'Revisamos dos veces al año los datos que conservamos.', expected: [] },
  { name: 'es counter-case: "al año" without an event after it', language: 'es', text: 'Enviamos un boletín al año y conservamos tu correo hasta que te des de baja.', expected: [] },
]);
