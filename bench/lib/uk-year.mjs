import { performance } from 'node:perf_hooks';
import { demoAgency } from './agencies.mjs';
import { acknowledge, inParallel, pull, submit, warmToken } from './exchange.mjs';
import { presealer } from './presealed.mjs';
import { drawProfile } from './uk-mix.mjs';
import { seeded } from './random.mjs';

// The statistics name first responders the demo registry does not have: each organisation is
// mapped, stably by name, onto a demo agency that refers under public task. (A demo NGO would
// first need the subject's consent record on file: the policy refuses an NGO's public-task
// referral, so the replay would measure consent bookkeeping the table does not describe.)
const FIRST_RESPONDERS = ['rs.police.belgrade-thb', 'rs.csw.belgrade'];
const COMPETENT_AUTHORITY = 'rs.cptv';
// A child's referral must also address a centre for social work (routing policy).
const CHILDS_CSW = 'rs.csw.nis';
const MESSAGES_PER_CASE = { min: 15, max: 25 };

const stableIndex = (text, n) =>
  [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % n;
const subjectOf = (n) => `sub_Uk${String(n).padStart(18, '0')}`;

/**
 * The year replayed through the gateway as fast as it goes: per case one referral from the first
 * responder to the competent authority, then follow-ups (info requests and answers, ≈ 20
 * messages a case in all), each submitted, pulled and acknowledged. Payloads are sealed once per
 * direction (the gateway never reads them); the case's profile shows in the envelope as the
 * child flag. `progress(done, total)` hears every batch.
 */
export async function replayYear(gateway, { cases, mix, seed = 1, batchCases = 20, progress }) {
  const random = seeded(seed);
  const cptv = await demoAgency(gateway.dataDir, COMPETENT_AUTHORITY);
  const csw = await demoAgency(gateway.dataDir, CHILDS_CSW);
  const responders = await Promise.all(
    FIRST_RESPONDERS.map((id) => demoAgency(gateway.dataDir, id)),
  );
  for (const agency of [cptv, csw, ...responders]) {
    await warmToken(gateway.url, agency);
  }
  const toCptv = await Promise.all(
    responders.map((responder) => presealer({ sender: responder, recipients: [cptv] })),
  );
  const childReferral = await Promise.all(
    responders.map((responder) => presealer({ sender: responder, recipients: [cptv, csw] })),
  );
  const fromCptv = await Promise.all(
    responders.map((responder) => presealer({ sender: cptv, recipients: [responder] })),
  );
  const plan = [];
  for (let n = 0; n < cases; n++) {
    const profile = drawProfile(mix, random);
    const length =
      MESSAGES_PER_CASE.min +
      Math.floor(random() * (MESSAGES_PER_CASE.max - MESSAGES_PER_CASE.min + 1));
    plan.push({
      n,
      profile,
      responder: stableIndex(profile.firstResponder, responders.length),
      length,
    });
  }
  const total = plan.reduce((sum, c) => sum + c.length, 0);
  const envelopes = [];
  let done = 0;
  const start = performance.now();
  for (let b = 0; b < plan.length; b += batchCases) {
    const batch = plan.slice(b, b + batchCases);
    const cases = [];
    for (const c of batch) {
      const fields = {
        subject: subjectOf(c.n),
        subjectIsChild: c.profile.age === 'Child (17 or under)',
      };
      const messages = [];
      for (let i = 0; i < c.length; i++) {
        const inbound = i === 0 || i % 2 === 0;
        const child = fields.subjectIsChild && i === 0;
        const make = child
          ? childReferral[c.responder]
          : inbound
            ? toCptv[c.responder]
            : fromCptv[c.responder];
        const type = i === 0 ? 'nrm.referral' : inbound ? 'nrm.info-response' : 'nrm.info-request';
        messages.push({
          sender: inbound ? responders[c.responder] : cptv,
          recipients: child ? [cptv, csw] : inbound ? [cptv] : [responders[c.responder]],
          message: await make({ ...fields, type }),
        });
      }
      cases.push(messages);
    }
    // Cases in parallel, each case's messages in order: a follow-up never overtakes its referral.
    await inParallel(cases, 8, async (messages) => {
      for (const m of messages) {
        await submit(gateway.url, m.sender, m.message);
      }
    });
    const flat = cases.flat();
    const byId = new Map(flat.map((m) => [m.message.id, m]));
    for (const agency of [cptv, csw, ...responders]) {
      const mine = flat.filter((m) => m.recipients.includes(agency)).length;
      let acked = 0;
      while (acked < mine) {
        const waiting = (await pull(gateway.url, agency)).filter((m) => byId.has(m.id));
        if (waiting.length === 0) {
          throw new Error(`${agency.id}: ${mine - acked} messages never arrived`);
        }
        await inParallel(waiting, 8, (m) =>
          acknowledge(gateway.url, agency, m.id, byId.get(m.id).message.acks.get(agency.id)),
        );
        // Each message counted once, by its first recipient.
        for (const m of waiting.filter((w) => byId.get(w.id).recipients[0] === agency)) {
          envelopes.push(JSON.parse(Buffer.from(m.envelope, 'base64').toString('utf8')));
        }
        acked += waiting.length;
      }
    }
    done += flat.length;
    progress?.(done, total);
  }
  return { seconds: (performance.now() - start) / 1000, messages: total, envelopes, plan };
}

/** What the gateway saw, from the envelopes the recipients received. */
export function envelopeStatistics(envelopes) {
  const count = (key) => {
    const counts = {};
    for (const e of envelopes) {
      counts[key(e)] = (counts[key(e)] ?? 0) + 1;
    }
    return counts;
  };
  return {
    messages: envelopes.length,
    subjects: new Set(envelopes.map((e) => e.subject)).size,
    referrals: envelopes.filter((e) => e.type === 'nrm.referral').length,
    byType: count((e) => e.type),
    bySender: count((e) => e.from),
    childSubjectsShare: Number(
      (
        envelopes.filter((e) => e.type === 'nrm.referral' && e.subjectIsChild).length /
        Math.max(1, envelopes.filter((e) => e.type === 'nrm.referral').length)
      ).toFixed(3),
    ),
  };
}
