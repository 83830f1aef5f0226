/**
 * A typed client of the trade-promotion records API: every path, parameter and
 * field below is checked by tsc against src/schema.d.ts, which `npm run generate`
 * produces from ../../openapi.yaml. Rename a field in the spec and this stops compiling.
 *
 *   npm run check     # generate + tsc --noEmit (strict)
 */
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

type Deal = components["schemas"]["Deal"];
type DealFields = components["schemas"]["DealFields"];
type Money = components["schemas"]["Money"];

export const client = createClient<paths>({ baseUrl: "http://127.0.0.1:8000" });

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
export async function purchaseOrdersOfAtLeast(minimum: number): Promise<Deal[]> {
  const deals: Deal[] = [];
  let cursor: string | undefined;
  for (;;) {
    const { data, error } = await client.GET("/api/v1/deals", {
      params: {
        query: {
          kind: ["purchase_order"],
          "amount[gte]": minimum,
          limit: 2,
          ...(cursor === undefined ? {} : { cursor }),
        },
      },
    });
    if (error) throw new Error(`${error.status} ${error.title}: ${error.detail ?? ""}`);
    // the same operation also answers CSV and NDJSON (`format`, `Accept`); we asked for JSON
    if (typeof data === "string") throw new Error("expected JSON, got an export");
    for (const deal of data.data) {
      if (!isWholeDeal(deal)) throw new Error(`expected whole deals (no fields, no expand): ${deal.id}`);
      deals.push(deal);
    }
    const next = data.links.next;
    if (next == null) return deals; // the last page
    // links.next is the relative URL of the next page; its cursor is what we pass back
    cursor = new URL(next, "http://placeholder").searchParams.get("cursor") ?? undefined;
    if (cursor === undefined) throw new Error(`links.next has no cursor: ${next}`);
  }
}

export async function main(): Promise<void> {
  for (const deal of await purchaseOrdersOfAtLeast(100_000_000)) {
    const amount = deal.amount ? describeAmount(deal.amount) : "amount not stated";
    console.log(`${deal.id} at ${deal.expo}: ${amount}`);
  }
}
