"""The Qt front end: a thin layer of widgets over ``reader.core``."""
