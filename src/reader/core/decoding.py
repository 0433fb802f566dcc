"""Bytes to text, reporting the codec actually used.

Order of trust: a byte-order mark, then strict UTF-8, then a charset the file
declares (an HTML meta tag, an MHTML part header), then charset-normalizer's
guess. Chinese files are often GBK/GB2312 in practice, so those names are read
as GB18030 (a superset that decodes everything they do). Old pages often carry
a handful of broken bytes in an otherwise correct encoding; a declared or CJK
codec that leaves only such a handful is accepted rather than guessing anew.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from reader.core.errors import ErrorCode


class DecodingError(ValueError):
    """The bytes are not text in any encoding we can recognise. ``reason`` is short."""

    def __init__(self, reason: str, code: ErrorCode = ErrorCode.UNDECODABLE) -> None:
        self.reason = reason
        self.code = code
        super().__init__(reason)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # e.g. "utf-8", "utf-16-le", "gb18030", "big5"


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Names pages use for encodings whose superset we decode with instead.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "hz": "gb18030",
    "ascii": "utf-8",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
}
SHORT_TEXT_BYTES = 64  # fewer non-ASCII bytes than this are too few to guess from
_CJK_FALLBACKS = ("gb18030", "big5", "big5hkscs")
MIN_MIXED_UTF8_CJK = 4  # Chinese characters the UTF-8 lines of a mixed file must hold
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CJK_RE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_GENERAL_PUNCTUATION_RE = re.compile(r"[\u2000-\u206f]")
_READABLE_RE = re.compile(r"[\t\n\r\x20-\x7e\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def canonical_codec(name: str) -> str | None:
    """Python's name for an encoding label, widened to its superset; None if unknown."""
    label = name.strip().strip("\"'").lower()
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(codec, codec)


def decode_bytes(raw: bytes, declared: tuple[str, ...] = ()) -> DecodedText:
    """Decode ``raw``; ``declared`` lists charsets the container claims, best first.

    Raises DecodingError for binary data or bytes no encoding explains."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _checked(
                raw[len(bom) :], codec, "the file has a byte-order mark but is not text"
            )
    utf16 = _bomless_utf16(raw)
    if utf16:
        return _checked(raw, utf16, "the file looks like UTF-16 but does not decode as it")
    if b"\x00" in raw:
        raise DecodingError(
            "the file looks binary (it contains NUL bytes), not text", ErrorCode.BINARY
        )
    try:
        return _plain(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    truncated = _truncated_utf8(raw) or _utf8_with_stray_bytes(raw)
    if truncated is not None:
        return truncated
    candidates = [c for c in (canonical_codec(d) for d in declared) if c and c != "utf-8"]
    for codec in candidates:
        if _is_single_byte(codec):
            continue  # a page claiming Latin-1 for Chinese bytes: let the guessers decide
        decoded = _tolerant(raw, codec)
        if decoded is not None:
            return decoded
    mixed = _mixed_lines(raw)
    if mixed is not None:
        return mixed
    if sum(1 for byte in raw if byte > 127) < SHORT_TEXT_BYTES:
        # Too little text for a statistical guess; most Chinese files are GB-encoded.
        short = _cjk_text(raw, "gb18030")
        if short is not None:
            return short
    guessed = _guess(raw)
    if guessed is not None:
        return guessed
    for codec in (*candidates, *_CJK_FALLBACKS):
        decoded = _tolerant(raw, codec)
        if decoded is not None:
            return decoded
    raise DecodingError("the text encoding could not be recognised")


def _checked(raw: bytes, codec: str, reason: str) -> DecodedText:
    try:
        return _plain(raw.decode(codec), codec)
    except UnicodeDecodeError as exc:
        raise DecodingError(reason) from exc


def _plain(text: str, codec: str) -> DecodedText:
    if _looks_binary(text):
        raise DecodingError(
            "the file looks binary (control characters), not text", ErrorCode.BINARY
        )
    return DecodedText(text, codec)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:65536]
    return len(_CONTROL_RE.findall(sample)) > max(4, len(sample) // 200)


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM is obvious when every other byte is NUL (mostly ASCII text)."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    for codec in ("utf-16-le", "utf-16-be"):  # mostly Chinese: few NULs, but readable one way
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        readable = len(_READABLE_RE.findall(text))
        if readable >= 0.95 * len(text):
            return codec
    return None


def _truncated_utf8(raw: bytes) -> DecodedText | None:
    """UTF-8 cut off inside its last character (a copy or download that stopped short):
    everything before decodes, the dangling bytes become one U+FFFD."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        text = decoder.decode(raw, final=False)
    except UnicodeDecodeError:
        return None
    if not decoder.getstate()[0] or not _reads_as_chinese(text, 1):
        return None
    return _plain(text + "\ufffd", "utf-8")


