#!/usr/bin/env python3
"""Prints HTML pages to PDF with Firefox ESR headless, as "Save to PDF" does, through its Marionette protocol.

Usage: firefox-print.py OUT_DIR PAGE.html [PAGE.html ...]   (writes OUT_DIR/PAGE.pdf for each page)

Firefox has no print-to-PDF switch on its command line; its remote protocol (Marionette, the one geckodriver speaks,
JSON over a local socket) has WebDriver's Print command, which lays the page out with Gecko's own engine and writes the
PDF with Firefox's printing backend. Debian has no geckodriver, so this script speaks the protocol itself: one Firefox
for all pages, A4, 2 cm margins, no background, the page's own CSS (@page size and margins where Gecko reads them).
Marionette's print leaves out Firefox's header and footer (title, address, date, page number).
"""
import base64
import json
import os
import pathlib
import socket
import subprocess
import sys
import tempfile
import time


class Marionette:
    """A Marionette client: each message is its JSON's length, a colon and the JSON."""

    def __init__(self, port):
        deadline = time.time() + 60
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.5)
        self.next_id = 0
        self._read()  # the server's greeting

    def _read(self):
        length = b""
        while not length.endswith(b":"):
            length += self.sock.recv(1)
        size = int(length[:-1])
        data = b""
        while len(data) < size:
            data += self.sock.recv(size - len(data))
        return json.loads(data)

    def call(self, command, params):
        self.next_id += 1
        body = json.dumps([0, self.next_id, command, params]).encode()
        self.sock.sendall(str(len(body)).encode() + b":" + body)
        _, _, error, result = self._read()
        if error:
            raise RuntimeError(f"{command}: {error}")
        return result


def main():
    out_dir = pathlib.Path(sys.argv[1])
    pages = [pathlib.Path(p).resolve() for p in sys.argv[2:]]
    port = 28000 + os.getpid() % 1000
    with tempfile.TemporaryDirectory() as profile:
        pathlib.Path(profile, "user.js").write_text(
            f'user_pref("marionette.port", {port});\n'
            'user_pref("browser.shell.checkDefaultBrowser", false);\n'
            'user_pref("datareporting.policy.dataSubmissionEnabled", false);\n'
            'user_pref("app.update.enabled", false);\n')
        firefox = subprocess.Popen(
            ["firefox-esr", "--headless", "--marionette", "--no-remote", "--profile", profile],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            client = Marionette(port)
            client.call("WebDriver:NewSession", {"capabilities": {}})
            for page in pages:
                client.call("WebDriver:Navigate", {"url": page.as_uri()})
                result = client.call("WebDriver:Print", {
                    "orientation": "portrait", "scale": 1, "background": False, "shrinkToFit": True,
                    "page": {"width": 21.0, "height": 29.7},
                    "margin": {"top": 2, "bottom": 2, "left": 2, "right": 2}})
                (out_dir / (page.stem + ".pdf")).write_bytes(base64.b64decode(result["value"]))
            client.call("WebDriver:DeleteSession", {})
        finally:
            firefox.terminate()
            firefox.wait(timeout=30)


if __name__ == "__main__":
    main()
