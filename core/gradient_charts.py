"""Plotly figures for the gradient toy: sizes over the steps back, log axis.

The caller passes every text (already translated). Dashed lines mark where a
gradient counts as vanished or exploded (``core.gradient_toy``).
"""

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from core.gradient_toy import EXPLODED, VANISHED

# plain RNN, clipped RNN, LSTM cell state
COLOURS = ("#d62728", "#ff7f0e", "#2ca02c")


def _threshold(value: float, text: str) -> tuple[dict, dict]:
    """A dashed horizontal line at ``value`` and its label."""
    line = {
        "type": "line",
        "xref": "paper",
        "x0": 0,
        "x1": 1,
        "y0": value,
        "y1": value,
        "line": {"dash": "dash", "color": "#888", "width": 1},
    }
    label = {
        "xref": "paper",
        "x": 1,
        "y": float(np.log10(value)),
        "text": text,
        "showarrow": False,
        "xanchor": "right",
        "yanchor": "bottom",
        "font": {"color": "#666", "size": 11},
    }
    return line, label


def gradient_lines(
    steps_back: np.ndarray,
    series: dict[str, np.ndarray],
    texts: dict[str, str],
    colours: Sequence[str] = COLOURS,
) -> go.Figure:
    """The size of the gradient k steps back, one line per path, on a log axis.

    Args:
        steps_back: 0..T, the x values.
        series: a line name -> its values (positive).
        texts: ``"x"`` and ``"y"`` (axis titles), ``"vanished"`` and
            ``"exploded"`` (labels of the threshold lines).
        colours: one colour per line, in the order of ``series``.

    Returns:
        The figure.
    """
    data = [
        {
            "type": "scatter",
            "x": steps_back.tolist(),
            # a log axis cannot show 0; anything this small has vanished anyway
            "y": np.maximum(values, 1e-300).tolist(),
            "name": name,
            "mode": "lines",
            "line": {"color": colours[index % len(colours)], "width": 3},
        }
        for index, (name, values) in enumerate(series.items())
    ]
    low_line, low_label = _threshold(VANISHED, texts["vanished"])
    high_line, high_label = _threshold(EXPLODED, texts["exploded"])
    layout = {
        "xaxis": {"title": {"text": texts["x"]}},
        "yaxis": {"title": {"text": texts["y"]}, "type": "log", "exponentformat": "e"},
        "shapes": [low_line, high_line],
        "annotations": [low_label, high_label],
        "height": 380,
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
        "legend": {"orientation": "h", "y": 1.12},
    }
    return go.Figure(data=data, layout=layout, _validate=False)
