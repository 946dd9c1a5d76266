"""Messages as data (models/messages.py): English text for the CLI, translated in the window."""
from __future__ import annotations

import datetime as dt
import importlib.util
import pickle
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from models.errors import DomainError, ValidationError
from models.messages import Message, msg, term

ROOT = Path(__file__).resolve().parents[1]


def test_a_message_is_its_english_text():
    m = msg("{partner} failed due diligence on {day}.", partner="Aid Org", day=dt.date(2026, 3, 1))
    assert m == "Aid Org failed due diligence on 2026-03-01."
    assert isinstance(m, str) and m.template == "{partner} failed due diligence on {day}."
    assert str(DomainError(m)) == m


def test_english_plural_forms_follow_the_count():
    forms = ("%n row was skipped.", "%n rows were skipped.")
    assert msg(forms, n=1) == "1 row was skipped."
    assert msg(forms, n=3) == "3 rows were skipped."
    with pytest.raises(TypeError):
        msg(forms)


def test_messages_survive_pickling_with_their_parameters():
    m = msg("Budget of {amount} exceeds the ceiling.", amount=Decimal("50000"))
    back = pickle.loads(pickle.dumps(m))
    assert back == m and back.params == {"amount": Decimal("50000")} and back.template


class FakeFrench(QTranslator):
    """Translations for the test, looked up like a .qm file would be."""

    TEXTS = {("messages", "Budget of {amount} exceeds the ceiling for {kind}."):
             "Le budget de {amount} dépasse le plafond du {kind}.",
             ("vocab", "Small Scale Funding Agreement"): "accord de financement à petite échelle",
             ("messages", "%n rows were skipped."): "%n lignes ignorées."}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.TEXTS.get((context, source))


@pytest.fixture
def french(qapp):
    translator = FakeFrench()
    QCoreApplication.installTranslator(translator)
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(old)
    QCoreApplication.removeTranslator(translator)


def test_the_window_translates_the_template_and_formats_parameters(french):
    from ui.messages import error_text, field_errors, text
    m = msg("Budget of {amount} exceeds the ceiling for {kind}.", amount=Decimal("50000"),
            kind=term("Small Scale Funding Agreement"))
    assert m == "Budget of 50,000.00 exceeds the ceiling for Small Scale Funding Agreement."
    shown = text(m)
    assert shown.startswith("Le budget de 50") and shown.endswith(
        "dépasse le plafond du accord de financement à petite échelle.")
    assert "50\u202f000,00" in shown or "50 000,00" in shown or "50\xa0000,00" in shown
    assert text(msg(("%n row was skipped.", "%n rows were skipped."), n=3)) == "3 lignes ignorées."
    assert error_text(DomainError(m)) == shown
    assert field_errors(ValidationError({"budget": m})) == {"budget": shown}


def test_untranslated_messages_and_plain_text_show_in_english(qapp):
    from ui.messages import text
    assert text(msg(("%n row was skipped.", "%n rows were skipped."), n=1)) == "1 row was skipped."
    assert text("plain words") == "plain words" and text(None) == ""


def test_templates_are_collected_for_the_translators(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    (tmp_path / "models").mkdir()
    (tmp_path / "sync").mkdir()
    (tmp_path / "models" / "x.py").write_text(
        'from models.messages import msg\n'
        'A = msg("Choose a partner.")\n'
        'B = msg(("%n file", "%n files"), n=2)\n', encoding="utf-8")
    monkeypatch.setattr(script, "ROOT", tmp_path)
    assert script.message_strings() == (["Choose a partner."], ["%n files"])
    sys.modules.pop("i18n_script", None)


def test_arabic_keeps_a_reference_whole_and_left_to_right(language):
    """The real Arabic translation: the reference one unbreakable left-to-right word (a wrap
    after a slash would show its parts in the wrong order), dates and counts in Arabic digits,
    the plural form Arabic uses for 3."""
    from ui.messages import LRI, PDI, WJ, text
    assert language("ar") == "ar"
    shown = text(msg("Agreement {reference} ends on {end}.", reference="KEN/PCA/2026/0001",
                     end=dt.date(2026, 3, 31)))
    assert f"{LRI}KEN/{WJ}PCA/{WJ}2026/{WJ}0001{PDI}" in shown
    assert "ينتهي الاتفاق" in shown and "٢٠٢٦" in shown and "2026/" not in shown.replace(
        f"2026/{WJ}", "")
    days = text(msg(("%n day left.", "%n days left."), n=3))
    assert days == "تتبقى ٣ أيام."  # %Ln in the translation: the count in Arabic digits
    assert text(msg(("%n day left.", "%n days left."), n=1)) == "يتبقى يوم واحد."


def test_french_reads_amounts_and_plurals_from_the_shipped_translation(language):
    from ui.messages import amount_text, text
    assert language("fr") == "fr"
    assert amount_text(Decimal("50000")).replace("\u202f", " ").replace("\xa0", " ") \
        == "50 000,00"
    assert text(msg(("%n day left.", "%n days left."), n=2)) == "2 jours restants."
    assert text(msg("Agreement {reference} ends on {end}.", reference="KEN/PCA/2026/0001",
                    end=dt.date(2026, 3, 31))) == "L'accord KEN/PCA/2026/0001 prend fin le 31/03/2026."
