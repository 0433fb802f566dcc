"""HTML and MHTML pages through load_document: content, kinds, charsets, metadata."""

from __future__ import annotations

from email import encoders
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from reader.core.document import BlockKind, LoadedDocument
from reader.core.errors import LoadError
from reader.core.loading import load_document

PARAGRAPHS = [
    "老周的旧书店开在坡道尽头，门口挂着一盏昏黄的灯。每逢下雨，附近的学生就会躲进来，"
    "一边等雨停，一边翻看那些泛黄的诗集，店里总是安安静静的。",
    "他说，书店能撑二十年，靠的不是生意，而是街坊的情分。去年冬天房租上涨，几位老顾客"
    "自发组织了读书会，每周六下午在店里朗读散文，也顺手买走几本旧书。",
    "如今，书店的墙上贴满了读者留下的便条，有人写下考研成功的喜讯，也有人只留下一句："
    "谢谢你在雨夜为我留着灯。老周说，这些便条比任何招牌都管用。",
    "记者离开时，雨还没有停。老周把一把旧伞递过来，笑着说下次来记得还，伞柄上还贴着"
    "一张写着书店地址的小纸条，字迹已经有些模糊了。",
]
QUOTE = "“书是旧的，可读书的人永远是新的。”老周这样告诉每一位第一次进门的客人。"

ARTICLE = f"""
<h1>山城夜雨中的旧书店</h1>
<div class="info">发布时间：2023-05-06 08:30　来源：山城晚报</div>
<p>（记者 林小雨 通讯员 周大山）</p>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<blockquote>{QUOTE}</blockquote>
<p>{PARAGRAPHS[2]}</p>
<ul><li>周六下午：散文朗读会，欢迎街坊参加。</li><li>周日上午：旧书交换，每人最多三本。</li></ul>
<p>{PARAGRAPHS[3]}</p>
<p>责任编辑：王一凡</p>
"""

NAVIGATION = """
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/city">城市</a></li>
<li><a href="/culture">文化</a></li><li><a href="/sports">体育</a></li></ul></div>
"""
FOOTER = """
<div class="footer"><a href="/about">关于我们</a> | <a href="/contact">联系我们</a>
<p>版权所有 山城晚报 未经许可不得转载</p></div>
"""


def page(charset: str | None = "utf-8", head_extra: str = "") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>山城夜雨中的旧书店 - 山城晚报</title>"
        f"{head_extra}</head><body>{NAVIGATION}<div class='article'>{ARTICLE}</div>"
        f"{FOOTER}</body></html>"
    )


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def texts(document: LoadedDocument) -> list[str]:
    return [line.text for line in document.lines]


def assert_article(document: LoadedDocument) -> None:
    lines = texts(document)
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert not any(word in lines for word in ("首页", "体育", "关于我们 | 联系我们"))
    kinds = {line.text: line.kind for line in document.lines}
    assert kinds[PARAGRAPHS[0]] is BlockKind.PARAGRAPH
    assert kinds[QUOTE] is BlockKind.QUOTE
    assert kinds["周日上午：旧书交换，每人最多三本。"] is BlockKind.LIST_ITEM


def test_news_page_gives_content_with_kinds_and_metadata(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "news.html", page().encode()))
    assert_article(document)
    assert document.format == "html"
    assert document.encoding == "utf-8"
    assert document.meta["title"].startswith("山城夜雨中的旧书店")
    assert document.meta["author"] == "林小雨 周大山"
    assert document.meta["date"] == "2023-05-06 08:30"


def test_gbk_page_declared_as_gb2312(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "gbk.htm", page("gb2312").encode("gbk")))
    assert document.encoding == "gb18030"
    assert_article(document)


def test_meta_charset_that_lies_about_utf8_bytes(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "lies.html", page("gb2312").encode("utf-8")))
    assert document.encoding == "utf-8"
    assert_article(document)


def test_meta_charset_that_lies_about_gbk_bytes(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "lies.html", page("utf-8").encode("gbk")))
    assert document.encoding == "gb18030"
    assert_article(document)


TRADITIONAL = [
    "臺灣的夜市文化歷史悠久，每到傍晚，攤販便陸續擺出熱騰騰的小吃，香氣飄滿整條街道。",
    "遊客們穿梭在擁擠的巷弄裡，品嚐蚵仔煎、滷肉飯與珍珠奶茶，也有人專程來買手工糕點。",
    "許多攤位已經傳承了三代，老闆們說，堅持用傳統的做法，才能留住老顧客的味道與回憶。",
]


