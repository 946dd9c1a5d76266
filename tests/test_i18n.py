"""Translations: French, Spanish and Arabic load, reach every kind of string, and Arabic runs
right to left."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ui.context import AppContext
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "ui" / "i18n"


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_every_message_is_translated_and_keeps_its_placeholders(lang):
    tree = ET.parse(I18N / f"partnerdesk_{lang}.ts")
    messages = tree.getroot().iter("message")
    count = 0
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished",), f"{lang}: {source!r} untranslated"
        forms = [n.text or "" for n in translation.iter("numerusform")]
        texts = forms or [translation.text or ""]  # a plural's own text is only indentation
        assert all(t.strip() for t in texts), f"{lang}: {source!r} has an empty form"
        for number, text in enumerate(texts):
            for placeholder in set(re.findall(r"%\d", source or "")):
                assert placeholder in text, f"{lang}: {placeholder} lost in {source!r}"
            # a domain message's {named} parameters; Arabic's forms for 0, 1 and 2 may say the
            # count in words and leave out what only the count needed
            named = set(re.findall(r"\{\w+\}", source or ""))
            if named and not (forms and lang == "ar" and number < 3):
                assert named <= set(re.findall(r"\{\w+\}", text)), \
                    f"{lang}: {named} lost in {source!r}"
        count += 1
    assert count > 400


def test_english_has_both_forms_of_every_plural():
    """English keeps only the texts with a count ("%Ln records": "1 record", "2 records")."""
    tree = ET.parse(I18N / "partnerdesk_en.ts")
    plurals = [m for m in tree.getroot().iter("message") if m.get("numerus") == "yes"]
    assert len(plurals) >= 20
    for message in plurals:
        source, translation = message.findtext("source"), message.find("translation")
        forms = [n.text or "" for n in translation.iter("numerusform")]
        assert translation.get("type") != "unfinished" and len(forms) == 2, source
        assert forms[1] == source and forms[0] != source or "%Ln" in source, source


@pytest.mark.parametrize("lang, partners", [("fr", "Partenaires"), ("es", "Socios")])
def test_window_speaks_the_language(qtbot, demo_db, language, lang, partners):
    assert language(lang) == lang
    window = MainWindow(AppContext(demo_db))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Partners" not in titles and "Dashboard" not in titles
    area = window.show_area("partners")
    assert area.editor.save_button.text() not in ("&Save", "Save")  # a base-class string
    assert area.new_button.text() != "&New partner"
    assert QCoreApplication.translate("vocab", "Civil society organisation") != \
        "Civil society organisation"
    assert window.isLeftToRight()


def test_arabic_runs_right_to_left(qtbot, demo_db, language, tmp_path):
    assert language("ar") == "ar"
    window = MainWindow(AppContext(demo_db))
    qtbot.addWidget(window)
    assert window.isRightToLeft()
    assert re.search("[\u0600-\u06FF]", window.nav.item(1).text())
    out = tmp_path / "ar.png"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"),
                           "shot", "--db", str(demo_db), "--view", "partnerships", "--lang",
                           "ar", "--out", str(out)], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 20_000
