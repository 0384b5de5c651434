// The README's five-line example (type-checked with the rest by scripts/generate-clients.sh).
import { createKalkanClient, unwrap } from "../src/index.ts";
const kalkan = createKalkanClient({ baseUrl: process.env.KALKAN_URL ?? "http://127.0.0.1:8000" });
await kalkan.login("you@example.com", "Correct-Horse-9");
const runs = unwrap(await kalkan.api.GET("/api/v1/backtest/history", { params: { query: { limit: 10 } } }));
console.log(runs.items.map((run) => `${run.strategy}: ${run.status}`));
