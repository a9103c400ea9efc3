"""``python -m oncall_tui``: the same as the ``oncall-tui`` command."""

from oncall_tui.cli import main

if __name__ == "__main__":  # not when a process pool's worker imports the main module again
    raise SystemExit(main())
