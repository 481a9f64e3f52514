/**
 * Where the incident features keep their data (localStorage, this browser only), in a module of its
 * own: the script on every page needs these names, not the code that reads the data.
 */
export const INCIDENT_STORAGE_KEY = 'crisis-playbook:incident';
export const NEXT_UPDATE_STORAGE_KEY = 'crisis-playbook:next-update';
/** The placeholder whose value is the promised time of the next update (see the default holding statements). */
export const NEXT_UPDATE_PLACEHOLDER = 'next_update_time';