def test_big5_page_without_a_declaration(tmp_path: Path) -> None:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in TRADITIONAL)
    markup = f"<html><head><title>夜市</title></head><body><h1>夜市的味道</h1>{body}</body></html>"
    document = load_document(write(tmp_path, "big5.html", markup.encode("big5")))
    assert document.encoding == "big5"
    assert all(paragraph in texts(document) for paragraph in TRADITIONAL)


def test_page_without_html_or_body_wrapper(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "fragment.html", ARTICLE.encode()))
    assert_article(document)
    assert document.meta["author"] == "林小雨 周大山"


def test_date_from_a_meta_tag_wins(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2023-05-07T10:00:00+08:00">'
    document = load_document(write(tmp_path, "meta.html", page(head_extra=head).encode()))
    assert document.meta["date"] == "2023-05-07T10:00:00+08:00"


def test_forum_thread_keeps_the_first_post(tmp_path: Path) -> None:
    replies = "".join(
        f"<div class='post'><div class='head'>回复人：网友{n} 时间：2023-05-0{n} 1{n}:20</div>"
        f"<p>我也去过那家书店，第{n}次去的时候老板还请我喝了茶，真是一个温暖的地方，推荐大家去看看。</p></div>"
        for n in range(2, 7)
    )
    first = (
        "<div class='post'><div class='head'>作者：雨夜读书人 时间：2023-05-01 20:15</div>"
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"
    )
    html = f"<html><body>{NAVIGATION}<div class='thread'>{first}{replies}</div></body></html>"
    document = load_document(write(tmp_path, "thread.html", html.encode()))
    lines = texts(document)
    assert PARAGRAPHS[0] in lines and PARAGRAPHS[1] in lines
    assert not any("第3次去的时候" in line for line in lines)
    assert document.meta["author"] == "雨夜读书人"
    assert document.meta["date"].startswith("2023-05-01")


def mhtml(html: bytes, charset: str, encoding: str) -> bytes:
    """A page saved the way browsers do: multipart/related, the HTML part first."""
    message = MIMEMultipart("related")
    message["Subject"] = "saved page"
    part = MIMENonMultipart("text", "html", charset=charset)
    part.set_payload(html)
    (encoders.encode_base64 if encoding == "base64" else encoders.encode_quopri)(part)
    part["Content-Location"] = "https://example.org/bookshop.html"
    message.attach(part)
    picture = MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(32), "png")
    picture["Content-Location"] = "https://example.org/lamp.png"
    message.attach(picture)
    return message.as_bytes()


@pytest.mark.parametrize("encoding", ["base64", "quoted-printable"])
def test_mhtml_page(tmp_path: Path, encoding: str) -> None:
    data = mhtml(page("gb2312").encode("gbk"), "gb2312", encoding)
    document = load_document(write(tmp_path, "saved.mhtml", data))
    assert document.format == "mhtml"
    assert document.encoding == "gb18030"
    assert document.meta["url"] == "https://example.org/bookshop.html"
    assert_article(document)


def test_mhtml_is_sniffed_without_its_extension(tmp_path: Path) -> None:
    data = mhtml(page().encode(), "utf-8", "base64")
    assert load_document(write(tmp_path, "saved.bin", data)).format == "mhtml"


def test_mhtml_without_an_html_part(tmp_path: Path) -> None:
    message = MIMEMultipart("related")
    message.attach(MIMEText("只有纯文本。", "plain", "utf-8"))
    path = write(tmp_path, "plain.mht", message.as_bytes())
    with pytest.raises(LoadError, match=r"plain\.mht: the saved page has no HTML part"):
        load_document(path)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><script>var a = 1;</script></body></html>",
        "<!-- only a comment --> <br> <hr>",
        "<html><body>" + "<div>" * 5000 + "</body></html>",
    ],
)
def test_pages_without_text_raise_load_error(tmp_path: Path, markup: str) -> None:
    path = write(tmp_path, "blank.html", markup.encode())
    with pytest.raises(LoadError) as caught:
        load_document(path)
    assert "blank.html" in str(caught.value)
