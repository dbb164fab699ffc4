"""Open a report in headless Chromium with the network off and say what happened (tests, benchmarks).

    python -m syria_corpus.html_report.check report.html [--screenshot report.png]

Chromium is driven through the DevTools protocol over a pipe (`--remote-debugging-pipe`: JSON messages
on file descriptors 3 and 4, no websocket, no extra package). The network is off three times over:
Chromium resolves no host and goes through a proxy that does not exist, the page is emulated offline,
and the page's own Content-Security-Policy allows no connection. Every request the page makes is
recorded, every console message and exception; the check waits until the page's script says it is
ready (`body[data-ready]`), then counts the SVG elements plotly drew and reads the text of the page.
"""
from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find_browser() -> str | None:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageReport:
    ready: bool = False
    console_errors: list[str] = field(default_factory=list)    # console.error, exceptions, failed loads, CSP
    requests: list[str] = field(default_factory=list)          # every URL the page asked for
    svg_charts: int = 0                                        # plotly charts drawn (svg.main-svg)
    chart_ids: list[str] = field(default_factory=list)         # the chart divs that hold one
    rtl_texts: int = 0                                         # elements set right-to-left holding Arabic script
    text: str = ""                                             # the page's visible text
    screenshot: str | None = None


class _Pipe:
    def __init__(self, browser: str, profile: str, width: int, height: int):
        to_r, self.to_w = os.pipe()       # the browser reads commands on fd 3
        self.from_r, from_w = os.pipe()   # and writes answers on fd 4
        args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--mute-audio",
                "--disable-extensions", "--disable-background-networking", "--disable-sync", "--disable-translate",
                "--disable-component-update", "--disable-default-apps", "--proxy-server=http://127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND", f"--window-size={width},{height}",
                "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"]

        def fds() -> None:
            os.dup2(to_r, 3)
            os.dup2(from_w, 4)

        self.proc = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=fds, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_r)
        os.close(from_w)
        self.buf = b""
        self.next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 60) -> dict:
        self.next_id += 1
        msg: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self.receive(deadline - time.monotonic())
            if m is None:
                raise TimeoutError(f"no answer to {method}")
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def receive(self, timeout: float) -> dict | None:
        deadline = time.monotonic() + max(0.0, timeout)
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.from_r], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.from_r, 1 << 20)
            if not chunk:
                return None
            self.buf += chunk
        raw, self.buf = self.buf.split(b"\0", 1)
        return json.loads(raw)

    def pump(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (m := self.receive(deadline - time.monotonic())) is not None:
            self.events.append(m)

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        for fd in (self.to_w, self.from_r):
            with contextlib.suppress(OSError):
                os.close(fd)


PROBE = """(() => {
  const charts = [...document.querySelectorAll('.chart')].filter(d => d.querySelector('svg.main-svg'));
  const rtl = [...document.querySelectorAll('[dir=rtl]')].filter(e => /[\\u0600-\\u06FF]/.test(e.textContent));
  return JSON.stringify({ready: document.body.getAttribute('data-ready') === '1',
    svg: document.querySelectorAll('svg.main-svg').length, charts: charts.map(d => d.id), rtl: rtl.length,
    errors: window.reportErrors || [], text: document.body.innerText,
    height: document.documentElement.scrollHeight});
})()"""


def check_page(path: str | os.PathLike, screenshot: str | os.PathLike | None = None, width: int = 1280,
               height: int = 900, timeout: float = 120, browser: str | None = None) -> PageReport:
    browser = browser or find_browser()
    if browser is None:
        raise FileNotFoundError("no Chromium found (apt-get install chromium)")
    url = Path(path).resolve().as_uri()
    out = PageReport()
    # chromium's helper processes may still write to the profile as it closes: leftovers are not an error
    with tempfile.TemporaryDirectory(prefix="corpus-check-", ignore_cleanup_errors=True) as profile:
        pipe = _Pipe(browser, profile, width, height)
        try:
            target = pipe.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = pipe.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Runtime", "Log", "Network", "Page"):
                pipe.send(f"{domain}.enable", session=session)
            pipe.send("Network.emulateNetworkConditions", {"offline": True, "latency": 0, "downloadThroughput": -1,
                                                           "uploadThroughput": -1}, session=session)
            pipe.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1,
                                                             "mobile": False}, session=session)
            pipe.send("Page.navigate", {"url": url}, session=session)
            deadline = time.monotonic() + timeout
            probe: dict = {}
            while time.monotonic() < deadline:
                pipe.pump(0.5)
                res = pipe.send("Runtime.evaluate", {"expression": PROBE, "returnByValue": True}, session=session)
                value = res.get("result", {}).get("value")
                probe = json.loads(value) if isinstance(value, str) else {}
                if probe.get("ready"):
                    break
            pipe.pump(1.0)   # late errors
            out.ready = bool(probe.get("ready"))
            out.svg_charts = int(probe.get("svg", 0))
            out.chart_ids = list(probe.get("charts", []))
            out.rtl_texts = int(probe.get("rtl", 0))
            out.text = str(probe.get("text", ""))
            out.console_errors.extend(f"page: {e}" for e in probe.get("errors", []))
            if screenshot is not None:
                full = max(height, min(int(probe.get("height", height)), 16000))
                pipe.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": full,
                                                                 "deviceScaleFactor": 1, "mobile": False},
                          session=session)
                pipe.pump(1.0)
                shot = pipe.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
                                 session=session)
                Path(screenshot).write_bytes(base64.b64decode(shot["data"]))
                out.screenshot = str(screenshot)
        finally:
            pipe.close()
    for m in pipe.events:
        method, params = m.get("method"), m.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            out.console_errors.append("console: " + " ".join(str(a.get("value", a.get("description", "")))
                                                             for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            d = params.get("exceptionDetails", {})
            out.console_errors.append("exception: " + str(d.get("exception", {}).get("description") or d.get("text")))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            e = params["entry"]
            out.console_errors.append(f"log: {e.get('source')}: {e.get('text')} {e.get('url') or ''}".strip())
        elif method == "Network.requestWillBeSent":
            out.requests.append(params.get("request", {}).get("url", ""))
        elif method == "Network.loadingFailed":
            out.console_errors.append(f"network: {params.get('errorText')} ({params.get('type')})")
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("html")
    ap.add_argument("--screenshot")
    args = ap.parse_args(argv)
    r = check_page(args.html, args.screenshot)
    print(json.dumps({"ready": r.ready, "svg_charts": r.svg_charts, "charts": r.chart_ids, "rtl_texts": r.rtl_texts,
                      "console_errors": r.console_errors, "requests": r.requests,
                      "screenshot": r.screenshot}, ensure_ascii=False, indent=1))
    return 0 if r.ready and not r.console_errors else 1


if __name__ == "__main__":
    sys.exit(main())
