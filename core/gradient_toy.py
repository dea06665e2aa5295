"""A toy of backpropagation through time: one number flowing back T steps.

In a plain RNN the gradient that reaches k steps back has been multiplied k
times by the recurrent factor |dh_t/dh_{t-1}| (the recurrent weight times the
slope of tanh). Along an LSTM's cell state it is multiplied by the forget gate
f instead, because dc_t/dc_{t-1} = f. Clipping by norm rescales the whole
gradient when it is too long; it changes its size, never its shape.
"""

from dataclasses import dataclass

import numpy as np

# Below this a gradient counts as vanished, above EXPLODED as exploded.
VANISHED = 1e-2
EXPLODED = 1e2


def repeated_factor(factor: float, steps: int) -> np.ndarray:
    """``factor ** k`` for k = 0..steps: what is left after k steps back.

    Args:
        factor: the size of the per-step derivative (non-negative).
        steps: how many steps the gradient travels back.

    Returns:
        Array of ``steps + 1`` values; the first is 1 (the step of the loss).
    """
    if factor < 0:
        raise ValueError(f"factor must be at least 0, got {factor}")
    if steps < 0:
        raise ValueError(f"steps must be at least 0, got {steps}")
    return float(factor) ** np.arange(steps + 1, dtype=np.float64)


def clip_by_norm(gradient: np.ndarray, clipnorm: float) -> np.ndarray:
    """Rescale ``gradient`` so its L2 norm is at most ``clipnorm``.

    This is what ``clipnorm`` in a Keras optimizer does to each weight's
    gradient: a short gradient is left alone, a long one is shortened; the
    direction (the ratio between its entries) never changes.

    Args:
        gradient: any array.
        clipnorm: the largest norm allowed (positive).

    Returns:
        The rescaled array.
    """
    if clipnorm <= 0:
        raise ValueError(f"clipnorm must be positive, got {clipnorm}")
    norm = float(np.linalg.norm(gradient))
    if norm <= clipnorm:
        return np.array(gradient, dtype=np.float64)
    return np.asarray(gradient, dtype=np.float64) * (clipnorm / norm)


def regime(value: float) -> str:
    """``"vanished"``, ``"exploded"`` or ``"kept"`` for a gradient's size."""
    if value < VANISHED:
        return "vanished"
    if value > EXPLODED:
        return "exploded"
    return "kept"


@dataclass(frozen=True)
class GradientToy:
    """The gradient reaching each step back, along three paths.

    Attributes:
        steps_back: 0..T.
        rnn: plain RNN, multiplied by the recurrent factor at every step.
        rnn_clipped: the same contributions after clipping by norm.
        cell: the LSTM's cell-state path, multiplied by the forget gate f.
    """

    steps_back: np.ndarray
    rnn: np.ndarray
    rnn_clipped: np.ndarray
    cell: np.ndarray

    @property
    def rnn_norm(self) -> float:
        return float(np.linalg.norm(self.rnn))

    @property
    def clipped_norm(self) -> float:
        return float(np.linalg.norm(self.rnn_clipped))


def gradient_toy(
    steps: int, factor: float, clipnorm: float, forget: float
) -> GradientToy:
    """Run the toy for T = ``steps``.

    Args:
        steps: how many steps back the gradient travels (T).
        factor: the plain RNN's recurrent factor |dh_t/dh_{t-1}|.
        clipnorm: the norm the clipped gradient may not exceed.
        forget: the forget gate's value along the cell-state path.

    Returns:
        A ``GradientToy`` with one value per step back on each path.
    """
    if not 0 <= forget <= 1:
        raise ValueError(f"forget must be between 0 and 1, got {forget}")
    rnn = repeated_factor(factor, steps)
    return GradientToy(
        steps_back=np.arange(steps + 1),
        rnn=rnn,
        rnn_clipped=clip_by_norm(rnn, clipnorm),
        cell=repeated_factor(forget, steps),
    )
