"""``python -m pressnlp`` is the ``pressnlp`` command."""

import sys

from pressnlp.cli import main

sys.exit(main())
