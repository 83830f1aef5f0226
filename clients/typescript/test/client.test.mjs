// The built package (dist/) against a live server: API_BASE_URL, and API_TOKEN (a curator's
// token from `flask tokens create`) for the write. Without them the tests skip.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createApiClient, nextCursor } from "tradepromo-api-client";

const baseUrl = process.env.API_BASE_URL;
const token = process.env.API_TOKEN;
const skip = baseUrl ? false : "set API_BASE_URL (and API_TOKEN) to a live server";

test("a filtered list, page by page through links.next", { skip }, async () => {
  const api = createApiClient({ baseUrl });
  const query = { kind: ["purchase_order", "signed_project"], sort: ["id"] };
  const all = await api.GET("/api/v1/deals", { params: { query: { ...query, limit: 100 } } });
  assert.equal(all.response.status, 200, JSON.stringify(all.error));
  // two values go as the document declares: one comma-separated parameter
  assert.match(all.response.url, /kind=purchase_order%2Csigned_project|kind=purchase_order,signed_project/);
  const kinds = new Set(all.data.data.map((deal) => deal.kind));
  assert.deepEqual([...kinds].sort(), ["purchase_order", "signed_project"]);

  const ids = [];
  let cursor;
  do {
    const { data, error, response } = await api.GET("/api/v1/deals", {
      params: { query: { ...query, limit: 2, ...(cursor ? { cursor } : {}) } },
    });
    assert.equal(response.status, 200, JSON.stringify(error));
    assert.ok(data.data.length <= 2);
    ids.push(...data.data.map((deal) => deal.id));
    assert.equal(response.headers.get("Link")?.includes('rel="next"') ?? false, data.links.next !== null);
    cursor = nextCursor(data.links.next);
  } while (cursor !== undefined);
  assert.deepEqual(ids, all.data.data.map((deal) => deal.id));
});

test("expand embeds the related record", { skip }, async () => {
  const api = createApiClient({ baseUrl });
  const plain = await api.GET("/api/v1/deals", { params: { query: { limit: 1 } } });
  const expanded = await api.GET("/api/v1/deals", { params: { query: { limit: 1, expand: ["expo", "parties"] } } });
  assert.equal(expanded.response.status, 200, JSON.stringify(expanded.error));
  const [deal] = expanded.data.data;
  assert.equal(typeof deal.expo, "object");
  assert.equal(deal.expo.id, plain.data.data[0].expo);
});

test("an item, then a write with If-Match", { skip: skip || (token ? false : "set API_TOKEN") }, async () => {
  const reader = createApiClient({ baseUrl });
  const curator = createApiClient({ baseUrl, token });
  const page = await reader.GET("/api/v1/deals", { params: { query: { limit: 1 } } });
  const dealId = page.data.data[0].id;

  const item = await reader.GET("/api/v1/deals/{deal_id}", { params: { path: { deal_id: dealId } } });
  assert.equal(item.response.status, 200);
  assert.equal(item.data.id, dealId);
  const etag = item.response.headers.get("ETag");
  assert.ok(etag);

  const note = `Checked by the TypeScript client at ${new Date().toISOString()}.`;
  const patched = await curator.PATCH("/api/v1/deals/{deal_id}", {
    params: { path: { deal_id: dealId }, header: { "If-Match": etag } },
    body: { note },
  });
  assert.equal(patched.response.status, 200, JSON.stringify(patched.error));
  assert.equal(patched.data.note, note);
  assert.notEqual(patched.response.headers.get("ETag"), etag);

  // the same ETag again is stale: 412, a problem+json
  const stale = await curator.PATCH("/api/v1/deals/{deal_id}", {
    params: { path: { deal_id: dealId }, header: { "If-Match": etag } },
    body: { note: "A lost update." },
  });
  assert.equal(stale.response.status, 412);
  assert.equal(stale.response.headers.get("Content-Type"), "application/problem+json");
  assert.equal(stale.error.status, 412);

  // without a token: 401, with WWW-Authenticate
  const anonymous = await reader.PATCH("/api/v1/deals/{deal_id}", {
    params: { path: { deal_id: dealId }, header: { "If-Match": etag } },
    body: { note },
  });
  assert.equal(anonymous.response.status, 401);
  assert.match(anonymous.response.headers.get("WWW-Authenticate") ?? "", /^Bearer/);
});
