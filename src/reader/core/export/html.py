"""One self-contained HTML page: the clean article with its highlights and comments.

Inline CSS only, no scripts, no external assets, so the file opens anywhere and can be
mailed. Highlights are ``<mark>`` elements in their colours (translucent, so where two
overlap the colours mix and both stay visible); underlines nest with growing offsets.
A numbered reference after each highlight leads to its comment, printed under the
paragraph where the highlight ends. Every piece of user text is escaped; comments are
rendered from Markdown with raw HTML disabled.
"""

from __future__ import annotations

import itertools
from html import escape

from markdown_it import MarkdownIt

from reader.core.anchoring import Anchor, AnchorState
from reader.core.annotations import Annotation, Color, Style
from reader.core.document import Article, Block, BlockKind
from reader.core.export import Noted

COLOURS = {
    Color.YELLOW: (255, 212, 59),
    Color.GREEN: (105, 219, 124),
    Color.BLUE: (77, 171, 247),
    Color.PINK: (247, 131, 172),
    Color.PURPLE: (151, 117, 250),
}

_TAGS = {
    BlockKind.HEADING: "h2",
    BlockKind.QUOTE: "blockquote",
    BlockKind.CAPTION: "figcaption",
    BlockKind.LIST_ITEM: "li",
    BlockKind.PARAGRAPH: "p",
}


def _stylesheet() -> str:
    rules = [
        "body{font-family:'Noto Serif CJK SC','Source Han Serif SC','Songti SC',serif;"
        "max-width:42em;margin:2em auto;padding:0 1em;line-height:1.9;color:#222}",
        "header .meta{color:#666;font-size:.9em}",
        "mark{color:inherit;padding:0;border-radius:2px}",
        "mark.underline{background:none;text-decoration-line:underline;"
        "text-decoration-thickness:2px}",
        "sup.ref{font-size:.7em;color:#555}",
        "aside.notes{font-size:.9em;border-left:3px solid #ddd;margin:.2em 0 1em;"
        "padding:.1em .8em;color:#333}",
        "aside.notes p{margin:.2em 0}",
        ".tags{color:#666}",
        "li{list-style:disc;margin-left:1.2em}",
        "figcaption{color:#666;font-size:.9em}",
        "section.orphans blockquote{border-left:3px solid #ccc;margin:.5em 0;padding-left:.8em}",
    ]
    for colour, (r, g, b) in COLOURS.items():
        rules.append(f"mark.{colour.value}.highlight{{background:rgba({r},{g},{b},.45)}}")
        rules.append(f"mark.{colour.value}.underline{{text-decoration-color:rgb({r},{g},{b})}}")
    return "\n".join(rules)


_MARKDOWN = MarkdownIt("commonmark", {"html": False})


def render_comment(comment: str) -> str:
    """The user's Markdown comment as HTML; raw HTML in it is shown as text."""
    return _MARKDOWN.render(comment)


def _footnote(number: int, annotation: Annotation) -> str:
    parts = [f'<div class="note" id="note-{number}"><b>{number}</b>']
    if annotation.comment.strip():
        parts.append(render_comment(annotation.comment))
    if annotation.tags:
        tags = " ".join(f"#{escape(t)}" for t in annotation.tags)
        parts.append(f'<p class="tags">{tags}</p>')
    parts.append("</div>")
    return "".join(parts)


def _ends_in(anchor: Anchor, block: Block) -> bool:
    # A passage may end on the newline after a block: it still ends in that block.
    return anchor.end <= block.end + 1


def underline_lanes(placed: list[tuple[Annotation, Anchor]]) -> dict[str, int]:
    """A lane per underline so overlapping underlines sit at different depths, and each
    keeps its depth along its whole length."""
    lanes: dict[str, int] = {}
    ends: list[int] = []  # end offset of the underline last put in each lane
    for a, x in sorted(placed, key=lambda p: (p[1].start, -p[1].end)):
        if a.style is not Style.UNDERLINE:
            continue
        free = next((i for i, end in enumerate(ends) if end <= x.start), len(ends))
        if free == len(ends):
            ends.append(x.end)
        else:
            ends[free] = x.end
        lanes[a.id] = free
    return lanes


def _render_block(
    block: Block,
    placed: list[tuple[Annotation, Anchor]],
    numbers: dict[str, int],
    lanes: dict[str, int],
) -> str:
    text = block.text
    inside = [(a, x) for a, x in placed if x.start < block.end and x.end > block.start]
    cuts = {block.start, block.end}
    for _, x in inside:
        cuts.update(c for c in (x.start, x.end) if block.start < c < block.end)
    bounds = sorted(cuts)
    html_parts: list[str] = []
    for lo, hi in itertools.pairwise(bounds):
        covering = sorted(
            ((a, x) for a, x in inside if x.start <= lo and x.end >= hi),
            key=lambda p: (p[1].start, -p[1].end),
        )
        opening = []
        for a, _ in covering:
            style = ""
            if a.id in lanes:
                style = f' style="text-underline-offset:{2 + 3 * lanes[a.id]}px"'
            opening.append(f'<mark class="{a.color.value} {a.style.value}"{style}>')
        segment = escape(text[lo - block.start : hi - block.start])
        html_parts.append("".join(opening) + segment + "</mark>" * len(covering))
        for a, x in inside:
            if min(x.end, block.end) == hi and _ends_in(x, block) and a.id in numbers:
                number = numbers[a.id]
                html_parts.append(f'<sup class="ref"><a href="#note-{number}">{number}</a></sup>')
    tag = _TAGS.get(block.kind, "p")
    body = f"<{tag}>{''.join(html_parts)}</{tag}>"
    ending = [a for a, x in inside if _ends_in(x, block) and a.id in numbers]
    notes = [_footnote(numbers[a.id], a) for a in ending]
    if notes:
        body += f'\n<aside class="notes">{"".join(notes)}</aside>'
    return body


def to_html(article: Article, items: Noted, *, exported: str) -> str:
    placed = [(a, x) for a, x in items if x.state is not AnchorState.ORPHANED]
    orphans = [a for a, x in items if x.state is AnchorState.ORPHANED]
    numbers: dict[str, int] = {}
    for a, _ in placed:
        if a.comment.strip() or a.tags:
            numbers[a.id] = len(numbers) + 1
    title = escape(article.title or article.path.stem)
    meta = " · ".join(
        escape(v) for v in (article.meta.source, article.meta.author, article.meta.published) if v
    )
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh">',
        '<head><meta charset="utf-8">',
        f"<title>{title}</title>",
        f'<meta name="generator" content="reader"><meta name="date" content="{escape(exported)}">',
        f"<style>\n{_stylesheet()}\n</style>",
        "</head>",
        "<body>",
        f'<header><h1>{title}</h1><p class="meta">{meta}</p></header>',
        "<article>",
    ]
    lanes = underline_lanes(placed)
    out.extend(_render_block(block, placed, numbers, lanes) for block in article.blocks)
    out.append("</article>")
    if orphans:
        out.append('<section class="orphans"><h2>Not found in the current text</h2>')
        for a in orphans:
            out.append(f"<blockquote>{escape(a.exact)}</blockquote>")
            if a.comment.strip():
                out.append(render_comment(a.comment).rstrip())
        out.append("</section>")
    out.extend(["</body>", "</html>"])
    return "\n".join(out) + "\n"
