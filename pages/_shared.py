"""Small helpers the pages share: language, texts and the training jobs."""

import streamlit as st

from core.i18n import DEFAULT_LANGUAGE, t


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
