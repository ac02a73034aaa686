"""The dashboard's charts as geometry for inline SVG: bars with their positions, sizes and labels.

The templates draw them (client_templates/dashboard/_*.html); nothing runs in the browser. Widths
are in the SVG's own units (its viewBox); CSS scales the drawing to the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from .operations import Stats

# One width for every chart: drawn in half the page's width on a desktop and across a phone, the
# text keeps about its CSS size on both.
WIDTH = 360
LABEL_W = 135  # room for the row labels left of the bars
VALUE_W = 64  # room for the value right of the bars
LABEL_H = 20  # by position: the title sits above its bar
BAR_H = 26
GAP = 12
MAX_POSITIONS = 10


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | int | None
    text: str  # the value as shown beside the bar
    x: float
    y: float
    width: float
    height: float
    tone: str  # a CSS class suffix: chart-bar-<tone>


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    tone: str
    value: int
    label: str


@dataclass(frozen=True)
class StackRow:
    label: str
    y: float
    segments: list[Segment]
    total: int


def _scale(values: list[float], floor: float = 1.0) -> float:
    return max([floor, *values])


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def promise_bars(stats: Stats) -> tuple[list[Bar], float]:
    """Rejected -> asked -> answered -> on time, each bar against the rejected count; (bars, height)."""
    rows = [
        ("Rejected", stats.rejected, "neutral", ""),
        ("Asked for feedback", stats.asked, "brand", _percent(stats.asked, stats.rejected)),
        ("Got feedback", stats.answered, "brand", _percent(stats.answered, stats.asked)),
        ("Got it on time", stats.answered_on_time, "success", _percent(stats.answered_on_time, stats.asked)),
    ]
    span = WIDTH - LABEL_W - VALUE_W
    top = _scale([stats.rejected])
    bars = []
    for i, (label, value, tone, share) in enumerate(rows):
        text = f"{value} ({share})" if share else str(value)
        bars.append(Bar(label, value, text, LABEL_W, i * (BAR_H + GAP), span * value / top, BAR_H, tone))
    return bars, len(rows) * (BAR_H + GAP) - GAP


def hours_text(hours: float | None) -> str:
    if hours is None:
        return "no answers yet"
    if hours < 48:
        return f"{hours:g} h"
    return f"{hours:g} h ({hours / 24:.1f} days)"


def reply_bars(stats: Stats) -> tuple[list[Bar], float, float]:
    """Median and 90th percentile reply times against the target; (bars, height, x of the target line)."""
    span = WIDTH - LABEL_W - VALUE_W - 10
    values = [v for v in (stats.reply_hours_p50, stats.reply_hours_p90) if v is not None]
    top = _scale([*values, float(stats.reply_target_hours)]) * 1.1
    bars = []
    measures = (("Median (p50)", stats.reply_hours_p50), ("90th percentile", stats.reply_hours_p90))
    for i, (label, value) in enumerate(measures):
        late = value is not None and value > stats.reply_target_hours
        bars.append(
            Bar(
                label,
                value,
                "–" if value is None else f"{value:g} h",  # the days are in the description and the table
                LABEL_W,
                20 + i * (BAR_H + GAP),
                span * (value or 0) / top,
                BAR_H,
                "danger" if late else "success",
            )
        )
    return bars, 20 + 2 * (BAR_H + GAP) - GAP, LABEL_W + span * stats.reply_target_hours / top


def rating_columns(stats: Stats) -> tuple[list[Bar], float]:
    """One column per score, 1 to 5; (columns, height of the plot area)."""
    plot_h = 130
    col_w = 40
    step = (WIDTH - 60) / 5
    top = _scale([float(n) for n in stats.rating_distribution.values()])
    columns = []
    for i, (score, n) in enumerate(sorted(stats.rating_distribution.items())):
        h = plot_h * n / top
        x = 30 + i * step + (step - col_w) / 2
        columns.append(Bar(f"{score}", n, str(n), x, 20 + plot_h - h, col_w, h, "brand" if score >= 4 else "neutral"))
    return columns, plot_h


def position_rows(stats: Stats) -> tuple[list[StackRow], float]:
    """Per position, the cohort split into on time, late, waiting or unanswered, and did not ask;
    the positions with the most rejections first (at most ten)."""
    span = WIDTH - VALUE_W
    step = LABEL_H + BAR_H + GAP
    shown = stats.positions[:MAX_POSITIONS]
    top = _scale([float(p.rejected) for p in shown])
    rows = []
    for i, p in enumerate(shown):
        parts = [
            ("success", p.answered_on_time, "on time"),
            ("warn", p.answered - p.answered_on_time, "late"),
            ("danger", p.asked - p.answered, "not answered"),
            ("neutral", p.rejected - p.asked, "did not ask"),
        ]
        x = 0.0
        segments = []
        for tone, value, label in parts:
            width = span * value / top
            if value:
                segments.append(Segment(x, width, tone, value, label))
            x += width
        rows.append(StackRow(p.title, i * step, segments, p.rejected))
    return rows, max(len(rows) * step - GAP, 0)


def connection_bars(stats: Stats) -> tuple[list[Bar], float]:
    """Connections begun in the period (still standing) and connected now; (bars, height)."""
    rows = [("New in the period", stats.connections, "brand"), ("Active now", stats.connections_active, "success")]
    span = WIDTH - LABEL_W - VALUE_W
    top = _scale([float(stats.connections), float(stats.connections_active)])
    bars = [
        Bar(label, value, str(value), LABEL_W, i * (BAR_H + GAP), span * value / top, BAR_H, tone)
        for i, (label, value, tone) in enumerate(rows)
    ]
    return bars, len(rows) * (BAR_H + GAP) - GAP
