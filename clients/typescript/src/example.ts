/**
 * An example of the typed client: every path, parameter and field below is checked by tsc
 * against src/schema.ts, which `npm run generate` produces from ../../openapi.yaml.
 * Rename a field in the spec and this stops compiling (`npm run typecheck`).
 */
import { createApiClient, nextCursor, ApiError, type Schemas } from "./index.js";

type Deal = Schemas["Deal"];
type DealFields = Schemas["DealFields"];
type Money = Schemas["Money"];

/** "USD 100,000,000 to 999,999,999 (hundreds of millions of dollars)" */
export function describeAmount(amount: Money): string {
  const { low, high, currency, as_reported } = amount;
  const fmt = (n: number | null | undefined) => (n == null ? "?" : n.toLocaleString("en-US"));
  const bounds = low === high ? fmt(low) : `${fmt(low)} to ${fmt(high)}`;
  return `${currency} ${bounds} (${as_reported})`;
}

/**
 * A record read with `fields` or `expand` is documented as either the whole record or its
 * shaped form (`DealFields`: only `id` for sure, references possibly embedded records).
 * A deal read without them is whole, with ids for references: the full `Deal`.
 */
export function isWholeDeal(deal: Deal | DealFields): deal is Deal {
  return (
    "title" in deal && "kind" in deal && "scope" in deal && "sources" in deal && typeof deal.expo === "string"
  );
}

/** Every purchase order of at least `minimum` (tested on the amount's low bound), all pages. */
export async function purchaseOrdersOfAtLeast(baseUrl: string, minimum: number): Promise<Deal[]> {
  const api = createApiClient({ baseUrl });
  const deals: Deal[] = [];
  let cursor: string | undefined;
  do {
    const { data, error } = await api.GET("/api/v1/deals", {
      params: {
        query: { kind: ["purchase_order"], "amount[gte]": minimum, limit: 2, ...(cursor === undefined ? {} : { cursor }) },
      },
    });
    if (error) throw new ApiError(error);
    // the same operation also answers CSV and NDJSON (`format`, `Accept`); we asked for JSON
    if (typeof data === "string") throw new Error("expected JSON, got an export");
    for (const deal of data.data) {
      if (!isWholeDeal(deal)) throw new Error(`expected whole deals (no fields, no expand): ${deal.id}`);
      deals.push(deal);
    }
    cursor = nextCursor(data.links.next); // undefined on the last page
  } while (cursor !== undefined);
  return deals;
}

export async function main(baseUrl = "http://127.0.0.1:8000"): Promise<void> {
  for (const deal of await purchaseOrdersOfAtLeast(baseUrl, 100_000_000)) {
    const amount = deal.amount ? describeAmount(deal.amount) : "amount not stated";
    console.log(`${deal.id} at ${deal.expo}: ${amount}`);
  }
}
