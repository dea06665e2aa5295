"""The LSTM step's equations for one unit as LaTeX, with the numbers put in.

The lines follow the order in which the step is taught: forget gate, input
gate, candidate, cell update, output gate, hidden state. Vectors are rows, as
in Keras: ``z = x_t W + h_{t-1} U + b``.
"""

import numpy as np

from core.gates import LSTMStep, LSTMWeights

# Expand the dot products term by term only while they stay readable.
MAX_EXPANDED_TERMS = 8

_ACTIVATION = {"f": r"\sigma", "i": r"\sigma", "c": r"\tanh", "o": r"\sigma"}
_SYMBOL = {"f": "f_t", "i": "i_t", "c": "g_t", "o": "o_t"}
_SUBSCRIPT = {"f": "f", "i": "i", "c": "c", "o": "o"}


def number(value: float, digits: int = 2, bare: bool = False) -> str:
    """``value`` with ``digits`` decimals; a negative one in parentheses.

    ``bare=True`` leaves out the parentheses (for a number standing alone).
    """
    text = f"{value:.{digits}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return f"({text})" if text.startswith("-") and not bare else text


def general_equations() -> list[str]:
    """The step's equations without numbers, in teaching order."""
    return [
        r"f_t = \sigma(x_t W_f + h_{t-1} U_f + b_f)",
        r"i_t = \sigma(x_t W_i + h_{t-1} U_i + b_i)",
        r"g_t = \tanh(x_t W_c + h_{t-1} U_c + b_c)",
        r"c_t = f_t \odot c_{t-1} + i_t \odot g_t",
        r"o_t = \sigma(x_t W_o + h_{t-1} U_o + b_o)",
        r"h_t = o_t \odot \tanh(c_t)",
    ]


def block_equation(step: LSTMStep, weights: LSTMWeights, gate: str, unit: int) -> str:
    """One gate (or the candidate, ``"c"``) of ``unit`` with its numbers.

    Args:
        step: the computed step (one sample, not a batch).
        weights: the weights the step used.
        gate: ``"f"``, ``"i"``, ``"c"`` or ``"o"``.
        unit: which unit, counted from 0.

    Returns:
        A LaTeX line such as ``f_t = \\sigma(0.35 + (-0.12) + 0.40) = ...``.
    """
    kernel, recurrent_kernel, bias = weights.gate(gate)
    wx = float(step.block(step.wx, gate)[unit])
    uh = float(step.block(step.uh, gate)[unit])
    z = float(step.block(step.z, gate)[unit])
    value = float(step.gate_value(gate)[unit])
    activation, symbol, sub = _ACTIVATION[gate], _SYMBOL[gate], _SUBSCRIPT[gate]

    sums = (
        rf"\underbrace{{{number(wx)}}}_{{x_t W_{sub}}} + "
        rf"\underbrace{{{number(uh)}}}_{{h_{{t-1}} U_{sub}}} + "
        rf"\underbrace{{{number(float(bias[unit]))}}}_{{b_{sub}}}"
    )
    line = (
        rf"{symbol} &= {activation}\left({sums}\right) = "
        rf"{activation}({number(z, 2, bare=True)}) = {number(value, 3, bare=True)}"
    )
    if weights.input_dim + weights.units <= MAX_EXPANDED_TERMS:
        x_terms = _dot(step.x, kernel[:, unit])
        h_terms = _dot(step.h_tm1, recurrent_kernel[:, unit])
        line += (
            rf" \\ x_t W_{sub} &= {x_terms} = {number(wx, bare=True)}"
            rf" \\ h_{{t-1}} U_{sub} &= {h_terms} = {number(uh, bare=True)}"
        )
    return rf"\begin{{aligned}}{line}\end{{aligned}}"


def _dot(vector, column) -> str:
    """``a_1 w_1 + a_2 w_2 + ...`` with the numbers put in."""
    return " + ".join(
        rf"{number(float(a))} \cdot {number(float(w))}"
        for a, w in zip(vector, column, strict=True)
    )


def cell_equation(step: LSTMStep, unit: int) -> str:
    """``c_t = f c_{t-1} + i g`` for ``unit`` with its numbers."""
    f, c_tm1 = float(step.f[unit]), float(step.c_tm1[unit])
    i, g, c = float(step.i[unit]), float(step.g[unit]), float(step.c[unit])
    return (
        rf"c_t = f_t \cdot c_{{t-1}} + i_t \cdot g_t = "
        rf"{number(f, 3)} \cdot {number(c_tm1, 3)} + {number(i, 3)} \cdot "
        rf"{number(g, 3)} = {number(f * c_tm1, 3)} + {number(i * g, 3)} = "
        rf"{number(c, 3, bare=True)}"
    )


def hidden_equation(step: LSTMStep, unit: int) -> str:
    """``h_t = o tanh(c_t)`` for ``unit`` with its numbers."""
    o, c, h = float(step.o[unit]), float(step.c[unit]), float(step.h[unit])
    return (
        rf"h_t = o_t \cdot \tanh(c_t) = {number(o, 3)} \cdot "
        rf"\tanh({number(c, 3, bare=True)}) = {number(o, 3)} \cdot "
        rf"{number(float(np.tanh(c)), 3)} = {number(h, 3, bare=True)}"
    )


def unit_equations(step: LSTMStep, weights: LSTMWeights, unit: int) -> list[str]:
    """All six lines for ``unit``, in teaching order (see the module docstring).

    Args:
        step: the computed step (one sample, not a batch).
        weights: the weights the step used.
        unit: which unit, counted from 0.

    Returns:
        Six LaTeX strings: f, i, g, c_t, o, h_t.
    """
    if not 0 <= unit < step.units:
        raise ValueError(f"unit must be between 0 and {step.units - 1}, got {unit}")
    return [
        block_equation(step, weights, "f", unit),
        block_equation(step, weights, "i", unit),
        block_equation(step, weights, "c", unit),
        cell_equation(step, unit),
        block_equation(step, weights, "o", unit),
        hidden_equation(step, unit),
    ]
