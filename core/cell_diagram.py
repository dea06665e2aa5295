"""A drawing of one LSTM unit as SVG, with the current values written on it.

The cell state c runs along the top: the forget gate multiplies it, the input
gate adds the gated candidate. Below, x_t and h_{t-1} feed the four blocks;
the output gate decides how much of tanh(c_t) becomes h_t. Gates are tinted
by their value in [0, 1], the candidate and the states by their sign.
"""

from html import escape

import numpy as np

from core.gates import LSTMStep

WIDTH, HEIGHT = 720, 330
CELL_Y, BUS_Y, BOX_Y = 60, 255, 175
FORGET_X, INPUT_X, CANDIDATE_X, OUTPUT_X, SQUASH_X = 175, 290, 400, 510, 615
JOIN_X = 345  # where i * g joins the cell state
BOX_WIDTH, BOX_HEIGHT = 106, 50
MIX_Y = 115  # height of the i * g product and of tanh(c_t)

# Texts the caller supplies in the reader's language.
LABEL_KEYS = ("forget", "input", "candidate", "output", "cell", "hidden", "title")


def _gate_colour(value: float) -> str:
    """White (closed) to green (open) for a gate value in [0, 1]."""
    value = float(np.clip(value, 0.0, 1.0))
    red = int(255 - 200 * value)
    blue = int(255 - 170 * value)
    return f"rgb({red},{int(255 - 75 * value)},{blue})"


def _signed_colour(value: float) -> str:
    """Red (negative), white (zero) or blue (positive), for values in [-1, 1]."""
    value = float(np.clip(value, -1.0, 1.0))
    fade = int(255 - 150 * abs(value))
    return f"rgb({fade},{fade},255)" if value >= 0 else f"rgb(255,{fade},{fade})"


def _text(x, y, content, size=15, weight="normal", anchor="middle") -> str:
    return (
        f'<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" '
        f'text-anchor="{anchor}">{escape(content)}</text>'
    )


def _line(x1, y1, x2, y2, width=2) -> str:
    return (
        f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#555" '
        f'stroke-width="{width}" marker-end="url(#arrow)"/>'
    )


def _box(x, y, caption, symbol, value, fill) -> str:
    """A block of the step: its name, then its symbol and value."""
    return (
        f'<rect x="{x - BOX_WIDTH / 2}" y="{y - BOX_HEIGHT / 2}" '
        f'width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="6" fill="{fill}" '
        'stroke="#333"/>'
        + _text(x, y - 6, caption, 14)
        + _text(x, y + 16, f"{symbol} = {value:.3f}", 15, "bold")
    )


def _operator(x, y, symbol) -> str:
    return f'<circle cx="{x}" cy="{y}" r="13" fill="#fff" stroke="#333"/>' + _text(
        x, y + 5, symbol, 16, "bold"
    )


def _path(*points: tuple[float, float]) -> str:
    """An arrow along several points."""
    joined = " ".join(f"{x},{y}" for x, y in points)
    return (
        f'<polyline points="{joined}" fill="none" stroke="#555" stroke-width="2" '
        'marker-end="url(#arrow)"/>'
    )


def _wires() -> list[str]:
    """The arrows: the cell state on top, the inputs below, the output right."""
    box_top, box_bottom = BOX_Y - BOX_HEIGHT / 2, BOX_Y + BOX_HEIGHT / 2
    parts = [
        _line(20, CELL_Y, FORGET_X - 15, CELL_Y, 4),
        _line(FORGET_X + 13, CELL_Y, JOIN_X - 15, CELL_Y, 4),
        _line(JOIN_X + 13, CELL_Y, WIDTH - 40, CELL_Y, 4),
        f'<line x1="20" y1="{BUS_Y}" x2="{OUTPUT_X}" y2="{BUS_Y}" '
        'stroke="#555" stroke-width="2"/>',
        _line(110, HEIGHT - 10, 110, BUS_Y + 2),
    ]
    for x in (FORGET_X, INPUT_X, CANDIDATE_X, OUTPUT_X):
        parts.append(_line(x, BUS_Y, x, box_bottom + 2))
    parts += [
        _line(FORGET_X, box_top, FORGET_X, CELL_Y + 15),
        _path((INPUT_X, box_top), (INPUT_X, MIX_Y), (JOIN_X - 15, MIX_Y)),
        _path((CANDIDATE_X, box_top), (CANDIDATE_X, MIX_Y), (JOIN_X + 15, MIX_Y)),
        _line(JOIN_X, MIX_Y - 13, JOIN_X, CELL_Y + 15),
        _line(SQUASH_X, CELL_Y, SQUASH_X, MIX_Y - 16),
        _line(SQUASH_X, MIX_Y + 16, SQUASH_X, BOX_Y - 15),
        _line(OUTPUT_X + BOX_WIDTH / 2, BOX_Y, SQUASH_X - 15, BOX_Y),
        _path(
            (SQUASH_X, BOX_Y + 13), (SQUASH_X, HEIGHT - 30), (WIDTH - 40, HEIGHT - 30)
        ),
    ]
    return parts


