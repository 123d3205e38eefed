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
      // Contract and shop terms (consumer-law cancellation, delivery, warranty) and tracking technologies, as in English.
      'estas condiciones', 'plazo de entrega', 'gastos de envío', 'garantía', 'devoluciones', 'tecnologías de seguimiento', 'píxeles?', 'web ?beacons?',
      'términos (?:y condiciones|de (?:uso|servicio))', 'condiciones (?:generales|de uso)', 'política de cookies', 'cookies?', 'contrato', 'responsabilidad', 'propiedad intelectual',
      'legislación aplicable', 'jurisdicción', 'desistimiento',
    ],
  },
  controller: {
    nameParticles: ['del', 'de', 'de la', 'de los'],
    formLeads: ['la', 'el'],
    productOf: ['de', 'del'],
    legalForms: [
      // Longer forms first: the alternation takes the first that fits ("S.L.P." is not "S.L").
      'S\\.L\\.P\\.?', 'S\\.L\\.N\\.E\\.?', 'S\\.L\\.L\\.', 'S\\.L\\.U?\\.?', 'SL', 'SLU', 'S\\.A\\.U?\\.?', 'SA', 'SAU', 'S\\.Coop\\.?', 'S\\.C\\.', 'Sociedad Limitada', 'Sociedad Anónima',
      // Professional, new-enterprise, joint-ownership and economic-interest forms.
      'SLP', 'C\\.B\\.', 'A\\.I\\.E\\.?', 'S\\.A\\.T\\.', 'Sociedad Limitada Profesional',
      // Associations (LO 1/2002) and foundations (Ley 50/2002) are named form first: "la Asociación Vecinal X".
      'Asociación', 'Fundación',
    ],
    // s4-joint: joint controllers (Art. 26)
    jointPhrases: ['corresponsables? del tratamiento', 'responsables conjuntos'],
    controllerPhrases: ['titular (?:del|de este|de la) (?:sitio|página) web', 'responsables? (?:del|de los) tratamientos?', 'corresponsables del tratamiento', 'responsable de (?:tus|sus|los) datos', 'responsable', 'titular(?= ?:)'],
    operatorPhrases: ['somos', '(?:serán |son |están |será |es )?tratad[oa]s? (?:por|bajo la responsabilidad de)', 'titular (?:del (?:sitio(?: web)?|portal)|de (?:la|esta) (?:web|aplicación))(?: es)?:?', '(?:gestionad[oa]|operad[oa]|ofrecid[oa]|prestad[oa]|desarrollad[oa]|titularidad de|propiedad de|recogidos) (?:por|de)(?: la (?:sociedad|empresa|entidad))?'],
    selfReference: ['\\(\\s*en adelante[^)]{0,80}\\)', '\\([^)]{0,60}[«"“]\\s*nosotros\\s*[»"”][^)]{0,40}\\)', '\\(\\s*(?:en adelante)?[,:]?\\s*[«"“]?(?:nosotros|nos|nuestro|nuestra)[»"”]?', '(?:recopila|trata|se compromete|recoge)'],
    // A third-party product before "ofrecido por": "un servicio de analítica ofrecido por".
    thirdPartyService: ['(?:es|son) una? (?:[\\p{L}-]+ ){0,2}(?:servicio|herramienta|plataforma|red)(?: [\\p{L}-]+){0,5}'],
    entityApposition: [',? (?:es )?(?:una?|la) (?:\\p{L}+ ){0,3}(?:sociedad|empresa|entidad|organismo|fundación)'],
    notNames: ['nosotros', 'nuestro', 'nuestra', 'usted', 'tú', 'usuarios?', 'empresa', 'proveedor', 'aplicación', 'servicio'],
    productLead: [
      '(?:la presente|esta) política(?: de privacidad)? se aplica (?:a la (?:aplicación|app|plataforma)|al (?:sitio(?: web)?|servicio|juego)|a)',
      '(?:nuestra|mi) (?:aplicación|app|plataforma)', '(?:nuestro|mi) (?:sitio(?: web)?|juego)',
    ],
    productMakers: [],
    productNouns: ['aplicaci(?:ón|ones)', 'apps?', 'sitios?(?: web)?', 'web', 'servicios?', 'juegos?', 'plataformas?', 'software'],
    productTitles: ['(?:política|aviso) de privacidad(?: (?:de la (?:aplicación|app|plataforma)|del (?:sitio(?: web)?|servicio|juego)|de|del))?', 'política de protección de datos(?: (?:de|del))?'],
    productGeneric: ['el', 'la', 'los', 'las', 'un[oa]?', 'est[ae]', 'nuestr[oa]s?', 'mi', 'gratuit[oa]', 'móvil', 'privacidad', 'política', 'usuarios?', 'clientes', 'visitantes', 'candidatos', 'empleados', 'menores', 'android', 'ios'],
    definedRole: ['\\(\\s*(?:en adelante|en lo sucesivo)?,?\\s*(?:denominad[oa] )?(?:el |la )?[«"“]\\s*(?:el |la )?(?:Proveedor|Desarrollador|Responsable|Titular|Prestador)\\s*[»"”]\\s*\\)'],
    tradingWords: ['estudios?', 'studios?', 'grupo', 'equipo', 'soluciones', 'tecnologías', 'medios', 'digital', 'desarrolladores'],
    addressCues: ['a la atención de', 'A/A', 'domicilio (?:social|en)', 'con domicilio', 'sede (?:social|en)', 'dirección (?:postal)?', 'por correo postal', 'ubicad[oa] en'],
    addressLead: ['en', 'es'],
    registrationCues: ['CIF', 'NIF', 'C\\.I\\.F\\.', 'N\\.I\\.F\\.', 'Registro Mercantil', 'inscrita en'],
    euRegion: ['Espacio Económico Europeo', 'EEE', 'Unión Europea', 'UE', 'Europa', 'Suiza'],
    euOutside: ['Suiza'],
    contactPhrases: ['contactar(?:nos|con nosotros)?', 'contacta con nosotros', 'escríbenos', 'escribiendo a', 'por correo', 'datos de contacto', 'dirigirte a', 'dirigirse a'],
    contactForms: ['formulario (?:de contacto|web|en línea)', 'formulario', 'centro de ayuda'],
    contactChannels: ['correo electrónico', 'e-?mail', 'teléfono', 'tel\\.?'],
    contactUs: ['contactar con nosotros', 'contacta con nosotros', 'contáctanos', 'contacte con nosotros', 'escríbenos', 'escribirnos', 'nuestra dirección', 'por correo postal'],
    contactTitles: ['contacto', 'contáctanos', 'datos de contacto', 'cómo contactarnos'],
  },
  dpo: {
    terms: ['delegad[oa] de protección de datos', 'DPD', 'DPO', 'Data Protection Officer'],
    absent: [
      'no (?:lo |le )?(?:hemos|ha) (?:designado|nombrado)', 'no (?:dispone|disponemos|contamos|cuenta) (?:con|de) (?:un )?(?:DPO|DPD|delegado)',
      // Art. 37 RGPD / art. 34 LOPDGDD oblige only some controllers: "no está obligada a designar un DPD".
      'no (?:está|estamos) obligad[oa]s? a (?:designar|nombrar)',
    ],
    mailboxes: ['dpo', 'dpd', 'delegadoprotecciondatos'],
    // s4-samecontact: the officer reached through contact details given elsewhere
    sameContact: ['en la misma dirección', 'en la dirección (?:arriba indicada|indicada arriba|antes indicada)', 'en los datos de contacto (?:arriba indicados|indicados arriba)'],
  },
  recipients: {
    sharing: ['compart(?:ir|imos|idos?|en)', 'comunica(?:r|mos|dos?|das?|ción|rán|rá|remos|n)', 'ceder(?:án|á|emos)?', 'ceden', 'cedid[oa]s?', 'cesión', 'cesiones', 'destinatarios?', 'transferi(?:r|mos|dos?)', 'divulga(?:r|mos)', 'acceso a (?:tus|sus) datos', 'alojados?',
      // Who sees or processes the data for us: "acceden a ellos", "tendrán acceso", "los verán", "contamos con proveedores".
      'acced(?:en|erán|erá)', 'tendrán acceso', '(?:los|las) verán', 'contamos con', 'nos apoyamos en', 'recurrimos a'],
    categories: [
      'proveedor(?:es)?(?: de servicios)?', 'encargados del tratamiento', 'encargados', 'subencargados', 'prestadores de servicios', 'empresas del grupo', 'sociedades del grupo', 'filiales',
      'autoridades(?: públicas| competentes| judiciales)?', 'administraciones públicas', 'organismos públicos', 'Administración Tributaria', 'jueces y tribunales', 'fuerzas y cuerpos de seguridad',
      'entidades financieras', 'bancos', 'aseguradoras?', 'asesores',
      // Singular and named-by-trade categories: "la entidad bancaria", "la compañía aseguradora", "el encargado del tratamiento".
      'entidad(?:es)? (?:bancarias?|financieras?)', 'compañías? (?:aseguradoras?|de seguros)', 'encargad[oa]s? del? tratamiento', 'gestorías?', 'asesorías?', 'empresas? de (?:transporte|mensajería|paquetería)', 'entidad(?:es)? de pago', 'pasarelas? de pago', 'plataformas? de pago', 'transportistas?', 'auditores', 'anunciantes', 'otros usuarios', 'alojamiento',
    ],
    vague: ['terceros(?! países)', 'socios', 'partners'],
    namedCues: ['(?:comunicados|cedidos|compartidos) (?:a|con)', 'como', 'tales como', 'incluyendo', 'por ejemplo', 'p\\. ?ej\\.', 'entre ellos', 'proporcionado por', 'utilizamos'],
    nounsCapitalised: false,
  },
  purposes: {
    statements: ['finalidad(?:es)?', 'fines', 'con el fin de', 'para (?:\\p{L}+ ){0,3}(?:gestionar|prestar|enviar|mejorar|responder|cumplir|atender|personalizar|ofrecer)', 'utilizados para', 'tratados para', 'con objeto de', 'por qué',
      // Translated notices: "Cómo utilizamos su información", "para prestarle el servicio", "para corregir errores".
      'cómo (?:utilizamos|usamos|tratamos) (?:su|tu|sus|tus) (?:información|datos)', 'para (?:prestar|gestionar|enviar|ofrecer|facilitar)(?:le|les|te)', 'para (?:corregir|proteger|detectar|prevenir|investigar)'],
    vague: ['para prestar(?:te|le)? (?:nuestros|los) servicios', 'para ofrecer(?:te|le)? (?:nuestros|los) servicios'],
  },
  bases: {
    bases: {
      consent: [
        // "Al enviar el formulario, usted consiente expresamente el tratamiento de sus datos".
        'consiente(?:s|n)? (?:expresamente |de forma expresa )?(?:el|al) tratamiento',
        '^(?:su |tu )?consentimiento(?: \\(|$)',
        '(?:con|en base a|sobre la base de|basad[oa] en|fundamentad[oa] en|mediante|previo|tras|según) (?:su |tu |el |vuestro |un |expreso |previo |explícito |inequívoco )*consentimiento',
        '(?:base (?:legal|jurídica)|legitimación)[^.;]{0,40}consentimiento',
        'consentimiento (?:expreso|explícito|del interesado|del usuario|inequívoco)',
        '(?:ha|has|haya|hayas) (?:dado|otorgado|prestado|facilitado) (?:su |tu |el )?consentimiento',
        '(?:nos )?(?:das|da|des|dé|diste|dio|otorgas|otorga|prestas|presta) (?:tu |su |el )?consentimiento',
        // Plain wording: "porque nos has dado permiso", "con tu autorización".
        '(?:has|ha|haya|hayas|hayáis|habéis) dado (?:tu |su |vuestro )?(?:permiso|autorización)', '(?:con|según|mediante) (?:tu|su|vuestro) (?:previ[oa] |expres[oa] )?(?:permiso|autorización)',
        'art(?:ículo|iculo|\\.)? ?9 ?(?:\\(2\\)|\\.2|,? ?(?:apartado) ?2)[ ,.]*(?:letra )?\\(?a\\)',
      ],
      contract: [
        'ejecución (?:de un|del|de los|de este|de la relación|de nuestro) ?(?:contrato|contractual|contratos)',
        'medidas precontractuales',
        'relación contractual',
        'necesidad contractual',
        'cumplimiento de (?:las |nuestras )?obligaciones contractuales',
        'necesari[oa] para (?:la ejecución|ejecutar|cumplir) (?:de )?(?:un|el) contrato',
      ],
      legal_obligation: [
        'obligaci(?:ón|ones) (?:legal(?:es)?|normativas?)',
        'cumplimiento (?:de )?(?:una|las|nuestras)? ?obligaci(?:ón|ones) legal(?:es)?',
        'imperativo legal',
        'exigid[oa] por (?:la )?ley',
        '(?:lo )?(?:exige|exigen|impone|imponen) la (?:ley|normativa|legislación)',
        // Tax and accounting duties are legal obligations (Art. 6(1)(c)).
        'obligaciones (?:fiscales|contables|tributarias|mercantiles)',
      ],
      vital_interests: ['intereses vitales', 'interés vital'],
      public_task: [
        'misión realizada en interés público',
        'interés público',
        'ejercicio de poderes públicos',
        'poderes públicos',
      ],
      legitimate_interests: ['interés legítimo', 'intereses legítimos'],
    },
    weak: {
      consent: ['consentimiento'],
      contract: ['contrat(?:o|os|ual|uales)'],
      legal_obligation: ['obligaci(?:ón|ones) legal(?:es)?'],
      vital_interests: ['intereses vitales'],
      public_task: ['interés público'],
      legitimate_interests: ['interés legítimo', 'intereses legítimos'],
    },
    cues: [
      'base (?:legal|jurídica|legitimadora)',
      'bases (?:legales|jurídicas)',
      'legitimación',
      'licitud',
      'art(?:ículo|iculo|\\.)? ?6 ?(?:\\(1\\)|\\.1|,? ?apartado ?1)',
    ],
    article6: [
      'letras? \\(?[a-f]\\)?(?:(?: ?,| y| o| e)+ ?\\(?[a-f]\\)?)* del (?:apartado 1 del )?art(?:ículo|iculo|\\.)? ?6(?:\\.1|\\(1\\)|,? apartado 1)?',
      'art(?:ículo|iculo|\\.)? ?6 ?(?:\\(1\\)|\\.1|,? ?(?:apartado|párrafo|parrafo|§|numeral) ?1)[ ,.]*(?:(?:letra|lit\\.) ?)?\\(?[a-f]\\)?(?:(?: ?,| y| o| e| ?/)+ ?(?:\\(|(?:letra) )?[a-f]\\)?)*',
    ],
    hypothetical: ['en la medida en que(?! (?:(?:el|le) (?:RGPD|Reglamento General de Protección de Datos) )?(?:sea|resulte|es) (?:aplicable|de aplicación))', 'en caso de que'],
    restatedIntro: ['(?:si|cuando) (?:se cumple|concurre|se da) (?:al menos )?una de las siguientes condiciones'],
    interestsDescribed: [
      // Three whole words after the cue (a separator before each: one long word is not three).
      '(?:interés legítimo|intereses legítimos) (?:en|de|del|para|consistente|que consiste|consiste(?:n)? en|como|a saber|es|son|radica)(?:[\\s\'’]+[\\p{L}\\p{N}-]+){3}',
      '(?:interés legítimo|intereses legítimos) ?(?::|–|-|\\(|,? (?:por ejemplo|como|a saber))(?:[\\s\'’]+[\\p{L}\\p{N}-]+){3}',
      // Whose interest and the article in brackets before what it is: "interés legítimo del responsable (art. 6.1.f RGPD) en garantizar ...".
      '(?:interés legítimo|intereses legítimos)(?: (?:del|de la|de) \\p{L}+)? ?\\([^()]{0,40}(?:\\([^()]{0,5}\\)[^()]{0,20})?\\)(?:[^()]{0,10}\\))? ?(?:en|de|para|consistente en)(?:[\\s\'’]+[\\p{L}\\p{N}-]+){3}',
      // The purpose first: "para garantizar la seguridad de la web, sobre la base de nuestro interés legítimo".
      'para \\p{L}+(?:ar|er|ir)(?:te|le|les|nos|lo|la|los|las)?(?:[\\s\'’]+[\\p{L}\\p{N}-]+){2}[^.;]{0,90}(?:interés legítimo|intereses legítimos)',
      // The interest in brackets right after the cue, or as a relative clause: "interés legítimo (garantizar la seguridad ...)", "interés legítimo, que es proteger ...".
      '(?:interés legítimo|intereses legítimos) ?\\(\\s*[\\p{L}\\p{N}-]+(?:[\\s\'’]+[\\p{L}\\p{N}-]+){2}',
      '(?:interés legítimo|intereses legítimos)(?: (?:del|de la|de) \\p{L}+)?,? (?:que|el cual|la cual) (?:es|son|consiste en|radica en|reside en)(?:[\\s\'’]+[\\p{L}\\p{N}-]+){3}',
    ],
    purposeLinks: [
      // AEPD second layer: "Facturar nuestros servicios: cumplimiento de obligaciones legales" (an infinitive label is the purpose).
      '^\\p{L}+(?:ar|er|ir)(?:le|les|te|nos|lo|la|los|las)? [^:.;]{1,80}:', 'para \\p{L}+(?:ar|er|ir)(?:le|les|te|nos|lo|la|los|las)?',
      '(?:tratamos|utilizamos|recopilamos|conservamos|enviamos|gestionamos|analizamos|usamos|tramitamos|guardamos|procesamos|publicamos|registramos|verificamos|almacenamos|recogemos)',
      // A purpose named by its noun at the head of a list item: "a) Gestión de los pedidos: ...", "Envío de comunicaciones: ...".
      '^(?:[a-z]\\)|\\d+[.)]|[-•])? ?(?:gestión|envío|tramitación|atención|prestación|realización|mantenimiento|análisis|prevención|registro|facturación|elaboración|publicación|organización|selección|acceso|control|videovigilancia|alta|cobro|reserva|inscripción) (?:de|del|a|al|como)', '(?:el tratamiento|el envío|la gestión|la conservación|la recogida) (?:de|del)', 'con (?:la )?finalidad', 'finalidad(?:es)?', 'con el fin de', 'para (?:la|el|los|las|poder|gestionar|enviar|prestar|mejorar|responder|cumplir|ofrecer)', 'a fin de',
      // An infinitive heading a list item: "a) Prestar los servicios ...", "d) Enviarle nuestra circular ...".
      '^(?:[a-z]\\)|\\d+[.)]|[-•]) ?\\p{L}+(?:ar|er|ir)(?:le|les|te|nos|lo|la|los|las)?',
      // Any infinitive, clitic included: "para gestionar", "para enviarte", "para ofrecerle".
      'para \\p{L}+(?:ar|er|ir)(?:te|le|les|nos|lo|la|los|las)?'],
    notBasis: {
      consent: ['no se basa en (?:su |tu |el )?consentimiento',
        // Explicit consent to a transfer is an Art. 49(1)(a) derogation, not the Art. 6(1)(a) basis.
        'consentimiento explícito[^.;]{0,80}art(?:ículo|iculo|\\.)? ?49', 'transferencias?[^.;]{0,120}consentimiento explícito'],
      contract: [],
      // "No se cederán datos a terceros, salvo obligación legal" limits disclosure; it relies on no basis.
      legal_obligation: ['salvo (?:por )?(?:obligación|imperativo) legal'],
      vital_interests: [],
      public_task: ['interés público esencial', 'interés público en el ámbito de la salud pública'],
      legitimate_interests: ['libertades,? e intereses legítimos', 'intereses legítimos (?:del interesado|de los interesados)',
        // Denied (administraciones públicas, art. 6.1 párrafo segundo): "El Ayuntamiento no se basa en el interés legítimo".
        'no (?:se basa|nos basamos|se fundamenta|nos fundamentamos|recurre|recurrimos)[^.;]{0,40}inter[eé]s(?:es)? leg[ií]timos?'],
    },
    // An OS permission prompt (location, camera, contacts) is terminal access, not an Art. 6(1)(a) basis.
    deviceFeatures: ['geolocalización', 'ubicación', 'localización', 'GPS', 'cámara', 'micrófono', 'contactos', 'agenda', 'fotos', 'galería', 'notificaciones(?: push)?', 'Bluetooth', 'calendario'],
    devicePermission: [
      '(?:ajustes|configuración|permisos) (?:de|del) (?:tu |su |vuestro )?(?:dispositivo|teléfono|móvil|smartphone|tableta|terminal|sistema operativo)',
      'permisos? (?:de|para) (?:acceso a (?:la |tu |su )?)?(?:ubicación|localización|geolocalización|cámara|micrófono|contactos|fotos)',
      'servicios de (?:ubicación|localización)',
    ],
    // "No compartimos tus datos sin tu consentimiento": consent relied on without being called a legal basis.
    consentGated: [
      '(?:no|nunca|jamás)[^.;]{0,100}sin (?:su|tu|vuestro) (?:previo |expreso |explícito )?(?:consentimiento|autorización|permiso)',
    ],
  },
  rights: {
    rights: {
      access: ['derecho (?:de|a) acceso', 'acceder a (?:sus|tus) datos', 'obtener confirmación', '(?:obtener|pedirnos|solicitar|enviemos) (?:una )?copia de (?:sus|tus) datos',
        // Plain wording: "derecho a saber qué datos tenemos sobre ti".
        '(?:saber|conocer) (?:qué|si|cuáles) (?:\\p{L}+ ){0,3}datos (?:\\p{L}+ ){0,2}(?:tenemos|tratamos|conservamos|guardamos)'],
      rectification: ['rectifica(?:ción|r)', 'derecho de (?:corrección|modificación)', 'corregir (?:sus|tus) datos', 'que (?:los|las) corrijamos', '(?:sus|tus) datos, rectificarl[oa]s'],
      erasure: ['supresión', 'derecho al olvido', 'derecho de (?:cancelación|borrado|eliminación)', 'suprimir (?:sus|tus) datos', 'que (?:borremos|eliminemos|suprimamos) (?:sus|tus) datos'],
      restriction: ['limitación (?:del|de su|de tu) tratamiento', 'derecho (?:a la|de) limitación', 'limitar el tratamiento', 'que limitemos (?:el |su |tu )?(?:uso|tratamiento)', 'limitar (?:el )?(?:uso|tratamiento) de (?:sus|tus) datos'],
      portability: ['portabilidad', 'formato estructurado', '(?:sus|tus) datos en un formato (?:portátil|portable|de uso común)'],
      object: ['derecho (?:de|a la) oposición', 'opon(?:erse|erte) (?:al|a que|a su|en cualquier momento)', 'oposición al tratamiento',
        // Art. 21(2)-(3): unsubscribing from marketing, stated as the user's option, is objecting to it (a bare "enlace para darte de baja" is not).
        '(?:puedes|puede|podrás|podrá|podéis)(?: \\p{L}+){0,2} dar(?:te|se|os) de baja(?! de (?:tu|su|vuestra) cuenta)'],
      withdraw_consent: [
        '(?:retirar|retirada|revocar|revocación|retiro)(?: de)? (?:su |tu |el |del |dicho |este |ese |tal )?consentimiento',
        'consentimiento[^.;]{0,80}(?:retirar(?:se|lo)?|revocar(?:se|lo)?|retirad[oa]|revocad[oa])',
        // The consent named just before: "consentimiento (art. 6.1.a RGPD), que puede revocar en cualquier momento".
        '(?:que|lo) (?:usted )?(?:puede|podrá|puedes|podrás) (?:revocar|retirar) en cualquier momento',
        '(?:revocarlo|retirarlo) en cualquier momento',
      ],
      complaint: [
        '(?:reclamación|denuncia|queja)[^.;]{0,80}(?:autoridad de control|agencia española de protección de datos|AEPD|autoridad (?:competente|de protección))',
        '(?:autoridad de control|AEPD)[^.;]{0,60}reclamación',
        // "Puedes reclamar / acudir ante la AEPD".
        '(?:reclamar|acudir|recurrir)[^.;]{0,20}(?:ante|a) (?:la |una )?(?:AEPD|Agencia Española de Protección de Datos|autoridad de control|Autoritat Catalana de Protecció de Dades|Agencia Vasca de Protección de Datos)',
      ],
      automated_decision: [
        'no ser objeto de (?:una )?decisi(?:ón|ones)',
        '(?:derecho|oponerse|oponerte)[^.;]{0,60}decisi(?:ón|ones) basadas? únicamente en el tratamiento automatizado',
        // Art. 22(3) safeguards stated as the data subject's rights.
        'obtener (?:la )?intervención humana', 'impugnar la decisión',
      ],
    },
    terms: {
      access: ['acceder', 'acceso', 'copia', 'art(?:ículo|iculo|\\.)? ?15'],
      rectification: ['modificar', 'corrección', 'corregir', 'corregirl[oa]s?', 'corrijamos', 'art(?:ículo|iculo|\\.)? ?16'],
      erasure: ['suprimir', 'cancelación', 'borrado', 'eliminación', 'borrar', 'borremos', 'eliminemos', 'art(?:ículo|iculo|\\.)? ?17'],
      restriction: ['limitar', 'limitación', 'limitemos', 'art(?:ículo|iculo|\\.)? ?18'],
      portability: ['a otro (?:proveedor|responsable)', 'formato (?:estructurado|electrónico|legible)', 'art(?:ículo|iculo|\\.)? ?20'],
      object: ['oponerse', 'oposición', 'art(?:ículo|iculo|\\.)? ?21'],
      withdraw_consent: ['art(?:ículo|iculo|\\.)? ?7 ?(?:\\(3\\)|\\.3|,? ?apartado 3)'],
      complaint: ['reclamación', 'art(?:ículo|iculo|\\.)? ?77'],
      automated_decision: ['decisi(?:ón|ones) (?:individuales )?automatizadas?', 'elaboración de perfiles', 'art(?:ículo|iculo|\\.)? ?22'],
    },
    context: ['^derechos ?:', '(?:puedes|puede|podrás|podrá) pedirnos', '^(?:sus |tus )?derechos(?: de los interesados| del interesado| de las personas interesadas)?$', 'derechos arco', '(?:sus|tus|los|siguientes|estos) derechos', 'derechos? (?:de|a|al|a la)', '(?:puede|puedes|podrá|tiene|tienes) (?:derecho|solicitar|ejercer|pedir)', 'derechos del interesado'],
    denials: ['no se aplica', 'no será aplicable', 'no tiene derecho', 'no tendrá derecho', 'no es aplicable'],
    // Art. 22(1) addressed to the person: "no será objeto de una decisión basada únicamente ...".
    notSubjectTo: ['no (?:será|serás|serán|ser) (?:objeto de|sometid[oa]s? a)'],
  },
  obligations: {
    statutory: [
      '(?:requisito|obligación) (?:legal|contractual)[^.;]{0,40}(?:facilitar|proporcionar|comunicar|sus datos)',
      'requisito (?:legal|contractual)',
      // "Necesitamos tu nombre y tu email para crear la cuenta".
      'necesitamos (?:\\p{L}+ ){1,6}para (?:crear|registrar|gestionar|prestar|poder|tramitar|formalizar|ejecutar|completar)',
      '(?:campos|datos|información) (?:obligatori[oa]s|opcionales|requerid[oa]s)',
      '(?:es|son|serán) (?:obligatori[oa]s?|opcional(?:es)?|voluntari[oa]s?|facultativ[oa]s?)',
      '(?:es|son) necesari[oa]s? para (?:facilitar|proporcionar|prestar|gestionar|poder)',
      // The data are needed for the contract (not "processing is necessary to perform the contract", a basis).
      '(?:datos|campos|información)[^.;]{0,60}(?:es|son) necesari[oa]s? para (?:formalizar|celebrar|tramitar) (?:el|la|su)',
      'obligad[oa] a (?:facilitar|proporcionar)',
      'marcad[oa]s? con (?:un )?(?:asterisco|\\*)',
      '(?:marcad|señalad|indicad|identificad)[oa]s? como obligatori[oa]s', '(?:es|son|resultan?) imprescindibles? para',
      'carácter (?:obligatorio|facultativo)',
    ],
    consequences: [
      'si no (?:se )?(?:facilitan|proporcionan|aportan|facilitara|facilitaran|proporcionara)',
      '(?:si no|de no) (?:nos )?(?:(?:los|las|lo|la|nos|me) )?(?:facilita|facilitas|facilitáis|facilitan|proporciona|proporcionas|proporcionáis|proporcionan|facilitar(?:los|las)?|proporcionar(?:los|las)?|das|dais|aportas|aportáis)',
      'no (?:podremos|podrá|podrás|será posible)',
      'no (?:es|sería|será|resultará) posible',
      'sin (?:ellos|ellas|estos datos|dichos datos|esta información)',
      'imposibilidad de',
      '(?:consecuencias|la negativa) (?:de|a) (?:no )?(?:facilitar|proporcionar)',
    ],
    automated: ['decisi(?:ón|ones) (?:individuales )?automatizadas?', 'elaboración de perfiles', 'perfilado', 'art(?:ículo|iculo|\\.)? ?22', 'tratamiento automatizado', 'sistemas? (?:\\p{L}+ ){0,3}automatizados?', 'decid\\p{L}* (?:de (?:forma|manera) )?automáticamente', 'de (?:forma|manera) automatizada', 'valoración automatizada', '(?:credit )?scoring'],
    automatedLogic: ['según (?:su|tu|sus|tus|el|la|los|las)', 'deneg\\p{L}*', 'lógica (?:aplicada|utilizada)', 'lógica', 'importancia', 'consecuencias previstas', 'consecuencias?', 'efectos jurídicos', 'intervención humana', 'de modo similar', 'en función de', 'sobre la base de', 'puntuación', 'criterios', 'conlleva', 'patrones', 'revisión humana', 'una persona', 'bloque\\p{L}*'],
    automatedNone: ['no (?:creamos|elaboramos|construimos|crea|elabora)[^.;]{0,40}perfiles', 'no[^.;]{0,60}(?:decisiones automatizadas|decisión automatizada|elaboración de perfiles|perfilado)', 'ningun[ao]? (?:decisión automatizada|elaboración de perfiles)', 'no (?:tomamos|adoptamos|realizamos|llevamos a cabo|utilizamos)[^.;]{0,60}(?:tratamiento automatizado|decisiones automatizadas|elaboración de perfiles)'],
    automatedIgnore: ['cookies?', 'por procedimientos automatizados o no'],
    // WP260: classifying people by interests or behaviour is profiling, named or not.
    automatedProfiling: [
      '(?:grupos|segmentos|categorías) de (?:usuarios|clientes|visitantes|personas|suscriptores|miembros) (?:con|que (?:tienen|comparten)) (?:intereses|características|comportamientos|preferencias|hábitos)',
      'perfil(?:es)? (?:de intereses|comportamental(?:es)?|publicitari[oa]s?|de consumo|de consumidor|comercial(?:es)?)',
      'perfil(?:es)? (?:basados? en|según|a partir de) (?:tus|sus|vuestros) (?:intereses|preferencias|comportamientos?|hábitos)',
      'segmentación (?:de (?:clientes|usuarios|la clientela|audiencias?|mercado))',
      'segment\\p{L}* (?:a )?(?:nuestros |los )?(?:usuarios|clientes)',
      // "Elaboramos perfiles de tus preferencias": profiling stated with the verb (Art. 4(4)).
      'elabor(?:amos|a|an|ar|aremos|ará) (?:\\p{L}+ )?perfil(?:es)?', 'perfil(?:es)? de (?:tus|sus|vuestras) (?:preferencias|gustos|intereses|hábitos)',
    ],
    authorities: ['autoritat catalana de protecció de dades', 'agencia vasca de protección de datos', 'consejo de transparencia y protección de datos', 'autoridad(?:es)? de control', 'agencia española de protección de datos', 'AEPD', 'autoridad (?:competente )?(?:en materia )?de protección de datos', 'agencia de protección de datos'],
  },
  retention: {
    verbs: [
      'conserv\\p{L}*',
      'guard(?:a|an|ar|ado|ada|ados|adas|amos|aremos|arán|ará)',
      'almacen\\p{L}*',
      'archiv\\p{L}*',
      'suprim\\p{L}*',
      'supresión',
      'elimin\\p{L}*',
      'borr\\p{L}*',
      'destru(?:ir|idos|idas|cción)',
      'anonimiz\\p{L}*',
      'bloque(?:o|ados|adas|ar|arán)',
      'manten(?:er|emos|drán|drá|dremos|ido|idos|idas)',
      'mantien(?:e|en)',
      // Expiry is retention when what expires holds personal data (a cookie, an identifier), not a coupon or an offer.
      '(?:cookies?|consentimiento|identificador(?:es)?|sesi(?:ón|ones)|datos)[^.;]{0,40}?(?:caduc|expir)\\p{L}*',
      'inactiv(?:o|a|os|as|idad)',
      'plazo de conservación',
      'duración (?:de (?:la )?conservación|del almacenamiento)',
      // "tratamos los datos durante un máximo de 2 años": processing for a period.
      'trat(?:amos|aremos|arán|ará|ados|adas|ado|ada)(?: \\S+){0,5} (?:durante|hasta|como máximo|por un (?:plazo|período|periodo))',
    ],
    headings: ['conservación', 'plazos? de conservación', 'períodos? de conservación', 'cuánto tiempo'],
    otherSections: ['derechos', 'transferencias?', 'contacto', 'cookies', 'seguridad', 'menores', 'cambios', 'destinatarios', 'legitimación', 'base jurídica'],
    criteria: [
      'mientras (?:usted|tu|su|se mantenga|mantengas|dure)',
      'durante (?:toda )?la (?:vigencia|duración) de',
      'hasta que (?:usted |tú )?(?:solicite|retire|revoque|elimine|se oponga)',
      'plazos? de prescripción',
      'plazos? legales',
      'obligaciones legales de conservación',
      'plazos? de conservación',
      'política de conservación',
      // "mientras tengas una cuenta activa", "durante los plazos legalmente establecidos", "hasta que te des de baja".
      'mientras (?:tengas|tenga|mantengas|mantenga|sigas|siga|seas|sea) (?:\\p{L}+ ){0,2}(?:cuenta|usuari[oa]|cliente|soci[oa]|suscriptor[a]?|abonad[oa])',
      'plazos? (?:legalmente establecidos|previstos? (?:en|por) la (?:ley|normativa|legislación))',
      'hasta que (?:nos )?(?:solicites|retires|revoques|elimines|te opongas|cierres|canceles|te des de baja|se dé de baja)',
    ],
    vague: [
      '(?:durante )?el tiempo (?:estrictamente )?(?:necesario|imprescindible|indispensable)',
      'mientras (?:sea|resulte|sean) necesari[oa]s?',
      'no más (?:tiempo )?del necesario',
    ],
    deadlines: ['respond(?:er|eremos)', 'respuesta', 'contest(?:ar|aremos)', 'prorrog\\p{L}*', 'notific\\p{L}*', 'preaviso', 'plazo para (?:presentar|ejercer|interponer|solicitar|devolver|desistir|reclamar)', 'plazo de (?:matrícula|inscripción|presentación|solicitud|admisión|alegaciones)', 'desistimiento', 'atend\\p{L}*', 'tramit\\p{L}*'],
    notBefore: ['preaviso de', 'menor(?:es)? de', 'mayor(?:es)? de', 'menos de', 'edad de', 'últimos', 'anteriores', 'cada'],
    notAfter: ['de edad', 'anteriores', 'antes', 'de antelación', 'de preaviso', 'de (?:experiencia|trayectoria|historia|garantía)'],
    joiners: ['o', 'a', 'y'],
    examples: ['^(?:por )?ejemplos? ?:'],
    // One period as the ceiling for all data: "in no case longer than ...".
    ceiling: ['(?:en ningún caso|nunca)[^.;]{0,80}(?:más de|más allá de|durante más de)'],
    halves: ['y medio'],
    // s4-oneunit: a unit read as one without a number
    // "se suprimen al año de su respuesta" = one year after it ("dos veces al año", per year, has no "de" after the unit).
    oneUnitLeads: ['al(?=\\s+(?:año|mes)\\s+de(?:l|\\s))'],
    units: {
      Y: ['años?'],
      M: ['mes(?:es)?'],
      W: ['semanas?'],
      D: ['días?(?: (?:hábiles|naturales))?'],
      H: ['horas?'],
    },
    numbers: {
      // Halves: "half a year", "anderthalb Jahre"; a period is then written in the next smaller unit (P6M, P18M).
      medio: 0.5, media: 0.5,
      un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
      once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciocho: 18, veinte: 20,
      veinticuatro: 24, treinta: 30, 'treinta y seis': 36, cuarenta: 40, cincuenta: 50, sesenta: 60, noventa: 90, cien: 100,
      diecisiete: 17, diecinueve: 19, veintiuno: 21, 'treinta y uno': 31, 'cuarenta y cinco': 45, 'cuarenta y ocho': 48, setenta: 70, 'setenta y dos': 72,
      ochenta: 80, 'ciento veinte': 120, 'ciento ochenta': 180, 'trescientos sesenta y cinco': 365,
    },
  },
  transfers: {
    illustrations: ['^(?:por ejemplo),? (?:si|supongamos)'],
    outside: [
      'fuera (?:de la |del )?(?:UE|EEE|Unión Europea|Espacio Económico Europeo|Europa)',
      'terceros países',
      'tercer país',
      'transferencias? internacional(?:es)?',
      'transferencias? (?:\\S+ ){0,6}(?:al extranjero|a (?:los )?Estados Unidos)',
    ],
    residence: ['resid\\p{L}*', 'viv\\p{L}*', 'usuarios', 'personas'],
    inside: [
      '(?:no|nunca|ninguna) (?:\\S+ ){0,6}(?:fuera (?:de la |del )?(?:UE|EEE|Unión Europea|Espacio Económico Europeo)|a terceros países)',
      '(?:exclusivamente|únicamente|solo|sólo) (?:\\S+ ){0,3}(?:dentro|en el territorio) (?:de la |del )?(?:UE|EEE|Unión Europea|Espacio Económico Europeo)',
      '(?:almacenados|tratados|alojados|conservados) (?:\\S+ ){0,2}dentro (?:de la |del )?(?:UE|EEE|Unión Europea|Espacio Económico Europeo)',
      'no se realizan transferencias internacionales',
      // "Sus datos no salen de la Unión Europea".
      '(?:no|nunca) (?:salen|saldrán|sale|saldrá|abandonan|abandonarán) (?:\\S+ ){0,3}(?:de la |del |la |el )?(?:UE|EEE|Unión Europea|Espacio Económico Europeo|Europa)',
      '(?:no|ningún|ninguna|nunca) (?:\\S+ ){0,5}transferencias? internacional(?:es)?',
    ],
    destinationContext: ['transfer\\p{L}*', 'almacen\\p{L}*', 'servidor(?:es)?', 'centros? de datos', 'alojad[oa]s?', 'ubicad[oa]s?', 'situad[oa]s?', 'sede', 'terceros? país(?:es)?', 'adecua\\p{L}*', 'establecid[oa]s?', 'proveedor(?:es)?'],
    storage: ['almacen\\p{L}*', 'servidor(?:es)?', 'centros? de datos', 'alojad[oa]s?', 'alojamiento'],
    notDestination: ['resid\\p{L}+', 'leyes de', 'legislación de', 'autoridad\\p{L}*', 'Agencia Española', 'tribunal\\p{L}*', 'juzgados'],
    origin: ['desde', 'fuera de(?:l)?'],
    notDestinationAfter: ['residentes?', 'ciudadanos?', 'usuarios'],
    listWords: ['y', 'o', 'el', 'la', 'los', 'las', 'y/o'],
    negations: ['no', 'sin', 'ningun[ao]?', 'ausencia de'],
    // s4-denied: determiners that deny the noun phrase holding a destination
    deniedBy: ['ningun[ao]?', 'ningún'],
    genericSafeguards: ['garantías (?:adecuadas|apropiadas)'],
    mechanisms: {
      adequacy_decision: ['decisi(?:ón|ones) de adecuación', 'nivel (?:de protección )?adecuado', 'nivel adecuado de protección', 'artículo 45'],
      data_privacy_framework: ['Data Privacy Framework', 'DPF', 'Marco de Privacidad de Datos'],
      standard_contractual_clauses: [
        'cláusulas contractuales (?:tipo|estándar)',
        'cláusulas (?:tipo|estándar) de protección de datos',
        'cláusulas tipo',
        'SCCs?',
        'artículo 46\\W*\\(?2\\)?\\W*\\(?c\\)?',
      ],
      binding_corporate_rules: ['normas corporativas vinculantes', 'Binding Corporate Rules', 'BCR'],
      certification: ['mecanismos? de certificación', 'certificaci(?:ón|ones) aprobadas?'],
      code_of_conduct: ['códigos? de conducta aprobados?'],
      derogation: ['excepciones (?:\\S+ ){0,4}artículo 49', 'artículo 49', 'art\\. ?49', 'consentimiento explícito (?:\\S+ ){0,6}transferencia'],
    },
    countries: {
      'estados unidos': 'US', 'estados unidos de américa': 'US', EEUU: 'US', 'EE.UU.': 'US', 'EE. UU.': 'US', USA: 'US',
      'reino unido': 'GB', 'gran bretaña': 'GB', inglaterra: 'GB', suiza: 'CH', canadá: 'CA', china: 'CN', india: 'IN',
      japón: 'JP', australia: 'AU', brasil: 'BR', singapur: 'SG', 'corea del sur': 'KR', 'hong kong': 'HK', israel: 'IL',
      'nueva zelanda': 'NZ', argentina: 'AR', uruguay: 'UY', méxico: 'MX', chile: 'CL', colombia: 'CO', perú: 'PE',
      rusia: 'RU', sudáfrica: 'ZA', marruecos: 'MA', turquía: 'TR', ucrania: 'UA',
      alemania: 'DE', francia: 'FR', 'países bajos': 'NL', holanda: 'NL', bélgica: 'BE', irlanda: 'IE', luxemburgo: 'LU',
      italia: 'IT', españa: 'ES', portugal: 'PT', austria: 'AT', dinamarca: 'DK', suecia: 'SE', finlandia: 'FI',
      polonia: 'PL', 'república checa': 'CZ', chequia: 'CZ', eslovaquia: 'SK', hungría: 'HU', rumanía: 'RO', rumania: 'RO',
      bulgaria: 'BG', grecia: 'GR', chipre: 'CY', malta: 'MT', croacia: 'HR', eslovenia: 'SI', estonia: 'EE',
      letonia: 'LV', lituania: 'LT', noruega: 'NO', islandia: 'IS', liechtenstein: 'LI',
    },
    europe: ['(?:la )?UE', '(?:el )?EEE', '(?:la )?Unión Europea', '(?:el )?Espacio Económico Europeo', 'Europa'],
  },
};

export default es;
