"""The local server the browser tests, the PDF step and the benchmark read the site from."""

import socket
import struct
import time
import urllib.request

from edition.localsite import serve


def test_serves_the_site_and_gzips_text_when_asked(tmp_path):
    (tmp_path / "index.html").write_text("<p>hej</p>" * 200, encoding="utf-8")
    server, url = serve(tmp_path, compress=True)
    try:
        request = urllib.request.Request(f"{url}/", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            assert response.headers["Content-Encoding"] == "gzip"
            assert len(response.read()) < 2000
    finally:
        server.shutdown()


def test_a_client_that_leaves_mid_response_prints_no_traceback(tmp_path, capsys):
    """A browser leaving a page cancels its requests: no traceback in the test output."""
    (tmp_path / "big.bin").write_bytes(b"x" * 16_000_000)
    server, url = serve(tmp_path)
    host, port = server.server_address[:2]
    try:
        client = socket.create_connection((host, port))
        client.sendall(b"GET /big.bin HTTP/1.0\r\nHost: x\r\n\r\n")
        client.recv(1024)
        # close with a reset (SO_LINGER 0): the server's next write fails at once
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
        time.sleep(0.5)
    finally:
        server.shutdown()
    assert "Traceback" not in capsys.readouterr().err


def test_other_errors_are_still_printed(tmp_path, capsys):
    server, _ = serve(tmp_path)
    try:
        try:
            raise ValueError("a real fault")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 1))
    finally:
        server.shutdown()
    assert "ValueError: a real fault" in capsys.readouterr().err
