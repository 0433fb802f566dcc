"""Golden tests: messy articles through the real loader and the cleaner, compared
with reviewed expected output in ``tests/fixtures/golden/NAME.json``.

To regenerate after an intended change, run
``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/core/test_cleaning_golden.py``,
then read every changed file (``git diff tests/fixtures/golden``) before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.core.document import Article, BlockKind, RemovalReason
from reader.core.paths import resource
from reader.core.pipeline import open_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARTICLES = FIXTURES / "articles"
GOLDEN = FIXTURES / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# Invisible characters are written as visible markers in the fixture sources.
MARKERS = {
    "⟨NBSP⟩": "\u00a0",
    "⟨ZWSP⟩": "\u200b",
    "⟨TAB⟩": "\t",
    "⟨IDSP⟩": "\u3000",
    "⟨BOM⟩": "\ufeff",
}
# name -> (codec, line ending, byte-order mark) used to write the file under test.
ENCODED = {
    "gbk_news": ("gbk", "\n", b""),
    "utf16_memo": ("utf-16-le", "\r\n", b"\xff\xfe"),
    "whitespace_mess": ("utf-8", "\r\n", b""),
}
PLAIN = sorted(path.name for path in ARTICLES.iterdir() if path.is_file())


def snapshot(article: Article) -> dict[str, object]:
    """What the golden files hold: ``reader clean --json`` minus the codec name,
    which is the loader's business and checked separately."""
    data = article.to_json()
    data.pop("encoding")
    return data


def check_golden(name: str, article: Article) -> None:
    golden = GOLDEN / f"{name}.json"
    actual = snapshot(article)
    if UPDATE:
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert golden.exists(), f"{golden} is missing: run with UPDATE_GOLDEN=1 and review it"
    assert actual == json.loads(golden.read_text("utf-8"))


def write_encoded(name: str, folder: Path) -> Path:
    text = (ARTICLES / "encoded" / f"{name}.txt").read_text("utf-8")
    for marker, char in MARKERS.items():
        text = text.replace(marker, char)
    codec, newline, bom = ENCODED[name]
    path = folder / f"{name}.txt"
    path.write_bytes(bom + text.replace("\n", newline).encode(codec))
    return path


@pytest.mark.parametrize("filename", PLAIN)
def test_fixture_article_matches_golden(filename: str) -> None:
    check_golden(Path(filename).stem, open_article(ARTICLES / filename))


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encoded_article_matches_golden(name: str, tmp_path: Path) -> None:
    article = open_article(write_encoded(name, tmp_path))
    check_golden(name, article)


def test_gbk_file_is_decoded_as_a_gb_codec(tmp_path: Path) -> None:
    article = open_article(write_encoded("gbk_news", tmp_path))
    assert article.encoding.lower().replace("_", "").replace("-", "") in {
        "gbk",
        "gb18030",
        "gb2312",
        "cp936",
    }
    assert "脐橙" in article.text


def test_utf16_file_is_decoded_as_utf16(tmp_path: Path) -> None:
    article = open_article(write_encoded("utf16_memo", tmp_path))
    assert article.encoding.lower().replace("_", "-").startswith("utf-16")
    assert article.title == "关于调整办公区开放时间的通知"


def test_bundled_sample_article_matches_golden() -> None:
    check_golden("sample_article", open_article(resource("sample_article.txt")))


def test_sample_article_exercises_every_rule() -> None:
    article = open_article(resource("sample_article.txt"))
    reasons = {item.reason for item in article.removed}
    assert {
        RemovalReason.ACCOUNT,
        RemovalReason.RELATIVE_TIME,
        RemovalReason.PROMO,
        RemovalReason.CHROME,
        RemovalReason.CREDIT,
        RemovalReason.TITLE,
        RemovalReason.DUPLICATE,
    } <= reasons
    kinds = [block.kind for block in article.blocks]
    assert kinds.count(BlockKind.CAPTION) == 2
    assert kinds.count(BlockKind.HEADING) >= 3
    assert article.meta.source and article.meta.published == "2天前"
    assert 1500 <= len(resource("sample_article.txt").read_text("utf-8")) <= 3000
