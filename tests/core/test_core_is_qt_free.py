import pkgutil
import subprocess
import sys

import reader.core


def test_every_core_module_imports_without_qt():
    names = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    assert names, "no core modules found"
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(leaked)\n"
        "raise SystemExit(1 if leaked else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
