"""Gate calculator: one LSTM step in numpy, its gates, equations and drawing.

Three modes: one step; several steps (c and h over time); a trained LSTM's
own weights. Only the last one loads TensorFlow (through ``core.trained``).
"""

import numpy as np
import pandas as pd
import streamlit as st

from core import cache, cell_diagram, gate_charts, gate_equations, gates, real_gates
from core.text import OOV
from pages._shared import localized_selectbox, tr

MODES = ("step", "sequence", "real")
MAX_SIZE = 4
# Slider defaults for x_t, h_{t-1} and c_{t-1}; the first `size` values are used.
X_DEFAULT = (0.5, -0.3, 0.8, 0.1)
H_DEFAULT = (0.2, -0.1, 0.4, 0.0)
C_DEFAULT = (0.6, -0.4, 0.3, 0.2)
SEED_DEFAULT = 7
TOP_UNITS = 8  # units listed in the trained model's table
VALUE_NAMES = ("f", "i", "g", "o", "c_tm1", "c", "h_tm1", "h")


def unit_name(unit: int) -> str:
    return tr("gates.unit_name", n=unit + 1)


def names() -> dict[str, str]:
    """Display names of the gates and states, in the current language."""
    return {name: tr(f"gates.name.{name}") for name in (*VALUE_NAMES, "dc")}


def vector_sliders(symbol: str, defaults, size: int, reach: float) -> np.ndarray:
    """One slider per component of a vector, each kept across page switches."""
    return np.array(
        [
            st.slider(
                f"${symbol}_{{{k + 1}}}$",
                -reach,
                reach,
                defaults[k],
                0.05,
                key=f"gates.{symbol}.{k}",
                persist_state="session",
            )
            for k in range(size)
        ]
    )


def draw_new_seed() -> None:
    st.session_state["gates.seed"] = int(np.random.default_rng().integers(0, 10_000))


def weight_controls(size: int) -> tuple[gates.LSTMWeights, str, int, str]:
    """Seed, source and preset widgets; returns the seed's weights and choices."""
    st.markdown(f"**{tr('gates.weights')}**")
    source = st.segmented_control(
        tr("gates.weights.source"),
        ("seed", "table"),
        format_func=lambda name: tr(f"gates.weights.{name}"),
        default="seed",
        required=True,
        key="gates.weights_source",
        persist_state="session",
    )
    seed = st.number_input(
        tr("gates.seed"),
        0,
        9_999,
        SEED_DEFAULT,
        key="gates.seed",
        help=tr("gates.seed.help"),
        persist_state="session",
    )
    st.button(tr("gates.new_weights"), on_click=draw_new_seed, key="gates.new")
    preset = localized_selectbox(
        tr("gates.preset"),
        gates.PRESETS,
        format_func=lambda name: tr(f"gates.preset.{name}"),
        key="gates.preset",
    )
    st.caption(tr(f"gates.preset.{preset}.help"))
    return gates.random_weights(size, size, int(seed)), source, int(seed), preset


def edited_weights(weights: gates.LSTMWeights, seed: int) -> gates.LSTMWeights:
    """One editable table per gate (rows: units; columns: W, U, b)."""
    size = weights.units
    columns = [f"W{k + 1}" for k in range(size)] + [f"U{k + 1}" for k in range(size)]
    st.caption(tr("gates.table.caption"))
    tab_names = ("forget", "input", "candidate", "output")
    tabs = st.tabs([tr(f"gates.diagram.{name}") for name in tab_names])
    for tab, gate in zip(tabs, gates.TEACHING_ORDER, strict=True):
        kernel, recurrent_kernel, bias = weights.gate(gate)
        table = pd.DataFrame(
            np.hstack([kernel.T, recurrent_kernel.T, bias[:, None]]),
            columns=[*columns, "b"],
            index=[unit_name(unit) for unit in range(size)],
        )
        with tab:
            # the key holds seed and size, so a new seed starts a fresh table
            edited = st.data_editor(table, key=f"gates.table.{gate}.{seed}.{size}")
        values = np.nan_to_num(edited.to_numpy(dtype=float))
        weights = weights.with_gate(
            gate, values[:, :size].T, values[:, size : 2 * size].T, values[:, -1]
        )
    return weights


def values_table(step: gates.LSTMStep, units, key: str) -> None:
    """Every value of the step for ``units``, one row per unit."""
    labels = names()
    frame = pd.DataFrame(
        {labels[name]: getattr(step, name)[list(units)] for name in VALUE_NAMES},
        index=[unit_name(unit) for unit in units],
    )
    number = st.column_config.NumberColumn(format="%.3f")
    # keyed container: tests find the table by this key
    with st.container(key=key):
        st.dataframe(frame, column_config=dict.fromkeys(frame.columns, number))


