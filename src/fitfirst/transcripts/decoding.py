"""Turn the bytes of a transcript file into clean text, or say plainly why that is impossible.

Order of trust: a byte-order mark decides (UTF-8, UTF-16); then strict UTF-8; then Windows-1252,
which is what office tools on Windows still write, with a warning naming the first line that was
not UTF-8. Line endings become ``\\n`` (CRLF and lone CR both occur in caption exports).
"""

from __future__ import annotations

import codecs

from fitfirst.errors import TranscriptError

DEFAULT_MAX_BYTES = 20_000_000
"""Transcripts of even a three-hour call are a few MB; anything far bigger is the wrong file."""

# Control characters that never occur in real transcripts; a few of them mean the file is binary.
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}
_DROP_CONTROL = str.maketrans(dict.fromkeys(_CONTROL))
_BINARY_SHARE = 0.01


def check_size(size: int, source: str, max_bytes: int) -> None:
    """Refuse a file over the size limit before any of it is read."""
    if size > max_bytes:
        raise TranscriptError(
            f"{source}: the file is {_size(size)}, over the limit of {_size(max_bytes)}; "
            "check it is a transcript, or pass a larger max_bytes"
        )


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB ({size:,} bytes)"
    return f"{size:,} bytes"


def decode(
    data: bytes | str, source: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[str, list[str]]:
    """Return the text with ``\\n`` line ends and no BOM, plus warnings about the encoding."""
    warnings: list[str] = []
    if isinstance(data, str):
        # Four bytes per character is the worst case, so only measure exactly when it could matter.
        if len(data) * 4 > max_bytes:
            check_size(len(data.encode("utf-8", "surrogatepass")), source, max_bytes)
        text = data
    else:
        check_size(len(data), source, max_bytes)
        text = _decode_bytes(data, source, warnings)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    _refuse_binary(text, source)
    return text, warnings


def _decode_bytes(data: bytes, source: str, warnings: list[str]) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", source, "UTF-8 (with BOM)")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source, "UTF-16")
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed is None:
            raise TranscriptError(
                f"{source}: this is a binary file, not a transcript (it holds NUL bytes); "
                "export the call as text, WebVTT, SRT or JSON"
            )
        warnings.append(f"line 1: no byte-order mark; read the file as {guessed.upper()}")
        return _strict(data, guessed, source, guessed.upper())
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start]
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise TranscriptError(
                f"{source}:{line}: byte 0x{bad:02x} is neither UTF-8 nor Windows-1252 text; "
                "save the transcript as UTF-8"
            ) from None
        warnings.append(
            f"line {line}: not UTF-8 (byte 0x{bad:02x}); read the file as Windows-1252 (cp1252)"
        )
        return text


def _strict(data: bytes, encoding: str, source: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TranscriptError(
            f"{source}: the file says it is {label} but byte {exc.start} is not; "
            "save the transcript as UTF-8"
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Spot UTF-16 text saved without a BOM: mostly-ASCII text leaves every other byte NUL."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.7 * half and even_nuls == 0:
        return "utf-16-le"
    if even_nuls > 0.7 * half and odd_nuls == 0:
        return "utf-16-be"
    return None


def _refuse_binary(text: str, source: str) -> None:
    sample = text[:20000]
    if not sample:
        return
    controls = len(sample) - len(sample.translate(_DROP_CONTROL))
    if "\x00" in sample or controls > _BINARY_SHARE * len(sample) + 2:
        raise TranscriptError(
            f"{source}: this looks like a binary file, not a transcript "
            f"({controls} control character{'' if controls == 1 else 's'} in the first "
            f"{len(sample):,} characters); "
            "export the call as text, WebVTT, SRT or JSON"
        )
