import os

# Qt tests run headless everywhere; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
