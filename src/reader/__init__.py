"""reader: read and annotate messy Chinese article files."""

__version__ = "0.1.0"
