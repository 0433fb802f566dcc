"""The HTML inside an MHTML file (a page a browser saved as one MIME message)."""

from __future__ import annotations

import email
import email.message
from dataclasses import dataclass

from reader.core.errors import ErrorCode


class MhtmlError(ValueError):
    """The file is not an MHTML message with an HTML part. ``reason`` is short."""

    def __init__(self, reason: str, code: ErrorCode = ErrorCode.NOT_WEB_PAGE) -> None:
        self.reason = reason
        self.code = code
        super().__init__(reason)


@dataclass(frozen=True)
class MhtmlPage:
    html: bytes  # the HTML part, transfer encoding undone, charset not yet applied
    charset: str | None  # the part's declared charset, if any
    url: str  # the part's Content-Location, "" if none


def looks_like_mhtml(raw: bytes) -> bool:
    """MIME headers and a multipart/related body near the top."""
    head = raw[:4096].lower()
    return b"mime-version:" in head and b"multipart/related" in head


def html_part(raw: bytes) -> MhtmlPage:
    """The first text/html part; the stdlib parser undoes base64/quoted-printable."""
    message = email.message_from_bytes(raw)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise MhtmlError("no MIME parts were found (not a saved web page)")
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        return MhtmlPage(
            html=payload,
            charset=part.get_content_charset(),
            url=str(part.get("Content-Location", "") or "").strip(),
        )
    raise MhtmlError("the saved page has no HTML part")
