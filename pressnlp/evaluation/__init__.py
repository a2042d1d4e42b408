"""Evaluation commands (``pressnlp evaluate ...``), one module per stage.

Each module exposes ``HELP``, ``add_arguments(parser)``, ``run(args) -> int`` and an
``evaluate(...) -> dict`` function that tests and CI gates can call directly.
"""
