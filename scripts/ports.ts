// Ports on this machine for the processes npm start runs (and the tests start).
import { createServer } from 'node:net';

/** A port of 127.0.0.1 free to listen on now: `preferred` where it is, else one the system picks. */
export async function freePort(preferred = 0): Promise<number> {
  const listen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address() as { port: number };
        server.close(() => resolve(bound));
      });
    });
  return (await listen(preferred)) ?? (await listen(0))!;
}
