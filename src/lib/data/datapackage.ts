/**
 * /data/datapackage.json: a Frictionless Data Package (https://datapackage.org) describing
 * every open-data file — its format, encoding and CSV dialect, and every column's name,
 * Chinese title, type, unit, description and constraints (Table Schema), with primary and
 * foreign keys between the files. Generated from the row schemas' JSON Schema (itself
 * generated from the zod schemas), so it describes exactly the fields the files have.
 *
 * Written to the Data Package 1.0 profiles, which the 2.0 specification keeps readable, so tools
 * of either generation load it: the package is a `data-package`, each CSV a
 * `tabular-data-resource`, each JSON file a `data-resource` (1.0 allows a tabular data resource
 * only as CSV or inline data). Lists of IDs are
 * written "a；b" in a CSV cell: Table Schema 1.0 has no list type, so such a column is a
 * string and its description says how to split it.
 */
import { csvColumns, LIST_SEPARATOR, WIDE_FIELDS } from './csv.ts';
import { annotatedJsonSchema, DATASET_NAMES, DATASETS, fieldNames, type DatasetName, type Datasets } from './export.ts';

type Node = Record<string, unknown>;
export type Format = 'csv' | 'json';

/** Table Schema field types used here. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array' | 'object' | 'any';

export interface TableField {
  name: string;
  title: string;
  description: string;
  type: FieldType;
  constraints?: { required?: boolean; enum?: (string | number)[]; pattern?: string };
  /** Unit of every value of the column (万元, %, 年); absent where it varies (targets: see the unit column). */
  unit?: string;
}

export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * A JSON Schema (ECMAScript) pattern as a Table Schema `pattern`, which is an XML Schema regular
 * expression: anchored as a whole without ^ and $ (in XML Schema they are plain characters), and
 * with no (?: … ) group (XML Schema groups do not capture anyway). Constructs the two languages
 * read differently (\d and \w are Unicode-wide in XML Schema, lookarounds, lazy quantifiers,
 * \b and back-references do not exist there) are refused rather than translated.
 */
