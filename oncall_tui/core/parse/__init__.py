"""Case file parsing: bytes → :class:`~oncall_tui.core.model.Case`.

``parse_bytes(raw, path)`` is the one entry point: it never raises, and what
it could not understand goes into ``Case.problems``.
"""

from oncall_tui.core.parse.case import PARSER_VERSION, parse_bytes, parse_text

__all__ = ["PARSER_VERSION", "parse_bytes", "parse_text"]
