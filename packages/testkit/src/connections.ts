import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** The TCP connections a fake API has seen, counted on the server's side. */
export interface ConnectionCounts {
  /** Connections open now. */
  readonly open: number;
  /** The most connections open at once since the fake started or was cleared. */
  readonly peak: number;
  /** Connections accepted since the fake started or was cleared. */
  readonly total: number;
}

/** Counts `server`'s connections; `reset` starts `peak` (from those open) and `total` again. */
export function countConnections(server: Server): ConnectionCounts & { reset(): void } {
  const sockets = new Set<Socket>();
  let peak = 0;
  let total = 0;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    total += 1;
    peak = Math.max(peak, sockets.size);
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    get open() {
      return sockets.size;
    },
    get peak() {
      return peak;
    },
    get total() {
      return total;
    },
    reset() {
      peak = sockets.size;
      total = 0;
    },
  };
}
