"""The UDP relay follows its plan exactly, every time; StudentServer runs and stops servers."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from grader import net, peers
from grader.harness import GradingFailure, Scenario


def exchange(client, relay, messages, timeout=1.0):
    """Send each message through the relay, wait for what comes back, return what came back."""
    got = []
    client.settimeout(timeout)
    for message in messages:
        client.sendto(message, relay.address)
        try:
            while True:
                data, _ = client.recvfrom(65535)
                got.append(data)
                if data == message:
                    break
        except TimeoutError:
            got.append(None)
    return got


@pytest.fixture
def echo_and_relay():
    def make(scenario, **plans):
        echo = scenario.start(peers.UdpEchoPeer(transcript=scenario.transcript))
        relay = scenario.start(
            peers.UdpRelay(echo.address, transcript=scenario.transcript, **plans)
        )
        return echo, relay, scenario.own(net.udp_socket())

    return make


def test_pass_is_the_default_and_boundaries_survive(echo_and_relay):
    with Scenario() as scenario:
        _, relay, client = echo_and_relay(scenario)
        assert exchange(client, relay, [b"one", b"", b"x" * 2000]) == [b"one", b"", b"x" * 2000]
        assert relay.forwarded("to_server") == [b"one", b"", b"x" * 2000]
        assert relay.client_address == client.getsockname()


def test_drop_loses_exactly_the_planned_datagrams(echo_and_relay):
    with Scenario() as scenario:
        _, relay, client = echo_and_relay(scenario, to_server=["pass", "drop"], to_client=["drop"])
        # 1: request passes, reply dropped; 2: request dropped; 3: both pass.
        got = exchange(client, relay, [b"1", b"2", b"3"], timeout=1.0)
        assert got == [None, None, b"3"]
        assert [action for *_, action in relay.log] == ["pass", "drop", "drop", "pass", "pass"]
        assert "dropped (lost)" in scenario.transcript.format()


def test_delay_releases_a_reply_right_after_the_next_datagram_passed(echo_and_relay):
    with Scenario() as scenario:
        _, relay, client = echo_and_relay(scenario, to_client=["delay"])
        client.settimeout(0.3)
        client.sendto(b"PING 1", relay.address)
        with pytest.raises(TimeoutError):  # held back, however long we wait
            client.recvfrom(100)
        client.sendto(b"PING 2", relay.address)
        client.settimeout(net.TIMEOUT)
        # The late reply arrives first, then the reply to the second datagram.
        assert client.recvfrom(100)[0] == b"PING 1"
        assert client.recvfrom(100)[0] == b"PING 2"
        assert "passed late" in scenario.transcript.format()


def test_delaying_a_request_reorders_the_replies(echo_and_relay):
    with Scenario() as scenario:
        _, relay, client = echo_and_relay(scenario, to_server=["delay"])
        client.sendto(b"first", relay.address)
        client.sendto(b"second", relay.address)
        assert client.recvfrom(100)[0] == b"second"
        assert client.recvfrom(100)[0] == b"first"


def test_duplicate_sends_twice(echo_and_relay):
    with Scenario() as scenario:
        _, relay, client = echo_and_relay(scenario, to_client={0: "duplicate"})
        client.sendto(b"twice", relay.address)
        assert client.recvfrom(100)[0] == b"twice"
        assert client.recvfrom(100)[0] == b"twice"
        client.settimeout(0.2)
        with pytest.raises(TimeoutError):
            client.recvfrom(100)


def test_the_same_plan_gives_the_same_story_every_time(echo_and_relay):
    stories = []
    for _ in range(3):
        with Scenario() as scenario:
            _, relay, client = echo_and_relay(
                scenario, to_server=["pass", "delay", "pass", "drop"], to_client=["duplicate"]
            )
            for message in (b"a", b"b", b"c", b"d"):
                client.sendto(message, relay.address)
            received = [client.recvfrom(100)[0] for _ in range(4)]
            assert relay.wait_for("to_client", 3)
            by_direction = {
                direction: [(i, data, a) for d, i, data, a in relay.log if d == direction]
                for direction in ("to_server", "to_client")
            }
            stories.append((received, by_direction))
    assert stories[0] == stories[1] == stories[2]
    received, by_direction = stories[0]
    assert received == [b"a", b"a", b"c", b"b"]  # duplicated; b released after c passed; d lost
    assert [a for *_, a in by_direction["to_server"]] == ["pass", "delay", "pass", "drop"]


def test_unknown_actions_are_refused():
    with pytest.raises(ValueError, match="unknown actions"):
        peers.UdpRelay(("127.0.0.1", 9), to_server=["lose"])


# --- StudentServer -----------------------------------------------------------------------------


def polite_echo(sock, stop):
    sock.settimeout(0.05)
    while not stop.is_set():
        try:
            data, address = sock.recvfrom(65535)
        except TimeoutError:
            continue
        sock.sendto(data, address)
    return "stopped"


def deaf_echo(sock, stop):
    while True:  # never looks at stop; waits in recvfrom with the socket's 5 s timeout
        data, address = sock.recvfrom(65535)
        sock.sendto(data, address)


def quits_on_empty(sock, stop):
    while True:
        data, address = sock.recvfrom(65535)
        if not data:
            return "bye"
        sock.sendto(data, address)


def test_a_server_that_watches_stop_is_run_and_stopped():
    with Scenario() as scenario:
        sock = scenario.own(net.udp_socket())
        client = scenario.own(net.udp_socket())
        with peers.StudentServer(polite_echo, sock) as server:
            client.sendto(b"hi", sock.getsockname())
            assert client.recvfrom(10)[0] == b"hi"
            server.check_running()
        assert server.result == "stopped"


def test_a_server_that_ignores_stop_fails_promptly_and_is_stopped_by_force():
    with Scenario() as scenario:
        sock = scenario.own(net.udp_socket())
        started = time.monotonic()
        with pytest.raises(GradingFailure, match="did not return within 0.5 s after stop"):
            with peers.StudentServer(deaf_echo, sock, stop_budget=0.5):
                pass
        assert time.monotonic() - started < 3
    assert not [t for t in threading.enumerate() if t.name == "student:deaf_echo"]


def test_must_stop_false_stops_by_force_without_failing():
    with Scenario() as scenario:
        sock = scenario.own(net.udp_socket())
        with peers.StudentServer(deaf_echo, sock, stop_budget=0.2, must_stop=False) as server:
            pass
        assert not server.thread.is_alive()


def test_a_server_that_ended_early_is_reported():
    with Scenario() as scenario:
        sock = scenario.own(net.udp_socket())
        client = scenario.own(net.udp_socket())
        with peers.StudentServer(quits_on_empty, sock) as server:
            client.sendto(b"", sock.getsockname())
            assert server.returned.wait(net.TIMEOUT)
            with pytest.raises(GradingFailure, match=r"quits_on_empty returned \(with 'bye'\)"):
                server.check_running(cause="b'' taken as a close")


def test_an_exception_from_the_server_fails_the_block():
    def crashes(sock, stop):
        raise ValueError("boom")

    with Scenario() as scenario:
        sock = scenario.own(net.udp_socket())
        with pytest.raises(GradingFailure, match="crashes raised ValueError: boom"):
            with peers.StudentServer(crashes, sock, error_cause="it crashed") as server:
                server.returned.wait(net.TIMEOUT)


def test_a_tcp_server_blocked_in_accept_is_woken_by_force():
    def blocked_in_accept(listener, stop):
        listener.settimeout(None)
        conn, _ = listener.accept()
        conn.close()

    with Scenario() as scenario:
        listener = scenario.own(net.listener())
        with pytest.raises(GradingFailure, match="did not return"):
            with peers.StudentServer(blocked_in_accept, listener, stop_budget=0.3) as server:
                pass
        assert not server.thread.is_alive()


def test_wait_for_waits_until_the_relay_has_handled_the_datagrams(echo_and_relay):
    with Scenario() as scenario:
        _, relay, client = echo_and_relay(scenario, to_server=["drop", "drop"])
        for message in (b"a", b"b"):
            client.sendto(message, relay.address)
        assert relay.wait_for("to_server", 2)
        assert relay.forwarded("to_server") == [b"a", b"b"]
        assert not relay.wait_for("to_server", 3, timeout=0.1)


def test_wait_until_blocked_tells_a_waiting_thread_from_a_busy_one():
    a, b = socket.socketpair()
    stop = threading.Event()

    def waits():
        a.recv(1)

    def spins():
        while not stop.is_set():
            pass

    with a, b:
        waiting = threading.Thread(target=waits)
        waiting.start()
        assert peers.wait_until_blocked(waiting, timeout=2)
        b.send(b"x")
        waiting.join()
        busy = threading.Thread(target=spins)
        busy.start()
        try:
            assert not peers.wait_until_blocked(busy, timeout=0.3)
        finally:
            stop.set()
            busy.join()


def checks_stop_then_blocks(sock, stop):
    while not stop.is_set():  # looks at stop, then waits up to the socket's 5 s timeout
        try:
            data, address = sock.recvfrom(65535)
        except TimeoutError:
            continue
        sock.sendto(data, address)


def test_a_server_that_checks_stop_only_between_long_waits_fails_every_time():
    for _ in range(5):
        with Scenario() as scenario:
            sock = scenario.own(net.udp_socket())
            with pytest.raises(GradingFailure, match="did not return within 0.5 s"):
                with peers.StudentServer(checks_stop_then_blocks, sock, stop_budget=0.5):
                    pass