def cell_svg(step: LSTMStep, unit: int, labels: dict[str, str]) -> str:
    """Draw ``unit`` of a computed step.

    Args:
        step: one step (one sample, not a batch).
        unit: which unit, counted from 0.
        labels: the texts for ``LABEL_KEYS`` in the reader's language.

    Returns:
        A complete ``<svg>`` document.
    """
    missing = [key for key in LABEL_KEYS if key not in labels]
    if missing:
        raise ValueError(f"labels is missing {missing}; expected {LABEL_KEYS}")
    v = {
        name: float(getattr(step, name)[unit])
        for name in ("f", "i", "g", "o", "c", "h", "c_tm1", "h_tm1")
    }
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" font-family="sans-serif">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="6" markerHeight="6" orient="auto-start-reverse">'
        '<path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fafafa"/>',
        _text(WIDTH / 2, 22, labels["title"], 16, "bold"),
        *_wires(),
        _operator(FORGET_X, CELL_Y, "×"),
        _operator(JOIN_X, CELL_Y, "+"),
        _operator(JOIN_X, MIX_Y, "×"),
        _operator(SQUASH_X, BOX_Y, "×"),
        f'<ellipse cx="{SQUASH_X}" cy="{MIX_Y}" rx="28" ry="15" fill="#fff" '
        'stroke="#333"/>',
        _text(SQUASH_X, MIX_Y + 5, "tanh", 14),
        _box(FORGET_X, BOX_Y, labels["forget"], "f", v["f"], _gate_colour(v["f"])),
        _box(INPUT_X, BOX_Y, labels["input"], "i", v["i"], _gate_colour(v["i"])),
        _box(
            CANDIDATE_X,
            BOX_Y,
            labels["candidate"],
            "g",
            v["g"],
            _signed_colour(v["g"]),
        ),
        _box(OUTPUT_X, BOX_Y, labels["output"], "o", v["o"], _gate_colour(v["o"])),
    ]
    parts += _state_labels(v, labels)
    parts.append("</svg>")
    return "".join(parts)


def _state_labels(v: dict[str, float], labels: dict[str, str]) -> list[str]:
    """The values at the ends of the wires and at the products."""
    return [
        _text(24, CELL_Y - 14, f"c(t-1) = {v['c_tm1']:.3f}", 15, "bold", "start"),
        _text(24, CELL_Y + 22, labels["cell"], 14, "normal", "start"),
        _text(WIDTH - 36, CELL_Y - 14, f"c(t) = {v['c']:.3f}", 15, "bold", "end"),
        _text(FORGET_X + 50, CELL_Y - 10, f"f·c = {v['f'] * v['c_tm1']:.3f}", 14),
        _text(JOIN_X + 55, MIX_Y - 18, f"i·g = {v['i'] * v['g']:.3f}", 14),
        _text(
            SQUASH_X + 34, MIX_Y + 4, f"{np.tanh(v['c']):.3f}", 14, "normal", "start"
        ),
        _text(24, BUS_Y - 8, f"h(t-1) = {v['h_tm1']:.3f}", 15, "bold", "start"),
        _text(120, HEIGHT - 12, "x(t)", 15, "bold", "start"),
        _text(WIDTH - 36, HEIGHT - 38, f"h(t) = {v['h']:.3f}", 15, "bold", "end"),
        _text(WIDTH - 36, HEIGHT - 12, labels["hidden"], 14, "normal", "end"),
    ]
