import net from 'node:net';

export interface TcpProxy {
  port: number;
  close(): Promise<void>;
}

export interface TcpProxyOptions {
  /**
   * Milliseconds to hold each chunk the target sends back before passing it on (asked per
   * chunk, order kept): e.g. a mail server's answers held, so the server has a message while its
   * sender does not yet know it.
   */
  delayFromTarget?: (chunk: Buffer) => number;
}

/**
 * A loopback TCP forwarder, so a test can make a real dependency "down" (nothing listens on
 * the proxy port yet) and "back" (start the proxy) without stopping the shared server, or slow
 * its answers down.
 */
export async function startTcpProxy(listenPort: number, targetPort: number, targetHost = '127.0.0.1', options: TcpProxyOptions = {}): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    const delay = options.delayFromTarget;
    if (!delay) {
      upstream.pipe(client);
      return;
    }
    let queue = Promise.resolve();
    upstream.on('data', (chunk: Buffer) => {
      const ms = delay(chunk);
      queue = queue.then(() => new Promise<void>((resolve) => setTimeout(resolve, ms))).then(() => {
        if (!client.destroyed) client.write(chunk);
      });
    });
    upstream.on('end', () => void queue.then(() => client.end()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, '127.0.0.1', () => resolve());
  });
  return {
    port: listenPort,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}

/** A free loopback port (bound and released at once). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
