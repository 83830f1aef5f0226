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
type Money = components["schemas"]["Money"];

export const client = createClient<paths>({ baseUrl: "http://127.0.0.1:8000" });

/** "USD 100,000,000 to 999,999,999 (hundreds of millions of dollars)" */
export function describeAmount(amount: Money): string {
  const { low, high, currency, as_reported } = amount;
  const fmt = (n: number | null | undefined) => (n == null ? "?" : n.toLocaleString("en-US"));
  const bounds = low === high ? fmt(low) : `${fmt(low)} to ${fmt(high)}`;
  return `${currency} ${bounds} (${as_reported})`;
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
    deals.push(...data.data);
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
    const expo = typeof deal.expo === "string" ? deal.expo : deal.expo.id;
    console.log(`${deal.id} at ${expo}: ${amount}`);
  }
}
