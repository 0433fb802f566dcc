"""``reader entities`` run as a user runs it, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = "雷军在北京发布了新车。\n\n雷军说，新车在2024年8月交付。\n"


def reader(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "READER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_lists_entities_with_offsets_into_the_clean_text(
    article: Path, tmp_path: Path
) -> None:
    result = reader("entities", str(article), "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    entities = json.loads(result.stdout)
    assert entities[0] == {
        "text": "雷军",
        "kind": "person",
        "count": 2,
        "pinyin": "Léi Jūn",
        "offsets": entities[0]["offsets"],
    }
    clean = json.loads(reader("clean", str(article), "--json", data_dir=tmp_path).stdout)["text"]
    for entity in entities:
        assert set(entity) == {"text", "kind", "count", "pinyin", "offsets"}
        assert len(entity["offsets"]) == entity["count"]
        for start, end in entity["offsets"]:
            assert clean[start:end] == entity["text"]
    counts = [e["count"] for e in entities]
    assert counts == sorted(counts, reverse=True)


def test_kind_filter_and_text_table(article: Path, tmp_path: Path) -> None:
    result = reader("entities", str(article), "--json", "--kind", "place", data_dir=tmp_path)
    assert [e["text"] for e in json.loads(result.stdout)] == ["北京"]
    table = reader("entities", str(article), data_dir=tmp_path).stdout.splitlines()
    assert table[0].split() == ["text", "kind", "count", "pinyin"]
    assert table[1].split() == ["雷军", "person", "2", "Léi", "Jūn"]


def test_per_line_prints_one_json_list_per_input_line(tmp_path: Path) -> None:
    lines = tmp_path / "lines.txt"
    lines.write_text("王小明去了上海。\n\n今天没有名字\n腾讯科技有限公司\n", encoding="utf-8")
    result = reader("entities", "--per-line", str(lines), "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4
    assert {"text": "王小明", "kind": "person", "start": 0, "end": 3} in rows[0]
    assert {"text": "上海", "kind": "place", "start": 5, "end": 7} in rows[0]
    assert rows[1] == []
    assert rows[3] == [{"text": "腾讯科技有限公司", "kind": "organization", "start": 0, "end": 8}]


def test_missing_file_is_one_line_error(tmp_path: Path) -> None:
    result = reader("entities", str(tmp_path / "nope.txt"), data_dir=tmp_path)
    assert result.returncode == 2
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_per_line_rejects_non_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("王小明".encode("gbk"))
    result = reader("entities", "--per-line", str(path), "--json", data_dir=tmp_path)
    assert result.returncode == 2
    assert "gbk.txt" in result.stderr and "UTF-8" in result.stderr


def test_damaged_user_dictionary_is_reported(article: Path, tmp_path: Path) -> None:
    (tmp_path / "user_dictionary.json").write_text("{oops", encoding="utf-8")
    result = reader("entities", str(article), data_dir=tmp_path)
    assert result.returncode == 2
    assert "user_dictionary.json" in result.stderr
    ok = reader("entities", str(article), "--no-user-dictionary", data_dir=tmp_path)
    assert ok.returncode == 0


def test_building_the_command_line_does_not_import_jieba() -> None:
    """Every subcommand builds the whole parser; jieba loads only when entities run."""
    code = (
        "import sys; from reader.cli import build_parser; build_parser();"
        "print(sorted(m for m in ('jieba', 'reader.core.entities.extraction') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
