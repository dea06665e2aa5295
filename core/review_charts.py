"""Plotly figures of single reviews and of the data: reading curves, lengths, words.

Every text on a figure is passed in by the page in the current language; each
model kind keeps the colour it has on every other chart (``core.charts``).
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import plotly.graph_objects as go

from core.charts import COLOURS

if TYPE_CHECKING:  # core.readout needs Keras; the Data page must not load it
    from core.readout import ReadingPoint

_MARGIN = {"l": 10, "r": 10, "t": 50, "b": 10}
_DASHES = ("solid", "dot", "dash", "longdash", "dashdot")


@dataclass(frozen=True)
class ReadingLine:
    """One model's readout over a review, for the chart."""

    name: str
    kind: str
    points: list["ReadingPoint"]


def reading_figure(
    lines: list[ReadingLine], title: str, x_title: str, y_title: str
) -> go.Figure:
    """P(positive) after each word, one line per model, with the 0.5 border.

    Args:
        lines: the models to draw; a second model of one kind gets another dash.
        title: the chart title.
        x_title: the x axis (word number in the review; 0 is the start marker).
        y_title: the y axis (P(positive)).
    """
    figure = go.Figure()
    seen: dict[str, int] = {}
    for line in lines:
        variant = seen.get(line.kind, 0)
        seen[line.kind] = variant + 1
        figure.add_trace(
            go.Scatter(
                x=[point.position for point in line.points],
                y=[point.probability for point in line.points],
                customdata=[point.word for point in line.points],
                mode="lines+markers" if len(line.points) <= 60 else "lines",
                name=line.name,
                line={
                    "color": COLOURS.get(line.kind, "#333333"),
                    "dash": _DASHES[variant % len(_DASHES)],
                },
                hovertemplate="%{customdata}: %{y:.3f}<extra>" + line.name + "</extra>",
            )
        )
    figure.add_hline(y=0.5, line_dash="dash", line_color="gray", opacity=0.6)
    figure.update_yaxes(range=[0, 1])
    figure.update_layout(
        title=title,
        xaxis_title=x_title,
        yaxis_title=y_title,
        height=360,
        margin=_MARGIN,
        legend={"orientation": "h", "y": -0.25},
        hovermode="closest",
    )
    return figure


def length_histogram(
    word_counts: np.ndarray,
    max_len: int,
    cut_label: str,
    title: str,
    x_title: str,
    y_title: str,
) -> go.Figure:
    """Review lengths in words, with a line where ``max_len`` cuts them.

    Args:
        word_counts: length of each review in words.
        max_len: the model's input length, drawn as a vertical line.
        cut_label: the line's label.
        title: the chart title.
        x_title: the x axis (words per review).
        y_title: the y axis (number of reviews).
    """
    # bins of 25 words up to the 99th percentile; the few longer ones share a bin
    upper = int(np.percentile(word_counts, 99)) if len(word_counts) else max_len
    upper = max(upper, max_len + 50)
    clipped = np.minimum(word_counts, upper)
    figure = go.Figure(
        go.Histogram(
            x=clipped,
            xbins={"start": 0, "end": upper + 25, "size": 25},
            marker_color="#2e86de",
            hovertemplate="%{x}: %{y}<extra></extra>",
        )
    )
    figure.add_vline(
        x=max_len,
        line_color="#e4572e",
        line_width=3,
        annotation_text=cut_label,
        annotation_position="top right",
    )
    figure.update_layout(
        title=title,
        xaxis_title=x_title,
        yaxis_title=y_title,
        height=340,
        margin=_MARGIN,
        bargap=0.05,
    )
    return figure


def frequent_words_figure(
    words: list[str], counts: list[int], title: str, x_title: str
) -> go.Figure:
    """Horizontal bars: the most frequent words, the most frequent on top."""
    figure = go.Figure(
        go.Bar(
            x=counts[::-1],
            y=words[::-1],
            orientation="h",
            marker_color="#17a589",
            hovertemplate="%{y}: %{x:,}<extra></extra>",
        )
    )
    figure.update_layout(
        title=title,
        xaxis_title=x_title,
        height=max(300, 22 * len(words) + 80),
        margin=_MARGIN,
    )
    return figure
