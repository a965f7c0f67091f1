"""Skranke user interface: every widget, and the composition root (ui.main)."""
