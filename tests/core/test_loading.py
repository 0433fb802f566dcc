"""load_document on plain text: encodings, line handling, format sniffing, bad input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.document import LoadedDocument
from reader.core.errors import ErrorCode, LoadError
from reader.core.loading import MAX_FILE_BYTES, load_document

SIMPLIFIED = (
    "老周的旧书店开在坡道尽头，门口挂着一盏昏黄的灯。\n"
    "\n"
    "每逢下雨，附近的学生就会躲进来，一边等雨停，一边翻看那些泛黄的诗集。\n"
    "他说，书店能撑二十年，靠的不是生意，而是街坊的情分。\n"
)
TRADITIONAL = (
    "臺灣的夜市文化歷史悠久，每到傍晚，攤販便陸續擺出熱騰騰的小吃。\n"
    "遊客們穿梭在擁擠的巷弄裡，品嚐蚵仔煎、滷肉飯與珍珠奶茶。\n"
    "許多攤位已經傳承了三代，老闆們說，堅持用傳統的做法，才能留住老顧客的味道。\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def texts(document: LoadedDocument) -> list[str]:
    return [line.text for line in document.lines]


@pytest.mark.parametrize(
    ("text", "codec", "bom", "expected"),
    [
        (SIMPLIFIED, "utf-8", b"", "utf-8"),
        (SIMPLIFIED, "utf-8", b"\xef\xbb\xbf", "utf-8"),
        (SIMPLIFIED, "utf-16-le", b"\xff\xfe", "utf-16-le"),
        (SIMPLIFIED, "utf-16-be", b"\xfe\xff", "utf-16-be"),
        (SIMPLIFIED, "utf-16-le", b"", "utf-16-le"),
        (SIMPLIFIED, "gbk", b"", "gb18030"),
        (SIMPLIFIED, "gb18030", b"", "gb18030"),
        (TRADITIONAL, "big5", b"", "big5"),
    ],
)
def test_each_encoding_decodes_to_the_same_lines(
    tmp_path: Path, text: str, codec: str, bom: bytes, expected: str
) -> None:
    path = write(tmp_path, "article.txt", bom + text.encode(codec))
    document = load_document(path)
    assert document.encoding == expected
    assert texts(document) == text.split("\n")[:-1]
    assert document.format == "text"


def test_ascii_utf16_without_bom_is_recognised_from_its_nul_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.txt", "Plain notes, line one\nline two\n".encode("utf-16-le"))
    document = load_document(path)
    assert document.encoding == "utf-16-le"
    assert texts(document) == ["Plain notes, line one", "line two"]


def test_plain_text_keeps_blank_lines_and_normalises_line_ends(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "第一行\r\n\r\n第二行\r第三行\n\n".encode())
    document = load_document(path)
    assert texts(document) == ["第一行", "", "第二行", "第三行", ""]
    assert all(line.kind is None for line in document.lines)
    assert document.meta == {}


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "saved.dat",
            b"<!DOCTYPE html><html><body><p>\xe4\xbd\xa0\xe5\xa5\xbd</p></body></html>",
            "html",
        ),
        ("fragment.page", "<div><p>一段文字。</p></div>".encode(), "html"),
        ("notes.log", "只是普通的文字，没有标记。\n".encode(), "text"),
        ("maths.dat", "当 a < b 且 b > c 时成立。\n".encode(), "text"),
    ],
)
def test_unknown_extensions_are_sniffed(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    assert load_document(write(tmp_path, name, data)).format == expected


# --- bad input -------------------------------------------------------------------------


def assert_load_error(path: Path, fragment: str, code: ErrorCode) -> LoadError:
    """The error names the file, gives the English reason and the code front ends translate."""
    with pytest.raises(LoadError) as caught:
        load_document(path)
    assert caught.value.path == path
    assert path.name in str(caught.value)
    assert fragment in caught.value.reason
    assert caught.value.code is code
    return caught.value


def test_missing_file(tmp_path: Path) -> None:
    assert_load_error(tmp_path / "gone.txt", "does not exist", ErrorCode.MISSING)


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert_load_error(folder, "folder", ErrorCode.IS_FOLDER)


def test_path_through_a_file_is_unreadable(tmp_path: Path) -> None:
    parent = write(tmp_path, "plain.txt", b"text")
    error = assert_load_error(parent / "child.txt", "cannot read", ErrorCode.READ_FAILED)
    assert error.params["detail"] and str(error.params["detail"]) in error.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", "内容".encode())
    path.chmod(0)
    try:
        assert_load_error(path, "permission denied", ErrorCode.UNREADABLE)
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_files(tmp_path: Path, data: bytes) -> None:
    assert_load_error(write(tmp_path, "empty.txt", data), "empty", ErrorCode.EMPTY)


def test_utf16_file_holding_only_whitespace_is_empty(tmp_path: Path) -> None:
    assert_load_error(
        write(tmp_path, "blank.txt", b"\xff\xfe" + " \n ".encode("utf-16-le")),
        "empty",
        ErrorCode.EMPTY,
    )


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        bytes(range(1, 32)) * 50,
    ],
)
def test_binary_files(tmp_path: Path, data: bytes) -> None:
    for name in ("picture.txt", "picture.html", "picture.md", "picture.bin"):
        assert_load_error(write(tmp_path, name, data), "binary", ErrorCode.BINARY)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no real 20 MB written
    error = assert_load_error(path, "larger than 20 MB", ErrorCode.TOO_LARGE)
    assert error.params == {"limit_mb": 20}


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("title-only.md", b"---\ntitle: x\n---\n"),
        ("blank-page.html", b"<html><body><div> </div><script>var a = 1;</script></body></html>"),
    ],
)
def test_markdown_or_page_without_visible_text(tmp_path: Path, name: str, data: bytes) -> None:
    assert_load_error(write(tmp_path, name, data), "no", ErrorCode.NO_TEXT)


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    line = "这是一行用于测试大小上限的文字。\n".encode()
    path = write(tmp_path, "big.txt", line * (MAX_FILE_BYTES // len(line)))
    document = load_document(path)
    assert len(document.lines) == MAX_FILE_BYTES // len(line)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.text(alphabet="<>/=\"' abcdhtmlpbody中文\n\x00&#;", max_size=300).map(str.encode),
    ),
    suffix=st.sampled_from([".txt", ".md", ".html", ".mhtml", ".dat"]),
)
def test_any_bytes_load_or_raise_load_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            document = load_document(path)
        except LoadError as exc:
            assert exc.path == path
            assert exc.reason
            assert isinstance(exc.code, ErrorCode)
        else:
            assert isinstance(document, LoadedDocument)
            assert all("\n" not in line.text for line in document.lines)
