"""Pure-Python core of reader. Nothing under this package may import Qt."""
