import { createServer } from 'node:http';
import pg from 'pg';

/**
 * The floor under a session read, for `npm run bench:team`: a process that does nothing but
 * answer. `/bare` answers at once; `/query` answers after one `SELECT 1` on a connection of
 * its own, the least any read that checks the database can do. Timed beside the session
 * read, idle and under the same load, it tells how much of the read's wait is the machine's
 * cores being busy rather than anything the case service does.
 */
const port = Number(process.env.PORT);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });

const server = createServer((request, response) => {
  if (request.url === '/bare') {
    response.writeHead(204).end();
    return;
  }
  if (request.url === '/query') {
    pool.query('SELECT 1').then(
      () => response.writeHead(204).end(),
      () => response.writeHead(500).end(),
    );
    return;
  }
  response.writeHead(404).end();
});

server.listen(port, '127.0.0.1', () => process.send?.('listening'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
