"""Data: the IMDB reviews, their lengths, and how one becomes 200 numbers.

Needs no TensorFlow: everything comes from ``core.data`` and ``core.sources``.
"""

import numpy as np
import pandas as pd
import streamlit as st

from core import data_summary, review_charts, sources, token_view
from core.config import TrainConfig
from core.data import Dataset, load_dataset
from core.text import INDEX_FROM, tokenize
from pages._shared import say, tr

DEFAULTS = TrainConfig()
BROWSED = 3  # reviews shown at a time
REVIEW_KEY = "data.review_number"
BROWSE_SEED_KEY = "data.browse_seed"
THUMBS = {1: "👍", 0: "👎"}


@st.cache_resource(show_spinner=False)
def dataset() -> Dataset:
    """The default source, encoded as the default models saw it (shared, read-only)."""
    return load_dataset(sources.DEFAULT_SOURCE, DEFAULTS.num_words)


@st.cache_resource(show_spinner=False)
def raw_texts() -> list[str]:
    """The raw reviews of the default source, in row order (``Split.rows``)."""
    return sources.load_raw(sources.DEFAULT_SOURCE).texts


@st.cache_data(show_spinner=False)
def word_counts() -> np.ndarray:
    return data_summary.all_word_counts(dataset())


def pick_random_review(count: int) -> None:
    st.session_state[REVIEW_KEY] = int(np.random.default_rng().integers(1, count + 1))


def next_browse_seed() -> None:
    st.session_state[BROWSE_SEED_KEY] = st.session_state.get(BROWSE_SEED_KEY, 0) + 1


def show_splits(data: Dataset) -> None:
    st.subheader(tr("data.splits_header"))
    rows = [
        {
            tr("data.col_split"): tr(f"data.split_{size.name}"),
            tr("data.col_total"): size.total,
            tr("data.col_positive"): size.positive,
            tr("data.col_negative"): size.negative,
        }
        for size in data_summary.split_sizes(data)
    ]
    numbers = st.column_config.NumberColumn(format="localized")
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        column_config={
            tr(column): numbers
            for column in ("data.col_total", "data.col_positive", "data.col_negative")
        },
    )
    st.caption(tr("data.splits_help"))


def show_lengths() -> None:
    st.subheader(tr("data.lengths_header"))
    counts = word_counts()
    max_len = st.slider(
        tr("data.max_len_label"),
        min_value=50,
        max_value=600,
        value=DEFAULTS.max_len,
        step=10,
        key="data.max_len",
        persist_state="session",
    )
    share = data_summary.truncated_share(counts, max_len)
    left, middle, right = st.columns(3)
    median = int(np.median(counts))
    left.metric(tr("data.median_words"), tr("data.words_value", count=median))
    middle.metric(tr("data.truncated_share"), f"{share:.1%}")
    right.metric(tr("data.longest"), tr("data.words_value", count=f"{counts.max():,}"))
    figure = review_charts.length_histogram(
        counts,
        max_len,
        tr("data.cut_label", max_len=max_len),
        tr("data.lengths_title"),
        tr("data.lengths_x"),
        tr("data.lengths_y"),
    )
    st.plotly_chart(figure, key="data_lengths")
    st.caption(tr("data.lengths_help", max_len=max_len))


def show_one_review(data: Dataset, texts: list[str]) -> None:
    st.subheader(tr("data.steps_header"))
    train = data.train
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    st.session_state.setdefault(REVIEW_KEY, 1)
    number = left.number_input(
        tr("data.review_number"),
        min_value=1,
        max_value=len(train),
        key=REVIEW_KEY,
        persist_state="session",
    )
    right.button(
        tr("data.random_review"),
        key="data.random_review",
        on_click=pick_random_review,
        args=(len(train),),
    )
    index = int(number) - 1
    text = texts[train.rows[index]]
    view = token_view.view_review(text, data.vocabulary, DEFAULTS.max_len)
    label = tr(f"data.label_{int(train.labels[index])}")
    st.markdown(tr("data.review_label", label=label, words=len(view.tokens)))

    st.markdown(tr("data.step_raw"))
    st.code(text, language=None, wrap_lines=True, height=180)
    st.markdown(tr("data.step_tokens"))
    st.html(token_view.words_html(tokenize(text)))
    st.markdown(
        tr("data.step_ids", num_words=DEFAULTS.num_words, max_len=DEFAULTS.max_len)
    )
    st.html(token_view.tokens_html(view, tr("data.more_dropped"), with_ids=True))
    st.markdown(tr("data.step_padded", max_len=DEFAULTS.max_len))
    st.html(token_view.ids_html(view, data.vocabulary))
    st.caption(
        tr(
            "data.padded_counts",
            pads=view.pad_count,
            words=len(view.kept_tokens),
            unknown=sum(not token.known for token in view.kept_tokens),
        )
    )


def show_browser(data: Dataset, texts: list[str]) -> None:
    st.subheader(tr("data.browse_header"))
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    # the same symbols in both languages, so the choice survives a language switch
    label = left.segmented_control(
        tr("data.browse_label"),
        [1, 0],
        format_func=THUMBS.__getitem__,
        default=1,
        required=True,
        key="data.browse_label",
        persist_state="session",
    )
    right.button(
        tr("data.browse_again"), key="data.browse_again", on_click=next_browse_seed
    )
    seed = st.session_state.get(BROWSE_SEED_KEY, 0)
    train = data.train
    for index in data_summary.sample_reviews(train.labels, label, BROWSED, seed):
        with st.container(border=True):
            st.caption(
                tr(
                    "data.browse_caption",
                    number=f"{index + 1:,}",
                    label=tr(f"data.label_{label}"),
                    words=int(train.word_counts[index]),
                )
            )
            st.html(token_view.review_html(texts[train.rows[index]]))


def show_frequent_words(data: Dataset) -> None:
    st.subheader(tr("data.words_header"))
    count = st.slider(
        tr("data.words_count_label"),
        min_value=10,
        max_value=60,
        value=25,
        step=5,
        key="data.words_count",
        persist_state="session",
    )
    words = data_summary.frequent_words(data, count)
    left, right = st.columns([3, 2])
    left.plotly_chart(
        review_charts.frequent_words_figure(
            [word.word for word in words],
            [word.count for word in words],
            tr("data.words_title"),
            tr("data.words_x"),
        ),
        key="data_words",
    )
    table = pd.DataFrame(
        {
            tr("data.col_rank"): [word.rank for word in words],
            tr("data.col_word"): [word.word for word in words],
            tr("data.col_id"): [word.word_id for word in words],
            tr("data.col_count"): [word.count for word in words],
        }
    )
    right.dataframe(
        table,
        hide_index=True,
        height=min(35 * count + 40, 600),
        column_config={
            tr("data.col_count"): st.column_config.NumberColumn(format="localized")
        },
    )
    known = data.vocabulary.num_words - INDEX_FROM - 1
    st.caption(tr("data.words_help", known=known))


st.title(tr("data.title"))
st.write(tr("data.intro"))

try:
    with st.spinner(tr("data.loading")):
        data = dataset()
        texts = raw_texts()
except (sources.DataSourceError, ValueError, OSError) as error:
    st.error(tr("data.failed", error=say(error)))
    st.stop()

show_splits(data)
show_lengths()
show_one_review(data, texts)
show_browser(data, texts)
show_frequent_words(data)
