// National instruments so well known that the press cites them by bare number (`Nghị quyết 57`, `Đề án 06`).
// Read only when the mention itself names no issuer and carries no issuer code.
import type { InstrumentType, Issuer } from '../../output/schema.js';

export interface WellKnownInstrument {
  type: InstrumentType;
  number: string;
  issuer: Issuer;
  /** What it is, for readers of this table. */
  about: string;
}

export const WELL_KNOWN_NATIONAL: readonly WellKnownInstrument[] = [
  { type: 'nghi-quyet', number: '57', issuer: 'bo-chinh-tri', about: '57-NQ/TW (2024): science, technology, innovation, DX' },
  { type: 'nghi-quyet', number: '52', issuer: 'bo-chinh-tri', about: '52-NQ/TW (2019): the fourth industrial revolution' },
  { type: 'nghi-quyet', number: '17', issuer: 'chinh-phu', about: '17/NQ-CP (2019): e-government' },
  { type: 'quyet-dinh', number: '749', issuer: 'thu-tuong', about: '749/QĐ-TTg (2020): national DX programme' },
  { type: 'quyet-dinh', number: '942', issuer: 'thu-tuong', about: '942/QĐ-TTg (2021): e-government to digital government strategy' },
  { type: 'quyet-dinh', number: '411', issuer: 'thu-tuong', about: '411/QĐ-TTg (2022): digital economy and society strategy' },
  { type: 'quyet-dinh', number: '06', issuer: 'thu-tuong', about: '06/QĐ-TTg (2022): population data scheme' },
  { type: 'de-an', number: '06', issuer: 'thu-tuong', about: 'Đề án 06 (06/QĐ-TTg, 2022): population data scheme' },
];
