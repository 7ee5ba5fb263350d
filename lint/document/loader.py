"""Reading content files: bytes to text, with every failure a located problem."""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from dataclasses import dataclass

from lint.diagnostics import Span
from lint.document.textmap import SourceText


@dataclass(slots=True)
class ReadFailure:
    message: str
    span: Span


def read_text(path: str) -> SourceText | ReadFailure:
    """Decode a file as UTF-8 (UTF-16 with a byte-order mark is accepted)."""
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            return ReadFailure("is a directory, not a file", Span.at(1))
        if not stat.S_ISREG(mode):
            # A FIFO or device would block or never end: never open one.
            return ReadFailure("not a regular file (a pipe, socket or device)", Span.at(1))
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return ReadFailure(f"cannot read file: {error.strerror or error}", Span.at(1))
    decoded = decode_bytes(data)
    if isinstance(decoded, SourceText):
        decoded.digest = hashlib.sha256(data).hexdigest()
    return decoded


def decode_bytes(data: bytes) -> SourceText | ReadFailure:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return SourceText.from_decoded(data.decode("utf-16"), encoding="utf-16")
        except UnicodeDecodeError as error:
            return ReadFailure(f"invalid UTF-16 text ({error.reason})", Span.at(1))
    if b"\x00" in data[:8192]:
        return ReadFailure("binary file (contains NUL bytes); expected UTF-8 text", Span.at(1))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[:error.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        col = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        byte = data[error.start]
        return ReadFailure(
            f"not valid UTF-8 (byte 0x{byte:02x} at line {line}, column {col}); "
            "re-save the file as UTF-8", Span.at(line, col))
    return SourceText.from_decoded(text)
