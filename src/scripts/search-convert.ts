/**
 * Traditional → simplified conversion (OpenCC's dictionaries via opencc-js). A chunk of its own,
 * loaded by the search page only when a query holds a character it would change
 * (src/lib/search/traditional.ts).
 */
import { ConverterFactory } from 'opencc-js/core';
import toCn from 'opencc-js/to/cn';

export const convert: (text: string) => string = ConverterFactory(toCn);
