import { describe, expect, it } from 'vitest';
import { providersFor, ServiceCatalogue } from './service-catalogue.js';

const catalogue = ServiceCatalogue.parse([
  {
    kind: 'accommodation',
    provider: 'rs.shelter-unlicensed',
    licensed: false,
    areas: ['belgrade'],
  },
  {
    kind: 'accommodation',
    provider: 'rs.atina',
    licensed: true,
    areas: ['belgrade', 'novi-sad'],
    acceptsChildren: true,
  },
  { kind: 'accommodation', provider: 'rs.urgent-shelter', licensed: true },
  { kind: 'psychosocial', provider: 'rs.astra', licensed: true, languages: ['sr', 'en'] },
]);

describe('service catalogue', () => {
  it('lists every provider of a service in the area in catalogue order; the licence does not rank (L168)', () => {
    expect(
      providersFor(catalogue, { kind: 'accommodation', area: 'belgrade' }).map((o) => o.provider),
    ).toEqual(['rs.shelter-unlicensed', 'rs.atina', 'rs.urgent-shelter']);
  });
  it('leaves out offers restricted to other areas; nationwide offers always match', () => {
    expect(
      providersFor(catalogue, { kind: 'accommodation', area: 'nis' }).map((o) => o.provider),
    ).toEqual(['rs.urgent-shelter']);
  });
  it('for a child, only offers that accept children', () => {
    expect(
      providersFor(catalogue, { kind: 'accommodation', forChild: true }).map((o) => o.provider),
    ).toEqual(['rs.atina']);
  });
  it('rejects an unknown service kind', () => {
    expect(
      ServiceCatalogue.safeParse([{ kind: 'massage', provider: 'rs.x', licensed: true }]).success,
    ).toBe(false);
  });
});
