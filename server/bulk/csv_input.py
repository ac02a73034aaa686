"""Reading an uploaded CSV file into rows, with the line each starts on as the uploader sees it.

Only the file's shape is checked here (size, encoding, header, the number of values on a line);
what the values mean is checked with every other row in ``checks.py``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from ..core.errors import Invalid

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5_000
COLUMNS = ("name", "email", "position", "note", "reason")
REQUIRED = ("name", "email", "position")
# Header spellings people use for the optional columns (compared lower-cased, spaces collapsed).
ALIASES = {"personal note": "note", "message": "note", "reason code": "reason", "position id": "position"}
COLUMNS_HELP = "name, email, position, and optionally note and reason"


@dataclass(frozen=True)
class InputRow:
    """One row as given: ``line`` is its first line in the file (the header is line 1), or its number
    in the API's ``rows`` (from 1); ``values`` has every column, "" where nothing was given."""

    line: int
    values: dict[str, str]


def file_error(message: str) -> Invalid:
    return Invalid(message, fields={"file": message})


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise file_error(
            f"The file is not UTF-8 text (line {line} holds a character in another encoding). "
            "Save it as “CSV UTF-8” (in Excel: File › Save As › CSV UTF-8) and upload it again."
        ) from exc


def _delimiter(text: str) -> str:
    """Comma, or the semicolon or tab a spreadsheet in some locales writes, judged from the header."""
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count) if header.count(",") == 0 else ","


def _header(cells: list[str]) -> list[str]:
    names = []
    for cell in cells:
        name = " ".join(cell.replace("_", " ").split()).lower()
        names.append(ALIASES.get(name, name))
    unknown = [cells[i].strip() or f"(empty, column {i + 1})" for i, name in enumerate(names) if name not in COLUMNS]
    if unknown:
        raise file_error(
            f"The header has a column Candor does not know: {', '.join(unknown)}. The columns are {COLUMNS_HELP}."
        )
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise file_error(f"The header names the column {', '.join(repeated)} more than once.")
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise file_error(
            f"The header lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}. "
            f"The columns are {COLUMNS_HELP}."
        )
    return names


def parse(data: bytes) -> tuple[list[InputRow], list[tuple[int, str]]]:
    """The rows of a CSV file, and the lines whose shape is wrong (line, message). A problem with the
    file as a whole (empty, too large, not UTF-8, a wrong header, too many rows) is a 422 on ``file``."""
    if len(data) > MAX_BYTES:
        raise file_error(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB. Split it and upload the parts.")
    text = _decode(data)
    if not text.strip():
        raise file_error(f"The file is empty. Its first line names the columns: {COLUMNS_HELP}.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    header: list[str] | None = None
    rows: list[InputRow] = []
    problems: list[tuple[int, str]] = []
    try:
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            if header is None:
                header = _header(cells)
                continue
            if len(rows) + len(problems) >= MAX_ROWS:
                raise file_error(f"The file has more than {MAX_ROWS:,} rows. Split it and upload the parts.")
            extra = cells[len(header) :]
            if any(cell.strip() for cell in extra):
                problems.append(
                    (
                        start,
                        f"This line has {len(cells)} values but the header names {len(header)} columns. "
                        "Put a note that holds a comma in double quotes.",
                    )
                )
                continue
            values = dict.fromkeys(COLUMNS, "")
            values.update(zip(header, cells, strict=False))  # a short line leaves the last columns empty
            rows.append(InputRow(start, values))
    except csv.Error as exc:
        raise file_error(f"Line {reader.line_num} could not be read as CSV: {exc}.") from exc
    if header is None or not (rows or problems):
        raise file_error("The file has a header but no rows: add a line for each person to reject.")
    return rows, problems
