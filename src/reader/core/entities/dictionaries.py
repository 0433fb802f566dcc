"""The bundled word lists in ``resources/entities/`` and the place names of cpca.

Every list is plain text written for this project (see ``resources/README.md``),
except administrative divisions, which come from the ``cpca`` package's
``adcodes.csv`` (MIT licence), read as a CSV file so that pandas is never imported.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as package_resources
from pathlib import Path

from reader.core.entities.model import EntityKind
from reader.core.errors import LoadError
from reader.core.paths import resource

ENTITIES_FOLDER = "entities"
LEXICON_FOLDER = "lexicon"

# Administrative suffixes cpca names end with; stripped to get the bare name too
# ("海淀区" -> "海淀"), as long as two characters remain.
ADMIN_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "林区",
    "矿区",
    "省",
    "市",
    "区",
    "县",
    "州",
    "盟",
    "旗",
)


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor knows before it sees a text."""

    terms: dict[str, EntityKind]  # word -> kind, loaded into jieba with a tag
    weak_terms: frozenset[str]  # bare place names: only used where jieba has no other word
    surnames: dict[str, str]  # surname -> its reading as a surname, tone marks
    suffixes: dict[str, EntityKind]  # organisation and place name endings
    stopwords: frozenset[str]  # words jieba takes for names that are not
    rule_words: dict[str, frozenset[str]]  # role (org_infix, person_title, ...) -> words


def _lines(path: Path) -> list[tuple[int, list[str]]]:
    """Non-blank, non-comment lines split on tabs, with their line numbers."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError(path, f"cannot read dictionary: {exc}") from exc
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append((number, [cell.strip() for cell in line.split("\t")]))
    return rows


def _kind(path: Path, number: int, value: str) -> EntityKind:
    try:
        return EntityKind(value)
    except ValueError:
        raise LoadError(path, f"line {number}: unknown entity kind {value!r}") from None


def read_kind_list(path: Path) -> dict[str, EntityKind]:
    """A ``term<TAB>kind`` file."""
    terms: dict[str, EntityKind] = {}
    for number, cells in _lines(path):
        if len(cells) != 2 or not cells[0]:
            raise LoadError(path, f"line {number}: expected 'term<TAB>kind'")
        terms[cells[0]] = _kind(path, number, cells[1])
    return terms


def read_surnames(path: Path) -> dict[str, str]:
    """A ``surname<TAB>reading`` file (reading in tone marks, as used for names)."""
    surnames: dict[str, str] = {}
    for number, cells in _lines(path):
        if len(cells) != 2 or not cells[0] or not cells[1]:
            raise LoadError(path, f"line {number}: expected 'surname<TAB>reading'")
        surnames[cells[0]] = cells[1]
    return surnames


def read_roles(path: Path) -> dict[str, frozenset[str]]:
    """A ``word<TAB>role`` file, grouped by role."""
    roles: dict[str, set[str]] = {}
    for number, cells in _lines(path):
        if len(cells) != 2 or not cells[0] or not cells[1]:
            raise LoadError(path, f"line {number}: expected 'word<TAB>role'")
        roles.setdefault(cells[1], set()).add(cells[0])
    return {role: frozenset(words) for role, words in roles.items()}


def read_words(path: Path) -> frozenset[str]:
    return frozenset(cells[0] for _, cells in _lines(path))


def administrative_divisions() -> tuple[dict[str, EntityKind], set[str]]:
    """Province, city and county names from cpca's adcodes.csv, with their
    administrative suffix, and (as weak terms) without it."""
    source = package_resources.files("cpca").joinpath("resources/adcodes.csv")
    terms: dict[str, EntityKind] = {}
    weak: set[str] = set()
    with io.StringIO(source.read_text(encoding="utf-8")) as handle:
        for row in csv.DictReader(handle):
            name = (row.get("name") or "").strip()
            if len(name) < 2:
                continue
            terms[name] = EntityKind.PLACE
            weak.discard(name)
            for suffix in ADMIN_SUFFIXES:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    bare = name[: -len(suffix)]
                    if bare not in terms:
                        terms[bare] = EntityKind.PLACE
                        weak.add(bare)
                    break
    return terms, weak


@lru_cache(maxsize=1)
def bundled_lexicon() -> Lexicon:
    """Read every bundled list once per process."""
    folder = resource(ENTITIES_FOLDER)
    terms, weak = administrative_divisions()
    for path in sorted((folder / LEXICON_FOLDER).glob("*.tsv")):
        listed = read_kind_list(path)
        terms.update(listed)
        weak.difference_update(listed)
    stopwords = read_words(folder / "stoplist.txt")
    for word in stopwords:
        terms.pop(word, None)
    return Lexicon(
        terms=terms,
        weak_terms=frozenset(weak),
        surnames=read_surnames(folder / "surnames.tsv"),
        suffixes=read_kind_list(folder / "suffixes.tsv"),
        stopwords=stopwords,
        rule_words=read_roles(folder / "rule_words.tsv"),
    )
