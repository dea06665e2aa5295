"""Classify: type a review and see what every trained model makes of it.

TensorFlow is imported when the first model is read, under the page's
spinner: a visit with no model trained, or before a review is typed, needs
none of it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import streamlit as st
from streamlit.errors import StreamlitAPIException

from core import cache, compare, model_choice, review_charts, token_view
from core.config import RECURRENT_KINDS
from core.review_examples import EXAMPLES, example
from core.text import MAX_TEXT_CHARS, clip_text
from pages._shared import lang, localized_multiselect, model_name, tr

if TYPE_CHECKING:
    from core.inference import Analysis, Reader

logger = logging.getLogger(__name__)

TEXT_KEY = "classify.text"
MODELS_KEY = "classify.models"


@dataclass(frozen=True)
class Shown:
    """One model's reading of the review, as the page shows it."""

    entry: cache.Entry
    reader: Reader
    name: str
    analysis: Analysis


@st.cache_resource(show_spinner=False, max_entries=16)
def load_reader(key: str, trained_at: str) -> Reader:
    """One compiled reader per cache entry; ``trained_at`` notices a retrain.

    A missing or damaged entry raises, so that it is not remembered.
    """
    from core.inference import Reader
    from core.trained import load_cached

    trained = load_cached(key)
    if trained is None:
        raise cache.CorruptEntry(f"{key}: missing or damaged")
    return Reader(trained)


@st.cache_data(show_spinner=False, max_entries=256)
def influence(_reader: Reader, key: str, trained_at: str, text: str):
    """``readout.word_influence`` of ``text``, remembered per model and text."""
    from core import readout

    return readout.word_influence(_reader.view(text), _reader.probabilities)


def train_link() -> None:
    """A link to the Train page; plain text while that page is not listed."""
    try:
        st.page_link("pages/train.py", label=tr("classify.train_link"), icon="🏋️")
    except StreamlitAPIException:
        st.caption(tr("classify.train_link"))


def choose_models(entries: list[cache.Entry]) -> list[cache.Entry]:
    """The newest model of each kind, or the user's own choice."""
    by_key = {entry.key: entry for entry in entries}
    # labels made now, in this run's language (format_func may be called later)
    labels = {
        entry.key: tr(
            "classify.model_option",
            name=compare.describe(entry.config, lang()),
            accuracy=f"{entry.test_accuracy:.3f}",
            date=cache.trained_at_text(entry.meta),
        )
        for entry in entries
    }
    with st.expander(tr("classify.models_expander", count=len(entries))):
        chosen = localized_multiselect(
            tr("classify.models_label"),
            by_key,
            format_func=labels.__getitem__,
            key=MODELS_KEY,
            default=compare.default_selection(entries),
        )
    return [by_key[key] for key in chosen if key in by_key]


def set_example(name: str) -> None:
    st.session_state[TEXT_KEY] = example(name).text


def load_readers(chosen: list[cache.Entry]) -> list[tuple[cache.Entry, Reader]]:
    """Compiled readers of the chosen models; a model that fails is named."""
    readers = []
    with st.spinner(tr("classify.loading")):
        for entry in chosen:
            try:
                reader = load_reader(entry.key, str(entry.meta.get("trained_at")))
            except cache.CorruptEntry:
                st.warning(tr("classify.load_failed", name=model_name(entry.config)))
                continue
            except Exception:  # a model that cannot be compiled must not break the page
                logger.exception("could not prepare %s", entry.key)
                st.warning(tr("classify.load_failed", name=model_name(entry.config)))
                continue
            readers.append((entry, reader))
    return readers


def show_verdicts(results: list[Shown]) -> None:
    st.subheader(tr("classify.verdicts_header"))
    for column, result in zip(st.columns(len(results)), results, strict=True):
        prediction = result.analysis.prediction
        with column:
            st.metric(
                result.name,
                tr(f"classify.label_{prediction.label}"),
                border=True,
            )
            st.progress(
                prediction.probability,
                text=tr("classify.probability", value=f"{prediction.probability:.3f}"),
            )
            st.caption(tr("classify.confidence", value=f"{prediction.confidence:.0%}"))


