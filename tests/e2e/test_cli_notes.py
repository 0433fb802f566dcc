"""The notes commands run as a user runs them: a real process, a real data folder."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ARTICLE = """小区门口新开了一家书店

书店不大，只有两排书架，但老板把每本书都包上了透明的书皮。

周末下午，书店里坐满了写作业的孩子，老板给每个人倒一杯温水。

我在书店里买了一本旧诗集，扉页上写着前一位主人的名字。
"""


def run(data: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "READER_DATA_DIR": str(data)}
    result = subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "书店.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


def notes_json(data: Path, article: Path) -> list[dict]:
    return json.loads(run(data, "notes", str(article), "--json").stdout)


def test_annotate_list_delete(tmp_path, article):
    data = tmp_path / "data"
    first = run(
        data,
        "annotate",
        str(article),
        "--quote",
        "书店",
        "--occurrence",
        "3",
        "--color",
        "green",
        "--comment",
        "*温暖*",
        "--tag",
        "社区",
        "--tag",
        "阅读",
    ).stdout.strip()
    uuid.UUID(first)
    second = run(data, "annotate", str(article), "--quote", "旧诗集", "--style", "underline")
    listed = notes_json(data, article)
    assert [n["quote"] for n in listed] == ["书店", "旧诗集"]
    clean = json.loads(run(data, "clean", str(article), "--json").stdout)["text"]
    starts = [i for i in range(len(clean)) if clean.startswith("书店", i)]
    assert listed[0]["start"] == starts[2] and listed[0]["state"] == "anchored"
    assert listed[0]["color"] == "green" and listed[0]["tags"] == ["社区", "阅读"]
    assert listed[1]["style"] == "underline"

    text = run(data, "notes", str(article)).stdout
    assert first in text and "「旧诗集」" in text and "#社区 #阅读" in text

    run(data, "notes", str(article), "--delete", first)
    assert [n["id"] for n in notes_json(data, article)] == [second.stdout.strip()]


def test_bad_input_gives_one_line_and_exit_2(tmp_path, article):
    data = tmp_path / "data"
    missing = run(data, "annotate", str(article), "--quote", "不存在的句子", check=False)
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "书店.txt" in missing.stderr
    assert "not found" in missing.stderr and "Traceback" not in missing.stderr

    unknown = run(data, "notes", str(article), "--delete", "no-such-id", check=False)
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1

    bad_import = tmp_path / "bad.json"
    bad_import.write_text("[1, 2", "utf-8")
    failed = run(data, "import", str(article), str(bad_import), check=False)
    assert failed.returncode == 2 and "bad.json" in failed.stderr


def test_edited_file_shows_moved_notes(tmp_path, article):
    data = tmp_path / "data"
    run(data, "annotate", str(article), "--quote", "倒一杯温水")
    article.write_text(ARTICLE.replace("周末下午，", "开业第一个周末的下午，"), "utf-8")
    [listed] = notes_json(data, article)
    assert listed["state"] == "moved" and listed["quote"] == "倒一杯温水"


def test_export_every_format_and_import_elsewhere(tmp_path, article):
    data = tmp_path / "data"
    run(data, "annotate", str(article), "--quote", "透明的书皮", "--comment", "细心")
    run(data, "annotate", str(article), "--quote", "前一位主人", "--color", "purple")
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("md", "html", "json", "csv"):
        run(data, "export", str(article), "--format", fmt, "-o", str(out / f"notes.{fmt}"))
    assert "> 透明的书皮\n\n细心" in (out / "notes.md").read_text("utf-8")
    assert '<mark class="purple highlight">前一位主人</mark>' in (out / "notes.html").read_text(
        "utf-8"
    )
    assert (out / "notes.csv").read_text("utf-8").startswith("Highlight,Title,Author,URL,")
    stdout = run(data, "export", str(article), "--format", "json").stdout
    assert json.loads(stdout) == json.loads((out / "notes.json").read_text("utf-8")) | {
        "generated": json.loads(stdout)["generated"]
    }

    elsewhere = tmp_path / "other-data"
    first = run(elsewhere, "import", str(article), str(out / "notes.json")).stdout
    assert first.startswith("imported 2 (0 not found")
    again = run(elsewhere, "import", str(article), str(out / "notes.json")).stdout
    assert again.startswith("imported 0") and "skipped 2" in again
    assert notes_json(elsewhere, article) == notes_json(data, article)


def test_corrupt_notes_file_is_reported_and_kept(tmp_path, article):
    data = tmp_path / "data"
    run(data, "annotate", str(article), "--quote", "两排书架")
    [notes_file] = (data / "notes").glob("*.json")
    notes_file.write_text("{broken", "utf-8")
    result = run(data, "notes", str(article))
    assert result.stdout == "" and "was unreadable" in result.stderr
    assert [p.read_text("utf-8") for p in (data / "notes").glob("*.corrupt-*")] == ["{broken"]


def test_moved_and_edited_file_keeps_its_notes(tmp_path, article):
    data = tmp_path / "data"
    kept = run(data, "annotate", str(article), "--quote", "透明的书皮").stdout.strip()
    moved = article.with_name("书店-修订.txt")
    article.rename(moved)
    moved.write_text(ARTICLE.replace("周末下午，", "开业第一个周末的下午，"), "utf-8")
    [listed] = notes_json(data, moved)
    assert listed["id"] == kept and listed["quote"] == "透明的书皮"
    assert listed["state"] == "anchored"


def test_copy_annotated_through_the_copy_keeps_its_notes_after_an_edit(tmp_path, article):
    data = tmp_path / "data"
    run(data, "annotate", str(article), "--quote", "两排书架")
    copy = article.with_name("书店-副本.txt")
    copy.write_text(ARTICLE, "utf-8")
    on_copy = run(data, "annotate", str(copy), "--quote", "旧诗集").stdout.strip()
    copy.write_text(ARTICLE.replace("倒一杯温水", "倒一杯热茶"), "utf-8")
    listed = notes_json(data, copy)
    assert [n["quote"] for n in listed] == ["两排书架", "旧诗集"]
    assert listed[1]["id"] == on_copy


def test_versions_and_other_articles_keep_their_own_notes(tmp_path, article):
    data = tmp_path / "data"
    run(data, "annotate", str(article), "--quote", "两排书架")
    version = article.with_name("书店-第二版.txt")
    version.write_text(ARTICLE.replace("倒一杯温水", "倒一杯热茶"), "utf-8")
    assert notes_json(data, version) == []  # both versions exist: separate notes
    assert [n["quote"] for n in notes_json(data, article)] == ["两排书架"]

    article.unlink()
    other = tmp_path / "菜市场.txt"
    other.write_text("菜市场门口新开了一家早餐铺\n\n老板每天凌晨三点起来包包子。\n", "utf-8")
    assert notes_json(data, other) == []  # nothing alike: never adopts the notes
