import { addMonths, fromDay, tickerDate, toDay } from './dates';
import type { MuniEntity, MuniEntry, MuniSeries } from './model';
import { mix, Rng } from './rng';

/**
 * Municipal documents: the official statements of a series and the continuing-disclosure filings of its issuer.
 * File ids are not stored anywhere: each encodes (kind, owner, index) with a checksum, masked by the seed, as 22
 * base64url characters like the API's (`ROaomzq-lhfQ-LMSd8Zvow.pdf`). Decoding an id finds its document again;
 * anything else is a 404.
 */

/** Document kinds packed into a file id. */
const Kind = { OfficialStatement: 1, PreliminaryStatement: 2, Disclosure: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** A document as `muni_documents` lists it and `download_document` renders it. */
export interface MuniDocument {
  kind: 'official_statement' | 'disclosure_document';
  name: string;
  publishDate: string;
  filingType: string | null;
  fileId: string;
  textFileId: string;
  title: string;
  issuer: string;
  lines: string[];
}

const FILINGS = [
  ['annual_financial_information', 'Annual Financial Information and Operating Data'],
  ['audited_financial_statements', 'Audited Financial Statements'],
  ['budget', 'Adopted Budget'],
] as const;

// Layout: [kind][owner u32][index u16][salt ×5][check u32]. The check is masked by the seed alone; the first 12
// bytes by a keystream keyed on the check, so ids of neighbouring documents look unrelated.
function keystream(seed: number, check: number, i: number): number {
  return mix(seed, 0x5eed, check, i) & 0xff;
}

/** XORs the first 12 bytes with the keystream, in place: masking twice unmasks. */
function mask(bytes: Uint8Array, seed: number, check: number): void {
  bytes.set(bytes.subarray(0, 12).map((byte, i) => byte ^ keystream(seed, check, i)));
}

function encode(seed: number, kind: Kind, owner: number, index: number): string {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  const check = mix(seed, kind, owner, index);
  bytes[0] = kind;
  view.setUint32(1, owner);
  view.setUint16(5, index);
  for (let i = 7; i < 12; i++) bytes[i] = mix(seed, owner, index, kind, i) & 0xff;
  mask(bytes, seed, check);
  view.setUint32(12, (check ^ mix(seed, 0xc4ec)) >>> 0);
  return Buffer.from(bytes).toString('base64url');
}

/** Decodes a file id (without extension) to its (kind, owner, index), or null when it is not one of ours. */
function decode(seed: number, id: string): { kind: Kind; owner: number; index: number } | null {
  if (!/^[A-Za-z0-9_-]{22}$/.test(id)) return null;
  const bytes = Buffer.from(id, 'base64url');
  if (bytes.length !== 16) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
  const check = (view.getUint32(12) ^ mix(seed, 0xc4ec)) >>> 0;
  mask(bytes, seed, check);
  const kind = Object.values(Kind).find((k) => k === bytes[0]);
  if (kind === undefined) return null;
  const owner = view.getUint32(1);
  const index = view.getUint16(5);
  return check === mix(seed, kind, owner, index) ? { kind, owner, index } : null;
}

function sizeText(rng: Rng): string {
  return `${(rng.between(0.3, 9)).toFixed(1)} MB`;
}

function money(amount: number): string {
  return `$${amount.toLocaleString('en-US')}`;
}

/** The official statements of a series (none when the series has no official statement). */
export function officialStatements(seed: number, series: MuniSeries): MuniDocument[] {
  if (!series.hasOfficialStatement) return [];
  const rng = new Rng(mix(seed, series.id, 77));
  const docs: MuniDocument[] = [];
  const describe = (kind: Kind, index: number, label: string, day: number) => {
    const id = encode(seed, kind, series.id, index);
    const date = fromDay(day);
    docs.push({
      kind: 'official_statement',
      name: `${label} posted ${tickerDate(date, true)} (${sizeText(rng)})`,
      publishDate: date,
      filingType: null,
      fileId: `${id}.pdf`,
      textFileId: `${id}.txt`,
      title: `${label}: ${series.title}`,
      issuer: series.entity.name,
      lines: [
        `${money(series.amount)} ${series.entity.name}`,
        series.title,
        `Dated ${series.datedDate}; sold ${series.saleDate}; ${series.sourceOfRepayment} bonds`,
        `Rating: ${series.rating ?? 'not rated'}${series.insurer ? `; insured by ${series.insurer}` : ''}`,
        ...series.bonds
          .slice(0, 12)
          .map((b) => `${b.maturityDate}  ${money(b.issuedAmount)}  ${b.coupon}%  CUSIP ${b.cusip}`),
      ],
    });
  };
  const sale = toDay(series.saleDate);
  if (rng.chance(0.5))
    describe(Kind.PreliminaryStatement, 0, 'Preliminary Official Statement', sale - rng.int(5, 12));
  describe(Kind.OfficialStatement, 0, 'Official Statement', sale + rng.int(1, 9));
  return docs;
}

/** Continuing-disclosure filings of the issuer, from the series' first fiscal year to the data date. */
export function disclosureDocuments(
  seed: number,
  entity: MuniEntity,
  since: string,
  dataDay: number,
): MuniDocument[] {
  const docs: MuniDocument[] = [];
  const firstYear = Number(since.slice(0, 4));
  const lastYear = Number(fromDay(dataDay).slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    for (let f = 0; f < FILINGS.length; f++) {
      const rng = new Rng(mix(seed, entity.entity_id, year, f));
      if (f === 2 && !rng.chance(0.4)) continue;
      const [filingType, label] = FILINGS[f]!;
      const publish = addMonths(`${year}-${f === 2 ? '07' : '01'}-01`, f === 2 ? 0 : 6 + rng.int(0, 3));
      const day = toDay(publish) + rng.int(0, 27);
      if (day > dataDay) continue;
      const id = encode(seed, Kind.Disclosure, entity.entity_id, (year - 2000) * 8 + f);
      docs.push({
        kind: 'disclosure_document',
        name: `${label} for fiscal year ${year - (f === 2 ? 0 : 1)} (${sizeText(rng)})`,
        publishDate: fromDay(day),
        filingType,
        fileId: `${id}.pdf`,
        textFileId: `${id}.txt`,
        title: `${label}, fiscal year ${year - (f === 2 ? 0 : 1)}`,
        issuer: entity.name,
        lines: [
          entity.name,
          `State: ${entity.state}${entity.counties.length ? `; counties: ${entity.counties.join(', ')}` : ''}`,
          `Filed ${fromDay(day)} under SEC Rule 15c2-12.`,
        ],
      });
    }
  }
  return docs;
}

/** Where `findDocument` looks documents up. */
export interface DocumentLookup {
  seed: number;
  dataDay: number;
  seriesById(id: number): MuniSeries | undefined;
  entityById(id: number): MuniEntity | undefined;
  firstSeriesOf(entityId: number): MuniSeries | undefined;
}

/** The document behind a file id (`….pdf` or `….txt`), or null for an unknown id. */
export function findDocument(
  lookup: DocumentLookup,
  fileId: string,
): { doc: MuniDocument; text: boolean } | null {
  // An id is 22 characters and an extension; decode() checks the characters themselves.
  const id = fileId.slice(0, 22);
  const extension = fileId.slice(22);
  if (extension !== '.pdf' && extension !== '.txt') return null;
  const decoded = decode(lookup.seed, id);
  if (!decoded) return null;
  const text = extension === '.txt';
  if (decoded.kind === Kind.Disclosure) {
    const entity = lookup.entityById(decoded.owner);
    const first = entity ? lookup.firstSeriesOf(entity.entity_id) : undefined;
    if (!entity || !first) return null;
    const doc = disclosureDocuments(lookup.seed, entity, first.datedDate, lookup.dataDay).find(
      (d) => d.fileId === `${id}.pdf`,
    );
    return doc ? { doc, text } : null;
  }
  const series = lookup.seriesById(decoded.owner);
  if (!series) return null;
  const doc = officialStatements(lookup.seed, series).find((d) => d.fileId === `${id}.pdf`);
  return doc ? { doc, text } : null;
}

/** A `muni_documents` row for a bond. */
export function documentRow(doc: MuniDocument, entry: MuniEntry): Record<string, unknown> {
  return {
    document_name: doc.name,
    document_type: doc.kind,
    file_id: doc.fileId,
    filing_type: doc.filingType,
    isin: entry.isin,
    publish_date: doc.publishDate,
    text_file_id: doc.textFileId,
  };
}
