"""The local store: migrations, version refusal, backups, change capture, tombstones, search."""
from __future__ import annotations

import importlib
import json
import pkgutil

import pytest

import models
from models.db import BaseModel, close_database, database, open_database
from models.directory import Partner, Partnership, partners, partnerships
from models.errors import DatabaseError
from models.migrations import LATEST_VERSION, migrate_database
from models.sync_state import Outbox
from support.raw import raw_connect


def _all_models() -> list[type[BaseModel]]:
    for info in pkgutil.walk_packages(models.__path__, "models."):
        importlib.import_module(info.name)
    found, todo = [], list(BaseModel.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if not cls._meta.options.get("abstract") and cls.__name__ != "SyncModel":
            found.append(cls)
    return found


def _schema(path) -> dict:
    con = raw_connect(path)
    try:
        rows = con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE "
                           "'sqlite_%' ORDER BY type, name").fetchall()
        tables = {}
        for kind, name, _sql in rows:
            if kind == "table":
                tables[name] = con.execute(f'PRAGMA table_info("{name}")').fetchall()
        # The SQL of every object, triggers and indexes included: a changed trigger must show.
        return {"objects": sorted(rows), "tables": tables,
                "version": con.execute("PRAGMA user_version").fetchone()[0]}
    finally:
        con.close()


def test_migrated_schema_matches_every_model_defaults_included(tmp_path):
    open_database(tmp_path / "fresh.db")
    checked = 0
    for model in _all_models():
        table = model._meta.table_name
        columns = {row[1]: row for row in database.execute_sql(
            f'PRAGMA table_info("{table}")').fetchall()}
        assert columns, f"model {model.__name__} has no table {table} in the migrations"
        for field in model._meta.sorted_fields:
            assert field.column_name in columns, f"{table}.{field.column_name} not migrated"
            _cid, _name, _type, notnull, default, pk = columns[field.column_name]
            assert bool(notnull or pk) == (not field.null), f"{table}.{field.column_name} null"
            if field.default is not None and not callable(field.default):
                expected = field.db_value(field.default)
                if isinstance(expected, str):
                    expected = "'" + expected.replace("'", "''") + "'"
                elif isinstance(expected, (bool, int, float)):
                    assert default is not None and float(default) == float(expected), (
                        f"{table}.{field.column_name}: SQL default {default} != {expected}")
                    continue
                assert str(default) == str(expected), (
                    f"{table}.{field.column_name}: SQL default {default} != model {expected}")
            checked += 1
    assert checked > 60
    close_database()


def test_fresh_database_equals_one_migrated_from_version_1(tmp_path):
    old = tmp_path / "old.db"
    database.init(str(old))
    database.connect()
    migrate_database(database, None, target=1)
    database.execute_sql("INSERT INTO office (id, office, code, name, country) VALUES "
                         "('o1', 'KEN', 'KEN', 'Kenya', 'KEN')")
    close_database()
    open_database(old)  # migrates the rest, with a backup first
    close_database()
    open_database(tmp_path / "fresh.db")
    close_database()
    migrated, fresh = _schema(old), _schema(tmp_path / "fresh.db")
    assert migrated == fresh
    assert migrated["version"] == LATEST_VERSION
    if LATEST_VERSION > 1:
        assert (tmp_path / "old.db.v1.bak").exists()
        assert _schema(tmp_path / "old.db.v1.bak")["version"] == 1


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.db"
    open_database(path)
    close_database()
    con = raw_connect(path)
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer PartnerDesk"):
        open_database(path)
    assert path.read_bytes() == before


def test_foreign_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "x.db"
    content = b"not a database at all" * 50
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match="not a PartnerDesk database"):
        open_database(path)
    assert path.read_bytes() == content


def test_empty_file_becomes_a_new_database(tmp_path):
    """An empty file (made by `touch`, or a download that never started) holds nothing to lose:
    it is set up as a new database, with no backup of nothing."""
    path = tmp_path / "x.db"
    path.write_bytes(b"")
    open_database(path)
    assert database.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert Partner.select().count() == 0
    close_database()
    assert path.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name] == []


def test_corrupt_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "c.db"
    open_database(path)
    close_database()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        open_database(path)


def test_pragmas_wal_full_sync_foreign_keys(db):
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def _ops():
    return [(o.table_name, o.op, json.loads(o.fields), o.base_version)
            for o in Outbox.select().order_by(Outbox.seq)]


