"""Small helpers the pages share: language, texts and the training jobs."""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import script_runner

from core import i18n
from core.config import TrainConfig
from core.i18n import DEFAULT_LANGUAGE, t


def _run_through_app_navigation() -> None:
    """Make sure pages always run through ``app.py``'s ``st.navigation``.

    NOTE: Streamlit treats a folder named ``pages/`` as old-style automatic
    pages until some run calls ``st.navigation``. If the first visit after the
    server starts goes straight to ``/train``, that page runs without
    ``app.py`` (no language choice, a wrong menu). The project layout fixes the
    folder's name, so this switches the old mode off and reruns the request
    through ``app.py``. It happens at most once per server process.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


_run_through_app_navigation()


def _keep_keras_state_between_runs() -> None:
    """Stop Streamlit from clearing Keras's session after every script run.

    NOTE: after each run Streamlit calls ``keras.backend.clear_session()``,
    which resets TensorFlow's graph, empties its kernel cache and collects
    garbage: about half a second holding the GIL with TensorFlow loaded. With
    a page refreshing every second in every open browser, that starved the
    training thread (a tiny model did not finish in four minutes). This app
    keeps its models on purpose, so there is nothing to clear.
    """
    script_runner._clean_problem_modules = lambda: None


_keep_keras_state_between_runs()


def lang() -> str:
    """The language chosen in the sidebar (set by ``app.py``)."""
    return st.session_state.get("lang", DEFAULT_LANGUAGE)


def tr(key: str, **values: object) -> str:
    """``core.i18n.t`` in the current language."""
    return t(key, lang(), **values)


def say(text: object) -> str:
    """A message or error from ``core`` in the current language, where it can be."""
    return i18n.in_language(text, lang())


def model_name(config: TrainConfig) -> str:
    """The display name of ``config``'s model kind in the current language."""
    return i18n.model_name(config.model, lang())


def localized_selectbox(label: str, options, format_func, key: str, **kwargs):
    """``st.selectbox`` whose shown choice is in the current language.

    NOTE: Streamlit 1.67 keeps showing a keyed selectbox's or multiselect's old
    texts when only ``format_func``'s output changes (streamlit/streamlit#13788),
    so after a language switch the widget would still speak the other language.
    These widgets are therefore keyed per language (``f"{key}.{lang()}"``) and
    the choice is kept under ``key`` itself, so that it survives both the
    switch and page changes.
    """
    options = list(options)
    kept = st.session_state.get(key)
    chosen = st.selectbox(
        label,
        options,
        index=options.index(kept) if kept in options else 0,
        format_func=format_func,
        key=f"{key}.{lang()}",
        **kwargs,
    )
    st.session_state[key] = chosen
    return chosen


def localized_multiselect(
    label: str, options, format_func, key: str, default: list, **kwargs
) -> list:
    """``st.multiselect`` in the current language (see ``localized_selectbox``)."""
    options = list(options)
    kept = st.session_state.get(key)
    chosen = st.multiselect(
        label,
        options,
        default=default if kept is None else [o for o in kept if o in options],
        format_func=format_func,
        key=f"{key}.{lang()}",
        **kwargs,
    )
    st.session_state[key] = chosen
    return chosen


def set_localized_choice(key: str, value) -> None:
    """Change what a ``localized_*`` widget shows, before it is drawn in this run.

    The per-language widget states are dropped so that the widget starts again
    from ``value`` instead of the choice the browser last sent.
    """
    st.session_state[key] = value
    for language in i18n.LANGUAGES:
        st.session_state.pop(f"{key}.{language}", None)


@st.cache_resource
def training_jobs():
    """The one job registry of this server, shared by every session."""
    from core.jobs import TrainingJobs

    return TrainingJobs()
