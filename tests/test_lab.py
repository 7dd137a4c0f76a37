"""`make lab` serves the course: JupyterLab starts on the start page, with nbgrader's extensions."""

from __future__ import annotations

import json
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request

from grader import course

TOKEN = "course-test-token"


def test_the_lab_command_serves_the_start_page_lessons_and_nbgrader():
    server = subprocess.Popen(
        [sys.executable, "-m", "grader", "lab", "--no-browser", "--ServerApp.port=0",
         "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={TOKEN}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in server.stdout])
    reader.start()
    try:
        base, log = None, []
        deadline = time.monotonic() + 90
        while base is None:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("JupyterLab did not start:\n" + "".join(log)) from None
                continue
            log.append(line)
            found = re.search(r"(http://127\.0\.0\.1:[1-9]\d*)/lab", line)
            base = found and found.group(1)

        # The URL is logged just before the server accepts connections: wait for that (bounded).
        port = int(base.rsplit(":", 1)[1])
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=5).close()
                break
            except ConnectionRefusedError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)  # polling another process's readiness, bounded by the deadline

        def get(path: str) -> tuple[int, bytes]:
            request = urllib.request.Request(
                f"{base}{path}", headers={"Authorization": f"token {TOKEN}"}
            )
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read()

        assert get("/lab/tree/START-HERE.ipynb")[0] == 200
        status, listing = get("/api/contents/notebooks")
        names = {item["name"] for item in json.loads(listing)["content"]}
        assert {p.name for p in course.LESSONS.glob("[0-9][0-9]-*.ipynb")} <= names
        status, listing = get("/api/contents/exercises")
        assert {item["name"] for item in json.loads(listing)["content"]} == set(
            course.assignments()
        )
        assert get("/formgrader")[0] == 200  # nbgrader's instructor pages are served too
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=30)
        reader.join(timeout=30)
        server.stdout.close()
