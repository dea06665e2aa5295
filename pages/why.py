"""Why the LSTM wins: gradient flow, clipping and memory, measured on the models.

Stored measurements are drawn at once. A missing one is computed when the
user asks, with a progress bar; only then is TensorFlow imported (inside
``core.analysis_cache``). The clipping runs train in the server's job
registry, and a fragment follows them every second while they run.
"""

import logging

import streamlit as st

from core import analysis_cache, cache, charts, clipping, why_charts, why_summary
from core.jobs import JobState
from pages._shared import (
    lang,
    localized_multiselect,
    localized_selectbox,
    tr,
    training_jobs,
)

logger = logging.getLogger(__name__)

REFRESH_SECONDS = 1.0
STATES = ("trained", "untrained")  # the gradient charts, side by side


def pick_models(entries: list[cache.Entry]) -> list[cache.Entry]:
    """The recurrent models to measure, one of each kind chosen at first."""
    recurrent = analysis_cache.recurrent_entries(entries)
    if not recurrent:
        st.info(tr("why.no_models"))
        st.page_link("pages/train.py", label=tr("why.go_train"), icon="🏋️")
        return []
    by_key = {entry.key: entry for entry in recurrent}
    chosen = localized_multiselect(
        tr("why.pick"),
        by_key,
        format_func=lambda key: why_summary.entry_label(by_key[key], lang()),
        key="why_models",
        default=analysis_cache.default_selection(recurrent),
        help=tr("why.pick_help"),
    )
    if not chosen:
        st.info(tr("why.pick_some"))
    return [by_key[key] for key in chosen]


def legend_labels(entries: list[cache.Entry]) -> list[str]:
    """The kind's name, or the longer label when a kind is chosen twice."""
    kinds = [entry.config.model for entry in entries]
    return [
        entry.config.name
        if kinds.count(entry.config.model) == 1
        else why_summary.entry_label(entry, lang())
        for entry in entries
    ]


def stored(entries: list[cache.Entry], name: str) -> dict[str, dict]:
    """Measurements ``name`` already made, by key (on disk, or in this session)."""
    session = st.session_state.setdefault("why_measured", {})
    found = {}
    for entry in entries:
        result = analysis_cache.load(entry, name) or session.get(
            (entry.key, entry.meta.get("trained_at"), name)
        )
        if result is not None:
            found[entry.key] = result
    return found


def measure_missing(entries: list[cache.Entry], name: str, section: str) -> None:
    """Offer to measure the models without a result; measure on the button."""
    missing = [entry for entry in entries if entry.key not in stored(entries, name)]
    if not missing:
        return
    labels = [why_summary.entry_label(entry, lang()) for entry in missing]
    offer = st.empty()
    with offer.container():
        st.info(tr(f"why.{section}.missing", models="; ".join(labels)))
        if not st.button(tr(f"why.{section}.button"), key=f"why_{section}_measure"):
            return
    offer.empty()
    bar = st.progress(0.0)
    session = st.session_state.setdefault("why_measured", {})
    for index, (entry, label) in enumerate(zip(missing, labels, strict=True), 1):

        def report(done: int, total: int, label=label, index=index) -> None:
            bar.progress(
                done / total,
                text=tr(
                    "why.progress",
                    model=label,
                    index=index,
                    count=len(missing),
                    percent=100 * done / total,
                ),
            )

        try:
            result = analysis_cache.measure_and_store(entry, name, report)
        except Exception as error:  # a damaged model, missing data, no memory...
            logger.exception("measuring %s of %s failed", name, entry.key)
            message = " ".join(str(error).split())[:300] or type(error).__name__
            st.error(tr("why.measure_failed", model=label, error=message))
            continue
        session[(entry.key, entry.meta.get("trained_at"), name)] = result
    bar.empty()


def measured_results(
    entries: list[cache.Entry], name: str, section: str
) -> list[tuple[str, str, dict]]:
    """Offer to measure what is missing, then (label, kind, result) per model."""
    measure_missing(entries, name, section)
    results = stored(entries, name)
    return [
        (label, entry.config.model, results[entry.key])
        for entry, label in zip(entries, legend_labels(entries), strict=True)
        if entry.key in results
    ]


def gradient_section(entries: list[cache.Entry]) -> None:
    st.subheader(tr("why.grad.header"))
    st.write(tr("why.grad.explain"))
    if not entries:
        return
    measured = measured_results(entries, "gradient_flow", "grad")
    if not measured:
        return

    # each chart fits its own curves: untrained ones can fall 30 orders or more
    for column, state in zip(st.columns(2), STATES, strict=True):
        curves = [result[state] for _, _, result in measured]
        figure = why_charts.gradient_figure(
            [(label, kind, result[state]) for label, kind, result in measured],
            tr(f"why.grad.{state}_title"),
            tr("why.grad.x_axis"),
            tr("why.grad.y_axis"),
            why_charts.relative_range(curves),
        )
        column.plotly_chart(figure, key=f"why_grad_{state}")
    st.caption(tr("why.grad.caption", steps=measured[0][2]["max_len"]))
    st.success(why_summary.gradient_sentence(measured, lang()))


