import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A TCP gate on 127.0.0.1 in front of a server: closed, it cuts every connection (the network is down). */
export interface Gate {
  url: string;
  setOpen(open: boolean): void;
  close(): Promise<void>;
}

/** Starts a gate forwarding to `target` (http://host:port), open. */
export async function startGate(target: string): Promise<Gate> {
  const upstream = new URL(target);
  let open = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const forward = connect(Number(upstream.port), upstream.hostname);
    const cut = () => {
      client.destroy();
      forward.destroy();
      sockets.delete(client);
      sockets.delete(forward);
    };
    sockets.add(client);
    sockets.add(forward);
    client.on('error', cut).on('close', cut);
    forward.on('error', cut).on('close', cut);
    client.pipe(forward).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setOpen(next) {
      open = next;
      if (!next) for (const socket of [...sockets]) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of [...sockets]) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
