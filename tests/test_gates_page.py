"""The gate calculator page: sliders, presets, step mode and a trained LSTM."""

import conftest
import numpy as np
import pytest
from conftest import imports_tensorflow, tiny_config
from numpy.testing import assert_allclose

from core import gates, real_gates
from core.i18n import t

PAGE = "pages/gates.py"
SEED = 7  # the page's default seed
X = np.array([0.5, -0.3, 0.8])  # the page's default sliders at size 3
H = np.array([0.2, -0.1, 0.4])
C = np.array([0.6, -0.4, 0.3])


def open_page(app_test, lang="en"):
    return conftest.open_page(app_test, PAGE, lang)


def shown_values(app_test, key="gates.values") -> dict[str, np.ndarray]:
    """The page's table of values, by column, in unit order."""
    table = app_test.main.get_by_key(key).dataframe[0].value
    return {column: table[column].to_numpy() for column in table.columns}


def test_page_shows_the_step_of_the_default_sliders(app_test):
    open_page(app_test)
    expected = gates.lstm_step(X, H, C, gates.random_weights(3, 3, SEED))

    values = shown_values(app_test)
    assert_allclose(values["forget f"], expected.f)
    assert_allclose(values["c(t)"], expected.c)
    assert len(app_test.latex) >= 6


def test_moving_a_slider_changes_the_gate_values(app_test):
    open_page(app_test)
    before = shown_values(app_test)["input i"]

    app_test.slider(key="gates.x.0").set_value(1.5).run()
    x = X.copy()
    x[0] = 1.5
    expected = gates.lstm_step(x, H, C, gates.random_weights(3, 3, SEED))
    values = shown_values(app_test)
    assert not np.allclose(values["input i"], before)
    assert_allclose(values["input i"], expected.i)
    assert_allclose(values["h(t)"], expected.h)
    assert f"= {expected.f[0]:.3f}" in app_test.latex[-6].value


def test_size_and_seed_change_the_weights(app_test):
    open_page(app_test)
    app_test.slider(key="gates.size").set_value(2).run()
    app_test.number_input(key="gates.seed").set_value(11).run()

    expected = gates.lstm_step(X[:2], H[:2], C[:2], gates.random_weights(2, 2, 11))
    assert_allclose(shown_values(app_test)["output o"], expected.o)
    app_test.button(key="gates.new").click().run()
    assert app_test.number_input(key="gates.seed").value != 11


def test_forget_preset_wipes_the_cell_and_output_preset_hides_it(app_test):
    open_page(app_test)
    app_test.selectbox(key="gates.preset.en").set_value("forget_wipe").run()
    values = shown_values(app_test)
    assert np.all(values["forget f"] < 1e-3)
    assert_allclose(
        values["c(t)"], values["input i"] * values["candidate g"], atol=1e-3
    )
    assert any("wiped" in text for text in app_test.markdown.values)

    app_test.selectbox(key="gates.preset.en").set_value("output_closed").run()
    values = shown_values(app_test)
    assert np.all(np.abs(values["h(t)"]) < 1e-3)
    assert np.abs(values["c(t)"]).max() > 0.1


def test_table_edits_change_the_weights(app_test):
    open_page(app_test)
    app_test.segmented_control(key="gates.weights_source").set_value("table").run()
    app_test.session_state[f"gates.table.f.{SEED}.3"] = {
        "edited_rows": {0: {"b": 9.0}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app_test.run()

    assert not app_test.exception
    weights = gates.random_weights(3, 3, SEED)
    bias = weights.bias.copy()
    bias[3] = 9.0  # block f starts after the 3 units of block i
    edited = gates.LSTMWeights(weights.kernel, weights.recurrent_kernel, bias)
    expected = gates.lstm_step(X, H, C, edited)
    assert_allclose(shown_values(app_test)["forget f"], expected.f)


def test_step_mode_keeps_an_early_input_only_with_forget_gate_open(app_test):
    open_page(app_test)
    app_test.segmented_control(key="gates.mode").set_value("sequence").run()

    def kept(preset: str) -> float:
        app_test.selectbox(key="gates.preset.en").set_value(preset).run()
        assert not app_test.exception
        return float(app_test.metric[0].value.rstrip("%")) / 100

    assert kept("forget_keep") > 0.5
    assert kept("forget_wipe") < 0.05

    table = app_test.main.get_by_key("gates.seq.values").dataframe[0].value
    weights = gates.apply_preset(gates.random_weights(3, 3, SEED), "forget_wipe")
    run = gates.run_sequence(gates.step_inputs(X, 5, every_step=False), weights, H, C)
    assert len(table) == 5
    assert_allclose(table["c (Unit 1)"], [step.c[0] for step in run], atol=5e-4)


def test_page_in_korean(app_test):
    open_page(app_test, lang="ko")
    assert "게이트" in app_test.title[0].value
    assert any("망각 게이트" in text for text in app_test.markdown.values)


def test_trained_mode_without_a_model_says_so(app_test):
    open_page(app_test)
    app_test.segmented_control(key="gates.mode").set_value("real").run()
    assert not app_test.exception
    assert app_test.info, "an empty cache should say that no LSTM is trained"


def test_trained_mode_shows_the_trained_lstms_gates(app_test):
    from core import trained

    model = trained.load_or_train(tiny_config("lstm"))
    open_page(app_test)
    app_test.segmented_control(key="gates.mode").set_value("real").run()
    app_test.text_input(key="gates.real.word").input("boring").run()
    assert not app_test.exception, app_test.exception

    lstm = real_gates.from_model(model.model, model.vocabulary, model.config.max_len)
    text = app_test.text_input(key="gates.real.text").value
    expected = real_gates.word_gates(lstm, text, "boring")
    table = app_test.main.get_by_key("gates.real.values").dataframe[0].value
    units = expected.changed_units(8)
    assert list(table.index) == [f"Unit {unit + 1}" for unit in units]
    assert_allclose(table["forget f"], expected.step.f[units], rtol=1e-6)

    app_test.text_input(key="gates.real.word").input("two words").run()
    assert app_test.warning


@pytest.mark.parametrize(
    ("page", "then"),
    [
        ("pages/gates.py", "app.segmented_control(key='gates.mode')"),
        ("pages/concepts.py", "app.slider(key='concepts.factor')"),
    ],
)
def test_page_does_not_import_tensorflow(page, then):
    value = "'sequence'" if "gates" in page else "1.3"
    assert not imports_tensorflow(page, then=f"{then}.set_value({value}).run()")


def test_sliders_and_mode_survive_a_page_switch(app_test):
    open_page(app_test)
    app_test.slider(key="gates.c.1").set_value(-1.0).run()
    app_test.segmented_control(key="gates.mode").set_value("sequence").run()

    app_test.switch_page("pages/home.py").run()
    app_test.switch_page(PAGE).run()
    assert app_test.slider(key="gates.c.1").value == -1.0
    assert app_test.segmented_control(key="gates.mode").value == "sequence"


def test_a_chosen_preset_survives_a_language_switch_in_the_new_language(app_test):
    open_page(app_test)
    app_test.selectbox(key="gates.preset.en").set_value("forget_wipe").run()
    app_test.session_state["lang"] = "ko"
    app_test.run()
    box = app_test.selectbox(key="gates.preset.ko")
    assert box.value == "forget_wipe"
    assert t("gates.preset.forget_wipe", "ko") in box.options
