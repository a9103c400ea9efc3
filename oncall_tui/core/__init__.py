"""The domain: case files, the parsed model, the index, edits and storage.

Nothing in this package may import :mod:`textual`; the headless commands
(``export``, ``check``) run on it alone, and a test enforces the rule.
"""
