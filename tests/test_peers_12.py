"""EchoClient drives echo servers from many threads; CpuMeter tells a busy loop from a wait."""

from __future__ import annotations

import selectors
import socket
import threading

import pytest

from grader import harness, net, peers
from grader.harness import Scenario


def echo(conn, address):
    while data := conn.recv(65536):
        conn.sendall(data)


def test_many_clients_get_their_own_echo_and_the_end_of_stream():
    with Scenario() as scenario, net.BackgroundServer(echo, concurrent=True) as server:
        clients = [
            scenario.start(
                peers.EchoClient(
                    server.address,
                    bytes([n]) * 200_000,
                    name=f"client {n}",
                    chunk_size=4096,
                    transcript=scenario.transcript,
                )
            )
            for n in range(5)
        ]
        assert peers.wait_all(clients) == []
        for n, client in enumerate(clients):
            assert client.received == bytes([n]) * 200_000
            assert client.eof
        assert "client 3 read the end of the stream after 200,000 bytes" in (
            scenario.transcript.format()
        )


def test_without_shutdown_a_client_stays_connected_once_its_echo_is_back():
    with Scenario() as scenario, net.BackgroundServer(echo, concurrent=True) as server:
        client = scenario.start(peers.EchoClient(server.address, b"hi", shutdown=False))
        assert peers.wait_all([client]) == []
        assert client.received == b"hi" and not client.eof
        assert client.sock.fileno() != -1  # still connected until the scenario ends


def test_a_client_that_does_not_read_only_sends():
    with Scenario() as scenario, net.listener() as listener:
        client = scenario.start(
            peers.EchoClient(listener.getsockname(), b"x" * 100_000, read=False, shutdown=False)
        )
        conn, _ = listener.accept()
        with conn:
            assert peers.wait_all([client]) == []
            assert client.bytes_sent == 100_000 and client.received == b""


def test_wait_all_reports_the_clients_that_did_not_finish():
    with Scenario() as scenario, net.listener() as listener:
        client = scenario.start(peers.EchoClient(listener.getsockname(), b"nobody echoes"))
        assert peers.wait_all([client], timeout=0.2) == [client]
        assert client.address == client.sock.getsockname()


def test_the_cpu_meter_tells_a_busy_loop_from_a_waiting_one():
    stop = threading.Event()
    a, b = socket.socketpair()

    def spin():
        with selectors.DefaultSelector() as selector:
            selector.register(a, selectors.EVENT_WRITE)  # always ready: the classic busy loop
            while not stop.is_set():
                selector.select(timeout=1)

    def wait():
        with selectors.DefaultSelector() as selector:
            selector.register(a, selectors.EVENT_READ)  # nothing comes
            while not stop.is_set():
                selector.select(timeout=0.1)

    shares = {}
    with a, b:
        for loop in (spin, wait):
            stop.clear()
            thread = threading.Thread(target=loop)
            thread.start()
            with peers.CpuMeter() as meter:
                threading.Event().wait(0.5)
            stop.set()
            thread.join()
            shares[loop.__name__] = meter.share
            assert 0.45 < meter.wall < 2
    assert shares["spin"] > 0.6, shares
    assert shares["wait"] < 0.2, shares


def test_event_poll_fds_finds_an_open_selector():
    before = peers.event_poll_fds()
    with selectors.EpollSelector() as selector:
        assert peers.event_poll_fds() - before == {selector.fileno()}
    assert peers.event_poll_fds() == before


def test_harness_find_socket_fd_finds_the_server_end_of_an_echo_client():
    with Scenario() as scenario, net.listener() as listener:
        client = scenario.start(peers.EchoClient(listener.getsockname(), b"", shutdown=False))
        conn, _ = listener.accept()
        with conn:
            assert harness.find_socket_fd(listener.getsockname(), client.address) is not None


def test_a_client_can_take_its_descriptor_now_and_connect_later():
    with Scenario() as scenario, net.BackgroundServer(echo, concurrent=True) as server:
        client = peers.EchoClient(server.address, b"later", connect_now=False)
        assert client.address is None and client.sock.fileno() >= 0
        scenario.start(client)
        assert peers.wait_all([client]) == []
        assert client.received == b"later" and client.address == client.sock.getsockname()


def test_small_buffers_keep_a_non_reading_client_from_hiding_data_in_its_own_kernel():
    with Scenario() as scenario, net.listener() as listener:
        client = scenario.start(
            peers.EchoClient(
                listener.getsockname(),
                b"x" * 1_000_000,
                read=False,
                shutdown=False,
                buffer_size=4096,
            )
        )
        conn, _ = listener.accept()  # the server side never reads
        with conn:
            assert peers.wait_all([client], timeout=0.5) == [client]
            assert client.bytes_sent < 500_000


def test_a_student_server_error_cause_can_depend_on_the_error():
    def crashes(sock, stop):
        raise KeyError("fd 7 is already registered")

    def explain(error):
        return "registered twice" if isinstance(error, KeyError) else None

    with Scenario() as scenario:
        sock = scenario.own(net.udp_socket())
        with pytest.raises(harness.GradingFailure, match="Likely cause: registered twice"):
            with peers.StudentServer(crashes, sock, error_cause=explain) as server:
                server.returned.wait(net.TIMEOUT)
                server.check_running()
