"""A throwaway PostgreSQL cluster from the system's server binaries (Debian's `postgresql`
package), owned by an unprivileged user when we run as root, on a free loopback port."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

UNPRIVILEGED = "nobody"


def server_binaries() -> Path | None:
    """The directory holding initdb and pg_ctl, newest version first; None when missing."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as an unprivileged user."""
    return ["runuser", "-u", UNPRIVILEGED, "--", *command] if os.geteuid() == 0 else command


@contextlib.contextmanager
def throwaway_cluster(bin_dir: Path) -> Iterator[str]:
    """Yield a SQLAlchemy URL for a fresh cluster's `postgres` database; remove it after."""
    root = Path(tempfile.mkdtemp(prefix="healthref-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        user = pwd.getpwnam(UNPRIVILEGED)
        os.chown(root, user.pw_uid, user.pw_gid)
    port = _free_port()

    def run(command: list[str]) -> None:
        subprocess.run(_as_owner(command), check=True, capture_output=True, text=True, cwd=root)

    try:
        initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
        run([*initdb, "--no-sync", "--encoding=UTF8", "--locale=C"])
        options = (
            f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
        )
        log = str(root / "log")
        run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", log, "-w", "-o", options, "start"])
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                capture_output=True,
                cwd=root,
            )
    except subprocess.CalledProcessError as exc:
        log_file = root / "log"
        detail = log_file.read_text() if log_file.exists() else ""
        raise RuntimeError(f"{exc.cmd[0]} failed: {exc.stderr}{detail}") from exc
    finally:
        shutil.rmtree(root, ignore_errors=True)
