/**
 * A file of the build the browser fetched (/search/config.json, /search/filters.json), parsed: text
 * that is not JSON (a proxy's error page, a cut response) is an error naming the file, so the
 * caller's own checks of its shape name the same file.
 */
export function parseJsonFile(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not JSON (${(error as Error).message})`, { cause: error });
  }
}
