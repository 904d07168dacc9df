"""What the serve benches share (bench/load.py, bench/reload.py, bench/hub_load.py): a generated
corpus in a fresh work folder, a server started and its URL read, and its resident memory."""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(pages: int, prefix: str):
    """A new work folder with `pages` generated pages in its Content/ (bench/gen_corpus.py): (work, content)."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    content = work / "Content"
    subprocess.run([sys.executable, str(ROOT / "bench/gen_corpus.py"), str(pages), str(content)], check=True,
                   stdout=subprocess.DEVNULL)
    return work, content


def started(command, log, what: str):
    """Starts `command` (stderr into `log`) and reads its stdout until it prints its loopback URL:
    (process, host, port). Exits, naming `what`, when it ends without printing one."""
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=open(log, "w"), text=True)
    match = None
    while match is None and (line := server.stdout.readline()):
        match = re.search(r"http://(127\.0\.0\.1):(\d+)/", line)
    if match is None:
        server.kill()
        sys.exit(f"{what}: {command[0]} printed no URL (see {log})")
    return server, match.group(1), int(match.group(2))


def rss_kib(pid: int) -> int:
    """The process's resident memory (VmRSS), KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
