"""``oncall-tui serve``: the wall screen (or the dashboard) in a browser, read-only and offline.

Needs the ``web`` extra (``pip install 'oncall-tui[web]'``: textual-serve and
its aiohttp).  Nothing here is imported by the TUI or by the headless commands.
"""
