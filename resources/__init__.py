"""Icons, sounds, styles and translations, read with importlib.resources."""
