"""Reading a labelled corpus file: the one parser, used by train.py and by the tests and benchmark.

A corpus file holds one sentence a line, "<labels> | <text>", where labels is "clean" or categories
joined by "+" ("legal_risk+harsh"). Blank lines and lines starting with "#" are skipped. The corpus
itself lives in tests/quality (corpus_<name>.txt); this module only knows the format. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .checker import CATEGORIES


@dataclass(frozen=True)
class Example:
    text: str
    labels: frozenset[str]
    source: str  # file name
    line: int


def parse(path: Path) -> list[Example]:
    """The labelled sentences in one corpus file, in file order."""
    examples = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, sep, text = line.partition(" | ")
        if not sep or not text.strip():
            raise ValueError(f"{path.name}:{number}: expected '<labels> | <text>'")
        labels = frozenset() if head.strip() == "clean" else frozenset(head.strip().split("+"))
        unknown = labels - set(CATEGORIES)
        if unknown:
            raise ValueError(f"{path.name}:{number}: unknown labels {sorted(unknown)}")
        examples.append(Example(text.strip(), labels, path.name, number))
    return examples


def corpus_file(directory: Path, name: str) -> Path:
    """The file of the corpus part called name: corpus_<name>.txt ("tuning", "heldout", "blind1", ...),
    or <name>.txt for training-only files ("train_contempt_a")."""
    return directory / (f"{name}.txt" if name.startswith("train_") else f"corpus_{name}.txt")
