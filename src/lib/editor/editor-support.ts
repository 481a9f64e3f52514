/**
 * Editor support for a handbook folder: JSON Schemas and `.vscode/settings.json` wiring them for the
 * YAML language server. A stub in this branch, which writes nothing; the "schemas" branch brings the
 * real one, and `npm run init` already calls it.
 */
export async function writeEditorSupport(folder: string): Promise<string[]> {
  void folder;
  return [];
}
