"""Plotly figures of the Why page: gradient flow and accuracy against distance.

Colours follow ``core.charts.COLOURS`` so each model kind looks the same on
every page; texts come in from the page in the current language.
"""

import numpy as np
import plotly.graph_objects as go

from core.charts import COLOURS, layout


def relative_range(curves: list[list[float]]) -> tuple[float, float]:
    """The log10 range that fits every curve drawn relative to its last step."""
    lows = [min(curve) - curve[-1] for curve in curves]
    highs = [max(curve) - curve[-1] for curve in curves]
    return min(lows, default=-1.0) - 0.3, max(max(highs, default=0.0), 0.0) + 0.3


def gradient_figure(
    series: list[tuple[str, str, list[float]]],
    title: str,
    x_title: str,
    y_title: str,
    y_range: tuple[float, float],
) -> go.Figure:
    """Gradient norm per time step, relative to the last step, on a log axis.

    Args:
        series: ``(label, kind, curve)`` per model; ``curve`` holds log10 of
            the mean norm per step (``core.gradient_flow.mean_log10``).
        title, x_title, y_title: texts in the current language.
        y_range: log10 limits of the y axis (``relative_range``).
    """
    figure = go.Figure()
    for label, kind, curve in series:
        curve = np.asarray(curve, dtype=float)
        figure.add_scatter(
            x=np.arange(1, len(curve) + 1),
            y=10.0 ** (curve - curve[-1]),
            mode="lines",
            name=label,
            line={"color": COLOURS.get(kind, "#333333"), "width": 2},
            hovertemplate="%{y:.1e}",
        )
    figure.update_yaxes(type="log", range=list(y_range), exponentformat="power")
    return layout(figure, title, x_title, y_title, height=380)


def memory_figure(
    series: list[tuple[str, str, list[int], list[float]]],
    title: str,
    x_title: str,
    y_title: str,
) -> go.Figure:
    """Accuracy against the number of filler words, one line per model.

    Args:
        series: ``(label, kind, distances, accuracies)`` per model.
        title, x_title, y_title: texts in the current language.
    """
    figure = go.Figure()
    for label, kind, distances, accuracy in series:
        figure.add_scatter(
            x=distances,
            y=accuracy,
            mode="lines+markers",
            name=label,
            line={"color": COLOURS.get(kind, "#333333"), "width": 2},
            hovertemplate="%{y:.1%}",
        )
    figure.update_yaxes(range=[0, 1.05], tickformat=".0%")
    return layout(figure, title, x_title, y_title, height=380)
