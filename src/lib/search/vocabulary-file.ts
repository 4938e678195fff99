/**
 * Reads and checks src/content/vocab/synonyms.yaml at build time (the search page embeds it). A
 * broken entry fails the build with the file, the entry and the fix.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { VocabularyEntry } from './vocabulary.ts';

export const vocabularyEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and hyphens'),
  kind: z.enum(['variant', 'synonym']),
  forms: z.array(z.string().min(1)).min(2, 'an entry joins at least two writings'),
});

export const VOCABULARY_FILE = 'src/content/vocab/synonyms.yaml';

export function loadVocabulary(root = process.cwd()): VocabularyEntry[] {
  const file = resolve(root, VOCABULARY_FILE);
  const raw = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${VOCABULARY_FILE}: expected a list of entries ({ id, kind, forms })`);
  const ids = new Set<string>();
  return raw.map((entry, i) => {
    const parsed = vocabularyEntrySchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(
        `${VOCABULARY_FILE}: entry ${i + 1}${(entry as { id?: string })?.id ? ` (${(entry as { id: string }).id})` : ''}: ${issue.path.join('.') || 'entry'}: ${issue.message}`,
      );
    }
    if (ids.has(parsed.data.id))
      throw new Error(
        `${VOCABULARY_FILE}: entry ${i + 1}: id "${parsed.data.id}" is used twice — give each entry its own id`,
      );
    ids.add(parsed.data.id);
    return parsed.data satisfies VocabularyEntry;
  });
}
