"""Sync area: exchange changes with headquarters and settle conflicts. Its shot views include the
passphrase dialogs and the lock screen (ui/passphrase.py, ui/lock.py), which belong to no area."""
from __future__ import annotations

from .view import SyncView


def build(ctx) -> SyncView:
    return SyncView(ctx)


def _shot(widget: SyncView, options: dict) -> None:
    widget.open_record("sync", "")  # refreshed, on the first list that has something


def _unlock(widget, options: dict):
    from ..passphrase import UnlockDialog
    dialog = UnlockDialog(widget.ctx.db_path, widget.window())
    dialog.field.setText("a wrong guess")
    dialog.accept()  # as after a wrong passphrase: the one line under the field
    dialog.show()
    return dialog


def _recover(widget, options: dict):
    dialog = _unlock(widget, options)
    dialog._show_recovery()
    dialog.recovery.setText("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
    dialog.new.first.setText("password1234")
    return dialog


def _choose(widget, options: dict):
    from ..passphrase import ChoosePassphraseDialog
    dialog = ChoosePassphraseDialog(widget.ctx.db_path, options.get("purpose") or "convert",
                                    widget.window())
    dialog.fields.first.setText("kenya2025")
    dialog.show()
    return dialog


def _change(widget, options: dict):
    from ..passphrase import ChangePassphraseDialog
    dialog = ChangePassphraseDialog(widget.ctx.db_path, widget.window())
    dialog.fields.first.setText("amber koala crosses the river 8")
    dialog.fields.second.setText("amber koala crosses the river")
    dialog.show()
    return dialog


def _lock_screen(widget, options: dict):
    from ..lock import IdleLock
    window = widget.window()
    lock = IdleLock(window, widget.ctx.db_path)
    lock.lock()
    lock.screen.field.setText("a wrong guess")
    lock.screen.try_unlock()
    return window


SHOTS = {"sync": _shot, "unlock": _unlock, "recover_passphrase": _recover,
         "choose_passphrase": _choose, "change_passphrase": _change,
         "lock_screen": _lock_screen}  # shot views (ui/areas.py)
