/** The skeleton's Spanish texts (see types.ts): "tú" for the team, "usted" for the customer. */
import type { SkeletonTexts } from './types.ts';

export const es: SkeletonTexts = {
  site: { name: 'Nuestro manual de crisis', tagline: 'Qué hacemos cuando algo sale mal en redes sociales' },
  situation: 'Una queja de un cliente',
  roles: {
    lead: { label: 'Responsable de redes sociales', description: 'Se encarga de los protocolos, aprueba los textos nuevos y decide cuándo escalar.' },
    agent: { label: 'Community manager', description: 'Responde a los clientes con las plantillas y lleva el registro.' },
  },
  severity: {
    judge: 'Valora cada incidente por separado: su gravedad es el nivel más alto que alcance cualquier criterio.',
    reach: 'Alcance y velocidad de difusión',
    low: { reach: 'Uno o pocos clientes; no se difunde.', approvals: 'Respuestas de las plantillas', outside: 'Responde en menos de una hora.', inside: 'Anótalo en el registro.', moveUp: 'Llega una segunda queja parecida o la publicación empieza a difundirse.' },
    medium: { reach: 'Varios clientes, o una publicación que llama la atención.', approvals: 'Textos nuevos', outside: 'Informa cada pocas horas.', inside: 'Avisa ya al responsable y luego a diario.', moveUp: 'Se difunde rápido o pregunta un periodista o un regulador.' },
    high: { reach: 'Se difunde rápido o pregunta un periodista.', approvals: 'Cualquier comunicado público', outside: 'Informa cada dos horas, aunque no haya novedades.', inside: 'Informa al equipo cada hora.', moveUp: 'Se vuelve tendencia o alguien puede sufrir daños.' },
    critical: { reach: 'Es tendencia o alguien está en peligro.', approvals: 'Cualquier mensaje', outside: 'Informa al menos cada hora.', inside: 'Mantén un canal abierto con el equipo todo el tiempo.' },
  },
  rule: {
    title: 'Promete solo lo que puedas cumplir',
    summary: 'Nunca prometas una respuesta o una solución a una hora fija.',
    why: 'Una promesa incumplida convierte una queja en dos, y en público.',
    message: 'Una promesa a hora fija: di qué harás, no cuándo',
    good: 'Le responderemos aquí en cuanto sepamos más.',
    bad: 'Le llamamos en 10 minutos.',
    patterns: ['en\\s+\\d+\\s*(?:minutos?|horas?|días?)'],
  },
  template: {
    title: 'Respuesta inicial',
    customerName: 'Nombre del cliente',
    body: 'Hola, {{customer_name}}: gracias por avisarnos. Ya estamos revisando lo ocurrido y le responderemos aquí en cuanto sepamos más.',
  },
  tree: {
    title: 'Ha llegado una queja. ¿Y ahora qué?',
    description: 'Encuentra el siguiente paso en dos preguntas.',
    questionReal: '¿Hay un problema real detrás de la publicación?',
    answerRealYes: 'Sí, algo le ha salido mal al cliente',
    answerRealNo: 'No, solo insultos o trolling',
    questionKnown: '¿Sabes ya qué ha pasado?',
    answerKnownNo: 'Todavía no',
    answerKnownYes: 'Sí, y la culpa es nuestra',
    moderate: { title: 'No entres al trapo', text: 'No discutas. Haz una captura de pantalla y oculta o denuncia solo lo que incumpla las normas de la comunidad.' },
    hold: { title: 'Responde ya, explica después', text: 'Envía la respuesta inicial y después averigua qué ha pasado.' },
    apologise: { title: 'Agradece, discúlpate, arréglalo', text: 'Parte de la respuesta inicial, pide disculpas, di qué vais a hacer y sigue por privado.' },
  },
  playbook: {
    title: 'Una queja de un cliente',
    summary: 'Alguien está descontento en público. Responde rápido, averigua qué ha pasado y arréglalo.',
    intro: 'Úsalo cuando un cliente se queje en un comentario, una publicación o una reseña.',
    checklistTitle: 'Primeros pasos',
    items: [
      { text: 'Lee todo el hilo y haz capturas de pantalla', timing: '0–5 min' },
      { text: 'Envía la respuesta inicial', timing: '5–15 min' },
      { text: 'Averigua qué ha pasado y avisa al responsable', timing: 'en la primera hora' },
    ],
    headingTree: 'Por dónde seguir',
    headingReply: 'La respuesta',
  },
};
