"""Users area: the office's users and their roles (page.py), and its shot views (the page with a
user chosen, the add-a-user dialog with a refused PIN, the last administrator's role change refused, switching user after a wrong PIN)."""
from __future__ import annotations

from .dialogs import UserDialog
from .page import UsersView
from .sign_in import SignInDialog


def build(ctx) -> UsersView:
    return UsersView(ctx)


def _page(widget: UsersView, options: dict) -> None:
    widget.refresh()
    if widget.people:
        widget.select(options.get("ref") or widget.people[-1].name)


def _add(widget: UsersView, options: dict):
    dialog = UserDialog("add", parent=widget.window())
    dialog.name.setText("Fatuma Hassan")
    dialog.pin.setText("1111")  # what a too-easy PIN says, under the fields
    dialog.show()
    return dialog


def _role(widget: UsersView, options: dict):
    """Changing the role of the last administrator: refused, the refusal under the choice."""
    widget.refresh()
    admin = next((p for p in widget.people if p.role == "admin"), None)
    dialog = UserDialog("role", admin, widget.window())
    dialog.role.setCurrentIndex(dialog.role.findData("editor"))
    if sum(p.role == "admin" for p in widget.people) == 1:
        dialog.apply()  # refused: nothing changes
    dialog.show()
    return dialog


def _switch(widget: UsersView, options: dict):
    """The sign-in dialog as "Switch user…" shows it, after a wrong PIN."""
    dialog = SignInDialog(widget.window(), switching=True)
    dialog.pin.setText("0000")
    dialog.try_sign_in()
    dialog.show()
    return dialog


SHOTS = {"users": _page, "add_user": _add, "change_role": _role, "switch_user": _switch}
