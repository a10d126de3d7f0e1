"""Content packs at the bundled corpus (124 articles) and at 10,000 synthetic articles: build and
sign (xz preset 6, as shipped), verify, install; the same DB through `zstd -19` for comparison.

Prints JSON: sizes in bytes, and wall and CPU seconds for every step.
Usage: python benchmarks/packs.py [--sizes 124 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
T = TypeVar("T")


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the zstd command)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def timed(work: Callable[[], T]) -> tuple[T, dict[str, float]]:
    wall, cpu = time.perf_counter(), _cpu()
    result = work()
    return result, {
        "wall_s": round(time.perf_counter() - wall, 3),
        "cpu_s": round(_cpu() - cpu, 3),
    }


def synthetic_content(size: int, folder: Path) -> Path:
    """`size` articles that pass every build rule: the real articles, each copied under new
    slugs with a numbered question and related links among the copies."""
    sources = sorted((REPO / "content" / "articles").glob("*.md"))
    articles = folder / "articles"
    articles.mkdir(parents=True)
    shutil.copy(REPO / "content" / "topics.tsv", folder / "topics.tsv")
    shutil.copy(REPO / "content" / "synonyms.toml", folder / "synonyms.toml")
    texts = [path.read_text(encoding="utf-8") for path in sources]
    for n in range(size):
        base = n % len(texts)
        text = re.sub(
            r'^question = "(.*)\?"$',
            lambda m, n=n: f'question = "{m.group(1)} (note {n})?"',
            texts[base],
            count=1,
            flags=re.M,
        )
        related = [f"a{(n + 1) % size}", f"a{(n + 2) % size}"]
        text = re.sub(
            r"^related = \[.*?\]$",
            f"related = {json.dumps(related)}",
            text,
            count=1,
            flags=re.M | re.S,
        )
        (articles / f"a{n}.md").write_text(text, encoding="utf-8")
    return folder


def measure(size: int, work: Path) -> dict[str, object]:
    from healthref.core.packs.build import PackOptions, build_pack
    from healthref.core.packs.install import install
    from healthref.core.packs.keys import load_secret_key
    from healthref.core.packs.signers import trusted_signers
    from healthref.core.packs.verify import verify_pack

    content = REPO / "content" if size == 124 else synthetic_content(size, work / "content")
    key = load_secret_key(REPO / "resources" / "packs" / "DEVELOPMENT-ONLY.secret-key")
    pack = work / "content.pack"
    manifest, pack_time = timed(
        lambda: build_pack(content, key, pack, PackOptions(released="2027-01-01T00:00:00Z"))
    )
    signers = trusted_signers(REPO / "resources")
    verified, verify_time = timed(lambda: verify_pack(pack, signers))
    home = work / "home"
    _, install_time = timed(
        lambda: install(verify_pack(pack, signers), home, REPO / "data" / "articles.db")
    )
    db = next((home / "content" / "packs").glob("main-*/content.db"))
    compared: dict[str, object] = {"xz_preset_6_as_shipped": {"bytes": pack.stat().st_size}}
    if shutil.which("zstd"):
        out = work / "content.db.zst"
        command = ["zstd", "-19", "-q", "-f", str(db), "-o", str(out)]
        _, spent = timed(lambda: subprocess.run(command, check=True))
        compared["zstd_19_cli"] = {"bytes": out.stat().st_size, **spent}
    db_bytes = db.stat().st_size
    return {
        "articles": manifest.article_count,
        "db_bytes": db_bytes,
        "pack_bytes": pack.stat().st_size,
        "payload_bytes": manifest.payload_size,  # the compressed DB alone, without the manifest
        "ratio": round(db_bytes / pack.stat().st_size, 2),
        "pack_build_and_sign": pack_time,
        "verify_signature_and_sha256": verify_time,
        "install_verify_expand_check_switch": install_time,
        "compression_compared": compared,
        "signer": verified.signer.name,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[124, 10_000])
    parser.add_argument("--keep", type=Path, help="keep the work folders here")
    args = parser.parse_args()
    results = {}
    for size in args.sizes:
        work = Path(tempfile.mkdtemp(prefix=f"packs-{size}-", dir=args.keep))
        try:
            results[str(size)] = measure(size, work)
        finally:
            if args.keep is None:
                shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
