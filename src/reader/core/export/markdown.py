"""Markdown export that reads well in Obsidian or Logseq.

YAML front matter (title, source, published, file, exported); then each annotation in
document order: the quote as a blockquote, the comment (already Markdown) under it, and
a line with the colour, the style and the tags as ``#tags``. Annotations whose passage
is gone are listed after them; the article's entities last, if asked for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from reader.core.anchoring import AnchorState
from reader.core.annotations import Annotation
from reader.core.document import Article
from reader.core.export import EntityLike, Noted

# Characters that would turn a quote into markup (emphasis, links, HTML, tags, tables).
_MARKUP = re.compile(r"([\\`*_\[\]<>#|~=])")
_TAG_UNSAFE = re.compile(r"[^\w/-]+")  # Obsidian tags: letters, digits, _ - and / (nesting)


def _yaml_string(value: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar, with every escape YAML needs.
    return json.dumps(value, ensure_ascii=False)


def front_matter(article: Article, exported: str) -> str:
    """Always title, source, published, file, exported; author and url when known."""
    fields = {
        "title": article.title,
        "source": article.meta.source,
        "author": article.meta.author or None,
        "published": article.meta.published,
        "url": article.meta.url or None,
        "file": str(Path(article.path).absolute()),
        "exported": exported,
    }
    lines = [f"{k}: {_yaml_string(v)}" for k, v in fields.items() if v is not None]
    return "---\n" + "\n".join(lines) + "\n---"


def escape_markdown(text: str) -> str:
    return _MARKUP.sub(r"\\\1", text)


def blockquote(text: str) -> str:
    return "\n".join(f"> {escape_markdown(line)}".rstrip() for line in text.split("\n"))


def hashtag(tag: str) -> str:
    """A tag as Obsidian and Logseq recognise it: no spaces or punctuation."""
    cleaned = _TAG_UNSAFE.sub("-", tag).strip("-")
    return f"#{cleaned}" if cleaned else ""


def _entry(quote: str, annotation: Annotation, note: str = "") -> str:
    parts = [blockquote(quote)]
    if annotation.comment.strip():
        parts.append(annotation.comment.strip())
    details = [annotation.color.value, annotation.style.value]
    if note:
        details.append(note)
    tags = " ".join(filter(None, (hashtag(t) for t in annotation.tags)))
    if tags:
        details.append(tags)
    parts.append(" · ".join(details))
    return "\n\n".join(parts)


def to_markdown(
    article: Article,
    items: Noted,
    *,
    exported: str,
    entities: Sequence[EntityLike] | None = None,
) -> str:
    sections = [
        front_matter(article, exported),
        f"# {escape_markdown(article.title or article.path.stem)}",
    ]
    placed = [(a, anchor) for a, anchor in items if anchor.state is not AnchorState.ORPHANED]
    orphans = [a for a, anchor in items if anchor.state is AnchorState.ORPHANED]
    for annotation, anchor in placed:
        quote = article.text[anchor.start : anchor.end]
        changed = anchor.state is AnchorState.MOVED and quote != annotation.exact
        sections.append(_entry(quote, annotation, "text changed since noted" if changed else ""))
    if orphans:
        sections.append("## Not found in the current text")
        sections.extend(_entry(annotation.exact, annotation) for annotation in orphans)
    if entities:
        sections.append("## Entities")
        sections.append(
            "\n".join(
                f"- {escape_markdown(e.text)} ({getattr(e.kind, 'value', e.kind)}, {e.count})"
                for e in entities
            )
        )
    return "\n\n".join(sections) + "\n"
