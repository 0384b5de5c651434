"""Read a multipart candle upload straight from the request stream.

The file part is never spooled to disk or held whole: its bytes go to the incremental
``CandleParser`` as they arrive, and the size limit is enforced while reading, so an oversized
upload is refused after ``max_bytes``, not after it has been stored.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header

from app.core.errors import ValidationFailed, invalid
from app.modules.database.candle_parsing import CandleFormatError, CandleParser, TradesFileError
from app.modules.database.errors import (
    CandleFileInvalid,
    TradesNotCandles,
    UploadTooLarge,
)

FILE_FIELD = "file"
MAX_FIELD_BYTES = 1024
MAX_FIELDS = 16
FEED_BYTES = 1 << 20  # parse in ~1 MiB slices, off the event loop


@dataclass
class CandleUpload:
    fields: dict[str, str] = field(default_factory=dict)
    parser: CandleParser = field(default_factory=CandleParser)
    file_bytes: int = 0
    has_file: bool = False


class _Collector:
    """python-multipart callbacks: text fields into ``fields``, file bytes into a buffer."""

    def __init__(self, upload: CandleUpload, max_bytes: int) -> None:
        self.upload = upload
        self.max_bytes = max_bytes
        self.pending: list[bytes] = []
        self.pending_size = 0
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._name: str | None = None
        self._is_file = False
        self._value = bytearray()

    def on_part_begin(self) -> None:
        self._disposition, self._name, self._is_file = b"", None, False
        self._value = bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name = self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition)
        name = options.get(b"name")
        if name is None:
            raise ValidationFailed("a multipart part has no name")
        self._name = name.decode("utf-8", "replace")
        self._is_file = self._name == FILE_FIELD
        if self._is_file:
            if self.upload.has_file:
                raise invalid("body.file", "send exactly one file", type="file")
            self.upload.has_file = True
        elif len(self.upload.fields) >= MAX_FIELDS:
            raise ValidationFailed(f"at most {MAX_FIELDS} form fields")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._is_file:
            self.upload.file_bytes += end - start
            if self.upload.file_bytes > self.max_bytes:
                raise UploadTooLarge(self.max_bytes)
            self.pending.append(data[start:end])
            self.pending_size += end - start
            return
        if len(self._value) + end - start > MAX_FIELD_BYTES:
            raise invalid(f"body.{self._name}", "form field is too long", type="string_too_long")
        self._value += data[start:end]

    def on_part_end(self) -> None:
        if not self._is_file and self._name is not None:
            self.upload.fields[self._name] = self._value.decode("utf-8", "replace")

    def take(self) -> bytes:
        data = b"".join(self.pending)
        self.pending.clear()
        self.pending_size = 0
        return data


async def read_candle_upload(
    content_type: str | None, stream: AsyncIterator[bytes], max_bytes: int
) -> CandleUpload:
    """Parse the multipart body: form fields, and the ``file`` part fed to a ``CandleParser``."""
    media_type, params = parse_options_header(content_type or "")
    boundary = params.get(b"boundary")
    if media_type != b"multipart/form-data" or not boundary:
        raise invalid(
            "header.content-type", "send the file as multipart/form-data", type="content_type"
        )
    upload = CandleUpload()
    collector = _Collector(upload, max_bytes)
    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": collector.on_part_begin,
            "on_part_data": collector.on_part_data,
            "on_part_end": collector.on_part_end,
            "on_header_field": collector.on_header_field,
            "on_header_value": collector.on_header_value,
            "on_header_end": collector.on_header_end,
            "on_headers_finished": collector.on_headers_finished,
        },
    )
    try:
        async for chunk in stream:
            parser.write(chunk)
            if collector.pending_size >= FEED_BYTES:
                await _feed(upload.parser, collector.take())
        parser.finalize()
    except FormParserError:
        raise CandleFileInvalid("the multipart body is malformed", field="body") from None
    if collector.pending_size:
        await _feed(upload.parser, collector.take())
    if not upload.has_file:
        raise invalid("body.file", "field required", type="missing")
    return upload


async def _feed(parser: CandleParser, data: bytes) -> None:
    try:
        await asyncio.to_thread(parser.feed, data)
    except TradesFileError as exc:
        raise TradesNotCandles(str(exc)) from None
    except CandleFormatError as exc:
        raise CandleFileInvalid(str(exc)) from None
