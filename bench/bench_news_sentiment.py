"""News sentiment benchmarks (issue 13), each against a baseline in the same run:

1. CPU throughput, headlines/s at batch 64: ``LoadedSentiment.predict`` (normalisation,
   length-sorted batches, tokenizer, encoder, pooling, head, temperature softmax) vs the bare
   ``transformers`` forward pass (tokenizer + ``AutoModel``) on the same batches. Goal ≥ 80 %.
2. Batched vs one-by-one inference.
3. Training time: the real training path on a sample (head + top layers), per 1,000 examples.
4. Memory: RSS of a process that built the app (``create_app``) vs the same after the model is
   loaded on first use (the web process never loads it at start-up).

Run: ``HF_HUB_OFFLINE=1 .venv/bin/python bench/bench_news_sentiment.py [--model-dir DIR]``; with
no trained model in ``--model-dir`` a small one is trained first (``/tmp/news-bench-models``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "data" / "news"


def _newest_model(root: Path) -> Path | None:
    base = root / "news" / "sentiment"
    found = (
        sorted(p for p in base.glob("*") if (p / "weights.safetensors").exists())
        if base.exists()
        else []
    )
    return found[-1] if found else None


def _train(root: Path, examples: int, top_layers: int) -> tuple[Path, float, dict]:
    from app.modules.news.sentiment_spec import SentimentTrainConfig
    from app.modules.news.training import train_sentiment

    config = SentimentTrainConfig(top_layers=top_layers, epochs=1, max_examples=examples)
    started = time.perf_counter()
    trained = train_sentiment(DATA / "sent_train.csv", None, root, config)
    return trained.path, time.perf_counter() - started, trained.metrics


def _headlines(n: int) -> list[str]:
    from app.modules.news.training import read_labelled_csv

    texts, _ = read_labelled_csv(DATA / "sent_valid.csv")
    return (texts * (n // len(texts) + 1))[:n]


def throughput(model_path: Path, n: int, batch: int, repeats: int) -> None:
    import torch

    from app.modules.news import sentiment_torch as st
    from app.modules.news.sentiment import LoadedSentiment, ModelRef
    from app.modules.news.sentiment_spec import file_sha256

    torch.set_num_threads(1)
    loaded = LoadedSentiment(
        ModelRef(model_path.name, model_path, file_sha256(model_path / st.WEIGHTS_FILE)), 1
    )
    texts = _headlines(n)
    tokenizer, encoder = st.load_tokenizer(), st.load_encoder()
    encoder.eval()
    batches = [texts[i : i + batch] for i in range(0, len(texts), batch)]
    # the bare pass gets exactly the encoder input ours builds: normalised texts
    clean_batches = [st.normalize_all(chunk) for chunk in batches]
    loaded.predict(texts[:batch], batch_size=batch)  # warm-up

    def bare() -> float:
        started = time.perf_counter()
        with torch.inference_mode():
            for chunk in clean_batches:
                enc = tokenizer(
                    chunk,
                    padding=True,
                    truncation=True,
                    max_length=loaded.max_length,
                    return_tensors="pt",
                )
                encoder(**enc)
        return time.perf_counter() - started

    def ours() -> float:
        started = time.perf_counter()
        for chunk in batches:
            loaded.predict(chunk, batch_size=batch)
        return time.perf_counter() - started

    bare_t, ours_t = [], []
    for _ in range(repeats):  # interleaved, best of
        bare_t.append(bare())
        ours_t.append(ours())
    b, o = min(bare_t), min(ours_t)
    print(
        f"throughput batch {batch}: ours {n / o:,.0f} headlines/s, "
        f"bare transformers {n / b:,.0f}/s, ratio {b / o:.2f} (goal >= 0.80)"
    )

    few = texts[:256]
    started = time.perf_counter()
    for text in few:
        loaded.predict([text], batch_size=1)
    single = time.perf_counter() - started
    started = time.perf_counter()
    loaded.predict(few, batch_size=batch)
    batched = time.perf_counter() - started
    print(
        f"one-by-one {len(few) / single:,.0f}/s vs batched {len(few) / batched:,.0f}/s: "
        f"batching x{single / batched:.1f}"
    )


MEMORY_PROBE = """
import os, sys, psutil
sys.path.insert(0, {repo!r})
os.environ['APP_DATABASE_URL'] = 'sqlite+aiosqlite:////tmp/news-bench-mem.db'
from app.main import create_app
create_app()
before = psutil.Process().memory_info().rss
assert 'torch' not in sys.modules
from pathlib import Path
from app.modules.news.sentiment import LoadedSentiment, ModelRef
m = LoadedSentiment(ModelRef('m', Path({path!r}), ''), 1)
m.predict(['Bitcoin jumps after ETF approval'])
after = psutil.Process().memory_info().rss
print(before, after)
"""


def memory(model_path: Path) -> None:
    code = MEMORY_PROBE.format(repo=str(REPO), path=str(model_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after = (int(x) for x in out.stdout.split()[-2:])
    print(
        f"web process RSS: {before / 2**20:,.0f} MB without the model, "
        f"{after / 2**20:,.0f} MB with it loaded (+{(after - before) / 2**20:,.0f} MB, "
        "only on first use)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir", type=Path, default=Path("/tmp/news-bench-models"))
    parser.add_argument("--n", type=int, default=1024)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--train-examples", type=int, default=1000)
    parser.add_argument("--skip-train", action="store_true")
    args = parser.parse_args()
    if not args.skip_train:
        _, seconds, metrics = _train(args.model_dir / "timing", args.train_examples, 2)
        print(
            f"training, top 2 layers + head, 1 epoch, {metrics['train_examples']} examples: "
            f"{seconds:.1f} s ({seconds / metrics['train_examples'] * 1000:.1f} s per 1,000 "
            "examples per epoch; "
            f"encoder-state cache {metrics['cache_seconds']:.1f} s)"
        )
    model = _newest_model(args.model_dir) or _newest_model(args.model_dir / "timing")
    assert model is not None
    throughput(model, args.n, args.batch, args.repeats)
    memory(model)


if __name__ == "__main__":
    main()
