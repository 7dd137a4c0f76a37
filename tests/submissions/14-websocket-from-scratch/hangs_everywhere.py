"""Every function hangs: graded promptly, zero."""


# expect: zero
# expect: fails a14_test_accept_key "did not return within"
# expect: fails a14_test_read_frame "did not return within"
# expect: fails a14_test_websockets_client "could not connect"
# %% a14_solution_handshake
def accept_key(key):
    while True:
        pass


def handshake_response(request_head):
    while True:
        pass


# %% a14_solution_frames
def encode_frame(opcode, payload, fin=True):
    threading.Event().wait()


def read_frame(sock):
    sock.settimeout(None)
    while True:
        sock.recv(0)


# %% a14_solution_server
def websocket_echo_server(listener, stop):
    listener.settimeout(None)
    kept = []
    while True:
        conn, _ = listener.accept()
        kept.append(conn)  # and never answers
