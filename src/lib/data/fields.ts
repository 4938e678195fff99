/**
 * The data dictionary of /data/, read from the same JSON Schema that is published next to the
 * data files, so the page documents exactly the fields, Chinese names, units and types the
 * files have.
 */

import { csvNote, fieldType, withoutNull } from './datapackage.ts';

type Node = Record<string, unknown>;

/** How the CSV writes a column (多个值以“；”分隔, JSON 文本), from its JSON Schema. */
export function csvForm(property: Node): string {
  const { node } = withoutNull(property);
  return csvNote(node, fieldType(node, 'csv'));
}

export interface FieldDoc {
  /** Field name; nested fields are written tiers[].label. */
  name: string;
  /** Chinese column name (top-level fields); the field name where the schema gives none. */
  title: string;
  /** Unit every value is in (万元, %, 年), or how to find it (见 unit 列); empty when none. */
  unit: string;
  /** Type in words, e.g. 数值或 null, [数值, 数值]. */
  type: string;
  description: string;
  /** Allowed values of an enumeration, as listed in the schema. */
  values: string[];
  /** How a top-level column is written in CSV when that differs from JSON (lists, structures); empty otherwise. */
  csv: string;
}

const SCALARS: Record<string, string> = {
  string: '文本',
  number: '数值',
  integer: '整数',
  boolean: '是/否',
  null: 'null',
  object: '对象',
  array: '数组',
};

/** 文本或 null: a space before a Latin word keeps it readable in Chinese text. */
const alternatives = (labels: string[]) => [...new Set(labels)].join('或').replace(/或(?=[A-Za-z[])/g, '或 ');

/** A JSON Schema type in words: 文本, 整数或 null, [数值, 数值], 文本数组, 数值或 [数值, 数值]. */
export function typeLabel(node: Node): string {
  if (Array.isArray(node.anyOf)) return alternatives((node.anyOf as Node[]).map(typeLabel));
  if (Array.isArray(node.type)) return alternatives((node.type as string[]).map((t) => SCALARS[t] ?? t));
  if (node.type === 'array') {
    if (Array.isArray(node.prefixItems)) return `[${(node.prefixItems as Node[]).map(typeLabel).join(', ')}]`;
    const items = node.items as Node | undefined;
    return items && typeof items === 'object' ? `${typeLabel(items)}数组` : '数组';
  }
  if (typeof node.type === 'string') return SCALARS[node.type] ?? node.type;
  return '任意';
}

/** Object schemas inside a node (an array of objects, a nullable object), for listing their fields too. */
function objectsIn(node: Node): Node[] {
  if (node.type === 'object' && node.properties) return [node];
  if (node.type === 'array' && node.items && typeof node.items === 'object') return objectsIn(node.items as Node);
  if (Array.isArray(node.anyOf)) return (node.anyOf as Node[]).flatMap(objectsIn);
  return [];
}

/** Every field of the rows of a dataset's JSON Schema (an array of objects), nested fields after their parent. */
export function fieldDocs(schema: Node): FieldDoc[] {
  const out: FieldDoc[] = [];
  const walk = (object: Node, prefix: string) => {
    for (const [name, node] of Object.entries(object.properties as Record<string, Node>)) {
      out.push({
        name: `${prefix}${name}`,
        title: typeof node.title === 'string' ? node.title : '',
        unit: typeof node.unit === 'string' ? node.unit : '',
        type: typeLabel(node),
        description: typeof node.description === 'string' ? node.description : '',
        values: Array.isArray(node.enum) ? (node.enum as unknown[]).map(String) : [],
        csv: prefix ? '' : csvForm(node),
      });
      for (const inner of objectsIn(node)) walk(inner, `${prefix}${name}${node.type === 'array' ? '[]' : ''}.`);
    }
  };
  const rows = objectsIn(schema)[0];
  if (!rows) throw new Error('fieldDocs: the schema does not describe objects');
  walk(rows, '');
  return out;
}
