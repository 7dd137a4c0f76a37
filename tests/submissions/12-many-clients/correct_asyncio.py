"""Correct, written differently: asyncio's event loop (a selector underneath) on the listener, the
echo buffered by the transport (no drain, so a client that never reads holds no one up)."""

# expect: full
# %% a12_solution
import asyncio


def selector_echo_server(listener, stop):
    async def echo(reader, writer):
        try:
            while data := await reader.read(65536):
                writer.write(data)  # buffered by the transport if the client does not read
            await writer.drain()
        except OSError:
            pass
        finally:
            writer.close()

    async def main():
        server = await asyncio.start_server(echo, sock=listener)
        async with server:
            while not stop.is_set():
                await asyncio.sleep(0.1)
            server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    asyncio.run(main())
