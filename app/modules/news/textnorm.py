"""Text normalisation shared by training and inference.

The training tweets carry artefacts that crypto headlines do not (``$TICKER -`` prefixes, t.co
links, hashtag clusters, ``…`` truncations, "Get more info o…" tails); the model should learn from
the words of the headline, so both training and inference see the same cleaned, headline-like
text. Cashtags keep their ticker (``$BTC`` → ``BTC``), HTML is stripped, entities unescaped.
"""

from __future__ import annotations

import html
import re
import unicodedata

MAX_TEXT_CHARS = 2000  # what the encoder ever sees of one text (it truncates to tokens anyway)

_TAG = re.compile(r"<[^>]{0,500}>")
_URL = re.compile(r"(https?://|www\.)\S+", re.IGNORECASE)
_MENTION = re.compile(r"(?<!\w)@\w{1,30}")
_LEAD_TICKERS = re.compile(r"^\s*(\$[A-Za-z][A-Za-z0-9.]{0,9}\s*[,/&]?\s*)+\s*[-:–—|]\s*")
_CASHTAG = re.compile(r"\$([A-Za-z][A-Za-z0-9]{0,9})\b")
_HASHTAG = re.compile(r"#(\w+)")
_TRAILING_HASHTAGS = re.compile(r"(\s*#\w+)+\s*$")
_TAIL = re.compile(r"\s*(Get more info o|Read more|Continue reading)\S*…?\s*$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_REPEAT = re.compile(r"([!?.])\1{2,}")


def normalize_text(text: str) -> str:
    """A headline-like form of ``text`` (idempotent)."""
    text = text[: MAX_TEXT_CHARS * 2].replace("…", " ")  # truncation marks, before NFKC
    text = unicodedata.normalize("NFKC", text)
    text = html.unescape(_TAG.sub(" ", text))
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    text = _LEAD_TICKERS.sub("", text)
    text = _TRAILING_HASHTAGS.sub("", text)
    text = _TAIL.sub("", text)
    text = _CASHTAG.sub(r"\1", text)
    text = _HASHTAG.sub(r"\1", text)
    text = text.replace("RT :", " ")
    text = _REPEAT.sub(r"\1\1", text)
    text = _SPACES.sub(" ", text).strip(" -:|–—")
    return text[:MAX_TEXT_CHARS]
