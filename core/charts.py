"""Plotly figures of training curves and model comparisons (no Streamlit).

Every model kind keeps one colour on every chart, so students can follow
"the blue one" from page to page. Axis titles are passed in by the page in
the current language.
"""

from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

COLOURS = {"rnn": "#e4572e", "lstm": "#2e86de", "gru": "#17a589", "bow": "#7f8c8d"}
_EXTRA_DASHES = ("solid", "dot", "dash", "longdash", "dashdot")


@dataclass
class Curve:
    """One model's recorded training history, ready to plot.

    Attributes:
        label: legend name (e.g. "LSTM").
        kind: model kind, for the colour.
        history: ``{"batches": {...}, "epochs": [...]}`` as recorded.
        batches_per_epoch: to place each batch at its fraction of an epoch.
        variant: index among curves of the same kind (another line dash).
    """

    label: str
    kind: str
    history: dict
    batches_per_epoch: int
    variant: int = 0


def layout(
    figure: go.Figure, title: str, x_title: str, y_title: str, height: int = 340
) -> go.Figure:
    """The dashboard's common look: titles, margins, a legend below the plot."""
    figure.update_layout(
        title=title,
        xaxis_title=x_title,
        yaxis_title=y_title,
        height=height,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        legend={"orientation": "h", "y": -0.25},
        hovermode="x unified",
    )
    return figure


MAX_POINTS = 400  # per line: more points than pixels only cost time to draw


def _per_batch(
    values: list[float], batches_per_epoch: int, peak: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """x (epochs completed, in fractions) and y of a per-batch series.

    A long series is cut into ``MAX_POINTS`` runs of batches, each drawn as its
    last batch, or as its largest value when ``peak`` is set (so a spike in the
    gradient norm stays visible); a live chart stays cheap to send at every refresh.
    """
    x = (np.arange(len(values)) + 1) / max(batches_per_epoch, 1)
    y = np.asarray(values, dtype=float)
    if len(y) <= MAX_POINTS:
        return x, y
    bounds = np.linspace(0, len(y), MAX_POINTS + 1).round().astype(int)
    ends = bounds[1:] - 1
    if peak:
        return x[ends], np.maximum.reduceat(y, bounds[:-1])
    return x[ends], y[ends]


def metric_figure(
    curves: list[Curve], metric: str, title: str, x_title: str, names: dict[str, str]
) -> go.Figure:
    """Running ``metric`` per batch (lines) and per epoch, train and validation.

    Args:
        curves: the models to draw, all in one figure.
        metric: ``"loss"`` or ``"accuracy"``.
        title, x_title: texts in the current language.
        names: legend suffixes for ``"running"``, ``"train"`` and ``"val"``.
    """
    figure = go.Figure()
    for curve in curves:
        colour = COLOURS.get(curve.kind, "#333333")
        dash = _EXTRA_DASHES[curve.variant % len(_EXTRA_DASHES)]
        x, y = _per_batch(curve.history["batches"][metric], curve.batches_per_epoch)
        figure.add_scatter(
            x=x,
            y=y,
            mode="lines",
            name=f"{curve.label} · {names['running']}",
            line={"color": colour, "width": 1.5, "dash": dash},
            opacity=0.55,
        )
        epochs = curve.history["epochs"]
        if epochs:
            x = [epoch["epoch"] for epoch in epochs]
            figure.add_scatter(
                x=x,
                y=[epoch[metric] for epoch in epochs],
                mode="markers",
                name=f"{curve.label} · {names['train']}",
                marker={"color": colour, "size": 10, "symbol": "circle"},
            )
            figure.add_scatter(
                x=x,
                y=[epoch[f"val_{metric}"] for epoch in epochs],
                mode="lines+markers",
                name=f"{curve.label} · {names['val']}",
                line={"color": colour, "dash": "dash"},
                marker={"color": colour, "size": 10, "symbol": "diamond-open"},
            )
    return layout(figure, title, x_title, "")  # the title names the metric


def grad_norm_figure(
    curves: list[Curve],
    clipnorm: float | None,
    title: str,
    x_title: str,
    y_title: str,
    clip_label: str,
) -> go.Figure:
    """Global gradient norm before clipping, per batch, on a log axis."""
    figure = go.Figure()
    for curve in curves:
        x, y = _per_batch(
            curve.history["batches"]["grad_norm"], curve.batches_per_epoch
        )
        figure.add_scatter(
            x=x,
            y=y,
            mode="lines",
            name=curve.label,
            line={
                "color": COLOURS.get(curve.kind, "#333333"),
                "width": 1.2,
                "dash": _EXTRA_DASHES[curve.variant % len(_EXTRA_DASHES)],
            },
        )
    if clipnorm and curves:
        # a line trace, not add_hline: its label would be misplaced on a log axis
        end = max(
            len(curve.history["batches"]["grad_norm"]) / max(curve.batches_per_epoch, 1)
            for curve in curves
        )
        figure.add_scatter(
            x=[0, end],
            y=[clipnorm, clipnorm],
            mode="lines",
            name=clip_label,
            line={"color": "black", "dash": "dot", "width": 1.5},
            hoverinfo="skip",
        )
    # powers of ten only: minor labels such as "2" and "5" read like values
    figure.update_yaxes(type="log", dtick=1, exponentformat="power")
    return layout(figure, title, x_title, y_title)


def bar_figure(
    labels: list[str],
    kinds: list[str],
    values: list[float],
    title: str,
    y_title: str,
    value_format: str = ".1%",
) -> go.Figure:
    """One bar per model, coloured by kind, with its value written on it."""
    figure = go.Figure(
        go.Bar(
            x=labels,
            y=values,
            marker_color=[COLOURS.get(kind, "#333333") for kind in kinds],
            text=[format(value, value_format) for value in values],
            textposition="outside",
        )
    )
    figure.update_yaxes(range=[0, max(values, default=1) * 1.15])
    return layout(figure, title, "", y_title)


def confusion_figure(
    matrix: np.ndarray, class_names: list[str], title: str, axis_titles: tuple[str, str]
) -> go.Figure:
    """A 2x2 confusion matrix as a heatmap with counts (rows: true labels)."""
    figure = go.Figure(
        go.Heatmap(
            z=matrix,
            x=class_names,
            y=class_names,
            text=matrix,
            texttemplate="%{text}",
            colorscale="Blues",
            showscale=False,
        )
    )
    figure.update_yaxes(autorange="reversed")
    figure.update_layout(height=280, width=300)
    return layout(figure, title, axis_titles[1], axis_titles[0])


def grouped_bar_figure(
    groups: list[str],
    series: list[tuple[str, str, list[float]]],
    title: str,
    x_title: str,
    y_title: str,
) -> go.Figure:
    """Grouped bars: for each ``(label, kind, values)`` one bar per group."""
    figure = go.Figure()
    for label, kind, values in series:
        figure.add_bar(
            x=groups,
            y=values,
            name=label,
            marker_color=COLOURS.get(kind, "#333333"),
            text=[f"{value:.0%}" if value == value else "" for value in values],
            textposition="outside",
        )
    figure.update_layout(barmode="group")
    figure.update_yaxes(range=[0, 1.1], tickformat=".0%")
    return layout(figure, title, x_title, y_title)
