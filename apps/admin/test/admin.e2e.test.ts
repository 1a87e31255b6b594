/**
 * The admin app end to end: the built app served by a real embedded gateway at /admin, the
 * gateway loaded by `pnpm demo`, Debian's Chromium driven by playwright-core. One gateway and
 * one demo load for the whole file. Screenshots go to apps/admin/test-results/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../../packages/gateway/src/registry/openpgp-signature.js';
import { CHROMIUM, demoGateway, ensureBuilt, resultsDir } from './gateway-fixture.js';

type Role = 'operator' | 'dpo' | 'auditor';
const PAGES: Record<Role, string[]> = {
  operator: ['Operations', 'Agencies and keys'],
  dpo: ['Consents', 'Disclosures', 'Policy', 'Transparency log', 'Subject access', 'Procedure map'],
  auditor: ['Accountability figures', 'Procedure map', 'Transparency log'],
};

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  // CI installs it (apt-get install -y chromium); say why nothing ran.
  console.warn(`admin e2e skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium)('admin app in Chromium against a demo-loaded gateway', () => {
  let fixture: Awaited<ReturnType<typeof demoGateway>>;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    ensureBuilt();
    fixture = await demoGateway();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
    if (fixture !== undefined) {
      rmSync(fixture.dataDir, { recursive: true, force: true });
    }
  });

  async function signedIn(role: Role, path = ''): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${fixture.gateway.url}/admin/${path}`);
    await page.getByLabel('Admin token').fill(fixture.token(role));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Signed in as/).waitFor();
    return page;
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });

  it('the demo loaded the gateway and published the authority’s figures', () => {
    expect(fixture.demoOutput).toMatch(/all \d+ steps got their expected answer/);
    expect(fixture.demoOutput).toMatch(/rs\.cptv published its signed, suppressed statistics/);
  });

  it('signs in as each role, shows only that role’s pages and refuses the others', async () => {
    for (const role of ['operator', 'dpo', 'auditor'] as const) {
      const page = await signedIn(role);
      const links = await page
        .getByRole('navigation', { name: 'pages' })
        .getByRole('link')
        .allTextContents();
      expect(links).toEqual(PAGES[role]);
      expect(page.url()).not.toContain(fixture.token(role));
      await shot(page, `sign-in-${role}`);
      // Another role's page by its address: the app says so; the server refuses the data too.
      const foreign = role === 'operator' ? 'consents' : 'operations';
      await page.goto(`${fixture.gateway.url}/admin/${foreign}`);
      await page.getByText('Your role cannot open this page').waitFor();
      await page.context().close();
    }
  });

  it('refuses an agency token at sign-in and says which token to use', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixture.gateway.url}/admin/`);
    await page.getByLabel('Admin token').fill(fixture.agencyToken('rs.cptv'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This is an agency token').waitFor();
    await page.getByLabel('Admin token').fill('nra_wrong.token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'UNAUTHENTICATED' }).waitFor();
    await page.close();
  });

  it('is usable from the keyboard and in Serbian (Latin)', async () => {
    const page = await browser.newPage();
    await page.goto(`${fixture.gateway.url}/admin/`);
    await page.getByLabel('Language').selectOption('sr-Latn');
    await page.getByLabel('Administratorski token').focus();
    await page.keyboard.type(fixture.token('dpo'));
    await page.keyboard.press('Enter');
    await page.getByText(/^Prijavljeni ste kao/).waitFor();
    await page.keyboard.press('Tab');
    const nav = await page.getByRole('navigation').getByRole('link').allTextContents();
    expect(nav).toContain('Pristanci');
    await shot(page, 'dpo-sr-latn');
    await page.close();
  });

  it('operator: health, queues, throughput, and a message trace with a timeline per recipient', async () => {
    const page = await signedIn('operator', 'operations');
    await page.getByTestId('ready').filter({ hasText: 'ok ready' }).waitFor();
    expect(
      Number(await page.locator('td[data-status="acknowledged"]').textContent()),
    ).toBeGreaterThan(0);
    await page.getByTestId('recent-deliveries').getByRole('button').first().click();
    const trace = page.getByTestId('trace');
    await trace.waitFor();
    expect(await trace.textContent()).toMatch(/accepted by the gateway/);
    expect(await trace.locator('section[data-recipient]').count()).toBeGreaterThan(0);
    // A trace shows envelope facts only: no payload, no ciphertext.
    expect(await page.content()).not.toMatch(/BEGIN PGP MESSAGE|"payload"/);
    await trace.scrollIntoViewIfNeeded();
    await shot(page, 'operator-trace');
    await page.context().close();
  });

  it('operator: redelivers a dead letter once the endpoint works again', async () => {
    const page = await signedIn('operator', 'operations');
    const row = page
      .getByTestId('dead-letters')
      .getByRole('row')
      .filter({ hasText: fixture.deadLetterId });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/HTTP 503/);
    await shot(page, 'operator-dead-letter');
    fixture.webhook.state.healthy = true;
    await row.getByRole('button', { name: 'Redeliver' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Queued again for rs.police.belgrade-thb' })
      .waitFor();
    await page.getByLabel('Message id').fill(fixture.deadLetterId);
    await page.getByRole('button', { name: 'Open trace' }).last().click();
    // The worker delivers it to the now healthy webhook; the trace shows it delivered.
    for (;;) {
      await page.getByRole('button', { name: 'Open trace' }).last().click();
      const text = (await page.getByTestId('trace').textContent()) ?? '';
      if (/— delivered/.test(text)) {
        break;
      }
      await page.waitForTimeout(250);
    }
    expect(fixture.webhook.received).toContain(fixture.deadLetterId);
    await shot(page, 'operator-redelivered');
    await page.context().close();
  });

  it('operator: agencies and their keys with fingerprints for out-of-band checks', async () => {
    const page = await signedIn('operator', 'agencies');
    await page.getByRole('button', { name: 'rs.cptv', exact: true }).click();
    const grouped = fixture
      .agencyFingerprint('rs.cptv')
      .toUpperCase()
      .replace(/(.{4})(?=.)/g, '$1 ');
    await page.getByTestId('keys').getByText(grouped).waitFor();
    // Register an agency: a kind the domain does not know is refused, naming the field.
    const form = page.locator('section[aria-labelledby="register-agency"]');
    await form.getByLabel('Agency id').fill('rs.csw.subotica');
    await form.getByLabel('Name', { exact: true }).fill('Centar za socijalni rad Subotica');
    await form.getByLabel('Kind').fill('charity');
    await form.getByLabel('Competent areas').fill('subotica');
    await form.getByRole('button', { name: 'Register or update an agency' }).click();
    await form.getByRole('alert').filter({ hasText: 'Field: input.agency.kind' }).waitFor();
    await form.getByLabel('Kind').fill('csw');
    await form.getByRole('button', { name: 'Register or update an agency' }).click();
    await form.getByRole('status').filter({ hasText: 'Agency rs.csw.subotica saved.' }).waitFor();
    // Its first key, registered from the form, then revoked after the confirmation.
    await page.getByRole('button', { name: 'rs.csw.subotica', exact: true }).click();
    const key = await generateKeyPair('rs.csw.subotica', new Date());
    await page.getByLabel('Armored public key').fill(key.publicKey);
    await page.getByRole('button', { name: 'Register key' }).click();
    const keyGrouped = key.fingerprint.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
    await page.getByRole('status').filter({ hasText: keyGrouped }).waitFor();
    const keyRow = page.getByTestId('keys').getByRole('row').filter({ hasText: keyGrouped });
    expect(await keyRow.textContent()).toContain('valid');
    page.once('dialog', (dialog) => void dialog.accept());
    await keyRow.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('status').filter({ hasText: 'Key revoked.' }).waitFor();
    await keyRow.filter({ hasText: 'revoked' }).waitFor();
    await shot(page, 'operator-agencies-keys');
    await page.context().close();
  });

  it('DPO: consents, disclosures, the policy in force', async () => {
    const page = await signedIn('dpo', 'consents');
    await page.getByLabel('Subject pseudonym').fill('sub_DemoS4Withdrawal0000');
    await page.getByRole('button', { name: 'Show' }).first().click();
    await page
      .getByRole('cell', { name: /^\d{4}-\d\d-\d\dT/ })
      .first()
      .waitFor();
    await page.getByLabel('Agency', { exact: true }).selectOption('rs.astra');
    await page.getByRole('cell', { name: 'sub_DemoS5DutyToReport00' }).first().waitFor();
    await shot(page, 'dpo-consents');
    await page.getByRole('link', { name: 'Disclosures' }).click();
    await page.getByTestId('disclosures-disclosures').waitFor();
    await page.getByRole('tab', { name: 'Denied attempts' }).click();
    await page.getByTestId('disclosures-denied').getByText('route-forbidden').first().waitFor();
    await page.getByRole('tab', { name: /basis other than consent/ }).click();
    await page.getByTestId('disclosures-nonConsent').waitFor();
    await shot(page, 'dpo-disclosures');
    await page.getByRole('link', { name: 'Policy' }).click();
    await page.getByText('rs-nrm-gateway', { exact: true }).waitFor();
    await shot(page, 'dpo-policy');
    await page.context().close();
  });

  it('DPO: opens a subject access report in Serbian and downloads it', async () => {
    const page = await signedIn('dpo', 'subject-access');
    await page.getByLabel('Subject pseudonym').fill('sub_DemoS4Withdrawal0000');
    await page.getByLabel('Report language').selectOption('sr-Latn');
    await page.getByRole('button', { name: 'Open report' }).click();
    const report = page.frameLocator('iframe.report');
    await report.locator('body').waitFor();
    const text = (await report.locator('body').textContent()) ?? '';
    expect(text).toContain('sub_DemoS4Withdrawal0000');
    await page.getByRole('button', { name: 'Print' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    const saved = join(resultsDir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe(
      'subject-access-sub_DemoS4Withdrawal0000-sr-Latn.html',
    );
    expect(readFileSync(saved, 'utf8')).toContain('sub_DemoS4Withdrawal0000');
    await shot(page, 'dpo-subject-access');
    await page.context().close();
  });

  it('auditor: the authority’s figures drawn as charts with data, and a suppressed CSV export', async () => {
    const page = await signedIn('auditor', 'accountability');
    const figure = page.locator('[data-figure="referralsByChannel"]');
    await figure.locator('figure.chart').waitFor();
    expect(
      Number(await figure.locator('figure.chart').getAttribute('data-points')),
    ).toBeGreaterThan(0);
    // The canvas really has bars on it: count pixels that are not transparent.
    const painted = await figure.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      const { data } = context!.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) {
        n += data[i]! > 0 ? 1 : 0;
      }
      return n;
    });
    expect(painted).toBeGreaterThan(1000);
    await page.getByText(/Computed from case content by rs\.cptv/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: /Export CSV/ }).click(),
    ]);
    const csv = join(resultsDir, download.suggestedFilename());
    await download.saveAs(csv);
    const lines = readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Year,police,/);
    expect(lines.at(-1)).toMatch(/^All years,/);
    await page.locator('[data-figure="volumesByType"]').waitFor();
    await shot(page, 'auditor-accountability');
    await page.context().close();
  });

  it('procedure map: cases per phase from the published aggregate, pseudonymous cases on selection', async () => {
    const page = await signedIn('auditor', 'procedure');
    const interview = page.locator('button[data-phase="interview"]');
    await interview.waitFor();
    expect(await interview.locator('.cases').textContent()).toBe('11');
    await interview.click();
    await page.getByTestId('cases').getByRole('listitem').first().waitFor();
    expect(await page.getByTestId('cases').getByRole('listitem').count()).toBe(11);
    await shot(page, 'procedure-map');
    await page.context().close();
  });

  it('transparency log: the badge is green, and turns red after a stored entry is edited', async () => {
    const page = await signedIn('dpo', 'log');
    const badge = page.getByTestId('log-badge');
    await page.locator('[data-testid="log-badge"][data-state="verified"]').waitFor();
    await shot(page, 'log-badge-verified');
    const db = new Database(join(fixture.dataDir, 'gateway.sqlite'));
    db.prepare(
      `update transparency_log set entry = replace(entry, '"kind"', '"kind" ') where seq = 1`,
    ).run();
    db.close();
    await page.reload();
    await page.locator('[data-testid="log-badge"][data-state="failed"]').waitFor();
    expect(await badge.textContent()).toBe('Log NOT verified');
    await page.getByText(/Problems found: entry 1 does not match/).waitFor();
    await shot(page, 'log-badge-failed');
    await page.context().close();
  });
});
