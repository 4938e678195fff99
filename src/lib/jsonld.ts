/**
 * schema.org `Legislation` for policy and clause pages, so search engines and citation tools read
 * the document's identity: 文号 where stated, jurisdiction, issuing bodies, dates, legal force.
 */
import type { StatusCode } from './status.ts';

export interface LegislationInput {
  url: string;
  title: string;
  /** 文号, or a citation for a clause; omitted when null. */
  identifier: string | null;
  jurisdiction: string;
  issuers: string[];
  /** The kind the document gives itself; omitted when null. */
  kind: string | null;
  dateWritten: string | null;
  datePublished: string | null;
  status: StatusCode;
  /** For a clause: the policy it belongs to. */
  partOf?: { url: string; title: string };
  text?: string;
  /** An unreviewed import (待审核): marked creativeWorkStatus Draft. */
  draft?: boolean;
}

const FORCE: Partial<Record<StatusCode, string>> = {
  'in-force': 'https://schema.org/InForce',
  ongoing: 'https://schema.org/InForce',
  expired: 'https://schema.org/NotInForce',
  ended: 'https://schema.org/NotInForce',
  superseded: 'https://schema.org/NotInForce',
};

export function legislationJsonLd(input: LegislationInput): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': input.url,
    url: input.url,
    name: input.title,
    inLanguage: 'zh-CN',
    legislationJurisdiction: input.jurisdiction,
  };
  if (input.kind) ld.legislationType = input.kind;
  if (input.draft) ld.creativeWorkStatus = 'Draft';
  if (input.identifier) ld.legislationIdentifier = input.identifier;
  if (input.issuers.length)
    ld.legislationPassedBy = input.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name }));
  if (input.dateWritten) ld.legislationDate = input.dateWritten;
  if (input.datePublished) ld.datePublished = input.datePublished;
  const force = FORCE[input.status];
  if (force) ld.legislationLegalForce = force;
  if (input.partOf) ld.isPartOf = { '@type': 'Legislation', '@id': input.partOf.url, name: input.partOf.title };
  if (input.text) ld.text = input.text;
  return ld;
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so the text cannot close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
