"""Compare: test accuracy and loss, confusion matrices and accuracy by length.

Every number comes from the cache (each model's saved test predictions), so
the page needs no TensorFlow unless the bag-of-words reference is trained.
"""

import pandas as pd
import streamlit as st

from core import cache, charts, compare, presets
from core.jobs import JobState
from pages._shared import (
    lang,
    localized_multiselect,
    say,
    set_localized_choice,
    tr,
    training_jobs,
)

SELECTION = "compare_selection"
WAITING_FOR = "compare_waiting_for"  # the cache key of a reference in training
BOW_REFRESH_SECONDS = 2.0


@st.cache_data(show_spinner=False, max_entries=64)
def load_result(key: str, trained_at: str) -> compare.ModelResult:
    """One entry's results; ``trained_at`` keeps the cache honest on retrain."""
    entry = cache.read_entry(key)
    if entry is None:
        raise cache.CorruptEntry(f"{key}: gone")
    return compare.load_result(entry)


def details_table(results: list[compare.ModelResult]) -> None:
    rows = [
        {
            tr("col.model"): compare.describe(result.config, lang()),
            tr("col.test_accuracy"): result.accuracy,
            tr("col.test_loss"): result.loss,
            tr("col.params"): result.meta.get("params"),
            tr("col.seconds"): result.meta.get("training_seconds"),
            tr("col.epochs"): result.config.epochs,
            tr("col.clipnorm"): (
                f"{result.config.clipnorm:g}"
                if result.config.clipnorm
                else tr("value.off")
            ),
            tr("col.trained_at"): cache.trained_at_text(result.meta),
        }
        for result in results
    ]
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        column_config={
            tr("col.test_accuracy"): st.column_config.NumberColumn(format="%.4f"),
            tr("col.test_loss"): st.column_config.NumberColumn(format="%.4f"),
            tr("col.params"): st.column_config.NumberColumn(format="localized"),
            tr("col.seconds"): st.column_config.NumberColumn(format="%.0f"),
        },
    )


def score_bars(results: list[compare.ModelResult]) -> None:
    labels = [compare.describe(result.config, lang()) for result in results]
    kinds = [result.config.model for result in results]
    left, right = st.columns(2)
    left.plotly_chart(
        charts.bar_figure(
            labels,
            kinds,
            [result.accuracy for result in results],
            tr("compare.accuracy_title"),
            tr("compare.reviews_axis"),
        ),
        key="compare_accuracy",
    )
    right.plotly_chart(
        charts.bar_figure(
            labels,
            kinds,
            [result.loss for result in results],
            tr("compare.loss_title"),
            "",
            value_format=".3f",
        ),
        key="compare_loss",
    )


def confusion_matrices(results: list[compare.ModelResult]) -> None:
    st.subheader(tr("compare.confusion_header"))
    st.caption(tr("compare.confusion_help"))
    classes = [tr("compare.negative"), tr("compare.positive")]
    axes = (tr("compare.true_label"), tr("compare.predicted_label"))
    columns = st.columns(min(len(results), 4))
    for index, result in enumerate(results):
        figure = charts.confusion_figure(
            result.confusion(), classes, compare.describe(result.config, lang()), axes
        )
        columns[index % len(columns)].plotly_chart(
            figure, key=f"compare_confusion_{result.key}"
        )


def length_breakdown(results: list[compare.ModelResult]) -> None:
    st.subheader(tr("compare.length_header"))
    st.caption(tr("compare.length_help", max_len=results[0].config.max_len))
    groups = compare.bucket_names(lang())
    series = [
        (
            compare.describe(result.config, lang()),
            result.config.model,
            [accuracy for accuracy, _ in result.accuracy_by_length()],
        )
        for result in results
    ]
    st.plotly_chart(
        charts.grouped_bar_figure(
            groups,
            series,
            tr("compare.length_header"),
            tr("compare.length_axis"),
            tr("compare.reviews_axis"),
        ),
        key="compare_length",
    )
    counts = [count for _, count in results[0].accuracy_by_length()]
    st.caption(
        tr(
            "compare.bucket_counts",
            counts=", ".join(
                f"{group}: {count:,}"
                for group, count in zip(groups, counts, strict=True)
            ),
        )
    )


def bag_of_words_offer(results: list[compare.ModelResult]) -> None:
    """Offer to train the bag-of-words reference with the first model's data."""
    if any(result.config.model == "bow" for result in results):
        return
    st.subheader(tr("compare.bow_header"))
    st.caption(tr("compare.bow_help"))
    reference = presets.preset_config(
        "seed",
        "bow",
        source=results[0].config.source,
        num_words=results[0].config.num_words,
        max_len=results[0].config.max_len,
    )
    jobs = training_jobs()
    key = cache.key_for(reference)
    job = jobs.get(key)
    if job is None or not job.active:
        if not st.button(tr("compare.bow_train"), key="compare_train_bow"):
            return
        jobs.submit(reference)
    st.session_state[WAITING_FOR] = key
    bow_progress(key)


@st.fragment(run_every=BOW_REFRESH_SECONDS)
def bow_progress(key: str) -> None:
    """The reference's progress; the whole page reruns once it is trained."""
    job = training_jobs().get(key)
    if job is None:
        return
    job = job.snapshot()
    if job.active:
        fraction = job.progress.fraction if job.progress else 0.0
        st.progress(fraction, text=tr("compare.bow_queued"))
    elif job.state == JobState.DONE:
        st.rerun()  # the new entry joins the chart and the table
    elif job.state == JobState.FAILED:
        st.error(tr("compare.bow_failed", error=say(job.error)))
    else:
        st.warning(tr("compare.bow_cancelled"))


def add_waited_entry(by_key: dict[str, cache.Entry]) -> None:
    """Put a reference trained from this page into the selection, once."""
    key = st.session_state.get(WAITING_FOR)
    if key not in by_key:
        return
    del st.session_state[WAITING_FOR]
    chosen = st.session_state.get(SELECTION)
    if chosen is not None and key not in chosen:
        set_localized_choice(SELECTION, [*chosen, key])


# --- page -----------------------------------------------------------------

st.title(tr("compare.title"))
entries = cache.list_entries()
if not entries:
    st.info(tr("compare.none"))
    st.page_link("pages/train.py", label=tr("compare.go_train"), icon="🏋️")
    st.stop()

by_key = {entry.key: entry for entry in entries}
add_waited_entry(by_key)
selected = localized_multiselect(
    tr("compare.pick"),
    list(by_key),
    format_func=lambda key: compare.describe(by_key[key].config, lang()),
    key=SELECTION,
    default=compare.default_selection(entries),
    help=tr("compare.pick_help"),
)
if not selected:
    st.info(tr("compare.pick_some"))
    st.stop()

results = []
for key in selected:
    try:
        results.append(load_result(key, by_key[key].meta.get("trained_at", "")))
    except cache.CorruptEntry as error:
        st.warning(tr("compare.damaged", error=error))
if not results:
    st.stop()

st.write(tr("compare.intro", count=len(results[0].labels)))
if len({result.meta.get("data_fingerprint") for result in results}) > 1:
    st.warning(tr("compare.mixed_data"))
st.success(compare.summary_sentence(results, lang()))

score_bars(results)
st.subheader(tr("compare.table_header"))
details_table(results)
confusion_matrices(results)
length_breakdown(results)
bag_of_words_offer(results)
