"""Training commands (``pressnlp train ...``), one module per model.

Each module exposes ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``.
"""