def explain_unit(step: gates.LSTMStep, unit: int) -> None:
    """The four stages for one unit, in order: forget, input, update, output."""
    v = {name: float(getattr(step, name)[unit]) for name in VALUE_NAMES}
    kept, added = v["f"] * v["c_tm1"], v["i"] * v["g"]
    update = (
        f"{gate_equations.number(kept, 3, bare=True)} + "
        f"{gate_equations.number(added, 3)} = "
        f"{gate_equations.number(v['c'], 3, bare=True)}"
    )
    st.markdown(f"**{tr('gates.explain.header', n=unit + 1)}**")
    st.markdown(
        tr(f"gates.explain.forget.{gates.openness(v['f'])}", kept=kept, **v)
        + "\n\n"
        + tr(f"gates.explain.input.{gates.openness(v['i'])}", added=added, **v)
        + "\n\n"
        + tr("gates.explain.cell", update=update)
        + "\n\n"
        + tr(f"gates.explain.output.{gates.openness(v['o'])}", **v)
    )


def show_unit(step: gates.LSTMStep, weights: gates.LSTMWeights, unit: int) -> None:
    """Explanation and drawing side by side, then the equations with numbers."""
    left, right = st.columns([2, 3], gap="large")
    with left:
        explain_unit(step, unit)
    with right:
        labels = {
            key: tr(f"gates.diagram.{key}") for key in cell_diagram.LABEL_KEYS[:-1]
        }
        labels["title"] = unit_name(unit)
        st.markdown(f"**{tr('gates.diagram.header')}**")
        st.image(cell_diagram.cell_svg(step, unit, labels), width="stretch")

    st.subheader(tr("gates.equations.header"))
    with st.expander(tr("gates.equations.general")):
        for line in gate_equations.general_equations():
            st.latex(line)
    for line in gate_equations.unit_equations(step, weights, unit):
        st.latex(line)
    st.caption(tr("gates.equations.caption"))


def show_step(x, h_tm1, c_tm1, weights: gates.LSTMWeights) -> None:
    """One step: bars, every value, then one unit in detail."""
    step = gates.lstm_step(x, h_tm1, c_tm1, weights)
    labels, unit_word = names(), tr("gates.unit_word")
    left, right = st.columns(2)
    left.plotly_chart(
        gate_charts.gate_bars(step, labels, unit_word, tr("gates.chart.gates"))
    )
    right.plotly_chart(
        gate_charts.state_bars(step, labels, unit_word, tr("gates.chart.states"))
    )
    st.markdown(f"**{tr('gates.values.header')}**")
    values_table(step, range(weights.units), key="gates.values")

    unit = localized_selectbox(
        tr("gates.unit"), range(weights.units), format_func=unit_name, key="gates.unit"
    )
    show_unit(step, weights, unit)


def show_sequence(x, h0, c0, weights: gates.LSTMWeights) -> None:
    """A short sequence: c and h over time, with and without the first input."""
    left, right = st.columns(2)
    steps = left.slider(
        tr("gates.seq.steps"), 2, 10, 5, key="gates.steps", persist_state="session"
    )
    pattern = right.segmented_control(
        tr("gates.seq.pattern"),
        ("once", "every"),
        format_func=lambda name: tr(f"gates.seq.{name}"),
        default="once",
        required=True,
        key="gates.pattern",
        persist_state="session",
    )
    xs = gates.step_inputs(x, steps, every_step=pattern == "every")
    without_first = xs.copy()
    without_first[0] = 0.0
    run = gates.run_sequence(xs, weights, h0, c0)
    baseline = gates.run_sequence(without_first, weights, h0, c0)

    st.markdown(tr("gates.seq.explain"))
    texts = {
        "cell": tr("gates.diagram.cell"),
        "hidden": tr("gates.diagram.hidden"),
        "unit": tr("gates.unit_word"),
        "step": tr("gates.seq.step"),
        "baseline": tr("gates.seq.baseline"),
    }
    st.plotly_chart(gate_charts.states_over_time(run, baseline, texts))
    effect = gates.first_input_effect(run, baseline)
    if effect[0] < 1e-9:
        st.info(tr("gates.seq.no_input"))
    else:
        st.metric(
            tr("gates.seq.kept", steps=steps),
            f"{effect[-1] / effect[0]:.0%}",
            help=tr("gates.seq.kept.help"),
        )
    st.caption(tr("gates.seq.lesson"))
    frame = pd.DataFrame(
        {
            f"{state} ({unit_name(unit)})": [getattr(s, state)[unit] for s in run]
            for state in ("f", "c", "h")
            for unit in range(weights.units)
        },
        index=[f"{tr('gates.seq.step')} {t + 1}" for t in range(steps)],
    )
    number = st.column_config.NumberColumn(format="%.3f")
    with st.container(key="gates.seq.values"):
        st.dataframe(frame, column_config=dict.fromkeys(frame.columns, number))


