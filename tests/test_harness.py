"""The harness turns each classic socket bug into a clear, prompt failure, and never hangs."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from grader import harness, net, peers
from grader.harness import GradingFailure, Scenario

# --- call: budgets ---------------------------------------------------------------------------


def test_call_returns_the_value_and_passes_exceptions_through():
    assert harness.call(lambda x: x * 2, 21) == 42
    with pytest.raises(ZeroDivisionError):
        harness.call(lambda: 1 / 0)


def test_a_recv_without_timeout_becomes_a_failure_within_the_budget():
    a, b = socket.socketpair()  # no timeout: recv would wait forever
    with a, b:
        started = time.monotonic()
        with pytest.raises(
            GradingFailure, match=r"recv_forever\(<socket>\) did not return within 0.5 s"
        ):

            def recv_forever(sock):
                return sock.recv(10)

            harness.call(recv_forever, a, budget=0.5)
        assert time.monotonic() - started < 2


def test_a_busy_loop_that_swallows_exceptions_is_still_stopped():
    def stubborn():
        while True:
            try:
                while True:
                    pass
            except Exception:  # a student's broad except cannot catch the harness's timeout
                continue

    with pytest.raises(GradingFailure, match="did not return"):
        harness.call(stubborn, budget=0.3)


def test_a_hang_off_the_main_thread_is_stopped_too():
    outcome = {}

    def grade_in_a_thread():
        a, b = socket.socketpair()
        with a, b:
            try:
                harness.call(a.recv, 10, budget=0.3)
            except GradingFailure as failure:
                outcome["failure"] = str(failure)

    worker = threading.Thread(target=grade_in_a_thread)
    worker.start()
    worker.join(5)
    assert not worker.is_alive()
    assert "did not return within 0.3 s" in outcome["failure"]
    assert not [t for t in threading.enumerate() if t.name.startswith("student:")]


def test_the_hang_message_can_name_the_likely_cause():
    with pytest.raises(GradingFailure, match="Likely cause: accept waits"):
        harness.call(threading.Event().wait, budget=0.2, hang_cause="accept waits")


# --- Scenario: hygiene -------------------------------------------------------------------------


def test_clean_code_passes_the_hygiene_checks():
    with Scenario() as scenario:
        ours, theirs = scenario.tcp_pair()
        ours.sendall(b"hi")
        assert theirs.recv(2) == b"hi"


def test_a_socket_left_open_is_reported_with_its_address():
    kept = []
    with pytest.raises(GradingFailure, match=r"TCP socket on 127.0.0.1:<port> listening"):
        with Scenario():
            kept.append(net.listener())
    kept[0].close()


def test_a_socket_dropped_without_close_is_found_by_its_resource_warning():
    def leaky():
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # never closed, never kept

    with pytest.raises(GradingFailure, match="ResourceWarning"):
        with Scenario():
            leaky()


def test_a_thread_left_running_is_reported_and_then_stopped():
    blocker = threading.Event()
    thread = threading.Thread(target=blocker.wait, name="forgotten")
    with pytest.raises(GradingFailure, match="thread 'forgotten' was still running"):
        with Scenario():
            thread.start()
    blocker.set()
    thread.join(2)
    assert not thread.is_alive()


def test_a_thread_blocked_in_accept_is_woken_after_the_report():
    kept = []

    def serve_forever():
        lst = net.listener(timeout=None)
        kept.append(lst)
        try:
            lst.accept()
        except OSError:
            pass

    thread = threading.Thread(target=serve_forever, name="server")
    with pytest.raises(GradingFailure, match="still running"):
        with Scenario():
            thread.start()
            while not kept:  # wait for the listener to exist (bounded by the test's own run)
                time.sleep(0.001)
    thread.join(2)
    assert not thread.is_alive(), "shutdown() should have woken accept()"
    kept[0].close()


def test_listening_addresses_tells_loopback_from_all_interfaces():
    with net.listener() as lst, socket.socket() as everywhere:
        everywhere.bind(("0.0.0.0", 0))
        everywhere.listen()
        assert harness.listening_addresses(lst.getsockname()[1]) == [
            ("127.0.0.1", lst.getsockname()[1])
        ]
        port = everywhere.getsockname()[1]
        assert harness.listening_addresses(port) == [("0.0.0.0", port)]


# --- peers -------------------------------------------------------------------------------------


def single_recv(sock):
    """The classic bug: one recv taken for one message."""
    return sock.recv(65536)


def recv_until_closed(sock):
    parts = []
    while chunk := sock.recv(65536):
        parts.append(chunk)
    return b"".join(parts)


@pytest.mark.parametrize("chunk_size", [1, 3, 4096])
def test_a_single_recv_gets_exactly_one_chunk_every_time(chunk_size):
    data = bytes(range(256)) * 40
    for _ in range(20):  # deterministic, not lucky: the same result every time
        with Scenario() as scenario:
            ours, theirs = scenario.tcp_pair()
            scenario.dribble(ours, data, chunk_size, receiver=theirs)
            assert scenario.call(single_recv, theirs) == data[:chunk_size]


@pytest.mark.parametrize("chunk_size", [1, 3, 4096])
def test_a_correct_loop_gets_everything_whatever_the_chunking(chunk_size):
    data = "你好, world! ".encode() * 50
    with Scenario() as scenario:
        ours, theirs = scenario.tcp_pair()
        scenario.dribble(ours, data, chunk_size, receiver=theirs, then="shutdown")
        assert scenario.call(recv_until_closed, theirs) == data


def test_the_writer_finds_the_receiving_socket_by_itself():
    with Scenario() as scenario:
        ours, theirs = scenario.tcp_pair()
        scenario.dribble(ours, b"abc", 1)  # no receiver given
        assert scenario.call(single_recv, theirs) == b"a"


def test_a_receiver_that_waits_for_more_than_is_sent_fails_with_a_transcript():
    def recv_exactly_ten(sock):
        data = b""
        while len(data) < 10:
            data += sock.recv(10 - len(data))
        return data

    with pytest.raises(GradingFailure) as failure:
        with Scenario() as scenario:
            ours, theirs = scenario.tcp_pair(timeout=None)
            scenario.dribble(ours, b"12345", 2, receiver=theirs)
            scenario.call(recv_exactly_ten, theirs, budget=0.5)
    message = str(failure.value)
    assert "did not return within 0.5 s" in message
    assert "the test -> your code: b'12' (2 bytes)" in message
    assert "the test -> your code: b'5' (1 byte)" in message


def test_ignoring_sends_count_loses_data_against_a_slow_reader():
    payload = bytes(range(256)) * 8192  # 2 MiB

    def send_once(sock, data):
        sock.send(data)  # the bug: the count is ignored
        sock.shutdown(socket.SHUT_WR)

    with Scenario() as scenario:
        reader, student_end = scenario.slow_reader_pair()
        scenario.call(send_once, student_end, payload)
        assert reader.wait()
        assert len(reader.received) < len(payload)


def test_sendall_delivers_everything_to_a_slow_reader():
    payload = bytes(range(256)) * 8192

    def send_all(sock, data):
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)

    with Scenario() as scenario:
        reader, student_end = scenario.slow_reader_pair()
        scenario.call(send_all, student_end, payload, budget=10)
        assert reader.wait()
        assert reader.received == payload and reader.eof


def test_a_reset_peer_raises_connection_reset_on_the_other_side():
    with Scenario() as scenario:
        ours, theirs = net.tcp_pair()
        scenario.own(theirs)
        peers.reset(ours, scenario.transcript)
        with pytest.raises(ConnectionResetError):
            theirs.recv(10)
    assert "reset the connection" in scenario.transcript.format()


def test_the_collector_records_what_the_student_sent():
    with Scenario() as scenario:
        ours, theirs = scenario.tcp_pair()
        collector = scenario.collect(ours)
        theirs.sendall(b"hello")
        theirs.shutdown(socket.SHUT_WR)
        assert collector.wait()
        assert collector.received == b"hello" and collector.eof


# --- messages ----------------------------------------------------------------------------------


def test_long_bytes_are_shortened_in_the_middle_with_their_length():
    text = harness.show_bytes(b"x" * 10_000)
    assert "..." in text and "10,000 bytes" in text and len(text) < 200


def test_expect_equal_says_where_bytes_differ():
    with pytest.raises(GradingFailure, match="differ first at byte 2"):
        harness.expect_equal(b"abXd", b"abcd", "Wrong reply")
    with pytest.raises(GradingFailure, match="3 bytes are missing at the end"):
        harness.expect_equal(b"ab", b"abcde", "Wrong reply")


def test_a_failure_message_has_summary_expected_got_transcript_and_cause():
    transcript = harness.Transcript()
    transcript.sent(b"ping")
    transcript.received(b"")
    with pytest.raises(GradingFailure) as failure:
        harness.fail("No reply.", expected=b"pong", got=b"", transcript=transcript, cause="x")
    lines = str(failure.value).splitlines()
    assert lines[0] == "No reply."
    assert lines[1].startswith("Expected: b'pong'")
    assert "your code closed its side" in str(failure.value)
    assert lines[-1] == "Likely cause: x"


# --- the lessons' helpers -----------------------------------------------------------------------


def test_background_server_serves_and_stops_even_with_a_handler_waiting():
    def wait_for_data(conn, address):
        conn.recv(10)  # the client below never sends: stop() must wake this

    with Scenario():
        with net.BackgroundServer(wait_for_data, concurrent=True) as server:
            client = net.connect(server.address)
            client.sendall(b"")
        client.close()


def test_background_server_hands_back_a_handler_exception():
    def broken(conn, address):
        raise ValueError("handler bug")

    with Scenario():
        with pytest.raises(ValueError, match="handler bug"):
            with net.BackgroundServer(broken) as server:
                with net.connect(server.address) as client:
                    client.recv(1)  # returns b'' when the server closes


def test_in_background_delivers_result_and_joins():
    with Scenario():
        with net.in_background(sum, [1, 2, 3]) as future:
            assert future.result(timeout=2) == 6


def test_background_server_configures_its_listener_before_clients_connect():
    seen = []

    def configure(listening):
        seen.append(listening.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
        peers.small_buffers(listening, 8192)

    def report_buffer(conn, address):
        conn.sendall(str(conn.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)).encode())

    with Scenario():
        with net.BackgroundServer(report_buffer, configure=configure) as server:
            with net.connect(server.address) as client:
                granted = int(client.recv(100))
    assert seen == [1]
    assert granted < 64 * 1024  # the accepted socket inherited the small buffer
