"""One LSTM step in numpy, laid out exactly as Keras lays out its weights.

``lstm_step`` returns every intermediate value (pre-activations, the gates,
the candidate, the new cell state c and hidden state h) so pages can show and
explain them. It matches ``keras.layers.LSTMCell``; no TensorFlow is needed.
"""

from dataclasses import dataclass

import numpy as np

# Keras's order of the four blocks in kernel, recurrent_kernel and bias.
GATE_ORDER = ("i", "f", "c", "o")
# The order in which the gates are taught: forget, input, cell update, output.
TEACHING_ORDER = ("f", "i", "c", "o")
# A gate forced open or closed by a preset gets the bias sigmoid^-1(0.9997).
FORCED_GATE_BIAS = 8.0


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function, computed without overflow for large ``|z|``."""
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


@dataclass(frozen=True)
class LSTMWeights:
    """The three weight arrays of one LSTM layer, in Keras's layout.

    Attributes:
        kernel: input weights W, shape ``(input_dim, 4 * units)``.
        recurrent_kernel: recurrent weights U, shape ``(units, 4 * units)``.
        bias: b, shape ``(4 * units,)``.

    Each array holds four blocks of ``units`` columns, in the order i, f, c, o.
    """

    kernel: np.ndarray
    recurrent_kernel: np.ndarray
    bias: np.ndarray

    def __post_init__(self):
        kernel = np.asarray(self.kernel, dtype=np.float64)
        recurrent_kernel = np.asarray(self.recurrent_kernel, dtype=np.float64)
        bias = np.asarray(self.bias, dtype=np.float64)
        if kernel.ndim != 2 or kernel.shape[1] % 4:
            raise ValueError(
                f"kernel must have shape (input_dim, 4 * units), got {kernel.shape}"
            )
        units = kernel.shape[1] // 4
        if recurrent_kernel.shape != (units, 4 * units):
            raise ValueError(
                f"recurrent_kernel must have shape ({units}, {4 * units}), "
                f"got {recurrent_kernel.shape}"
            )
        if bias.shape != (4 * units,):
            raise ValueError(f"bias must have shape ({4 * units},), got {bias.shape}")
        object.__setattr__(self, "kernel", kernel)
        object.__setattr__(self, "recurrent_kernel", recurrent_kernel)
        object.__setattr__(self, "bias", bias)

    @property
    def units(self) -> int:
        return self.kernel.shape[1] // 4

    @property
    def input_dim(self) -> int:
        return self.kernel.shape[0]

    def gate(self, gate: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The block of one gate: ``(W (input_dim, units), U (units, units), b)``."""
        columns = _gate_columns(gate, self.units)
        return (
            self.kernel[:, columns],
            self.recurrent_kernel[:, columns],
            self.bias[columns],
        )

    def with_gate(
        self, gate: str, kernel: np.ndarray, recurrent_kernel: np.ndarray, bias
    ) -> "LSTMWeights":
        """A copy whose block for ``gate`` is replaced by the given arrays."""
        columns = _gate_columns(gate, self.units)
        new_kernel = self.kernel.copy()
        new_recurrent = self.recurrent_kernel.copy()
        new_bias = self.bias.copy()
        new_kernel[:, columns] = kernel
        new_recurrent[:, columns] = recurrent_kernel
        new_bias[columns] = bias
        return LSTMWeights(new_kernel, new_recurrent, new_bias)

    def with_forced_gate(self, gate: str, is_open: bool) -> "LSTMWeights":
        """A copy in which ``gate`` ignores x and h and stays nearly 1 or 0.

        Args:
            gate: ``"i"``, ``"f"`` or ``"o"`` (the candidate is not a gate).
            is_open: True for a value near 1, False for a value near 0.
        """
        if gate not in ("i", "f", "o"):
            raise ValueError(f"only the gates i, f and o can be forced, not {gate!r}")
        block_kernel, block_recurrent, _ = self.gate(gate)
        value = FORCED_GATE_BIAS if is_open else -FORCED_GATE_BIAS
        return self.with_gate(
            gate,
            np.zeros_like(block_kernel),
            np.zeros_like(block_recurrent),
            np.full(self.units, value),
        )


