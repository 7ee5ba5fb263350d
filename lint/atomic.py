"""Atomic file writes, shared by `--fix`, the baseline, the caches and the reporters."""

from __future__ import annotations

import os
import tempfile
from typing import Iterable

STDOUT = "-"  # as a path: standard output, as in most command-line tools


def write_atomic(path: str, text: str | bytes | Iterable[str]) -> None:
    """Write via a temporary file in the same folder, then rename over the target.

    `text` may come in pieces (a streaming reporter). An interrupted run leaves
    either the old file or the new one; the file mode is kept. The path "-" is
    standard output.
    """
    chunks = [text] if isinstance(text, (str, bytes)) else text
    if path == STDOUT:
        import sys

        for chunk in chunks:
            if isinstance(chunk, bytes):
                sys.stdout.flush()
                sys.stdout.buffer.write(chunk)
            else:
                sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".content-lint-", dir=directory)
    except OSError as error:
        # The temporary file is ours, not the user's: the refusal is the target's.
        raise OSError(error.errno, error.strerror, path) from error
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            out.flush()
            os.fsync(out.fileno())
        if os.path.exists(path):
            os.chmod(temporary, os.stat(path).st_mode & 0o7777)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException as error:
        if os.path.exists(temporary):
            os.unlink(temporary)
        if isinstance(error, OSError) and error.errno is not None:
            raise OSError(error.errno, error.strerror, path) from error  # a full disk ...
        raise
