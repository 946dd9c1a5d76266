"""What agreements and programme documents share on screen: heading, signatures, attachments,
status actions with their guards, the amendment flow with its difference view, and printing.

`RecordPanel` is subclassed by the agreement and PD panels, which give the content widget and
the models functions. All data comes from `models.agreements`; refusals arrive as DomainError
and are shown in words next to the buttons or the fields.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QInputDialog, QLabel, QPushButton,
                               QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from models import agreements, drafts
from models.agreements import AGREEMENT_STATUSES, AMENDMENT_TYPES, PD_STATUSES
from models.errors import DomainError, ValidationError
from reports import palette

from ..messages import error_text, text
from ..translate import InheritedTr
from ..users import with_roles
from ..widgets import Field, FormWidget, Timeline, VerticalScroll, flow_row
from .actions import StatusActions
from .amendment_dialog import AmendmentDialog
from .amendment_diff import DiffView
from .drafts import DraftKeeping
from .opening import AttachmentOpener, attachment_links
from .printing import PrintBar


def signature_fields() -> list[Field]:
    t = lambda text: QCoreApplication.translate("RecordPanel", text)  # noqa: E731
    return [Field("partner_signatory", t("Partner signatory")),
            Field("partner_signatory_title", t("Title")),
            Field("partner_signed_on", t("Partner signed on"), "date"),
            Field("unicef_signatory", t("UNICEF signatory"), "choice", lambda: [],
                  optional_choice=True,
                  help=t("An officer the office authorised to sign for UNICEF (button UNICEF "
                         "signatories below).")),
            Field("unicef_signatory_title", t("Title ")),
            Field("unicef_signed_on", t("UNICEF signed on"), "date")]


class RecordPanel(InheritedTr, DraftKeeping, QWidget):
    """Subclasses set `table`, build `self.content` and implement the hooks below."""

    saved = Signal(str)  # record id
    table = "agreement"

    def __init__(self, ctx, content: QWidget, parent=None):
        super().__init__(parent)
        self.ctx, self.content, self.record = ctx, content, None
        self.heading = QLabel(self)
        self.heading.setObjectName("record_heading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("record_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.signatures = FormWidget(signature_fields(), self)
        self.attach_label = QLabel(self)
        self.attach_label.setObjectName("attachments")
        self.attach_label.setWordWrap(True)
        self.attach_label.setTextFormat(Qt.TextFormat.RichText)
        self.attach_label.linkActivated.connect(self.open_attachment)
        self.attach_label.setToolTip(self.tr("Click a document's name to open it."))
        self.opener = AttachmentOpener(ctx, self)
        self.opener.message.connect(self.say)
        self.files: list = []
        self.attach_signed = QPushButton(self.tr("Attach signed document..."), self)
        self.attach_signed.setObjectName("attach_signed")
        self.attach_signed.clicked.connect(lambda: self.choose_file("signed_document"))
        self.attach_termination = QPushButton(self.tr("Attach termination document..."), self)
        self.attach_termination.setObjectName("attach_termination")
        self.attach_termination.clicked.connect(lambda: self.choose_file("termination_document"))
        sig_page = QWidget(self)
        sig_layout = QVBoxLayout(sig_page)
        sig_layout.addWidget(self.signatures)
        sig_layout.addWidget(self.attach_label)
        self.signatories_button = QPushButton(self.tr("UNICEF signatories..."), self)
        self.signatories_button.setObjectName("unicef_signatories")
        self.signatories_button.setToolTip(self.tr(
            "The office's officers authorised to sign for UNICEF"))
        self.signatories_button.clicked.connect(self.edit_signatories)
        sig_layout.addWidget(flow_row(sig_page, [self.attach_signed, self.attach_termination]))
        sig_layout.addWidget(self.signatories_button, 0, Qt.AlignmentFlag.AlignLeft)
        sig_layout.addStretch(1)
        self.diff = DiffView(self)
        self.amendment_list = QTreeWidget(self)
        self.amendment_list.setObjectName("amendment_list")
        self.amendment_list.setRootIsDecorated(False)
        self.amendment_list.setHeaderLabels([self.tr("Reference"), self.tr("Type"),
                                             self.tr("Status")])
        self.amendment_list.itemActivated.connect(
            lambda item, _c: self.open(item.data(0, Qt.ItemDataRole.UserRole)))
        self.open_amendment = QPushButton(self.tr("Open amendment"), self)
        self.open_amendment.setObjectName("open_amendment")
        self.open_amendment.clicked.connect(self._open_listed_amendment)
        self.to_original = QPushButton(self.tr("Open the signed record it amends"), self)
        self.to_original.setObjectName("open_original")
        self.to_original.clicked.connect(
            lambda: self.open(self.record.amendment_of) if self.record else None)
        amend_page = QWidget(self)
        amend_layout = QVBoxLayout(amend_page)
        amend_layout.addWidget(self.amendment_list, 1)
        amend_layout.addWidget(self.open_amendment, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("record_tabs")
        scroll = VerticalScroll(content, self, frame=False)  # small screens: scroll down
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(VerticalScroll(sig_page, self, frame=False), self.tr("Signatures"))
        self.diff_index = self.tabs.addTab(self.diff, self.tr("Amendment"))
        self.amendments_index = self.tabs.addTab(amend_page, self.tr("Amendments"))
        self.timeline = Timeline(self)  # its status changes, who made them and why
        self.history_index = self.tabs.addTab(self.timeline, self.tr("History"))

        self.actions = StatusActions(self)
        self.actions.triggered.connect(self.run_action)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.amend_button = QPushButton(self.tr("Amend..."), self)
        self.amend_button.setObjectName("amend")
        self.amend_button.clicked.connect(self.start_amendment)
        self.print_bar = PrintBar(ctx, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.actions, 1)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.to_original, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.print_bar)
        self.init_drafts()
        self.signatures.edited.connect(self.edited)

    # hooks ----------------------------------------------------------------------------------
    def load(self, record_id: str):
        raise NotImplementedError

    def form_of(self, record) -> dict:
        raise NotImplementedError

    def set_content(self, data: dict, editable: tuple[str, ...]) -> None:
        raise NotImplementedError

    def content_data(self) -> dict:
        raise NotImplementedError

    def show_content_errors(self, errors: dict) -> None:
        raise NotImplementedError

    def save_data(self, data: dict, record_id: str):
        raise NotImplementedError

    def editable(self, record) -> tuple[str, ...]:
        raise NotImplementedError

    def render(self):
        """The reports function `(reference, lang, out) -> path` for this record, or None."""
        return None

    def heading_text(self, record) -> str:
        return record.reference

    def new_data(self) -> dict:
        return {}

    def new_heading(self) -> str:
        return ""

    # showing ----------------------------------------------------------------------------------
    def open(self, record_id: str) -> None:
        self._flush_draft()
        self.say("")
        self.record = self.load(record_id)
        self.refresh()

    def open_new(self) -> None:
        """An empty record: only the content can be filled until it is first saved."""
        self._flush_draft()
        self.say("")
        self.record = None
        self.refresh()

    def refresh(self) -> None:
        record = self.record
        if record is None:
            self.set_content(self.new_data(), self.editable(None))
            self.signatures.set_data({})
            self.signatures.setEnabled(False)
            for widget in (self.attach_signed, self.attach_termination, self.amend_button):
                widget.setEnabled(False)
            self.save_button.setEnabled(True)
            self.heading.setText(self.new_heading())
            self.actions.set_actions([])
            self.attach_label.setText(self.tr("Save first; then sign and attach documents."))
            self.tabs.setTabVisible(self.diff_index, False)
            self.tabs.setTabVisible(self.amendments_index, False)
            self.to_original.hide()
            self.timeline.clear()
            self.tabs.setCurrentIndex(0)
            self.print_bar.set_document(None)
            self._restore_draft(self.editable(None))
            return
        data = self.form_of(record)
        editable = self.editable(record)
        self.signatures.set_choices("unicef_signatory", [
            (o.name, f"{o.name}, {o.title}") for o in
            agreements.signatories.unicef_officers(record.office)])
        self.set_content(data, editable)
        self.signatures.set_data(data)
        sig_open = any(k in editable for k in ("partner_signatory", "unicef_signatory"))
        self.signatures.setEnabled(sig_open)
        self.attach_signed.setEnabled(record.status in ("draft", "review", "signature"))
        self.attach_termination.setEnabled(record.status in ("signed", "active", "suspended"))
        self.save_button.setEnabled(bool(editable))
        statuses = AGREEMENT_STATUSES if self.table == "agreement" else PD_STATUSES
        status = QCoreApplication.translate("vocab", statuses.get(record.status, record.status))
        self.heading.setText(f"{self.heading_text(record)} — {status}")
        self.actions.set_actions(with_roles(agreements.allowed_actions(record), record))
        self.files = files = agreements.attachments(record)
        self.attach_label.setText(
            self.tr("Attached: %1").replace("%1", attachment_links(files)) if files
            else self.tr("Nothing attached yet."))
        self.amend_button.setVisible(not record.amendment_of)
        refusal = agreements.amend_refusal(record)  # the models' rule, not a copy of it
        self.amend_button.setEnabled(refusal is None)
        self.amend_button.setToolTip(text(refusal or ""))
        if record.amendment_of:
            self.diff.set_differences(agreements.amendment_diff(record),
                                      self.tr("Amendment %1 against the signed version")
                                      .replace("%1", record.reference))
        self.tabs.setTabVisible(self.diff_index, bool(record.amendment_of))
        self.to_original.setVisible(bool(record.amendment_of))
        self._list_amendments(record)
        self.timeline.show_record(self.table, record.id, record.reference)
        self.print_bar.set_document(self.render(), record.reference,
                                    "amendment" if record.amendment_of else "")
        self._restore_draft(editable)

    def edit_signatories(self) -> None:
        """The office's officers authorised to sign for UNICEF; the choice follows the list."""
        from models.directory import settings
        from .signatories_dialog import SignatoriesDialog
        office = self.record.office if self.record else settings.home_office() or ""
        self.signatories_dialog = SignatoriesDialog(self.ctx, office, self)
        self.signatories_dialog.finished.connect(lambda _r: self.refresh())
        self.signatories_dialog.open()

    def _list_amendments(self, record) -> None:
        """Every amendment of a signed record, drafts first: each opens from here."""
        self.amendment_list.clear()
        found = [] if record.amendment_of else agreements.amendments(record)
        found.sort(key=lambda a: (a.status != "draft", a.amendment_number))
        for amendment in found:
            kinds = ", ".join(QCoreApplication.translate("vocab", AMENDMENT_TYPES.get(k, k))
                              for k in amendment.amendment_types or [])
            statuses = AGREEMENT_STATUSES if self.table == "agreement" else PD_STATUSES
            item = QTreeWidgetItem([amendment.reference, kinds, QCoreApplication.translate(
                "vocab", statuses.get(amendment.status, amendment.status))])
            item.setData(0, Qt.ItemDataRole.UserRole, amendment.id)
            self.amendment_list.addTopLevelItem(item)
        for column in range(3):
            self.amendment_list.resizeColumnToContents(column)
        drafts_open = sum(1 for a in found if a.status == "draft")
        self.tabs.setTabVisible(self.amendments_index, bool(found))
        self.tabs.setTabText(self.amendments_index, self.tr("Amendments (%1 draft)").replace(
            "%1", str(drafts_open)) if drafts_open else self.tr("Amendments"))
        self.open_amendment.setEnabled(bool(found))

    def _open_listed_amendment(self) -> None:
        item = self.amendment_list.currentItem() or self.amendment_list.topLevelItem(0)
        if item is not None:
            self.open(item.data(0, Qt.ItemDataRole.UserRole))

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {palette.ERROR if error else palette.SUCCESS};")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # acting -----------------------------------------------------------------------------------
    def save(self) -> bool:
        data = {**self.content_data(), **self.signatures.data()}
        editable = self.editable(self.record)
        data = {k: v for k, v in data.items() if k in editable}
        key = self.draft_key()
        self._draft_timer.stop()
        try:
            self.record = self.save_data(data, self.record.id if self.record else None)
        except ValidationError as exc:
            self.show_content_errors(exc.errors)
            self.signatures.show_errors(exc.errors)
            self.say(error_text(exc), error=True)
            return False
        except DomainError as exc:
            self.say(error_text(exc), error=True)
            return False
        drafts.discard(key)
        self.show_content_errors({})
        self.say(self.tr("Saved."))
        self.refresh()
        self.ctx.changed(self.table)
        self.saved.emit(self.record.id)
        return True

    def run_action(self, target: str) -> None:
        if agreements.reason_required(target):
            dialog = QInputDialog(self)
            dialog.setObjectName("reason_dialog")
            dialog.setWindowTitle(self.tr("Reason"))
            dialog.setLabelText(self.tr("Say why, in a sentence (it is kept on record):"))
            dialog.textValueSelected.connect(lambda text: self._transition(target, text))
            dialog.open()
            return
        self._transition(target, "")

    def _transition(self, target: str, reason: str) -> None:
        try:
            self.record = agreements.transition(self.record, target, reason=reason,
                                                lang=self.print_bar.lang.currentData())
        except DomainError as exc:
            self.say(error_text(exc), error=True)
            return
        self.say(self.tr("%1 is now %2.").replace("%1", self.record.reference)
                 .replace("%2", target))
        self.refresh()
        self.ctx.changed(self.table)
        self.saved.emit(self.record.id)

    def choose_file(self, kind: str) -> None:
        dialog = QFileDialog(self, self.tr("Choose the scanned document"))
        dialog.setObjectName("attach_dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.attach_file(kind, path))
        dialog.open()

    def open_attachment(self, attachment_id: str) -> None:
        """A document's name was clicked: open it (fetched from HQ first if need be)."""
        for attachment in self.files:
            if attachment.id == attachment_id:
                self.opener.open(attachment)
                return

    def attach_file(self, kind: str, path: str) -> None:
        try:
            agreements.attach(self.record, kind, path=path)
        except DomainError as exc:
            self.say(error_text(exc), error=True)
            return
        self.say(self.tr("Attached."))
        self.refresh()
        self.ctx.changed(self.table)

    def start_amendment(self) -> None:
        dialog = AmendmentDialog(self)
        dialog.chosen.connect(self._create_amendment)
        dialog.open()

    def _create_amendment(self, kinds: list, summary: str) -> None:
        try:
            draft = agreements.create_amendment(self.record, kinds, summary)
        except DomainError as exc:
            self.say(error_text(exc), error=True)
            return
        self.record = draft
        self.say(self.tr("Amendment %1 drafted: change what it amends, save, then sign it.")
                 .replace("%1", draft.reference))
        self.refresh()
        self.ctx.changed(self.table)
        self.saved.emit(draft.id)
