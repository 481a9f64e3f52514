import { resolve } from 'node:path';

/** The folder holding `content/` and `playbooks/`: this project, unless HANDBOOK_ROOT names another. */
export function handbookRoot(): string {
  return resolve(process.env.HANDBOOK_ROOT ?? process.cwd());
}
