"""The gradient toy: vanishing below 1, exploding above 1, what clipping changes."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from core import gradient_toy


def test_factor_below_one_vanishes_and_above_one_explodes():
    assert gradient_toy.repeated_factor(0.8, 50)[-1] == pytest.approx(0.8**50)
    assert gradient_toy.regime(gradient_toy.repeated_factor(0.8, 50)[-1]) == "vanished"
    assert gradient_toy.regime(gradient_toy.repeated_factor(1.2, 50)[-1]) == "exploded"
    assert gradient_toy.regime(gradient_toy.repeated_factor(1.0, 50)[-1]) == "kept"


def test_clipping_caps_the_norm_and_keeps_the_direction():
    gradient = gradient_toy.repeated_factor(1.3, 40)
    clipped = gradient_toy.clip_by_norm(gradient, 1.0)

    assert np.linalg.norm(clipped) == pytest.approx(1.0)
    assert_allclose(clipped / clipped[0], gradient / gradient[0])


def test_clipping_does_not_rescue_a_vanishing_gradient():
    toy = gradient_toy.gradient_toy(steps=60, factor=0.7, clipnorm=1.0, forget=0.5)

    assert toy.rnn_clipped[-1] <= toy.rnn[-1]
    assert gradient_toy.regime(toy.rnn_clipped[-1]) == "vanished"


def test_forget_gate_near_one_keeps_the_gradient_alive():
    toy = gradient_toy.gradient_toy(steps=100, factor=0.9, clipnorm=1.0, forget=0.99)

    assert gradient_toy.regime(toy.rnn[-1]) == "vanished"
    assert gradient_toy.regime(toy.cell[-1]) == "kept"
    assert toy.cell[-1] == pytest.approx(0.99**100)


def test_invalid_inputs_are_refused_with_the_valid_range():
    with pytest.raises(ValueError, match="between 0 and 1"):
        gradient_toy.gradient_toy(steps=5, factor=1.0, clipnorm=1.0, forget=1.5)
    with pytest.raises(ValueError, match="positive"):
        gradient_toy.clip_by_norm(np.ones(3), 0.0)
