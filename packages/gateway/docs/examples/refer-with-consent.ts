import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NrmClient, readAgencyPrivateKey, type SendRequest } from '@nrm/client';

/** An SDK client for an agency folder (`nrm init` or the demo seed: token + private-key.asc). */
async function clientFor(gatewayUrl: string, dir: string, agencyId: string): Promise<NrmClient> {
  return new NrmClient({
    gatewayUrl,
    agencyId,
    token: readFileSync(join(dir, 'token'), 'utf8').trim(),
    privateKey: await readAgencyPrivateKey(readFileSync(join(dir, 'private-key.asc'), 'utf8')),
    stateDir: dir, // the SDK remembers there which messages it already handed over
  });
}

/**
 * ASTRA records a woman's consent and refers her to CPTV on it (`nrm.referral` v3); CPTV
 * pulls its inbox (each message opened, verified, upgraded to the latest payload version and
 * acknowledged); ASTRA reads the delivery status. `agencies` is a folder of agency folders,
 * e.g. `.data/demo-agencies`.
 */
export async function referWithConsent(gatewayUrl: string, agencies: string): Promise<string> {
  const astra = await clientFor(gatewayUrl, join(agencies, 'rs.astra'), 'rs.astra');
  const subject = 'sub_AstraSosLine000000001';
  const now = Date.now();
  const consent = {
    id: randomUUID(),
    subject,
    controller: 'rs.astra',
    givenBy: 'self',
    recipients: [{ by: 'agency', agency: 'rs.cptv' }],
    purposes: ['identification'],
    // Everything the referral below carries: the SDK derives these from its sections.
    categories: [
      'identity',
      'contact',
      'location',
      'family',
      'exploitation',
      'migration',
      'assistance',
      'process',
    ],
    obtainedAt: new Date(now - 60_000).toISOString(),
    validFrom: new Date(now - 60_000).toISOString(),
    validUntil: new Date(now + 365 * 86_400_000).toISOString(),
    language: 'sr',
    formVersion: 'rs-2026.1',
  };
  const common = {
    to: ['rs.cptv'],
    subject,
    purpose: 'identification',
    legalBasis: 'consent',
    consentRefs: [consent.id],
    subjectIsChild: false,
  } satisfies Partial<SendRequest>;
  // The SDK validates the payload, derives its data categories, seals it to CPTV's current key,
  // signs the envelope and verifies the gateway's signed acceptance receipt.
  await astra.send({
    ...common,
    type: 'nrm.consent-record',
    version: 1,
    payload: consent,
    consentScope: consent, // travels in clear, signed, so the gateway can enforce it (ADR 0004)
  });

  // The referral on that consent: the 13 top-level fields of `nrm.referral` v3.
  const referral = {
    id: 'ref_AstraSosLine0001',
    casePseudonym: 'case_AstraSosLine0000001',
    subject: {
      pseudonym: subject,
      age: { status: 'documented', birthDate: '1997-02-11' },
      gender: 'female',
      citizenship: ['RS'],
      migrationStatus: 'citizen',
      unaccompanied: false,
      separated: false,
      languages: ['sr'],
      interpreterNeeded: false,
    },
    referringAgency: 'rs.astra',
    channel: 'ngo',
    referredAt: new Date(now).toISOString(),
    recipients: ['rs.cptv'],
    exploitation: {
      forms: ['sexual'],
      countriesOfRecruitment: [],
      countriesOfExploitation: ['DE'],
      domestic: false,
    },
    indicators: [
      {
        catalogue: 'iom-national',
        indicator: 'iom-national.documents-held-by-another',
        observedBy: 'rs.astra',
        observedAt: new Date(now - 3_600_000).toISOString(),
      },
      {
        // No catalogue id fits: v3 carries the observation in the counsellor's words.
        catalogue: 'iom-national',
        text: 'Was told she owes the cost of the journey and must work it off.',
        observedBy: 'rs.astra',
        observedAt: new Date(now - 3_600_000).toISOString(),
      },
    ],
    immediateNeeds: ['safe-accommodation'],
    interpreter: { needed: false },
    area: 'beograd-stari-grad',
    consentRefs: [consent.id],
  };
  const sent = await astra.send({ ...common, type: 'nrm.referral', version: 3, payload: referral });

  const cptv = await clientFor(gatewayUrl, join(agencies, 'rs.cptv'), 'rs.cptv');
  for await (const item of cptv.inbox()) {
    if (!item.ok) {
      // Not handed over, not acknowledged. `item.rejected`: a failed check (SIGNATURE_INVALID,
      // DIGEST_MISMATCH, …) rejected on the gateway, the sender sees the code; otherwise a
      // transient failure, and the message comes again on a later pull.
      console.error(`${item.rejected ? 'rejected' : 'failed'} ${item.id}: ${item.error.code}`);
      continue;
    }
    console.log(`${item.message.envelope.type} from ${item.message.envelope.from}`);
  }

  const status = await astra.status(sent.id);
  return status.recipients.map((r) => `${r.agency} ${r.status}`).join(', ');
}
