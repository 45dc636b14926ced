"""`python -m newssift.cli …` runs the command line."""

import sys

from newssift.cli import main

sys.exit(main())
