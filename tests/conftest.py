"""Shared fixtures: a fresh database per test, a small demo database, offscreen Qt."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Databases are encrypted as in the field; the tests' passphrase reaches commands run as
# subprocesses the way it reaches any command (cli/secret_input.py), and no test ever touches
# the keyring of the person running them (tests/test_secrets.py installs its own backend).
TEST_PASSPHRASE = "amber koala crosses the river 7"
os.environ["PARTNERDESK_PASSPHRASE"] = TEST_PASSPHRASE
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

# helpers in tests/support assert too (click an enabled button, ...): rewrite them like tests,
# whether a test imports them or names them in pytest_plugins
pytest.register_assert_rewrite("support")

from models import crypto, demo, keystore  # noqa: E402
from models.db import close_database, open_database  # noqa: E402
from models.directory import settings  # noqa: E402

DEMO_SEED = 7
# Key files the tests make derive their key in about a millisecond, not 0.2 s (each records its
# own parameters, so they open anywhere); tests/test_encryption.py checks the real ones.
crypto.SCRYPT = {"n": 2 ** 10, "r": 8, "p": 1}
keystore.set_source(lambda _request: TEST_PASSPHRASE)


@pytest.fixture(autouse=True)
def _test_passphrase():
    """Each test starts with the tests' passphrase source (a test may install its own)."""
    keystore.set_source(lambda _request: TEST_PASSPHRASE)
    yield


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated, empty database with office KEN set up as home office."""
    path = tmp_path / "test.db"
    open_database(path)
    settings.setup_office({"code": "KEN", "name": "Kenya Country Office", "country": "KEN",
                           "region": "ESARO"}, user_name="Test User")
    settings.act_as_local_user()  # as every entry point does: changes say "Test User"
    yield path
    close_database()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A small demo database built once per session; tests get copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    open_database(path, plain=True)  # the demo is not encrypted (models/db.py says why)
    demo.build(partnerships=300, seed=DEMO_SEED)
    close_database()
    return path


@pytest.fixture
def demo_db(tmp_path, demo_template):
    """A private copy of the demo database, opened."""
    path = tmp_path / "demo.db"
    shutil.copy2(demo_template, path)
    files = demo_template.with_name(demo_template.name + ".files")
    if files.exists():  # stored attachments travel with their database
        shutil.copytree(files, path.with_name(path.name + ".files"))
    open_database(path)
    settings.act_as_local_user()  # the demo's user, "Demo User"
    yield path
    close_database()


@pytest.fixture
def language(qapp):
    """Install a language for one test (translations, layout direction, locale), then put
    English back."""
    from PySide6.QtCore import QLocale, Qt, QTranslator

    from ui.app import install_translations
    locale = QLocale()

    def use(lang):
        return install_translations(qapp, lang)
    yield use
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(locale)
    qapp.setProperty("interface_language", "en")  # printing defaults to it: English again
