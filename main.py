"""Start reader from a source checkout: ``python main.py [FILE]`` or a subcommand."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from reader.app import main

if __name__ == "__main__":
    raise SystemExit(main())
