"""Small helpers the pages share: language, texts and the training jobs."""

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import script_runner

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


@st.cache_resource
def training_jobs():
    """The one job registry of this server, shared by every session."""
    from core.jobs import TrainingJobs

    return TrainingJobs()
