"""The one place that states Skranke's version."""

__version__ = "0.1.0"