def _gate_columns(gate: str, units: int) -> slice:
    if gate not in GATE_ORDER:
        raise ValueError(f"unknown gate {gate!r}; expected one of {GATE_ORDER}")
    start = GATE_ORDER.index(gate) * units
    return slice(start, start + units)


def random_weights(
    input_dim: int, units: int, seed: int, scale: float = 1.0
) -> LSTMWeights:
    """Weights drawn from a normal distribution, reproducible from ``seed``.

    Args:
        input_dim: size of x_t.
        units: size of the hidden state h and the cell state c.
        seed: the random seed; the same seed always gives the same weights.
        scale: standard deviation of every weight.

    Returns:
        ``LSTMWeights`` with ``kernel``, ``recurrent_kernel`` and ``bias``.
    """
    if input_dim < 1 or units < 1:
        raise ValueError(
            f"input_dim and units must be at least 1, got {input_dim} and {units}"
        )
    rng = np.random.default_rng(seed)
    return LSTMWeights(
        kernel=rng.normal(0.0, scale, (input_dim, 4 * units)),
        recurrent_kernel=rng.normal(0.0, scale, (units, 4 * units)),
        bias=rng.normal(0.0, scale, 4 * units),
    )


@dataclass(frozen=True)
class LSTMStep:
    """Everything one LSTM step computes (arrays of shape ``(..., units)``).

    ``z_*`` are the pre-activations ``x W + h U + b`` of each block; ``wx_*``
    and ``uh_*`` are its two matrix products, kept for showing the sums.
    """

    x: np.ndarray
    h_tm1: np.ndarray
    c_tm1: np.ndarray
    wx: np.ndarray  # x_t @ kernel, (..., 4 * units)
    uh: np.ndarray  # h_{t-1} @ recurrent_kernel, (..., 4 * units)
    z: np.ndarray  # wx + uh + bias, (..., 4 * units)
    i: np.ndarray  # input gate
    f: np.ndarray  # forget gate
    g: np.ndarray  # candidate cell state (block "c")
    o: np.ndarray  # output gate
    c: np.ndarray  # new cell state c_t
    h: np.ndarray  # new hidden state h_t

    @property
    def units(self) -> int:
        return self.h.shape[-1]

    def block(self, values: np.ndarray, gate: str) -> np.ndarray:
        """The part of a ``(..., 4 * units)`` array that belongs to ``gate``."""
        return values[..., _gate_columns(gate, self.units)]

    def gate_value(self, gate: str) -> np.ndarray:
        """The activated value of a block: i, f, o or the candidate g (``"c"``)."""
        return {"i": self.i, "f": self.f, "c": self.g, "o": self.o}[gate]


def lstm_step(
    x: np.ndarray, h_tm1: np.ndarray, c_tm1: np.ndarray, weights: LSTMWeights
) -> LSTMStep:
    """One step of an LSTM, as ``keras.layers.LSTMCell`` computes it.

    Args:
        x: the input x_t, shape ``(input_dim,)`` or ``(batch, input_dim)``.
        h_tm1: the previous hidden state h_{t-1}, shape ``(..., units)``.
        c_tm1: the previous cell state c_{t-1}, shape ``(..., units)``.
        weights: ``kernel``, ``recurrent_kernel`` and ``bias`` in Keras's layout.

    Returns:
        An ``LSTMStep`` with the pre-activations, i, f, g, o, c_t and h_t.
    """
    x = np.asarray(x, dtype=np.float64)
    h_tm1 = np.asarray(h_tm1, dtype=np.float64)
    c_tm1 = np.asarray(c_tm1, dtype=np.float64)
    if x.shape[-1] != weights.input_dim:
        raise ValueError(f"x has {x.shape[-1]} values, expected {weights.input_dim}")
    if h_tm1.shape[-1] != weights.units or c_tm1.shape[-1] != weights.units:
        raise ValueError(f"h_tm1 and c_tm1 must have {weights.units} values each")

    # all four blocks at once, as Keras does: z = x W + h U + b
    wx = x @ weights.kernel
    uh = h_tm1 @ weights.recurrent_kernel
    z = wx + uh + weights.bias
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)

    i = sigmoid(z_i)
    f = sigmoid(z_f)
    g = np.tanh(z_c)
    o = sigmoid(z_o)

    # forget part of the old cell state, add the gated candidate, show part of it
    c = f * c_tm1 + i * g
    h = o * np.tanh(c)
    return LSTMStep(
        x=x, h_tm1=h_tm1, c_tm1=c_tm1, wx=wx, uh=uh, z=z, i=i, f=f, g=g, o=o, c=c, h=h
    )