export function xsdPattern(ecma: string): string {
  if (!ecma.startsWith('^') || !ecma.endsWith('$') || ecma.endsWith('\\$'))
    throw new Error(
      `xsdPattern: "${ecma}" is not anchored with ^ and $; an XML Schema pattern always matches the whole value`,
    );
  const body = ecma.slice(1, -1);
  const unsupported = /\(\?[=!<]|\\[dDwWsSbB1-9]|[*+?}]\?|[$^]/.exec(body.replace(/\\\\|\\[.$^]|(?<=\[)\^/g, ''));
  if (unsupported)
    throw new Error(
      `xsdPattern: "${ecma}" uses "${unsupported[0]}", which XML Schema regular expressions read differently or lack`,
    );
  return body.replaceAll('(?:', '(');
}

/** A JSON Schema node without its null alternative, and whether null was allowed. */
export function withoutNull(node: Node): { node: Node; nullable: boolean } {
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const rest = (node.type as string[]).filter((t) => t !== 'null');
    return { node: { ...node, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  if (Array.isArray(node.anyOf)) {
    const alternatives = (node.anyOf as Node[]).filter((n) => n.type !== 'null');
    if (alternatives.length < (node.anyOf as Node[]).length) {
      const { anyOf: _drop, ...meta } = node;
      return {
        node: alternatives.length === 1 ? { ...meta, ...alternatives[0] } : { ...meta, anyOf: alternatives },
        nullable: true,
      };
    }
  }
  return { node, nullable: false };
}

const isTextList = (n: Node) => n.type === 'array' && (n.items as Node | undefined)?.type === 'string';

/** The Table Schema type of a JSON Schema node in a file of the given format. */
export function fieldType(node: Node, format: Format): FieldType {
  if (Array.isArray(node.anyOf) || Array.isArray(node.type)) return 'any';
  switch (node.type) {
    case 'string':
      return node.pattern === ISO_DATE ? 'date' : 'string';
    case 'integer':
    case 'number':
    case 'boolean':
    case 'object':
      return node.type;
    case 'array':
      // A CSV cell holds a list of texts joined with "；", anything else as JSON text.
      return format === 'csv' && isTextList(node) ? 'string' : 'array';
    default:
      return 'any';
  }
}

/** How a column is written in CSV, said in its description so a spreadsheet user can read it. */
export function csvNote(node: Node, type: FieldType): string {
  if (isTextList(node)) return `CSV 中多个值以“${LIST_SEPARATOR}”分隔。`;
  if (type === 'array' || type === 'object') return 'CSV 中写作 JSON 文本。';
  if (type === 'any') return 'CSV 中单一数值照写，区间写作 JSON 文本，如 [3,5]。';
  if (type === 'boolean') return 'CSV 中写作 true 或 false。';
  return '';
}

/** One field of a Table Schema from the JSON Schema of a row property. */
export function tableField(name: string, property: Node, format: Format): TableField {
  const { node, nullable } = withoutNull(property);
  const type = fieldType(node, format);
  const description = [
    typeof property.description === 'string' ? property.description : '',
    format === 'csv' ? csvNote(node, type) : '',
  ].join('');
  const constraints: NonNullable<TableField['constraints']> = {};
  // An empty CSV cell reads as missing, so only a text that cannot be empty is required; an
  // empty list (no departments, no tiers) is an empty cell too.
  const canBeEmpty =
    (node.type === 'string' && !(Number(node.minLength) > 0) && !node.enum && !node.pattern) ||
    (format === 'csv' && node.type === 'array');
  if (!nullable && !canBeEmpty && type !== 'any') constraints.required = true;
  if (Array.isArray(node.enum)) constraints.enum = node.enum as (string | number)[];
  if (typeof node.pattern === 'string' && type === 'string') constraints.pattern = xsdPattern(node.pattern);
  const field: TableField = {
    name,
    title: typeof property.title === 'string' ? property.title : name,
    description,
    type,
  };
  if (Object.keys(constraints).length) field.constraints = constraints;
  if (typeof property.unit === 'string' && !property.unit.startsWith('见')) field.unit = property.unit;
  return field;
}

/** The row properties of a dataset's JSON Schema (an array of objects). */
function rowProperties(name: DatasetName, site: URL | undefined): Record<string, Node> {
  const items = annotatedJsonSchema(name, site).items as Node;
  return items.properties as Record<string, Node>;
}

/** The Table Schema of one file of a dataset; `rows` sets how many cell columns a CSV needs. */
export function tableSchema(
  name: DatasetName,
  format: Format,
  rows: Record<string, unknown>[],
  site: URL | undefined,
): TableSchema {
  const properties = rowProperties(name, site);
  const fields = fieldNames(name).flatMap((field): TableField[] => {
    const prefix = WIDE_FIELDS[field];
    if (format === 'json' || !prefix) return [tableField(field, properties[field]!, format)];
    const parent = tableField(field, properties[field]!, 'json');
    return csvColumns([field], rows).map((column, i) => ({
      name: column,
      title: `${parent.title}${i + 1}`,
      description: `表格行第 ${i + 1} 列的单元格（对应 columns 的第 ${i + 1} 项）；非表格行或该行无此列时为空。`,
      type: 'string',
    }));
  });
  const { key, refs } = DATASETS[name];
  const schema: TableSchema = { fields, missingValues: [''], primaryKey: [...key] };
  if (format === 'csv' && refs.length)
    schema.foreignKeys = refs.map((r) => ({
      fields: [...r.fields],
      // Table Schema 1.0 names the resource itself with "".
      reference: { resource: r.dataset === name ? '' : r.dataset, fields: [...r.to] },
    }));
  return schema;
}

/**
 * The licence of the data. The policy texts quoted in it are official documents of state organs,
 * which the Copyright Law does not protect (《中华人民共和国著作权法》第五条); what the site adds —
 * IDs, structure, figures read from the texts, vocabularies, descriptions — is dedicated to the
 * public domain under CC0 1.0, so the data can be reused without conditions. (docs/open-data.md)
 */
export const DATA_LICENSE = {
  name: 'CC0-1.0',
  path: 'https://creativecommons.org/publicdomain/zero/1.0/',
  title:
    'CC0 1.0 通用（公有领域贡献）：本站整理的数据；所引政策原文为国家机关文件，依《中华人民共和国著作权法》第五条不适用该法',
} as const;

export interface PackageInput {
  datasets: Datasets;
  /** The site's public address (SITE_URL); undefined when the build has none. */
  site: URL | undefined;
  asOf: string;
  /** Title shown to readers, e.g. the site name. */
  siteName: string;
}

/** The datapackage.json descriptor for every file of /data/. */
export function dataPackage({ datasets, site, asOf, siteName }: PackageInput): Record<string, unknown> {
  const resources = DATASET_NAMES.flatMap((name) => {
    const { title, schema } = DATASETS[name];
    const rows = datasets[name] as unknown as Record<string, unknown>[];
    const common = { title: `${title}`, description: schema.description ?? title, encoding: 'utf-8' };
    return [
      {
        profile: 'tabular-data-resource',
        name,
        path: `${name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        ...common,
        description: `${common.description}CSV：UTF-8（带 BOM，便于 Excel 识别中文），逗号分隔，CRLF 换行，首行为列名；空单元格表示原文未载明（null）。`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: tableSchema(name, 'csv', rows, site),
      },
      {
        // A Tabular Data Resource (1.0) is CSV or inline data: the JSON file is a plain Data
        // Resource, its rows still described by a Table Schema.
        profile: 'data-resource',
        name: `${name}-json`,
        path: `${name}.json`,
        format: 'json',
        mediatype: 'application/json',
        ...common,
        description: `${common.description}JSON：对象数组，字段与同名 CSV 相同（表格单元格为 cells 数组）；JSON Schema 见 schema/${name}.schema.json。`,
        schema: tableSchema(name, 'json', rows, site),
      },
    ];
  });
  return {
    // Not a Tabular Data Package: that profile requires every resource to be tabular (CSV).
    profile: 'data-package',
    name: 'suxi-biomed-policies',
    title: `${siteName}开放数据`,
    description:
      '苏州、无锡等地生物医药产业政策的结构化数据：政策、可引用条款（含表格行的各单元格）、发展目标、扶持条款，以及它们引用的地区、责任部门、主题和扶持比较分组。金额单位万元，比例单位 %；原文未载明的值为空（null），不作推测。每个目标、扶持条款都以 policy 与 clause 指向 clauses 中的一行，条款原文可据 url 在网站上核对。',
    // A homepage must be an absolute URI: named only when the build knows the site's address.
    ...(site ? { homepage: new URL('/data/', site).href } : {}),
    created: `${asOf}T00:00:00Z`,
    keywords: ['生物医药', '产业政策', '扶持政策', '发展目标', '苏州', '无锡'],
    licenses: [DATA_LICENSE],
    resources,
  };
}

/** Every resource file name of the package, for listing and checking. */
export const packageFiles = (): string[] => DATASET_NAMES.flatMap((n) => [`${n}.csv`, `${n}.json`]);
