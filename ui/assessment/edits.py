"""What the guided self-assessment saves: ratings, evidence, actions, attachments, start,
submit and print. Mixed into AssessmentView; every save goes through models.assessment and is
announced with ctx.changed() so other views refresh."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from models import assessment
from models.errors import DomainError, ValidationError

from ..messages import error_text, field_errors
from .page import BenchmarkPage


def _tr(text: str) -> str:
    """Translated in the view's context (this mixin is not a QObject of its own)."""
    return QCoreApplication.translate("AssessmentView", text)


class AssessmentEdits:
    """Needs: self.ctx, self.overview, self.pages, self.pending, self.message, self.summary,
    self.current(), self.reload(), self._refresh_nav()."""

    # saving ------------------------------------------------------------------------------------
    def flush(self) -> None:
        for page in self.pages:
            page.flush()

    def confirm_leave(self) -> bool:
        self.flush()
        return True

    def _guard(self, fn, *args):
        try:
            result = fn(*args)
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return None
        return result

    def _save_rating(self, benchmark_id: str, rating: str) -> None:
        page = self._page(benchmark_id)
        text = page.evidence.toPlainText()
        try:
            assessment.save_rating(self.overview.id, benchmark_id, rating, text)
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        page.saved_evidence(text)
        self.pending[benchmark_id] = rating
        self._refresh_nav()
        self.ctx.changed("assessment_rating")

    def _save_evidence(self, benchmark_id: str, text: str) -> None:
        page = self._page(benchmark_id)
        try:
            assessment.save_rating(self.overview.id, benchmark_id, page.rating(), text)
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        page.saved_evidence(text)
        self.ctx.changed("assessment_rating")

    def _page(self, benchmark_id: str) -> BenchmarkPage:
        return next(p for p in self.pages if p.benchmark_id == benchmark_id)

    def _refresh_actions(self, page: BenchmarkPage) -> None:
        plan = assessment.actions(self.overview.id)
        page.set_actions([a for a in plan if a.benchmark_id == page.benchmark_id])
        self.ctx.changed("assessment_action")

    def _add_action(self, benchmark_id: str, data: dict) -> None:
        page = self._page(benchmark_id)
        try:
            assessment.save_action(self.overview.id, data)
        except ValidationError as exc:
            page.show_action_error(" ".join(field_errors(exc).values()))
            return
        except DomainError as exc:
            page.show_action_error(error_text(exc))
            return
        page.clear_new_action()
        self._refresh_actions(page)

    def _toggle_action(self, action_id: str, done: bool) -> None:
        found = next(a for a in assessment.actions(self.overview.id) if a.id == action_id)
        self._guard(assessment.save_action, self.overview.id, {
            "action": found.action, "owner": found.owner, "due_date": found.due_date,
            "benchmark": found.benchmark_id, "done": done}, action_id)
        self._refresh_actions(self._page(found.benchmark_id))

    def _remove_action(self, action_id: str) -> None:
        found = next(a for a in assessment.actions(self.overview.id) if a.id == action_id)
        self._guard(assessment.remove_action, action_id)
        self._refresh_actions(self._page(found.benchmark_id))

    def _attach(self, benchmark_id: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _tr("Attach a document"))
        if path:
            self.attach_file(benchmark_id, Path(path))

    def attach_file(self, benchmark_id: str, path: Path) -> None:
        if self._guard(assessment.attach, self.overview.id, benchmark_id, path) is not None:
            self._page(benchmark_id).set_attachments(
                assessment.attachments_of(self.overview.id, benchmark_id))
            self.ctx.changed("assessment_rating")

    def start(self) -> None:
        office, year = self.current()
        if self._guard(assessment.start, office, year) is not None:
            self.ctx.changed("assessment")
            self.reload(page=0)

    def submit(self) -> None:
        self.flush()
        try:
            assessment.submit(self.overview.id)
        except ValidationError as exc:
            self.summary.show_problems(list(field_errors(exc).values()))
            return
        except DomainError as exc:
            self.summary.show_problems([error_text(exc)])
            return
        self.ctx.changed("assessment")
        self.ctx.status_message.emit(_tr("Self-assessment submitted to headquarters."))
        self.reload(page=len(self.pages))

    def print_pdf(self) -> None:
        from reports.assessment import print_assessment
        office, year = self.current()
        path, _ = QFileDialog.getSaveFileName(self, _tr("Save the self-assessment as PDF"),
                                              f"assessment-{office}-{year}.pdf", "PDF (*.pdf)")
        if path:
            self.flush()
            self.ctx.workers.start(print_assessment, office, year, path, on_error=self._failed,
                                   on_done=lambda out: self.message.setText(
                                       _tr("Wrote %1").replace("%1", str(out))))