def show_tokens(results: list[Shown]) -> None:
    st.subheader(tr("classify.tokens_header"))
    # models with the same data, vocabulary size and length see the same tokens
    groups: dict[tuple, list[Shown]] = {}
    for result in results:
        config = result.entry.config
        group = (config.source, config.num_words, config.max_len)
        groups.setdefault(group, []).append(result)
    for (_, num_words, max_len), members in groups.items():
        view = members[0].analysis.view
        if len(groups) > 1:
            st.markdown(f"**{', '.join(member.name for member in members)}**")
        st.caption(tr("classify.tokens_legend", max_len=max_len, num_words=num_words))
        st.html(token_view.tokens_html(view, tr("classify.more_dropped")))
        st.caption(
            tr(
                "classify.token_counts",
                words=f"{len(view.tokens):,}",
                unknown=f"{view.unknown_count:,}",
                kept=f"{len(view.kept_tokens):,}",
            )
        )
        if view.dropped_count:
            st.info(
                tr(
                    "classify.truncated",
                    dropped=f"{view.dropped_count:,}",
                    kept=len(view.kept_tokens),
                    max_len=max_len,
                )
            )


def show_reading(results: list[Shown]) -> None:
    from core import readout

    st.subheader(tr("classify.reading_header"))
    lines = [
        review_charts.ReadingLine(
            name=result.name,
            kind=result.entry.config.model,
            points=readout.reading_curve(
                result.analysis.view, result.analysis.reading.steps
            ),
        )
        for result in results
        if result.analysis.reading.steps is not None
    ]
    if not lines:
        st.info(tr("classify.no_reading"))
        return
    figure = review_charts.reading_figure(
        lines,
        tr("classify.reading_title"),
        tr("classify.reading_x"),
        tr("classify.reading_y"),
    )
    st.plotly_chart(figure, key="classify_reading")
    st.caption(tr("classify.reading_help"))


def show_influence(results: list[Shown], text: str) -> None:
    st.subheader(tr("classify.influence_header"))
    st.caption(tr("classify.influence_help"))
    tabs = st.tabs([result.name for result in results])
    for tab, result in zip(tabs, results, strict=True):
        entry, reader = result.entry, result.reader
        kept = result.analysis.view.kept_tokens
        with tab:
            if not kept:
                st.info(tr("classify.no_words"))
                continue
            _, changes = influence(
                reader, entry.key, str(entry.meta.get("trained_at")), text
            )
            words = [token.word for token in kept]
            st.html(token_view.influence_html(words, changes))
            order = np.argsort(changes)
            st.caption(
                tr(
                    "classify.top_words",
                    positive=_top(words, changes, order[::-1], positive=True),
                    negative=_top(words, changes, order, positive=False),
                )
            )


def _top(words, changes, order, positive: bool, count: int = 5) -> str:
    """The ``count`` words that moved P(positive) most in one direction."""
    picked = [i for i in order[:count] if (changes[i] > 0) == positive and changes[i]]
    listed = ", ".join(f"{words[i]} ({changes[i]:+.3f})" for i in picked)
    return listed or tr("classify.none")


st.title(tr("classify.title"))
st.write(tr("classify.intro"))

entries = cache.list_entries()
chosen = choose_models(entries) if entries else []
missing = model_choice.missing_kinds(entries, RECURRENT_KINDS, lang())
if missing:
    st.info(tr("classify.missing", names=", ".join(missing)))
    train_link()

st.caption(tr("classify.examples_label"))
for column, shown_example in zip(st.columns(len(EXAMPLES)), EXAMPLES, strict=True):
    name = shown_example.name
    column.button(
        tr(f"classify.example_{name}"),
        key=f"classify.example.{name}",
        help=tr(f"classify.example_{name}_help"),
        on_click=set_example,
        args=(name,),
        width="stretch",
    )
text = st.text_area(
    tr("classify.text_label"),
    key=TEXT_KEY,
    height=150,
    placeholder=tr("classify.placeholder"),
    persist_state="session",
)
st.button(tr("classify.run"), type="primary", key="classify.run")

if not (text or "").strip():
    st.info(tr("classify.empty"))
    st.stop()
if not chosen:
    st.warning(tr("classify.no_models" if not entries else "classify.none_chosen"))
    st.stop()

text, was_cut = clip_text(text)
if was_cut:
    st.warning(tr("classify.cut", limit=f"{MAX_TEXT_CHARS:,}"))

readers = load_readers(chosen)
if not readers:
    st.stop()
names = model_choice.short_names([entry for entry, _ in readers], lang())
results = [
    Shown(entry, reader, names[entry.key], reader.analyse(text))
    for entry, reader in readers
]

blind = [result.name for result in results if result.analysis.view.all_unknown]
if blind:
    if not results[0].analysis.view.tokens:
        st.warning(tr("classify.no_words"))
    else:
        st.warning(tr("classify.all_unknown", names=", ".join(blind)))

show_verdicts(results)
show_tokens(results)
show_reading(results)
show_influence(results, text)
