"""Decode raw bytes of unknown encoding into text, never failing, then repair."""

from __future__ import annotations

import codecs
import logging

from newsgraph.ingest.repair.core import Repaired, repair_text

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Sample size for the heuristics: keeps detection linear and fast on huge inputs.
_SAMPLE = 1 << 16
# The detector is asked only about inputs this long with this share of high bytes.
_MIN_DETECT = 64
_MIN_HIGH_SHARE = 0.3
# Encodings the detector may name; anything else falls back to cp1252.
_TRUSTED = frozenset(
    {
        "cp1250",
        "cp1251",
        "cp1252",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "latin_1",
        "iso8859_2",
        "iso8859_5",
        "iso8859_7",
        "iso8859_9",
        "koi8_r",
        "koi8_u",
        "gbk",
        "gb2312",
        "gb18030",
        "big5",
        "big5hkscs",
        "cp950",
        "shift_jis",
        "cp932",
        "euc_jp",
        "euc_kr",
        "cp949",
        "johab",
        "mac_roman",
        "mac_cyrillic",
    }
)


def _utf16_guess(data: bytes) -> str | None:
    """UTF-16 without a BOM: many NUL bytes, all on even or all on odd positions."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(data) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd > 0.3 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 (a file with a few bad bytes)."""
    sample = data[: _SAMPLE * 4]
    decoded = sample.decode("utf-8", "replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for ch in decoded if ord(ch) > 127) - bad
    return good >= bad and good > 0


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode error handler: the invalid bytes as cp1252 (latin-1 where undefined)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return _single_byte(err.object[err.start : err.end]), err.end


codecs.register_error("newsgraph-cp1252", _cp1252_fallback)


def _decode_mixed(data: bytes) -> str:
    """UTF-8 where valid; each invalid stretch decoded as cp1252 (linear time)."""
    return data.decode("utf-8", "newsgraph-cp1252")


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode error handler: the bytes cp1252 leaves undefined, as latin-1."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("newsgraph-latin1", _latin1_fallback)


def _single_byte(data: bytes) -> str:
    """cp1252, falling back to latin-1 for the five bytes cp1252 leaves undefined."""
    return data.decode("cp1252", "newsgraph-latin1")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding: (text, encoding name). Never raises."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _utf16_guess(data)
    if guess is not None:
        return data.decode(guess, "replace"), guess
    if _mostly_utf8(data):
        return _decode_mixed(data), "utf-8+cp1252"
    sample = data[: _SAMPLE * 4]
    high = sum(1 for b in sample if b >= 0x80)
    # Few high bytes: accents in a Latin text, where detectors guess wildly.
    if len(sample) >= _MIN_DETECT and high >= _MIN_HIGH_SHARE * len(sample):
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(sample).best()
        except (ImportError, ValueError, LookupError) as err:  # a detector problem: fall back
            log.debug("charset detection failed: %s", err)
            best = None
        if best is not None and best.encoding in _TRUSTED:
            return data.decode(best.encoding, "replace"), best.encoding
    return _single_byte(data), "cp1252"


def repair_bytes(data: bytes) -> Repaired:
    """Detect the encoding of raw bytes, decode, then repair mojibake.

    Args:
        data: any bytes.
    Returns:
        Repaired with `encoding` set to the detected encoding.
    """
    text, encoding = decode_bytes(bytes(data))
    repaired = repair_text(text)
    return Repaired(repaired.text, repaired.fixes, encoding, repaired.suggestions)