def run_sequence(
    xs: np.ndarray,
    weights: LSTMWeights,
    h0: np.ndarray | None = None,
    c0: np.ndarray | None = None,
) -> list[LSTMStep]:
    """Feed the rows of ``xs`` one after the other, from h0 and c0 (zeros).

    Args:
        xs: the inputs, shape ``(steps, input_dim)``.
        weights: the LSTM's weights.
        h0: the hidden state before the first step; zeros if None.
        c0: the cell state before the first step; zeros if None.

    Returns:
        One ``LSTMStep`` per row of ``xs``.
    """
    h = np.zeros(weights.units) if h0 is None else np.asarray(h0, dtype=np.float64)
    c = np.zeros(weights.units) if c0 is None else np.asarray(c0, dtype=np.float64)
    steps = []
    for x in np.asarray(xs, dtype=np.float64):
        step = lstm_step(x, h, c, weights)
        steps.append(step)
        h, c = step.h, step.c
    return steps


# Presets that force gates to show what each one does: (gate, is_open) pairs.
PRESETS = {
    "none": (),
    "forget_wipe": (("f", False),),
    "forget_keep": (("f", True),),
    "input_closed": (("i", False),),
    "output_closed": (("o", False),),
}

# A gate below CLOSED counts as closed, above OPEN as open.
CLOSED, OPEN = 0.2, 0.8


def apply_preset(weights: LSTMWeights, preset: str) -> LSTMWeights:
    """``weights`` with the gates of ``preset`` forced open or closed.

    Args:
        weights: the weights to start from.
        preset: a key of ``PRESETS``.

    Returns:
        New weights; ``"none"`` returns ``weights`` unchanged.
    """
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; expected one of {list(PRESETS)}")
    for gate, is_open in PRESETS[preset]:
        weights = weights.with_forced_gate(gate, is_open)
    return weights


def openness(value: float) -> str:
    """``"closed"``, ``"partly"`` or ``"open"`` for a gate value in [0, 1]."""
    if value < CLOSED:
        return "closed"
    if value > OPEN:
        return "open"
    return "partly"


def step_inputs(x: np.ndarray, steps: int, every_step: bool) -> np.ndarray:
    """The inputs of a short sequence: ``x`` at the first step only, or at each.

    Returns:
        Array of shape ``(steps, len(x))``; rows without input are zeros.
    """
    if steps < 1:
        raise ValueError(f"steps must be at least 1, got {steps}")
    x = np.asarray(x, dtype=np.float64)
    xs = np.tile(x, (steps, 1)) if every_step else np.zeros((steps, x.size))
    xs[0] = x
    return xs


def first_input_effect(run: list[LSTMStep], baseline: list[LSTMStep]) -> np.ndarray:
    """Per step, the mean |c_t - c'_t| between a run and the run without x_1.

    This is how much of the first input the cell state still carries.
    """
    return np.array(
        [np.abs(a.c - b.c).mean() for a, b in zip(run, baseline, strict=True)]
    )
