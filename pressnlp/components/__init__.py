"""spaCy components of pressnlp, one light module each.

These modules are named by ``spacy_factories`` entry points, so spaCy may import them
while loading any pipeline: they must not import pandas, scikit-learn or dask at
module level.
"""
