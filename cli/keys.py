"""Commands that keep a database safe: `passphrase change|recover`, `backup`, `restore`."""
from __future__ import annotations

from pathlib import Path

from models import backup, keystore, restore
from models.db import close_database, resolve
from models.errors import DomainError

from .common import add_db, count, db_path, open_for_command, whole
from .secret_input import NEW_ENV, RECOVERY_ENV, secret, source_for


def _new_passphrase(args) -> str:
    found = secret(args.new_passphrase_fd, "--new-passphrase-fd", NEW_ENV, "New passphrase: ",
                   new=True)
    if found is None:
        raise DomainError(f"Give the new passphrase with --new-passphrase-fd N or the {NEW_ENV} "
                          "environment variable, or run the command in a terminal; nothing was "
                          "changed.")
    return found


def _old_passphrase(args, path: Path) -> str:
    found = source_for(args)(keystore.Request(path, "unlock"))
    if found is None:
        raise keystore.PassphraseNeeded(f"Give the current passphrase of {path} (the "
                                        f"{keystore.ENV_NAME} environment variable or "
                                        "--passphrase-fd N); nothing was changed.")
    return found


def _encrypted(path: Path) -> Path:
    path = resolve(path)
    open_for_command(path)  # converts one from before encryption; refuses a foreign file
    close_database()
    if keystore.cached(path) is None:
        raise DomainError(f"{path} is the demo, which is not encrypted (it holds made-up "
                          "records only); there is no passphrase to change.")
    return path


def run_change(args) -> int:
    path = resolve(db_path(args))
    _encrypted(path)
    keystore.change_passphrase(path, _old_passphrase(args, path), _new_passphrase(args))
    print(f"The passphrase of {path} was changed. Backups made before keep the old one.")
    return 0


def run_recover(args) -> int:
    path = resolve(db_path(args))
    recovery = secret(args.recovery_key_fd, "--recovery-key-fd", RECOVERY_ENV,
                      "Recovery key (from headquarters): ")
    if recovery is None:
        raise DomainError(f"Give the recovery key with --recovery-key-fd N or the {RECOVERY_ENV} "
                          "environment variable, or run the command in a terminal.")
    keystore.recover(path, recovery, _new_passphrase(args))
    open_for_command(path)  # keeps the new recovery key for HQ (sent at the next sync)
    close_database()
    print(f"A new passphrase is set for {path}. The recovery key you used no longer works; HQ "
          "receives its replacement at the next sync.")
    return 0


def run_backup(args) -> int:
    path = db_path(args)
    open_for_command(path)
    done = backup.write(Path(args.out))
    print(f"Backup of {resolve(path)} written to {args.out} ({done.size:,} bytes, "
          f"{count(done.files, 'attachment', 'attachments')}); verified.")
    return 0


def run_restore(args) -> int:
    target = db_path(args)
    done = restore.restore(Path(args.file), target, source_for(args))
    print(f"Restored {args.file} into {resolve(target)} (made {done.made_at}; "
          f"{count(done.files, 'attachment', 'attachments')}). Open it with the passphrase it "
          "had when the backup was made. To sync it, enroll it again with a new code from HQ: "
          "changes not sent yet then go too.")
    return 0


def register(commands, printers, listers) -> None:
    p = commands.add_parser("passphrase", help="change or recover the database's passphrase")
    sub = p.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True,
                           parser_class=type(p))
    q = sub.add_parser("change", help="change the passphrase (asks the current one first)")
    add_db(q)
    q.add_argument("--new-passphrase-fd", type=whole(0, 65535), metavar="N",
                   help=f"read the new passphrase from descriptor N (or set {NEW_ENV})")
    q.set_defaults(func=run_change)
    q = sub.add_parser("recover", help="set a new passphrase with the recovery key HQ keeps")
    add_db(q)
    q.add_argument("--recovery-key-fd", type=whole(0, 65535), metavar="N",
                   help=f"read the recovery key from descriptor N (or set {RECOVERY_ENV})")
    q.add_argument("--new-passphrase-fd", type=whole(0, 65535), metavar="N",
                   help=f"read the new passphrase from descriptor N (or set {NEW_ENV})")
    q.set_defaults(func=run_recover)

    p = commands.add_parser("backup", help="write an encrypted, verified backup (one file, "
                            "attachments included)")
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=run_backup)

    p = commands.add_parser("restore", help="restore a backup into a new database file")
    p.add_argument("file", metavar="FILE")
    add_db(p)
    p.set_defaults(func=run_restore)