def _utf8_with_stray_bytes(raw: bytes) -> DecodedText | None:
    """Chinese UTF-8 text with a handful of broken bytes (a bad copy, a damaged sector):
    they become U+FFFD rather than the whole file being read in another encoding. Bytes
    of another encoding read as UTF-8 break far more often, or give other scripts."""
    text = raw.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    non_ascii = sum(1 for byte in raw if byte > 127)
    if broken > max(2, non_ascii // 400):
        return None
    if not _reads_as_chinese(text.replace("\ufffd", ""), MIN_MIXED_UTF8_CJK):
        return None
    return _plain(text, "utf-8")


def _mixed_lines(raw: bytes) -> DecodedText | None:
    """Chinese text pasted together from a UTF-8 and a GB18030 or Big5 file: each line
    decoded on its own, when the UTF-8 lines read as Chinese (a GB line that happens to
    be valid UTF-8 reads as Cyrillic or Latin letters) and every other line does with
    one CJK codec."""
    parts: list[str] = []
    utf8_text: list[str] = []
    others: set[str] = set()
    for line in raw.splitlines(keepends=True):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded = _cjk_text(line, "gb18030") or _cjk_text(line, "big5")
            if decoded is None:
                return None
            parts.append(decoded.text)
            others.add(decoded.encoding)
            continue
        parts.append(text)
        utf8_text.append(text)
    if not others or not _reads_as_chinese("".join(utf8_text), MIN_MIXED_UTF8_CJK):
        return None
    return _plain("".join(parts), "+".join(["utf-8", *sorted(others)]))


def _reads_as_chinese(text: str, minimum: int) -> bool:
    """At least ``minimum`` Chinese characters, and (nearly) nothing else beyond ASCII
    but punctuation: bytes of another encoding read as UTF-8 give other scripts."""
    high = "".join(ch for ch in text if ord(ch) > 127)
    cjk = len(_CJK_RE.findall(high))
    punctuation = len(_GENERAL_PUNCTUATION_RE.findall(high))
    return cjk >= minimum and cjk + punctuation >= 0.9 * len(high)


def _is_single_byte(codec: str) -> bool:
    """A code page that maps every byte to a character, so it "decodes" anything."""
    try:
        return len(bytes(range(128, 256)).decode(codec, "replace")) == 128
    except LookupError:
        return False


def _tolerant(raw: bytes, codec: str) -> DecodedText | None:
    """Decode with ``codec``, accepting a few broken bytes but not a wrong guess."""
    try:
        return _plain(raw.decode(codec), codec)
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    text = raw.decode(codec, "replace")
    broken = text.count("\ufffd")
    non_ascii = sum(1 for byte in raw if byte > 127)
    if broken <= max(2, non_ascii // 400):
        return _plain(text, codec)
    return None


def _cjk_text(raw: bytes, codec: str) -> DecodedText | None:
    """``raw`` decoded with a CJK codec, if that gives (nearly) only Chinese text."""
    decoded = _tolerant(raw, codec)
    if decoded is None:
        return None
    high = sum(1 for ch in decoded.text if ord(ch) > 127)
    if high and len(_CJK_RE.findall(decoded.text)) >= 0.9 * high:
        return decoded
    return None


def _guess(raw: bytes) -> DecodedText | None:
    """charset-normalizer's guess, kept only when it decodes strictly."""
    match = from_bytes(raw).best()
    if match is None or not match.encoding:
        return None
    codec = canonical_codec(match.encoding)
    if codec is None:
        return None
    if _is_single_byte(codec):
        # Short CJK texts are sometimes guessed as a Western code page; a CJK codec that
        # decodes strictly into mostly Han text explains the bytes better.
        for cjk in _CJK_FALLBACKS:
            decoded = _cjk_text(raw, cjk)
            if decoded is not None:
                return decoded
    try:
        return _plain(raw.decode(codec), codec)
    except (UnicodeDecodeError, LookupError):
        return None
