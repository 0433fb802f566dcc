"""CSV in Readwise's import layout: Highlight, Title, Author, URL, Note, Location, Date.

Readwise reads tags written into the note as ``.tag`` words, so each tag is appended
to the note that way (spaces inside a tag become "_"). Location is the highlight's
code-point offset in the clean text, which orders the highlights as in the article.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

from reader.core.anchoring import AnchorState
from reader.core.document import Article
from reader.core.export import Noted

COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location", "Date")


def readwise_date(stamp: str) -> str:
    """ISO 8601 to the "YYYY-MM-DD HH:MM:SS" (UTC) Readwise documents."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def readwise_note(comment: str, tags: tuple[str, ...]) -> str:
    dotted = " ".join("." + "_".join(tag.split()) for tag in tags)
    return "\n".join(part for part in (comment.strip(), dotted) if part)


def to_readwise_csv(article: Article, items: Noted) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    author = article.meta.author or article.meta.source
    for annotation, anchor in items:
        placed = anchor.state is not AnchorState.ORPHANED
        highlight = article.text[anchor.start : anchor.end] if placed else annotation.exact
        writer.writerow(
            (
                highlight,
                article.title,
                author,
                article.meta.url,
                readwise_note(annotation.comment, annotation.tags),
                anchor.start if placed else "",  # a lost passage has no place
                readwise_date(annotation.created),
            )
        )
    return buffer.getvalue()
