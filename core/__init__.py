"""Logic of the LSTM-vs-RNN dashboard: data, models, training, cache and texts.

Importing ``core`` is cheap: modules that need TensorFlow import it themselves,
so pages that only read the cache or do numpy work start fast. Nothing here
imports Streamlit.
"""
