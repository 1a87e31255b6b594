// The three HTTP steps of an exchange, for pre-signed messages: submit, pull, acknowledge.
// Node's global fetch (undici), named so the linter's plain-JavaScript globals know it.
const { fetch } = globalThis;
const json = (token) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

async function expect(response, status, what) {
  const text = await response.text();
  if (response.status !== status) {
    throw new Error(`${what}: ${response.status} ${text.slice(0, 300)}`);
  }
  return text;
}

export async function submit(url, sender, message) {
  const response = await fetch(`${url}/v1/messages`, {
    method: 'POST',
    headers: json(sender.token),
    body: message.submitBody,
  });
  await expect(response, 202, `submit ${message.id}`);
}

/** The oldest messages waiting for `recipient` (at most 100). */
export async function pull(url, recipient) {
  const response = await fetch(`${url}/v1/inbox?limit=100`, {
    headers: { authorization: `Bearer ${recipient.token}` },
  });
  return JSON.parse(await expect(response, 200, `inbox of ${recipient.id}`)).messages;
}

export async function acknowledge(url, recipient, id, body) {
  const response = await fetch(`${url}/v1/messages/${id}/ack`, {
    method: 'POST',
    headers: json(recipient.token),
    body,
  });
  await expect(response, 200, `ack ${id} by ${recipient.id}`);
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inParallel(items, limit, work) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(lanes);
}

/**
 * One authenticated request before the parallel ones: the gateway counts token checks in
 * flight against the credential's failed-authentication allowance (10), so more than ten first
 * requests at once with a token it has not verified yet are refused RATE_LIMITED.
 */
export async function warmToken(url, agency) {
  const response = await fetch(`${url}/v1/inbox?limit=1`, {
    headers: { authorization: `Bearer ${agency.token}` },
  });
  await response.arrayBuffer();
  if (response.status === 401 || response.status === 429) {
    throw new Error(`${agency.id}: token refused (${response.status})`);
  }
}
