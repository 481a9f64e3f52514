/**
 * The settings' logo (`site.logo`): a small image inside the handbook root, shown in the header before
 * the site's name. It is read like every author file (never a pipe, a device or a link out of the
 * handbook), and its bytes must be the image its extension says, so a renamed file cannot slip through.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const LOGO_TYPES = { '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' } as const;
export type LogoExtension = keyof typeof LOGO_TYPES;

/** A header logo shows about 2 rem high: an SVG or a PNG of a few hundred pixels is far under this. */
export const MAX_LOGO_BYTES = 512 * 1024;

export interface Logo {
  /** Its real path on disk. */
  file: string;
  extension: LogoExtension;
  /** The first 10 hex digits of its SHA-256, for a file name that changes when the image does. */
  hash: string;
  bytes: Uint8Array;
}

export interface LogoProblem {
  reason: string;
  note: string;
}

const FIX = 'Set site.logo to an SVG, PNG, WebP or JPEG file inside the handbook folder, relative to it (for example "logo.svg").';

/** What the first bytes say the file is, for the image types a logo may be. */
function sniff(bytes: Uint8Array): LogoExtension | undefined {
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return '.png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return '.jpg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return '.webp';
  if (/<svg[\s>]/i.test(new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)))) return '.svg';
  return undefined;
}

/** Reads and checks the logo `written` in the settings, relative to `root`. */
export async function readLogo(root: string, written: string): Promise<{ logo: Logo } | { problem: LogoProblem }> {
  const extension = extname(written).toLowerCase();
  if (!Object.hasOwn(LOGO_TYPES, extension)) {
    return { problem: { reason: `The logo "${written}" is not an SVG, PNG, WebP or JPEG file`, note: FIX } };
  }
  if (isAbsolute(written) || /^[a-z][a-z0-9+.-]*:/i.test(written)) {
    return { problem: { reason: `The logo "${written}" must be a path relative to the handbook folder, not ${isAbsolute(written) ? 'an absolute path' : 'an address'}`, note: FIX } };
  }
  const realRoot = await realpath(root).catch(() => resolve(root));
  const file = await realpath(resolve(root, written)).catch(() => undefined);
  if (!file) return { problem: { reason: `The logo "${written}" does not exist`, note: `Put the image at ${written} in the handbook folder, or correct the path. ${FIX}` } };
  const inside = relative(realRoot, file);
  if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return { problem: { reason: `The logo "${written}" is outside the handbook folder`, note: `Copy the image into the handbook folder: the site only publishes files from there. ${FIX}` } };
  }
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return { problem: { reason: `The logo "${written}" cannot be read`, note: FIX } };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { problem: { reason: `The logo "${written}" is not a regular file`, note: FIX } };
    if (stats.size > MAX_LOGO_BYTES) {
      return { problem: { reason: `The logo "${written}" is ${Math.ceil(stats.size / 1024)} KiB, more than the ${MAX_LOGO_BYTES / 1024} KiB a header logo needs`, note: 'Export it smaller: it shows about 2 rem high, so an SVG or a PNG 200 pixels high is plenty.' } };
    }
    const bytes = new Uint8Array(await handle.readFile());
    const kind = sniff(bytes);
    const same = kind === extension || (kind === '.jpg' && extension === '.jpeg');
    if (!same) {
      return { problem: { reason: `The logo "${written}" is named ${extension} but ${kind ? `is a ${kind.slice(1).toUpperCase()} image` : 'is not an image of that type'}`, note: kind ? `Rename it to end in ${kind}.` : FIX } };
    }
    // An SVG opened on its own is a document of the site: no scripts or event handlers in it.
    if (extension === '.svg' && /<script[\s>]|\son[a-z]+\s*=|javascript:/i.test(new TextDecoder().decode(bytes))) {
      return { problem: { reason: `The logo "${written}" contains a script or an event handler`, note: 'Save the SVG without scripts (an editor\'s "plain SVG" or "optimised SVG" export).' } };
    }
    return { logo: { file, extension: extension as LogoExtension, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 10), bytes } };
  } finally {
    await handle.close();
  }
}

/** Where the logo is published in the built site (relative to its base): a name that changes with the image. */
export function logoPublicPath(logo: Pick<Logo, 'hash' | 'extension'>): string {
  return `/_handbook/logo.${logo.hash}${logo.extension}`;
}
