"""The real app in a real process: ``python main.py [FILE]`` opens the article,
shows it, and quits cleanly (through the READER_SELFTEST_QUIT_MS hook)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_app(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "READER_DATA_DIR": str(tmp_path / "data"),
        "READER_SELFTEST_QUIT_MS": "200",
        **env,
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "雨后.md"
    path.write_text(
        "# 雨后的菜市场\n\n雨停以后，菜市场的摊主们把塑料布掀开，青菜上还挂着水珠。\n\n"
        "> 卖豆腐的阿姨说：今天的豆腐是凌晨三点做的。\n\n- 青菜两把\n- 豆腐一块\n",
        encoding="utf-8",
    )
    return path


def test_opens_a_file_and_quits_cleanly(tmp_path, article):
    result = run_app(tmp_path, str(article), READER_SCREENSHOT=str(tmp_path / "shot.png"))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "selftest: opened '雨后的菜市场'" in result.stdout
    assert "Traceback" not in result.stderr
    assert (tmp_path / "shot.png").stat().st_size > 10_000
    assert (tmp_path / "data" / "window.ini").exists()


def test_without_a_file_opens_the_bundled_sample(tmp_path):
    result = run_app(tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "selftest: opened" in result.stdout
    assert "chars=0" not in result.stdout


def test_chinese_interface_starts(tmp_path, article):
    result = run_app(tmp_path, str(article), READER_LANG="zh_CN")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "selftest: opened '雨后的菜市场'" in result.stdout


def test_a_bad_file_reports_an_error_naming_it_and_still_quits(tmp_path):
    missing = tmp_path / "没有这个文件.txt"
    result = run_app(tmp_path, str(missing))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "selftest: error" in result.stdout
    assert "没有这个文件.txt" in result.stdout
    assert "Traceback" not in result.stderr
