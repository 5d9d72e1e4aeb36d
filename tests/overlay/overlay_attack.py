#!/usr/bin/env python3
"""Hostile clients for the overlay server, for measuring by hand (docs: /work/notes/robustness-overlay.md).

  overlay_attack.py header PORT MIB       stream a request head of MIB MiB; print the answer and bytes sent
  overlay_attack.py halfopen PORT N [SRC] open N connections (from address SRC) each sending half a request;
                                          hold them until Enter, printing how many the server still holds
  overlay_attack.py get URL               one ordinary GET; print status and time taken
"""
import socket
import sys
import time
import urllib.request


def header(port, mib):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /overlay/static/overlay.js HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ")
    chunk = b"a" * 65536
    sent = 0
    answer = b""
    s.settimeout(0.0)
    start = time.time()
    try:
        while sent < mib * 1024 * 1024:
            try:
                s.setblocking(True)
                s.settimeout(5)
                sent += s.send(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            except socket.timeout:
                break
        s.settimeout(5)
        try:
            s.sendall(b"\r\n\r\n")
        except OSError:
            pass
        try:
            answer = s.recv(200)
        except OSError as e:
            answer = repr(e).encode()
    finally:
        s.close()
    print(f"sent {sent / 1048576:.1f} MiB in {time.time() - start:.1f} s; answer: {answer.splitlines()[0] if answer else b'(none)'}")


def halfopen(port, n, source):
    sockets = []
    for _ in range(n):
        s = socket.socket()
        if source:
            s.bind((source, 0))
        s.connect(("127.0.0.1", port))
        s.sendall(b"GET /overlay/chan HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        sockets.append(s)
    time.sleep(1)
    alive = 0
    for s in sockets:
        s.setblocking(False)
        try:
            data = s.recv(100)
            if data == b"" or data.startswith(b"HTTP/1.1 503"):
                continue
        except BlockingIOError:
            pass
        except OSError:
            continue
        alive += 1
    print(f"opened {n}; held by the server after 1 s: {alive}", flush=True)
    sys.stdin.readline()


def get(url):
    start = time.time()
    try:
        with urllib.request.urlopen(url, timeout=30) as reply:
            print(f"{reply.status} in {time.time() - start:.3f} s")
    except Exception as e:  # noqa: BLE001 - a measuring tool says what happened
        print(f"failed after {time.time() - start:.3f} s: {e}")


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "header":
        header(int(sys.argv[2]), int(sys.argv[3]))
    elif kind == "halfopen":
        halfopen(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else "")
    elif kind == "get":
        get(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