def test_outbox_captures_insert_update_delete_in_the_same_transaction(db):
    Outbox.delete().execute()
    p = partners.save({"legal_name": "Mothers Union", "partner_type": "cso",
                       "cso_type": "national"}, office="KEN")
    p.short_name = "MU"
    p.save()
    p.save()  # nothing changed: no operation
    partners.delete(p.id)
    ops = _ops()
    assert [(t, op) for t, op, *_ in ops] == [("partner", "insert"), ("partner", "update"),
                                             ("partner", "delete")]
    assert ops[0][2]["legal_name"] == "Mothers Union" and "version" not in ops[0][2]
    assert ops[1][2]["short_name"] == "MU" and "legal_name" not in ops[1][2]
    assert ops[2][2]["deleted"] == 1
    seqs = [o.seq for o in Outbox.select().order_by(Outbox.seq)]
    assert seqs == sorted(seqs) and len(set(o.op_id for o in Outbox.select())) == 3
    # a failed transaction leaves neither the edit nor its operation
    with pytest.raises(RuntimeError):
        with database.atomic():
            Partner.update(notes="lost").where(Partner.id == p.id).execute()
            raise RuntimeError("power cut")
    assert len(_ops()) == 3


def test_raw_sql_and_bulk_edits_from_outside_are_captured(db):
    partners.save({"legal_name": "A", "partner_type": "government"}, office="KEN")
    partners.save({"legal_name": "B", "partner_type": "government"}, office="KEN")
    Outbox.delete().execute()
    database.execute_sql("PRAGMA wal_checkpoint")
    con = raw_connect(str(db))  # another program: the sqlite3 shell, sqlite-utils
    con.execute("UPDATE partner SET notes = 'checked' WHERE partner_type = 'government'")
    con.execute("DELETE FROM partner WHERE legal_name = 'B'")
    con.commit()
    con.close()
    ops = _ops()
    assert sorted(op for _, op, *_ in ops) == ["delete", "update", "update"]
    assert all(len(o.op_id) == 36 and o.op_id[14] == "7" for o in Outbox.select())


def test_sqlite_utils_bulk_import_is_captured(db):
    import sqlite_utils
    Outbox.delete().execute()
    database.execute_sql("PRAGMA wal_checkpoint")
    lite = sqlite_utils.Database(raw_connect(db))  # sqlite-utils on a keyed connection
    lite["person"].insert_all([{"id": f"p{i}", "office": "KEN", "name": f"Staff {i}"}
                               for i in range(50)])
    lite.conn.close()
    assert Outbox.select().where(Outbox.table_name == "person").count() == 50


def test_tombstones_stay_and_leave_lists_and_search(db):
    p = partners.save({"legal_name": "Zebra Trust", "partner_type": "cso",
                       "cso_type": "national"}, office="KEN")
    from models import listing
    assert listing.fetch(partners.LIST, search="zebr")
    partners.delete(p.id)
    assert Partner.get_by_id(p.id).deleted is True
    assert not listing.fetch(partners.LIST, search="zebr")


def test_capture_pauses_while_sync_applies(db):
    Outbox.delete().execute()
    with database.atomic():
        database.execute_sql("UPDATE sync_control SET capture = 0 WHERE id = 1")
        partners.save({"legal_name": "From HQ", "partner_type": "media"}, office="KEN")
        database.execute_sql("UPDATE sync_control SET capture = 1 WHERE id = 1")
    assert Outbox.select().count() == 0


def test_search_finds_partnerships_by_partner_country_and_prefix(demo_db):
    from models import listing
    rows = listing.fetch(partnerships.LIST, search="nigeria")
    assert rows and all(r[5] == "NGA" for r in rows)
    member = Partner.select().where(Partner.office == "KEN").first()
    word = member.legal_name.split()[0][:4]
    rows = listing.fetch(partnerships.LIST, search=word, filters={"office": "KEN"}, limit=5000)
    with_partner = {m.partnership_id for m in member.memberships}
    assert with_partner & {r[0] for r in rows}
    assert listing.count(partnerships.LIST, search="zzzqqq") == 0


def test_renaming_a_partner_updates_partnership_search(demo_db):
    from models import listing
    ps = Partnership.select().where(Partnership.deleted == False).first()  # noqa: E712
    member = partnerships.live_members(ps)[0]
    member.partner.legal_name = "Quixotic Helpers"
    member.partner.save()
    assert ps.id in {r[0] for r in listing.fetch(partnerships.LIST, search="quixot")}


def test_nothing_opens_a_database_at_import_time():
    import subprocess
    import sys
    code = ("import pkgutil, importlib, models\n"
            "for m in pkgutil.walk_packages(models.__path__, 'models.'): importlib.import_module(m.name)\n"
            "from models.db import database\n"
            "print(repr(database.database), database.is_closed())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=str(__import__("pathlib").Path(__file__).parents[1]), check=True)
    assert out.stdout.strip() == "None True"
