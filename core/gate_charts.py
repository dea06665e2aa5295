"""Plotly figures for the gate calculator: bars, values over time, heatmaps.

Every text on a figure comes from the caller (already translated); units are
numbered from 1 on screen. Gates are drawn on [0, 1], the candidate and the
states on [-1, 1] (wider only when a cell state leaves that range).

Figures are built from plain dicts without plotly's validation, which costs
more than the rest of a redraw; the tests validate every figure instead.
"""

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from core.gates import LSTMStep

UNIT_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728")
_MARGIN = {"l": 10, "r": 10, "t": 40, "b": 10}


def _figure(data: list[dict], layout: dict) -> go.Figure:
    """A figure from dicts, skipping validation (see the module docstring)."""
    return go.Figure(data=data, layout=layout, _validate=False)


def _unit_colour(unit: int) -> str:
    return UNIT_COLOURS[unit % len(UNIT_COLOURS)]


def _bars(
    categories: Sequence[str],
    values: np.ndarray,
    unit_label: str,
    title: str,
    value_range: tuple[float, float],
) -> go.Figure:
    """Grouped bars: one group per category, one bar per unit.

    ``values`` has shape ``(len(categories), units)``.
    """
    data = [
        {
            "type": "bar",
            "x": list(categories),
            "y": values[:, unit].tolist(),
            "name": f"{unit_label} {unit + 1}",
            "marker": {"color": _unit_colour(unit)},
            "text": [f"{v:.2f}" for v in values[:, unit]],
            "textposition": "outside",
        }
        for unit in range(values.shape[1])
    ]
    layout = {
        "title": {"text": title},
        "barmode": "group",
        "yaxis": {"range": list(value_range)},
        "height": 320,
        "margin": _MARGIN,
        "legend": {"orientation": "h", "y": -0.12},
    }
    return _figure(data, layout)


def gate_bars(
    step: LSTMStep, names: dict[str, str], unit_label: str, title: str
) -> go.Figure:
    """The gates f, i, o of every unit on [0, 1].

    Args:
        step: one step (not a batch).
        names: display names for ``"f"``, ``"i"`` and ``"o"``.
        unit_label: the word for "unit" in the legend.
        title: the figure's title.
    """
    values = np.stack([step.f, step.i, step.o])
    categories = [names[gate] for gate in ("f", "i", "o")]
    return _bars(categories, values, unit_label, title, (0, 1.15))


def state_bars(
    step: LSTMStep, names: dict[str, str], unit_label: str, title: str
) -> go.Figure:
    """The candidate g and the states before and after, on [-1, 1].

    Args:
        step: one step (not a batch).
        names: display names for ``"g"``, ``"c_tm1"``, ``"c"``, ``"h_tm1"``, ``"h"``.
        unit_label: the word for "unit" in the legend.
        title: the figure's title.
    """
    order = ("g", "c_tm1", "c", "h_tm1", "h")
    values = np.stack([getattr(step, name) for name in order])
    reach = max(1.0, float(np.abs(values).max()))
    return _bars(
        [names[name] for name in order],
        values,
        unit_label,
        title,
        (-reach * 1.2, reach * 1.2),
    )


def states_over_time(
    steps: Sequence[LSTMStep],
    baseline: Sequence[LSTMStep],
    texts: dict[str, str],
) -> go.Figure:
    """c and h of every unit over the steps; dashed: the baseline run.

    Args:
        steps: the run to show.
        baseline: the same run without the first input (drawn dashed).
        texts: ``"cell"``, ``"hidden"`` (panel titles), ``"unit"``, ``"step"``,
            ``"baseline"`` (legend suffix of the dashed lines).
    """
    time = list(range(1, len(steps) + 1))
    data = []
    for column, state in enumerate(("c", "h"), start=1):
        run = np.stack([getattr(step, state) for step in steps])
        other = np.stack([getattr(step, state) for step in baseline])
        axes = {"xaxis": f"x{column}", "yaxis": f"y{column}"}
        for unit in range(run.shape[1]):
            name = f"{texts['unit']} {unit + 1}"
            common = {"type": "scatter", "legendgroup": name, **axes}
            data.append(
                common
                | {
                    "x": time,
                    "y": run[:, unit].tolist(),
                    "name": name,
                    "showlegend": column == 1,
                    "line": {"color": _unit_colour(unit)},
                }
            )
            data.append(
                common
                | {
                    "x": time,
                    "y": other[:, unit].tolist(),
                    "name": f"{name} {texts['baseline']}",
                    "showlegend": column == 1,
                    "line": {"color": _unit_colour(unit), "dash": "dot"},
                }
            )
    axis = {"title": {"text": texts["step"]}, "dtick": 1}
    layout = {
        "xaxis": axis | {"domain": [0, 0.46]},
        "xaxis2": axis | {"domain": [0.54, 1], "anchor": "y2"},
        "yaxis": {"title": {"text": texts["cell"]}},
        "yaxis2": {"title": {"text": texts["hidden"]}, "anchor": "x2"},
        "height": 360,
        "margin": _MARGIN,
        "legend": {"orientation": "h", "y": -0.2},
    }
    return _figure(data, layout)


def unit_heatmap(
    step: LSTMStep, names: dict[str, str], texts: dict[str, str]
) -> go.Figure:
    """Every unit's gates (top, on [0, 1]) and g, c, h (bottom, on [-1, 1]).

    Args:
        step: one step (not a batch), with any number of units.
        names: display names for ``"f"``, ``"i"``, ``"o"``, ``"g"``, ``"dc"``
            (the change c_t - c_{t-1}) and ``"h"``.
        texts: ``"unit"`` (the x axis title).
    """
    units = list(range(1, step.units + 1))
    data = [
        {
            "type": "heatmap",
            "z": np.stack([step.f, step.i, step.o]).tolist(),
            "x": units,
            "y": [names["f"], names["i"], names["o"]],
            "zmin": 0,
            "zmax": 1,
            "colorscale": "Greens",
            "reversescale": True,  # plotly's Greens is dark at 0; open gates are dark
            "colorbar": {"len": 0.45, "y": 0.78},
            "yaxis": "y",
        },
        {
            "type": "heatmap",
            "z": np.stack([step.g, step.c - step.c_tm1, step.h]).tolist(),
            "x": units,
            "y": [names["g"], names["dc"], names["h"]],
            "zmin": -1,
            "zmax": 1,
            "colorscale": "RdBu",
            "reversescale": True,  # negative red, positive blue, as in the drawing
            "colorbar": {"len": 0.45, "y": 0.22},
            "yaxis": "y2",
        },
    ]
    layout = {
        "xaxis": {"title": {"text": texts["unit"]}, "anchor": "y2"},
        "yaxis": {"domain": [0.56, 1], "autorange": "reversed"},
        "yaxis2": {"domain": [0, 0.44], "autorange": "reversed"},
        "height": 380,
        "margin": _MARGIN,
    }
    return _figure(data, layout)
