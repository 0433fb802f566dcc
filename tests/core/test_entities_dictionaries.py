"""The bundled word lists and the administrative divisions read from cpca."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.entities import EntityKind
from reader.core.entities.dictionaries import (
    administrative_divisions,
    bundled_lexicon,
    read_kind_list,
    read_surnames,
)
from reader.core.errors import LoadError


def test_administrative_divisions_come_with_and_without_suffix() -> None:
    terms, weak = administrative_divisions()
    assert terms["海淀区"] is EntityKind.PLACE
    assert terms["海淀"] is EntityKind.PLACE
    assert "海淀" in weak and "海淀区" not in weak
    assert len(terms) > 3000


def test_bundled_lists_load_with_kinds() -> None:
    lexicon = bundled_lexicon()
    assert lexicon.terms["比亚迪"] is EntityKind.ORGANIZATION
    assert lexicon.terms["雷军"] is EntityKind.PERSON
    assert lexicon.surnames["单"] == "shàn"
    assert lexicon.surnames["诸葛"] == "zhū gě"
    assert lexicon.suffixes["有限公司"] is EntityKind.ORGANIZATION
    assert "明白" in lexicon.stopwords
    assert not lexicon.stopwords & set(lexicon.terms)
    assert all(len(words) for words in lexicon.rule_words.values())


def test_every_listed_term_is_clean() -> None:
    for term in bundled_lexicon().terms:
        assert term == term.strip() and "\t" not in term


def test_bad_kind_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.tsv"
    path.write_text("# comment\n雷军\tperson\n小米\tcompany\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"broken\.tsv: line 3: unknown entity kind 'company'"):
        read_kind_list(path)


def test_missing_column_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "surnames.tsv"
    path.write_text("王\n", encoding="utf-8")
    with pytest.raises(LoadError, match="line 1"):
        read_surnames(path)
