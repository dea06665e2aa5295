"""The equations, drawing and charts show the step's own numbers."""

import re

import numpy as np
import plotly.graph_objects as go
import pytest

from core import cell_diagram, gate_charts, gate_equations, gates

LABELS = {key: key.upper() for key in cell_diagram.LABEL_KEYS}
NAMES = {key: key for key in ("f", "i", "o", "g", "c_tm1", "c", "h_tm1", "h", "dc")}


@pytest.fixture
def step_and_weights():
    weights = gates.random_weights(3, 3, seed=5)
    step = gates.lstm_step(
        np.array([0.5, -0.3, 0.8]),
        np.array([0.2, -0.1, 0.4]),
        np.array([0.6, -0.4, 0.3]),
        weights,
    )
    return step, weights


def test_equations_put_in_the_units_values_in_teaching_order(step_and_weights):
    step, weights = step_and_weights
    lines = gate_equations.unit_equations(step, weights, unit=2)

    symbols = [re.search(r"([a-z])_t\s*&?=", line).group(1) for line in lines]
    assert symbols == ["f", "i", "g", "c", "o", "h"]
    assert f"= {step.f[2]:.3f}" in lines[0]
    assert f"= {step.o[2]:.3f}" in lines[4]
    assert lines[3].endswith(gate_equations.number(step.c[2], 3, bare=True))
    assert lines[5].endswith(gate_equations.number(step.h[2], 3, bare=True))


def test_number_puts_negatives_in_parentheses():
    assert gate_equations.number(-0.5) == "(-0.50)"
    assert gate_equations.number(-0.5, bare=True) == "-0.50"
    assert gate_equations.number(-0.0001) == "0.00"


def test_drawing_shows_the_values_and_the_given_labels(step_and_weights):
    step, _ = step_and_weights
    svg = cell_diagram.cell_svg(step, 1, LABELS)

    assert svg.startswith("<svg") and svg.endswith("</svg>")
    for value in (step.f[1], step.i[1], step.g[1], step.o[1], step.c[1], step.h[1]):
        assert f"{value:.3f}" in svg
    assert "FORGET" in svg and "HIDDEN" in svg


def test_drawing_escapes_label_text(step_and_weights):
    step, _ = step_and_weights
    svg = cell_diagram.cell_svg(step, 0, LABELS | {"title": "<b>&"})
    assert "&lt;b&gt;&amp;" in svg


def test_every_chart_is_a_valid_plotly_figure(step_and_weights):
    step, weights = step_and_weights
    run = gates.run_sequence(np.ones((4, 3)), weights)
    texts = {"cell": "c", "hidden": "h", "unit": "u", "step": "t", "baseline": "b"}
    figures = [
        gate_charts.gate_bars(step, NAMES, "unit", "gates"),
        gate_charts.state_bars(step, NAMES, "unit", "states"),
        gate_charts.states_over_time(run, run, texts),
        gate_charts.unit_heatmap(step, NAMES, texts),
    ]
    for figure in figures:
        go.Figure(figure.to_dict())  # raises on any invalid property


def test_gate_bars_show_the_gate_values(step_and_weights):
    step, _ = step_and_weights
    figure = gate_charts.gate_bars(step, NAMES, "unit", "gates")

    first_unit = figure.data[0]
    assert list(first_unit.x) == ["f", "i", "o"]
    np.testing.assert_allclose(first_unit.y, [step.f[0], step.i[0], step.o[0]])
    assert figure.layout.yaxis.range == (0, 1.15)
