"""One analysis per text: calibrated sentiment (when a model is loaded), entities and the
symbols they map to, event types and importance. Blocking: run it in a thread."""

from __future__ import annotations

from collections.abc import Sequence

from app.modules.news.entities import extract, symbols_of
from app.modules.news.events_classify import event_types, importance, importance_level
from app.modules.news.sentiment import LoadedSentiment
from app.modules.news.specs import NewsAnalysis, NewsEntity
from app.modules.news.textnorm import normalize_text


def analyze_sync(
    model: LoadedSentiment | None,
    texts: Sequence[str],
    *,
    quote: str = "USDT",
    tagged: Sequence[Sequence[str]] | None = None,
    votes: Sequence[dict[str, int] | None] | None = None,
    batch_size: int = 64,
) -> list[NewsAnalysis]:
    predictions = model.predict(list(texts), batch_size=batch_size) if model else None
    out: list[NewsAnalysis] = []
    for i, text in enumerate(texts):
        clean = normalize_text(text)
        entities = extract(clean, quote)
        types = event_types(clean)
        prediction = predictions[i] if predictions else None
        confidence = prediction.confidence if prediction else None
        score = importance(types, confidence, votes[i] if votes else None)
        out.append(
            NewsAnalysis(
                sentiment=prediction.label if prediction else None,
                probabilities=prediction.probabilities if prediction else None,
                confidence=confidence,
                supported=prediction.supported if prediction else True,
                entities=[
                    NewsEntity(
                        text=e.text,
                        label=e.label,
                        key=e.key,
                        start=e.start,
                        end=e.end,
                        symbols=list(e.symbols),
                    )
                    for e in entities
                ],
                symbols=symbols_of(entities, tagged[i] if tagged else (), quote),
                event_type=types[0] if types else None,
                event_types=types,
                importance=score,
                importance_level=importance_level(score),
                model_version=model.ref.version if model else None,
            )
        )
    return out
