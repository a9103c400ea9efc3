"""oncall-tui: a live terminal dashboard over a folder of case files."""

__version__ = "0.1.0"
