"""``reader clean`` run for real, in a subprocess, on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.core.paths import resource

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def run_clean(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "clean", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_text_output_is_the_title_then_blocks_separated_by_blank_lines() -> None:
    result = run_clean(ARTICLES / "duplicated_body.txt")
    assert result.returncode == 0, result.stderr
    parts = result.stdout.rstrip("\n").split("\n\n")
    assert parts[0] == "社区团购退潮之后"
    assert parts[3] == "店主们的新生意"
    assert len(parts) == 6  # the title and five blocks: the second copy is gone
    assert "星野商业评论" not in result.stdout


def test_show_removed_lists_reasons() -> None:
    result = run_clean(resource("sample_article.txt"), "--show-removed")
    assert result.returncode == 0, result.stderr
    text, removed = result.stdout.split("\n-- removed: ")
    assert "2天前" not in text
    assert "[relative_time] 2天前  (line 4, key " in removed
    assert "[duplicate] " in removed and "[credit] " in removed


def test_json_output_has_the_article_shape() -> None:
    result = run_clean(ARTICLES / "promo_footer.txt", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"title", "meta", "encoding", "format", "text", "blocks", "removed"}
    assert data["title"] == "一家县城奶茶店的账本"
    assert data["meta"]["source"] == "青禾财经"
    for block in data["blocks"]:
        assert data["text"][block["start"] : block["end"]] == block["text"]
    assert {"key", "text", "reason", "position"} <= set(data["removed"][0])


def test_a_missing_file_is_one_line_on_stderr_and_exit_2(tmp_path: Path) -> None:
    result = run_clean(tmp_path / "nope.txt")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "nope.txt" in lines[0]
    assert "Traceback" not in result.stderr


def test_a_binary_file_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 8)
    result = run_clean(path)
    assert result.returncode == 2
    assert "photo.txt" in result.stderr and "Traceback" not in result.stderr
