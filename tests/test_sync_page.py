"""HQ's page of changes (issue 13): read in index order, only about what one page holds, equal to
the page the plain query gives; lean per-field marks, and rows stored before them still read."""
from __future__ import annotations

import json
import random

import pytest

from models.ids import utc_now, uuid7
from support.pg_support import pg_server, pg_url  # noqa: F401 (fixtures)
from sync.server import changes
from sync.server.marks import Marks
from sync.server.merge import Batch, Device
from sync.server.store import Store

OFFICES = ["KEN", "NGA", "UGA", "HQ"]
WRITERS = [Device(f"dev-{o}", frozenset({o}), False) for o in ("KEN", "NGA", "UGA")]
KEN = Device("dev-reader", frozenset({"KEN"}), False)


def _fill(store: Store, n: int, seed: int = 3) -> None:
    """n partners spread over offices, then edits of some of them by other devices."""
    rng = random.Random(seed)
    ids = []
    with store.write() as tx:
        batch = Batch(tx, WRITERS[0])
        for i in range(n):
            row_id, office = uuid7(), rng.choice(OFFICES)
            batch.device = rng.choice(WRITERS + [KEN])
            batch.write_row("partner", row_id, None, {
                "office": office, "reference": f"{office}/PT/{i:05d}", "legal_name": f"P {i}",
                "short_name": "x" * rng.randint(1, 400), "partner_type": "cso", "deleted": 0,
                "updated_at": utc_now(), "updated_by": "Amina"}, "Amina")
            ids.append(row_id)
        for row_id in rng.sample(ids, n // 3):
            batch.device = rng.choice(WRITERS + [KEN])
            from sync.server.merge import _load
            batch.write_row("partner", row_id, _load(tx, "partner", row_id),
                            {"legal_name": f"Edited {row_id[-4:]}"}, "Ben")
        batch.finish()


def _plain_page(tx, device: Device, cursor: int, limit: int = 2000):
    """The page as the query before issue 13 made it (office IN (...) ORDER BY seq), with the
    same field rule and size measure (compact JSON, as the answer is encoded): the reference
    the index walk must equal."""
    offices = device.read_offices()
    rows = tx.all(f"SELECT tbl, id, version, seq, data, meta FROM hq_row WHERE seq > ? AND "
                  f"office IN ({','.join('?' for _ in offices)}) ORDER BY seq LIMIT ?",
                  [cursor] + offices + [limit + 1])
    more, out, size, last = len(rows) > limit, [], 0, cursor
    for tbl, row_id, version, seq, data, meta in rows[:limit]:
        if size > changes.PAGE_BYTES:
            more = True
            break
        last = seq
        data, meta = json.loads(data), Marks.parse(meta)
        fields = {f: data.get(f) for f in meta.names()
                  if meta.get(f)[1] > cursor and meta.get(f)[2] != device.id}
        if not fields:
            continue
        if "office" not in fields and (meta.get("office") or [0, 0])[1] > cursor:
            fields = data
        out.append([tbl, row_id, version, fields])
        size += len(json.dumps(fields, separators=(",", ":"), ensure_ascii=False)) + 60
    return out, last, more


class Counting:
    """A transaction that counts the rows its queries return."""

    def __init__(self, tx):
        self.tx, self.read, self.pg = tx, 0, tx.pg

    def all(self, sql, params=()):
        found = self.tx.all(sql, params)
        self.read += len(found)
        return found

    def one(self, sql, params=()):
        return self.tx.one(sql, params)


def test_pages_equal_the_plain_query_and_read_about_what_they_send(tmp_path, monkeypatch):
    monkeypatch.setattr(changes, "PAGE_BYTES", 64 * 1024)  # many pages
    store = Store(tmp_path / "hq.db")
    _fill(store, 3000)
    cursor, pages, total = 0, 0, 0
    with store.read() as tx:
        top = changes.head(tx)
        while True:
            counting = Counting(tx)
            got, upto, more = changes.page(counting, KEN, cursor)
            want, last, want_more = _plain_page(tx, KEN, cursor)
            assert [c[:3] for c in got] == [c[:3] for c in want]
            assert got == want and more == want_more
            assert upto == (last if more else max(last, top))
            rows = tx.one("SELECT count(*) FROM hq_row WHERE seq > ? AND seq <= ? AND office IN "
                          "('KEN', 'HQ')", (cursor, upto))[0]
            # the walk of each office fetches at most a batch beyond what the page used
            assert counting.read <= rows + 2 * 200, (counting.read, rows)
            pages, total, cursor = pages + 1, total + len(got), upto
            if not more:
                break
    assert pages > 5 and total > 1000  # many pages, whole rows and edits of others


def test_a_device_gets_its_own_writes_only_where_others_wrote_since(tmp_path):
    store = Store(tmp_path / "hq.db")
    _fill(store, 400)
    with store.read() as tx:
        got, _upto, more = changes.page(tx, KEN, 0)
        assert not more
        for tbl, row_id, version, fields in got:
            marks = Marks.parse(tx.one("SELECT meta FROM hq_row WHERE id = ?", (row_id,))[0])
            assert all(marks.get(f)[2] != KEN.id for f in fields) or "office" in fields


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_the_page_queries_read_their_index_in_order(engine, tmp_path, request):
    url = tmp_path / "hq.db" if engine == "sqlite" else request.getfixturevalue("pg_url")
    store = Store(url)
    _fill(store, 3000)
    with store.write() as tx:
        if store.pg:
            tx.run("ANALYZE hq_row")
            plan = "\n".join(r[0] for r in tx.all("EXPLAIN " + changes.WALK_OFFICE_PG,
                                                   ("KEN", "KEN", 100, 100)))
            # (office, seq); or (seq) filtered by office when the office holds a large share of
            # the rows (here a quarter: the planner's cheaper way). A batch larger than what the
            # office has left may be read by a bitmap and sorted: the few rows there are.
            assert "Index Scan using hq_row_" in plan and "Sort" not in plan, plan
            plan = "\n".join(r[0] for r in tx.all("EXPLAIN " + changes.WALK_ALL, (100, 400)))
            assert "hq_row_seq" in plan and "Sort" not in plan, plan
        else:
            plan = " ".join(r[3] for r in tx.all("EXPLAIN QUERY PLAN " + changes.WALK_OFFICE,
                                                  ("KEN", 100, 400)))
            assert "hq_row_office_seq (office=? AND seq>?)" in plan, plan
            assert "TEMP B-TREE" not in plan, plan
            plan = " ".join(r[3] for r in tx.all("EXPLAIN QUERY PLAN " + changes.WALK_ALL,
                                                  (100, 400)))
            assert "hq_row_seq" in plan and "TEMP B-TREE" not in plan, plan
    store.close()


def test_marks_are_lean_and_rows_marked_the_old_way_still_read(tmp_path):
    old = {"title": [1, 10, "dev-a", "Amina"], "office": [1, 10, "dev-a", "Amina"],
           "status": [2, 15, "dev-b", "Ben"]}
    marks = Marks(old)
    assert marks.get("status") == [2, 15, "dev-b", "Ben"]
    assert marks.changed_since(12, "dev-a") == ["status"]
    assert sorted(marks.changed_since(0, "dev-c")) == ["office", "status", "title"]
    lean = Marks(marks.written(["title"], 3, 20, "dev-c", "Chen"))
    assert lean.get("title") == [3, 20, "dev-c", "Chen"]
    assert lean.get("status") == [2, 15, "dev-b", "Ben"]
    assert lean.get("office") == [1, 10, "dev-a", "Amina"]
    assert lean.get("nothing") is None
    assert sorted(lean.changed_since(12, "dev-a")) == ["status", "title"]
    assert lean.changed_since(16, "dev-c") == []
    again = Marks(lean.written(["office", "status"], 4, 30, "dev-a", "Amina"))
    assert set(again.writes) == {"3", "4"}  # writes no field names any more are dropped
    # a new partnership's marks: one write, not one [version, seq, device, user] per field
    row = {name: "x" for name in ("office", "reference", "title", "level", "status",
                                  "objectives", "results", "start_date", "planned_end",
                                  "updated_at", "updated_by", "deleted", "formality")}
    device = "01a22ccd-4e6e-7a71-b84a-a82e27c81195"
    lean_text = json.dumps(Marks({}).written(row, 1, 12345, device, "Amina Otieno"),
                           separators=(",", ":"))
    old_text = json.dumps({f: [1, 12345, device, "Amina Otieno"] for f in row},
                          separators=(",", ":"))
    assert len(lean_text) * 3 < len(old_text)


def test_a_store_written_before_lean_marks_merges_and_pages(tmp_path):
    """Rows an HQ of the previous version wrote (a mark per field) keep merging: a conflict is
    still seen, and the page still sends others' fields."""
    store = Store(tmp_path / "hq.db")
    row_id = uuid7()
    data = {"office": "KEN", "reference": "KEN/PT/1", "legal_name": "Old", "partner_type": "cso",
            "deleted": 0}
    meta = {f: [1, 5, "dev-KEN", "Amina"] for f in data}
    with store.write() as tx:
        tx.run("INSERT INTO hq_row (tbl, id, office, version, seq, deleted, data, meta) VALUES "
               "('partner', ?, 'KEN', 1, 5, 0, ?, ?)", (row_id, json.dumps(data),
                                                        json.dumps(meta)))
        tx.run("UPDATE hq_counter SET value = 5 WHERE id = 1")
    with store.write() as tx:
        from sync.protocol import Op
        acks = Batch(tx, Device("dev-NGA", frozenset({"KEN"}), False)).run([
            Op(1, "partner", row_id, "update", 0, "KEN", {"legal_name": "Theirs"})])
    assert acks[0]["c"][0][:3] == ["legal_name", "Old", "Amina"]  # a conflict, as before
    with store.write() as tx:
        Batch(tx, Device("dev-NGA", frozenset({"KEN"}), False)).run([
            Op(2, "partner", row_id, "update", 1, "KEN", {"legal_name": "Theirs"})])
    with store.read() as tx:
        stored = json.loads(tx.one("SELECT meta FROM hq_row WHERE id = ?", (row_id,))[0])
        got, _upto, _more = changes.page(tx, KEN, 5)
    assert "~" in stored and stored["legal_name"] == 2
    assert got == [["partner", row_id, 2, {"legal_name": "Theirs"}]]


def test_a_row_edited_after_a_page_passed_its_creation_arrives_whole(tmp_path):
    """Created at seq k, edited at m: a device whose catch-up page ended between them never got
    the fields written at k. With `since` (where it last had everything) the row comes whole;
    a device from before `since` gets what it always got."""
    store = Store(tmp_path / "hq.db")
    row_id, writer = uuid7(), WRITERS[0]
    with store.write() as tx:
        batch = Batch(tx, writer)
        batch.write_row("partner", row_id, None, {
            "office": "KEN", "reference": "KEN/PT/9", "legal_name": "First", "partner_type":
            "cso", "deleted": 0}, "Amina")
        created = batch.seq
        from sync.server.merge import _load
        for i in range(5):  # other rows between: the page the device read ended among them
            batch.write_row("partner", uuid7(), None, {
                "office": "KEN", "reference": f"KEN/PT/{i}", "legal_name": f"Other {i}",
                "partner_type": "cso", "deleted": 0}, "Amina")
        passed = batch.seq - 2
        batch.write_row("partner", row_id, _load(tx, "partner", row_id),
                        {"legal_name": "Renamed"}, "Ben")
        batch.finish()
    assert created < passed
    with store.read() as tx:
        whole = [c for c in changes.page(tx, KEN, passed, since=0)[0] if c[1] == row_id]
        before = [c for c in changes.page(tx, KEN, passed)[0] if c[1] == row_id]
    assert whole[0][3]["reference"] == "KEN/PT/9" and whole[0][3]["legal_name"] == "Renamed"
    assert before[0][3] == {"legal_name": "Renamed"}