@st.cache_resource(show_spinner=False, max_entries=4)
def load_trained_lstm(key: str) -> real_gates.TrainedLSTM:
    """The trained LSTM's weights (the Keras model itself is not kept)."""
    from core import trained  # imports TensorFlow: only in this mode

    model = trained.load_cached(key)
    if model is None:
        raise LookupError(f"{key} is missing or damaged")
    return real_gates.from_model(model.model, model.vocabulary, model.config.max_len)


def choose_trained_lstm() -> cache.Entry | None:
    """A selectbox of the cached LSTMs; None (and a note) when there is none."""
    entries = {e.key: e for e in cache.list_entries() if e.config.model == "lstm"}
    if not entries:
        st.info(tr("gates.real.none"))
        return None
    labels = {
        key: tr(
            "gates.real.model_label",
            name=entry.config.name,
            accuracy=entry.test_accuracy,
            trained=cache.trained_at_text(entry.meta),
        )
        for key, entry in entries.items()
    }
    key = localized_selectbox(
        tr("gates.real.model"), entries, format_func=labels.get, key="gates.real.model"
    )
    return entries[key]


def show_trained_lstm() -> None:
    """A trained LSTM's gates for one word after reading a text."""
    entry = choose_trained_lstm()
    if entry is None:
        return
    st.markdown(tr("gates.real.explain"))
    text_column, word_column = st.columns([4, 1])
    text = text_column.text_input(
        tr("gates.real.text"),
        tr("gates.real.text_default"),
        key="gates.real.text",
        persist_state="session",
    )
    word = word_column.text_input(
        tr("gates.real.word"), "great", key="gates.real.word", persist_state="session"
    )
    padded = st.checkbox(
        tr("gates.real.padded"),
        key="gates.real.padded",
        help=tr("gates.real.padded.help", max_len=entry.config.max_len),
        persist_state="session",
    )
    try:
        with st.spinner(tr("gates.real.loading")):
            lstm = load_trained_lstm(entry.key)
    except Exception as error:  # a damaged file can raise almost anything
        st.error(tr("gates.real.load_error", error=error))
        return
    try:
        result = real_gates.word_gates(lstm, text, word, as_model_sees=padded)
    except ValueError:
        st.warning(tr("gates.real.one_word"))
        return
    show_word_gates(result, lstm)


def show_word_gates(result: real_gates.WordGates, lstm: real_gates.TrainedLSTM):
    """The heatmap of every unit, the units that changed most, one in detail."""
    if result.word_id == OOV:
        st.warning(tr("gates.real.unknown", word=result.word))
    tail = " ".join(lstm.vocabulary.id_to_word(i) for i in result.context_ids[-8:])
    st.caption(tr("gates.real.read", count=len(result.context_ids), tail=tail))

    step = result.step
    st.subheader(tr("gates.real.heatmap", units=step.units, word=result.word))
    st.plotly_chart(
        gate_charts.unit_heatmap(step, names(), {"unit": tr("gates.unit_word")})
    )
    st.subheader(tr("gates.real.top"))
    top = result.changed_units(TOP_UNITS)
    values_table(step, top, key="gates.real.values")
    unit = localized_selectbox(
        tr("gates.unit"), top, format_func=unit_name, key="gates.real.unit"
    )
    show_unit(step, lstm.weights, unit)


st.title(tr("gates.title"))
st.markdown(tr("gates.intro"))

mode_column, size_column = st.columns([2, 1])
mode = mode_column.segmented_control(
    tr("gates.mode"),
    MODES,
    format_func=lambda name: tr(f"gates.mode.{name}"),
    default="step",
    required=True,
    key="gates.mode",
    persist_state="session",
)
if mode == "real":
    show_trained_lstm()
    st.stop()
size = size_column.slider(
    tr("gates.size"),
    1,
    MAX_SIZE,
    3,
    key="gates.size",
    help=tr("gates.size.help"),
    persist_state="session",
)

x_column, h_column, c_column, weights_column = st.columns(4, gap="medium")
with x_column:
    st.markdown(f"**{tr('gates.inputs.x')}**")
    x = vector_sliders("x", X_DEFAULT, size, 2.0)
with h_column:
    st.markdown(f"**{tr('gates.inputs.h')}**")
    h_tm1 = vector_sliders("h", H_DEFAULT, size, 1.0)
with c_column:
    st.markdown(f"**{tr('gates.inputs.c')}**")
    c_tm1 = vector_sliders("c", C_DEFAULT, size, 2.0)
with weights_column:
    weights, source, seed, preset = weight_controls(size)
if source == "table":
    with st.expander(tr("gates.weights"), expanded=True):
        weights = edited_weights(weights, seed)
weights = gates.apply_preset(weights, preset)
if preset != "none":
    st.caption(tr("gates.preset.caption"))
st.divider()

if mode == "step":
    show_step(x, h_tm1, c_tm1, weights)
else:
    show_sequence(x, h_tm1, c_tm1, weights)
