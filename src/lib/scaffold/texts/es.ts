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
    medium: { reach: 'Varios clientes, o una publicación que llama la atención.', approvals: 'Textos nuevos', outside: 'Informa cada pocas horas.', inside: 'Avisa ya al responsable y luego a diario.', moveUp: 'Se difunde rápido o pregunta un periodista o un organismo regulador.' },
    high: { reach: 'Se difunde rápido o pregunta un periodista.', approvals: 'Cualquier comunicado público', outside: 'Informa cada dos horas, aunque no haya novedades.', inside: 'Informa al equipo cada hora.', moveUp: 'Se vuelve tendencia o alguien puede sufrir daños.' },
    critical: { reach: 'Es tendencia o alguien está en peligro.', approvals: 'Cualquier mensaje', outside: 'Informa al menos cada hora.', inside: 'Mantén un canal abierto con el equipo en todo momento.' },
  },
  rule: {
    title: 'Promete solo lo que puedas cumplir',
    summary: 'Nunca prometas una respuesta o una solución a una hora fija.',
    why: 'Una promesa incumplida convierte una queja en dos, y en público.',
    message: 'Una promesa a hora fija: di qué harás, no cuándo',
    good: 'Le responderemos aquí en cuanto sepamos más.',
    bad: 'Le llamamos en 10 minutos.',
    patterns: ['(?:en|dentro\\s+de)\\s+(?:menos\\s+de\\s+)?{number}\\s*{unit}'],
  },
  template: {
    title: 'Respuesta inicial',
    customerName: 'Nombre del cliente',
    body: 'Hola, {{customer_name}}. Gracias por avisarnos. Ya estamos revisando lo ocurrido y le responderemos aquí en cuanto sepamos más.',
  },
  tree: {
    title: 'Ha llegado una queja. ¿Y ahora qué?',
    description: 'Encuentra el siguiente paso en dos preguntas.',
    questionReal: '¿Hay un problema real detrás de la publicación?',
    answerRealYes: 'Sí, el cliente ha tenido un problema real',
    answerRealNo: 'No, solo son insultos o troleo',
    questionKnown: '¿Sabes ya qué ha pasado?',
    answerKnownNo: 'Todavía no, o no sé si la culpa es nuestra',
    answerKnownYes: 'Sí, y la culpa es nuestra',
    moderate: { title: 'No caigas en la provocación', text: 'No discutas. Haz una captura de pantalla y oculta o denuncia solo lo que incumpla las normas de la comunidad. Si hay amenazas contra alguien, avisa al responsable de inmediato.' },
    hold: { title: 'Responde ya, explica después', text: 'Envía la respuesta inicial y después averigua qué ha pasado.' },
    apologise: { title: 'Agradece, discúlpate, arréglalo', text: 'Empieza por la respuesta inicial, pide disculpas, di qué vamos a hacer y consigue el visto bueno del responsable. Después, trata los detalles por mensaje privado y vuelve al hilo cuando esté resuelto.' },
  },
  playbook: {
    title: 'Una queja de un cliente',
    summary: 'Alguien se queja en público. Responde rápido, averigua qué ha pasado y arréglalo.',
    intro: 'Úsalo cuando un cliente se queje en un comentario, una publicación o una reseña.',
    checklistTitle: 'Primeros pasos',
    items: [
      { text: 'Lee todo el hilo y haz capturas de pantalla', timing: '0–5 min' },
      { text: 'Envía la respuesta inicial', timing: '5–15 min' },
      { text: 'Avisa al responsable y después averigua qué ha pasado', timing: '15–30 min' },
    ],
    headingTree: 'Por dónde seguir',
    headingReply: 'La respuesta',
  },
};
