"""Concepts: what goes wrong in a plain RNN and how the LSTM's cell state helps.

Follows the lecture's order: the RNN's four problems, a toy of a gradient
flowing back T steps (with clipping), the LSTM's gates and cell path, and
where gradient clipping fits.
"""

import streamlit as st

from core import gradient_charts, gradient_toy
from pages._shared import tr

PROBLEMS = ("vanishing", "exploding", "longterm", "memory")
OPTIMIZER_CODE = """\
keras.optimizers.Adam(
    learning_rate=config.learning_rate,
    clipnorm=config.clipnorm,
)"""


def chart_texts() -> dict[str, str]:
    return {
        "x": tr("concepts.toy.x"),
        "y": tr("concepts.toy.y"),
        "vanished": tr("concepts.toy.vanished_line"),
        "exploded": tr("concepts.toy.exploded_line"),
    }


def show_problems() -> None:
    """The four problems, two per row."""
    st.header(tr("concepts.problems.header"))
    for row in (PROBLEMS[:2], PROBLEMS[2:]):
        for column, problem in zip(st.columns(2), row, strict=True):
            with column.container(border=True):
                st.markdown(f"**{tr(f'concepts.{problem}.title')}**")
                st.markdown(tr(f"concepts.{problem}.body"))


def show_clipping_toy(steps: int, factor: float, clipnorm: float) -> None:
    """The plain RNN's gradient over the steps back, raw and clipped."""
    toy = gradient_toy.gradient_toy(steps, factor, clipnorm, forget=1.0)
    series = {
        tr("concepts.toy.rnn"): toy.rnn,
        tr("concepts.toy.clipped"): toy.rnn_clipped,
    }
    st.plotly_chart(
        gradient_charts.gradient_lines(toy.steps_back, series, chart_texts())
    )

    raw, clipped = float(toy.rnn[-1]), float(toy.rnn_clipped[-1])
    first, second, third = st.columns(3)
    first.metric(tr("concepts.toy.metric_raw", steps=steps), f"{raw:.2e}")
    second.metric(tr("concepts.toy.metric_clipped"), f"{clipped:.2e}")
    third.metric(
        tr("concepts.toy.metric_norm"),
        f"{toy.rnn_norm:.3g} → {toy.clipped_norm:.3g}",
    )
    regime = gradient_toy.regime(raw)
    st.markdown(
        tr(f"concepts.toy.verdict.{regime}", factor=factor, steps=steps, value=raw)
    )
    if toy.rnn_norm > clipnorm:
        st.markdown(
            tr(
                "concepts.toy.clip.applied",
                scale=clipnorm / toy.rnn_norm,
                before=toy.rnn_norm,
                after=toy.clipped_norm,
            )
        )
    else:
        st.markdown(tr("concepts.toy.clip.skipped", before=toy.rnn_norm))


def show_cell_path(steps: int, factor: float) -> None:
    """The plain RNN against the LSTM's cell-state path, for a chosen f."""
    forget = st.slider(
        tr("concepts.toy.forget"),
        0.5,
        1.0,
        0.98,
        0.01,
        key="concepts.forget",
        persist_state="session",
    )
    toy = gradient_toy.gradient_toy(steps, factor, clipnorm=1.0, forget=forget)
    series = {tr("concepts.toy.rnn"): toy.rnn, tr("concepts.toy.cell"): toy.cell}
    colours = (gradient_charts.COLOURS[0], gradient_charts.COLOURS[2])
    st.plotly_chart(
        gradient_charts.gradient_lines(toy.steps_back, series, chart_texts(), colours)
    )
    left, right = st.columns(2)
    left.metric(tr("concepts.toy.metric_rnn", steps=steps), f"{toy.rnn[-1]:.2e}")
    right.metric(tr("concepts.toy.metric_cell", steps=steps), f"{toy.cell[-1]:.2e}")


st.title(tr("concepts.title"))
st.markdown(tr("concepts.intro"))

show_problems()

st.header(tr("concepts.toy.header"))
st.markdown(tr("concepts.toy.body"))
steps_column, factor_column, clip_column = st.columns(3)
steps = steps_column.slider(
    tr("concepts.toy.steps"), 1, 200, 50, key="concepts.steps", persist_state="session"
)
factor = factor_column.slider(
    tr("concepts.toy.factor"),
    0.5,
    1.5,
    0.9,
    0.01,
    key="concepts.factor",
    help=tr("concepts.toy.factor.help"),
    persist_state="session",
)
clipnorm = clip_column.slider(
    tr("concepts.toy.clipnorm"),
    0.1,
    10.0,
    1.0,
    0.1,
    key="concepts.clipnorm",
    help=tr("concepts.toy.clipnorm.help"),
    persist_state="session",
)
show_clipping_toy(steps, factor, clipnorm)

st.header(tr("concepts.lstm.header"))
st.markdown(tr("concepts.lstm.body"))
st.markdown(tr("concepts.lstm.order"))
st.markdown(tr("concepts.lstm.answers"))
show_cell_path(steps, factor)
st.caption(tr("concepts.lstm.caveat"))
st.page_link("pages/gates.py", label=tr("concepts.lstm.try"), icon="🎛️")

st.header(tr("concepts.clip.header"))
st.markdown(tr("concepts.clip.body"))
st.code(OPTIMIZER_CODE, language="python")
st.caption(tr("concepts.clip.code_caption"))
does, does_not = st.columns(2)
with does:
    st.markdown(f"**{tr('concepts.clip.does.header')}**")
    st.markdown(tr("concepts.clip.does"))
with does_not:
    st.markdown(f"**{tr('concepts.clip.doesnot.header')}**")
    st.markdown(tr("concepts.clip.doesnot"))
