import type { Lexicon } from './types';

/** Phrase lists for policies in language "es". Data only: analyzers read them through ./index.ts. */
const es: Lexicon = {
  policy: {
    indicators: [
      'política de (?:privacidad|protección de datos)', 'aviso de privacidad', 'datos (?:de carácter )?personales', 'responsable del tratamiento',
      'RGPD', 'GDPR', 'Reglamento General de Protección de Datos', 'LOPDGDD', 'Ley Orgánica 3/2018', 'delegado de protección de datos',
      'tus derechos', 'sus derechos', 'interesados?', 'derecho (?:de acceso|de rectificación|de supresión|a la portabilidad|de oposición|a la limitación)',
      'base (?:jurídica|legal|legitimadora)', 'legitimación', 'interés legítimo', 'Agencia Española de Protección de Datos', 'AEPD', 'autoridad de control',
      'plazo de conservación', '(?:recopilamos|tratamos|utilizamos|conservamos)', 'tratamiento de (?:tus|sus) datos',
    ],
    counterIndicators: [
      'términos (?:y condiciones|de (?:uso|servicio))', 'condiciones (?:generales|de uso)', 'política de cookies', 'cookies?', 'contrato', 'responsabilidad', 'propiedad intelectual',
      'legislación aplicable', 'jurisdicción', 'desistimiento',
    ],
  },
  controller: {
    legalForms: ['S\\.L\\.U?\\.?', 'SL', 'SLU', 'S\\.A\\.U?\\.?', 'SA', 'SAU', 'S\\.L\\.L\\.', 'S\\.Coop\\.?', 'S\\.C\\.', 'Sociedad Limitada', 'Sociedad Anónima'],
    controllerPhrases: ['responsables? (?:del|de los) tratamientos?', 'corresponsables del tratamiento', 'responsable de (?:tus|sus|los) datos', 'responsable'],
    operatorPhrases: ['(?:gestionad[oa]|operad[oa]|ofrecid[oa]|prestad[oa]|desarrollad[oa]|titularidad de|propiedad de|recogidos|tratados) (?:por|de)(?: la (?:sociedad|empresa|entidad))?'],
    selfReference: ['\\(?\\s*(?:en adelante)?[,:]?\\s*[«"“]?(?:nosotros|nos|nuestro|nuestra)[»"”]?', '(?:recopila|trata|se compromete|recoge)'],
    addressCues: ['domicilio (?:social|en)', 'con domicilio', 'sede (?:social|en)', 'dirección (?:postal)?', 'por correo postal', 'ubicad[oa] en'],
    registrationCues: ['CIF', 'NIF', 'C\\.I\\.F\\.', 'N\\.I\\.F\\.', 'Registro Mercantil', 'inscrita en'],
    euRegion: ['Espacio Económico Europeo', 'EEE', 'Unión Europea', 'UE', 'Europa', 'Suiza'],
    contactPhrases: ['contactar(?:nos|con nosotros)?', 'contacta con nosotros', 'escríbenos', 'escribiendo a', 'correo electrónico', 'e-?mail', 'por correo', 'datos de contacto', 'teléfono', 'dirigirte a', 'dirigirse a'],
    contactForms: ['formulario (?:de contacto|web|en línea)', 'formulario', 'centro de ayuda'],
  },
  dpo: {
    terms: ['delegad[oa] de protección de datos', 'DPD', 'DPO', 'Data Protection Officer'],
    absent: ['no (?:hemos|ha) (?:designado|nombrado)', 'no (?:dispone|disponemos|contamos) de (?:un )?(?:DPO|delegado)'],
    mailboxes: ['dpo', 'dpd', 'delegadoprotecciondatos'],
  },
  recipients: {
    sharing: ['compart(?:ir|imos|idos?)', 'comunica(?:r|mos|dos?|ción)', 'ceder', 'cedidos?', 'cesión', 'cesiones', 'destinatarios?', 'transferi(?:r|mos|dos?)', 'divulga(?:r|mos)', 'acceso a (?:tus|sus) datos', 'alojados?'],
    categories: [
      'proveedores?(?: de servicios)?', 'encargados del tratamiento', 'encargados', 'subencargados', 'prestadores de servicios', 'empresas del grupo', 'sociedades del grupo', 'filiales',
      'autoridades(?: públicas| competentes| judiciales)?', 'administraciones públicas', 'organismos públicos', 'Administración Tributaria', 'jueces y tribunales', 'fuerzas y cuerpos de seguridad',
      'entidades financieras', 'bancos', 'aseguradoras', 'asesores', 'auditores', 'anunciantes', 'otros usuarios', 'alojamiento',
    ],
    vague: ['terceros', 'socios', 'partners'],
    namedCues: ['como', 'tales como', 'incluyendo', 'por ejemplo', 'p\\. ?ej\\.', 'entre ellos', 'proporcionado por', 'utilizamos'],
  },
  purposes: {
    statements: ['finalidad(?:es)?', 'fines?', 'con el fin de', 'para (?:\\p{L}+ ){0,3}(?:gestionar|prestar|enviar|mejorar|responder|cumplir|atender|personalizar|ofrecer)', 'utilizados para', 'tratados para', 'con objeto de', 'por qué'],
    vague: ['para prestar(?:te|le)? (?:nuestros|los) servicios', 'para ofrecer(?:te|le)? (?:nuestros|los) servicios'],
  },
  bases: {
    bases: {
      consent: [],
      contract: [],
      legal_obligation: [],
      vital_interests: [],
      public_task: [],
      legitimate_interests: [],
    },
  },
  rights: {
    rights: {
      access: [],
      rectification: [],
      erasure: [],
      restriction: [],
      portability: [],
      object: [],
      withdraw_consent: [],
      complaint: [],
      automated_decision: [],
    },
  },
  obligations: {
    statutory: [],
    consequences: [],
    automated: [],
    automatedLogic: [],
    authorities: [],
  },
  retention: {
    verbs: [],
    criteria: [],
    units: { Y: [], M: [], W: [], D: [], H: [] },
    numbers: {},
  },
  transfers: {
    outside: [],
    inside: [],
    mechanisms: {
      adequacy_decision: [],
      data_privacy_framework: [],
      standard_contractual_clauses: [],
      binding_corporate_rules: [],
      certification: [],
      code_of_conduct: [],
      derogation: [],
    },
    countries: {},
  },
};

export default es;