def clip_pair_view(pairs: list[clipping.ClipPair]) -> None:
    """The chosen pair's recorded gradient norms and what they show."""
    by_key = {pair.clipped.key: pair for pair in pairs}
    chosen = localized_selectbox(
        tr("why.clip.pick"),
        list(by_key),
        format_func=lambda key: tr(
            "why.clip.pair_label",
            model=by_key[key].clipped.config.name,
            reviews=by_key[key].clipped.meta.get("train_reviews", 0),
            epochs=by_key[key].clipped.config.epochs,
        ),
        key="why_clip_pair",
    )
    pair = by_key[chosen]

    # the clipped run in its model's colour, the unclipped one in dark grey
    curves = []
    for side, entry, colour in (
        ("off", pair.unclipped, "none"),
        ("on", pair.clipped, pair.clipped.config.model),
    ):
        history = entry.meta["history"]
        batches = len(history["batches"]["grad_norm"])
        per_epoch = batches // max(len(history["epochs"]), 1)
        label = tr(f"why.clip.side_{side}", clipnorm=pair.clipnorm)
        curves.append(charts.Curve(label, colour, history, per_epoch))
    figure = charts.grad_norm_figure(
        curves,
        pair.clipnorm,
        tr("why.clip.title"),
        tr("why.clip.x_axis"),
        tr("why.clip.y_axis"),
        tr("why.clip.line", value=pair.clipnorm),
    )
    st.plotly_chart(figure, key="why_clip_chart")
    st.caption(tr("why.clip.caption"))
    st.success(why_summary.clipping_sentence(pair, lang()))


def run_name(config) -> str:
    """``SimpleRNN, no clipping`` for a line about one training job."""
    if config.clipnorm is None:
        return f"{config.name}, {tr('why.clip.side_off')}"
    return f"{config.name}, {tr('why.clip.side_on', clipnorm=config.clipnorm)}"


def job_line(config, job) -> None:
    """Where one clipping run stands (nothing once it is trained: see the chart)."""
    run = run_name(config)
    progress = job.progress
    if job.state == JobState.RUNNING and progress is not None:
        text = tr(
            "why.clip.running",
            run=run,
            epoch=progress.epoch,
            epochs=progress.epochs,
            batch=progress.batch,
            batches=progress.batches,
        )
        st.progress(progress.fraction, text=text)
    elif job.state == JobState.RUNNING:
        st.progress(0.0, text=tr("why.clip.starting", run=run))
    elif job.active:
        st.progress(0.0, text=tr("why.clip.queued", run=run))
    elif job.state == JobState.FAILED:
        st.error(tr("why.clip.failed", run=run, error=job.error))
    elif job.state == JobState.CANCELLED:
        st.warning(tr("why.clip.cancelled", run=run))


def clip_training(entries: list[cache.Entry]) -> None:
    """The button that trains the quick pair, and the runs' live progress."""
    configs = clipping.quick_pair("rnn")
    keys = [cache.key_for(config) for config in configs]
    jobs = training_jobs()
    cached = {entry.key for entry in entries}
    to_train = [
        config
        for config, key in zip(configs, keys, strict=True)
        if key not in cached and not ((job := jobs.get(key)) and job.active)
    ]
    if st.button(
        tr("why.clip.train_button"),
        disabled=not to_train,
        help=(
            tr("why.clip.train_help", clipnorm=configs[0].clipnorm)
            if to_train
            else tr("why.clip.trained_already")
        ),
        key="why_clip_train",
    ):
        for config in to_train:
            jobs.submit(config)
        st.rerun()  # start the live view below

    live = any(job.active for key in keys if (job := jobs.get(key)))

    @st.fragment(run_every=REFRESH_SECONDS if live else None)
    def clip_jobs() -> None:
        snapshots = [
            (config, job.snapshot())
            for config, key in zip(configs, keys, strict=True)
            if (job := jobs.get(key))
        ]
        if live and not any(job.active for _, job in snapshots):
            st.rerun()  # both ended: redraw the page once, with the new pair
        for config, job in snapshots:
            job_line(config, job)

    clip_jobs()


def clipping_section(entries: list[cache.Entry]) -> None:
    st.subheader(tr("why.clip.header"))
    st.write(tr("why.clip.explain"))
    pairs = clipping.clip_pairs(entries)
    if pairs:
        clip_pair_view(pairs)
    else:
        st.info(tr("why.clip.none"))
    clip_training(entries)


def memory_section(entries: list[cache.Entry]) -> None:
    st.subheader(tr("why.memory.header"))
    max_len = entries[0].config.max_len if entries else 200
    st.write(tr("why.memory.explain", max_len=max_len))
    if not entries:
        return
    measured = measured_results(entries, "memory_test", "memory")
    if not measured:
        return
    figure = why_charts.memory_figure(
        [
            (label, kind, result["distances"], result["accuracy"])
            for label, kind, result in measured
        ],
        tr("why.memory.title"),
        tr("why.memory.x_axis"),
        tr("why.memory.y_axis"),
    )
    st.plotly_chart(figure, key="why_memory_chart")
    st.caption(tr("why.memory.caption", max_len=measured[0][2]["max_len"]))
    st.success(why_summary.memory_sentence(measured, lang()))


# --- page -----------------------------------------------------------------

st.title(tr("why.title"))
st.write(tr("why.intro"))

entries = cache.list_entries()
chosen = pick_models(entries)
gradient_section(chosen)
clipping_section(entries)
memory_section(chosen)
