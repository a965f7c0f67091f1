"""The supervisor wallboard (issue 6): `WallboardView` for the supervisor's tab, `WallScreen` for a wall."""

from ui.wallboard.view import WallboardView
from ui.wallboard.wall_screen import WallScreen

__all__ = ["WallScreen", "WallboardView"]
