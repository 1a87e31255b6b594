import type { AgencyKind } from '@nrm/domain';

/** A seed entry: the domain Agency fields, in plain data. */
export interface SeedAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  jurisdiction: string;
  competentAreas: string[];
}

/**
 * The Serbian NRM actors named in the assessment (DOMAIN.md "Actors"), plus the Austrian
 * partner of the transnational scenario (SCENARIOS S3). Areas are municipality slugs.
 */
export const SERBIAN_NRM_AGENCIES: readonly SeedAgency[] = [
  {
    id: 'rs.cptv',
    name: 'Centre for the Protection of Trafficking Victims',
    kind: 'competent-authority',
    jurisdiction: 'RS',
    competentAreas: [],
  },
  {
    id: 'rs.police.belgrade-thb',
    name: 'Belgrade Police Administration – anti-trafficking unit',
    kind: 'police',
    jurisdiction: 'RS',
    competentAreas: [
      'beograd-stari-grad',
      'beograd-savski-venac',
      'beograd-zemun',
      'beograd-novi-beograd',
      'beograd-palilula',
      'beograd-vozdovac',
    ],
  },
  {
    id: 'rs.police.border',
    name: 'Border Police Administration',
    kind: 'border-police',
    jurisdiction: 'RS',
    competentAreas: [],
  },
  {
    id: 'rs.csw.belgrade',
    name: 'City Centre for Social Work Belgrade',
    kind: 'csw',
    jurisdiction: 'RS',
    competentAreas: [
      'beograd-stari-grad',
      'beograd-savski-venac',
      'beograd-zemun',
      'beograd-novi-beograd',
      'beograd-palilula',
      'beograd-vozdovac',
    ],
  },
  {
    id: 'rs.csw.novi-sad',
    name: 'Centre for Social Work Novi Sad',
    kind: 'csw',
    jurisdiction: 'RS',
    competentAreas: ['novi-sad'],
  },
  {
    id: 'rs.csw.nis',
    name: 'Centre for Social Work Niš',
    kind: 'csw',
    jurisdiction: 'RS',
    competentAreas: ['nis'],
  },
  {
    id: 'rs.prosecutor.belgrade',
    name: 'Higher Public Prosecutor’s Office Belgrade – THB focal point',
    kind: 'prosecutor',
    jurisdiction: 'RS',
    competentAreas: [],
  },
  {
    id: 'rs.kirs',
    name: 'Commissariat for Refugees and Migration',
    kind: 'asylum-migration-authority',
    jurisdiction: 'RS',
    competentAreas: [],
  },
  {
    id: 'rs.national-coordinator',
    name: 'National Anti-trafficking Coordinator',
    kind: 'national-coordinator',
    jurisdiction: 'RS',
    competentAreas: [],
  },
  {
    id: 'rs.astra',
    name: 'ASTRA – Anti Trafficking Action',
    kind: 'ngo',
    jurisdiction: 'RS',
    competentAreas: [],
  },
  {
    id: 'rs.atina',
    name: 'Atina – Citizens Association for Combating Trafficking',
    kind: 'ngo',
    jurisdiction: 'RS',
    competentAreas: [],
  },
  {
    id: 'at.lefoe-ibf',
    name: 'LEFÖ-IBF – Intervention Centre for Trafficked Women',
    kind: 'foreign-partner',
    jurisdiction: 'AT',
    competentAreas: [],
  },
];

/**
 * The Serbian (Latin script) names of the agencies above, for the Serbian subject access
 * report (the sr-Cyrl report transliterates them). The foreign partner keeps its own name.
 */
export const SERBIAN_AGENCY_NAMES: Readonly<Record<string, string>> = {
  'rs.cptv': 'Centar za zaštitu žrtava trgovine ljudima',
  'rs.police.belgrade-thb':
    'Policijska uprava za grad Beograd – Odeljenje za suzbijanje trgovine ljudima',
  'rs.police.border': 'Uprava granične policije',
  'rs.csw.belgrade': 'Gradski centar za socijalni rad u Beogradu',
  'rs.csw.novi-sad': 'Centar za socijalni rad Grada Novog Sada',
  'rs.csw.nis': 'Centar za socijalni rad Niš',
  'rs.prosecutor.belgrade': 'Više javno tužilaštvo u Beogradu – kontakt tačka za trgovinu ljudima',
  'rs.kirs': 'Komesarijat za izbeglice i migracije',
  'rs.national-coordinator': 'Nacionalni koordinator za borbu protiv trgovine ljudima',
  'rs.astra': 'ASTRA – Akcija protiv trgovine ljudima',
  'rs.atina': 'Atina – Udruženje građana za borbu protiv trgovine ljudima',
};
