// Log in, upload the shared BTC/USDT 1h candles, run a backtest and print its headline numbers.
//   KALKAN_URL=http://127.0.0.1:8000 KALKAN_EMAIL=... KALKAN_PASSWORD=... node backtest.js FILE
// Type-checked by scripts/generate-clients.sh (`tsc --strict --noEmit`).
import { readFile } from "node:fs/promises";
import { createKalkanClient, unwrap } from "../src/index.ts";

const kalkan = createKalkanClient({ baseUrl: process.env.KALKAN_URL ?? "http://127.0.0.1:8000" });
await kalkan.login(process.env.KALKAN_EMAIL ?? "you@example.com", process.env.KALKAN_PASSWORD ?? "");

const path = process.argv[2] ?? "../shared/data/ohlcv/binance_spot/Binance_BTCUSDT_1h.csv";
const imported = await kalkan.uploadCandles({
  file: new Blob([await readFile(path)], { type: "text/csv" }),
  exchange: "binance",
  symbol: "BTC/USDT",
  timeframe: "1h",
});
console.log(`imported ${imported.inserted} candles, ${imported.first} → ${imported.last}`);

const run = unwrap(
  await kalkan.api.POST("/api/v1/backtest/run", {
    body: {
      strategy: "sma_cross",
      params: { fast: 20, slow: 50 },
      symbols: ["BTC/USDT"],
      timeframe: "1h",
      exchange: "binance",
      start: "2020-01-01T00:00:00Z",
      end: "2021-01-01T00:00:00Z",
      stop_loss: { type: "fixed_pct", value: 0.05 },
    },
  }),
);
if (run.job_id) {
  const job = await kalkan.waitForJob(run.job_id);
  if (job.status !== "succeeded") throw new Error(`backtest ${job.status}: ${job.error}`);
}
const result = unwrap(
  await kalkan.api.GET("/api/v1/backtest/results/{run_id}", { params: { path: { run_id: run.id } } }),
);
console.log(result.kind, result.summary);
await kalkan.logout();
