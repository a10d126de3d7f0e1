"""Article records stored compressed: zlib with a dictionary sampled from the corpus, so each
record still opens on its own (no neighbours to decompress) yet shares the corpus's wording."""

from __future__ import annotations

import zlib
from collections.abc import Iterable

DICTIONARY_BYTES = 32 * 1024  # zlib's window: a longer dictionary would be ignored
LEVEL = 9
# Each content language's records share a dictionary drawn from that language's articles.
DICTIONARY_IDS = {"en": 1, "fr": 2}


def dictionary_id(language: str) -> int:
    """The record_dictionary row a language's records are compressed with."""
    return DICTIONARY_IDS[language]


def make_dictionary(samples: Iterable[str]) -> bytes:
    """A preset dictionary from sample records; zlib looks back from its end, so the samples
    are cut to share the window evenly."""
    encoded = [sample.encode() for sample in samples]
    if not encoded:
        return b""
    share = DICTIONARY_BYTES // len(encoded)
    return b"".join(sample[:share] for sample in encoded)[-DICTIONARY_BYTES:]


def pack(text: str, dictionary: bytes) -> bytes:
    """Compress one record; the same text and dictionary always give the same bytes."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, dictionary)
    return compressor.compress(text.encode()) + compressor.flush()


def unpack(blob: bytes, dictionary: bytes) -> str:
    """The inverse of pack."""
    decompressor = zlib.decompressobj(15, dictionary)
    return (decompressor.decompress(blob) + decompressor.flush()).decode()
