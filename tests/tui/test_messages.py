"""The messages in tui/messages.py are dataclasses: their fields are the contract senders and handlers share."""

from __future__ import annotations

import dataclasses

import pytest

from oncall_tui.core.change import Change
from oncall_tui.tui import messages

FIELDS = {
    messages.LoadProgress: ("done", "total"),
    messages.LoadFound: ("cases",),
    messages.Loaded: ("change", "error"),
    messages.StoreChanged: ("change", "rescan"),
    messages.FolderPresence: ("present",),
    messages.OpenCase: ("path", "line"),
    messages.OpenConflict: ("path",),
    messages.EditRequested: ("kind", "path", "item_line"),
    messages.CopyText: ("text", "what"),
}


@pytest.mark.parametrize("cls", list(FIELDS), ids=lambda cls: cls.__name__)
def test_each_message_is_a_dataclass_with_its_fields(cls) -> None:
    assert dataclasses.is_dataclass(cls)
    assert tuple(f.name for f in dataclasses.fields(cls)) == FIELDS[cls]


def test_the_store_messages_build_as_before() -> None:
    change = Change()
    loaded = messages.Loaded(change)
    assert (loaded.change, loaded.error) == (change, None)
    assert messages.Loaded(change, error="OSError: gone").error == "OSError: gone"
    assert messages.StoreChanged(change, rescan=True).rescan is True
    with pytest.raises(TypeError):
        messages.StoreChanged(change, True)  # rescan is keyword-only, as it was
    assert messages.FolderPresence(False).present is False
    assert messages.LoadFound([]).cases == []


def test_a_newer_progress_message_replaces_an_older_one_only() -> None:
    progress = messages.LoadProgress(3, 10)
    assert (progress.done, progress.total) == (3, 10)
    assert messages.LoadProgress(4, 10).can_replace(progress)
    assert not messages.LoadProgress(4, 10).can_replace(messages.FolderPresence(True))
