/** The custom HMR events between the dev server's live checks and the page's findings panel. */
export const FINDINGS_EVENT = 'crisis-playbook:findings';
/** A page that has just loaded asks for the last re-check's findings. */
export const HELLO_EVENT = 'crisis-playbook:hello';
