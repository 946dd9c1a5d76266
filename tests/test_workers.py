"""Background jobs: a failure nobody handles is shown and logged, and who writes the database is
what ui/workers.py says (the GUI thread and the one write thread; pool threads only read)."""
from __future__ import annotations

import threading
import time

from models import base
from models.directory import settings
from ui.context import AppContext
from ui.workers import Workers

from support.crash_log import error_boxes, log_file, logged  # noqa: F401
from support.raw import raw_connect


def _fails():
    raise ValueError("the budget file has no sheet called Lines")


def test_a_failure_without_handler_is_shown_in_words_and_logged(qtbot, log_file):
    workers = Workers()
    workers.start(_fails)
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=5000)
    box = error_boxes()[0]
    assert "the budget file has no sheet called Lines" in box.text()
    assert str(log_file) in box.text()  # where the details are
    box.close()
    text = logged(log_file)
    assert "Traceback" in text and "in _fails" in text and "ValueError" in text


def test_a_failure_with_a_handler_goes_only_there(qtbot, log_file):
    workers, seen = Workers(), []
    workers.start(_fails, on_error=lambda e, t: seen.append(e))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.wait(50)
    assert [str(e) for e in seen] == ["the budget file has no sheet called Lines"]
    assert error_boxes() == []


def _write_setting(value: str) -> str:
    settings.put("worker_test", value)
    return threading.current_thread().name


def test_pool_threads_only_read_and_the_write_thread_writes(qtbot, db):
    workers, errors, done = Workers(), [], []
    workers.start(_write_setting, "from the pool", on_error=lambda e, t: errors.append(str(e)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "readonly" in errors[0]
    assert settings.get("worker_test") is None
    workers.start(_write_setting, "from the write thread", writes=True, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0] != threading.current_thread().name  # not the GUI thread
    assert settings.get("worker_test") == "from the write thread"
    workers.start(settings.get, "worker_test", on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert done[1] == "from the write thread"  # reading on the pool is fine


def test_write_jobs_run_one_at_a_time(qtbot, db):
    workers, spans = Workers(), []

    def slow(n):
        start = time.monotonic()
        time.sleep(0.05)
        spans.append((start, time.monotonic()))
        return n

    jobs = [workers.start(slow, n, writes=True) for n in range(3)]
    qtbot.waitUntil(lambda: len(spans) == 3, timeout=5000)
    assert len(jobs) == 3
    spans.sort()
    assert all(earlier[1] <= later[0] for earlier, later in zip(spans, spans[1:]))


def test_sync_runs_on_the_write_thread(qtbot, db, monkeypatch):
    """Sync writes pulled changes (through its own connection): it is a write job."""
    from ui.sync_state.view import SyncView
    ctx = AppContext(db)
    started, real = [], ctx.workers.start
    monkeypatch.setattr(ctx.workers, "start",
                        lambda fn, *a, **kw: started.append(kw.get("writes")) or real(fn, *a, **kw))
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.server.setText("http://127.0.0.1:9")  # nothing listens: the sync fails, shown in the view
    with qtbot.waitSignal(view.finished, timeout=20_000):
        view.start_sync()
    assert started == [True]


def test_a_transaction_waits_for_the_other_writer_instead_of_failing(db):
    """The GUI thread reads then writes in one transaction while sync's connection commits in
    between: the transaction holds the write lock from its start, so the other waits."""
    other = raw_connect(db, isolation_level=None, timeout=10, check_same_thread=False)
    done = []

    def sync_writes():
        other.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('sync.cursor', '7')")
        done.append(time.monotonic())

    with base.atomic():
        settings.get("user_name")  # a read first: a deferred transaction takes a snapshot here
        writer = threading.Thread(target=sync_writes)
        writer.start()
        writer.join(0.3)
        settings.put("worker_test", "typed by the user")
        finished = time.monotonic()
    writer.join(10)
    assert done and done[0] >= finished  # it waited for the transaction, then went on
    assert settings.get("worker_test") == "typed by the user"
    assert settings.get("sync.cursor") == "7"
    other.close()
