/**
 * Writes `translatedFrom: "<hash>"` into a file's front matter, changing that one line (or adding it
 * after `lastReviewed:`, else as the front matter's last line) and leaving every other byte as it was. The hash is quoted: an
 * all-digit hash, or one like `12e4…`, would otherwise be read by YAML as a number.
 */
const FENCE = /^---[ \t]*$/;
const FIELD = /^translatedFrom[ \t]*:/;

export function recordTranslatedFrom(text: string, hash: string): { text: string; changed: boolean } | { error: string } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  // Split keeping each line's ending, so that untouched lines are rejoined byte for byte.
  const lines = text.slice(bom.length).split(/(?<=\n)/);
  const content = (line: string) => line.replace(/\r?\n$/, '');
  if (!lines.length || !FENCE.test(content(lines[0]!))) return { error: 'the file has no front matter (it must start with a "---" line)' };
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(content(line)));
  if (close < 0) return { error: 'the front matter has no closing "---" line' };
  const line = `translatedFrom: "${hash}"`;
  const existing = lines.findIndex((candidate, index) => index > 0 && index < close && FIELD.test(candidate));
  if (existing >= 0) {
    const ending = lines[existing]!.slice(content(lines[existing]!).length) || newline;
    const next = `${line}${ending}`;
    if (lines[existing] === next) return { text, changed: false };
    lines[existing] = next;
  } else {
    // Beside the review date where there is one (translation metadata together), else last.
    const reviewed = lines.findIndex((candidate, index) => index > 0 && index < close && /^lastReviewed[ \t]*:/.test(candidate));
    lines.splice(reviewed >= 0 ? reviewed + 1 : close, 0, `${line}${newline}`);
  }
  return { text: bom + lines.join(''), changed: true };
}
